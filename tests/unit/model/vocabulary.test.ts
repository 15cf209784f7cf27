import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  FIELD_TERMS,
  fieldLabel,
  fieldNoun,
  REGISTRATION_NUMBER_NAMES,
  type FieldPath,
  type TermForm,
} from '../../../shared/model/vocabulary';
import { allModelPaths } from './schemaPaths';

const paths = Object.keys(FIELD_TERMS) as FieldPath[];
const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')));

describe('the vocabulary', () => {
  it('names every field of the model, and nothing else', () => {
    const modelPaths = allModelPaths();
    expect(modelPaths.length).toBeGreaterThan(150);
    expect(modelPaths.filter((path) => !(path in FIELD_TERMS))).toEqual([]);
    expect(paths.filter((path) => !modelPaths.includes(path))).toEqual([]);
  });

  it('has every word of every field in da, sv and en, written as inside a sentence', () => {
    for (const path of paths) {
      for (const form of ['noun', 'entry', 'plural', 'short'] as const satisfies readonly TermForm[]) {
        const words = FIELD_TERMS[path][form];
        if (!words) continue;
        for (const language of LANGUAGES) {
          const word = words[language];
          expect(word.trim(), `${path} ${form} ${language}`).not.toBe('');
          // lower case, unless it starts with an abbreviation (DPO, CVR, DPIA)
          expect(/^(\p{Ll}|\p{Lu}{2,}\b)/u.test(word), `${path} ${form} ${language}: ${word}`).toBe(true);
        }
      }
    }
  });

  it('gives fields side by side different names in each language', () => {
    const parents = new Set(paths.map(parentOf));
    for (const parent of parents) {
      const siblings = paths.filter((path) => parentOf(path) === parent);
      for (const language of LANGUAGES) {
        const nouns = siblings.map((path) => fieldNoun(path, language));
        const repeated = nouns.filter((noun, i) => nouns.indexOf(noun) !== i);
        expect(repeated, `${parent || '(roots)'} in ${language}`).toEqual([]);
      }
    }
  });

  it('gives one name per language to the fields the issue found named two ways', () => {
    expect(LANGUAGES.map((l) => fieldNoun('vendor.transferMechanism', l))).toEqual([
      'overførselsgrundlag',
      'grund för överföring',
      'transfer mechanism',
    ]);
    expect(fieldNoun('activity.manualTransfers.mechanism', 'sv')).toBe('grund för överföring');
    expect(fieldLabel('vendor.hqCountry', 'da')).toBe('Hovedsædets land');
    expect(fieldLabel('activity.retention', 'sv')).toBe('Lagringstid');
  });

  it('offers the entry of a list field and the plural of a kind of item', () => {
    expect(fieldNoun('activity.purposes', 'en')).toBe('purposes');
    expect(fieldNoun('activity.purposes', 'en', 'entry')).toBe('purpose');
    expect(fieldNoun('activity', 'da', 'plural')).toBe('behandlingsaktiviteter');
    // a form a field does not have falls back to its noun
    expect(fieldNoun('vendor.hqCountry', 'en', 'short')).toBe('headquarters country');
  });

  it('names the registration number as the jurisdiction does, the generic name being the field noun', () => {
    expect(REGISTRATION_NUMBER_NAMES.DK.da).toBe('CVR-nummer');
    expect(REGISTRATION_NUMBER_NAMES.SE.sv).toBe('organisationsnummer');
    expect(REGISTRATION_NUMBER_NAMES.other).toEqual(FIELD_TERMS['organisation.registrationNumber'].noun);
  });
});
