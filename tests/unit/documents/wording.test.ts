import { describe, expect, it } from 'vitest';
import { auditPackDocuments } from '../../../shared/auditPack/pack';
import { renderDocx } from '../../../shared/documents';
import { midSentence } from '../../../shared/documents/format';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/project';
import { bitspaceAsWritten } from '../../fixtures/checks/bitspace';
import { itguyAsWritten } from '../../fixtures/checks/itguy';
import { documentProject, swedishProject } from '../../fixtures/documents/documentProject';
import { projectFile, starterProject as starterAt } from './realProjects';
import { documentLines, type DocumentLine } from './documentLines';
import { openDocx } from './docxFile';

/**
 * The wording of every document Kartotek writes — register, policies, vendor overview and the audit pack's own
 * documents, in da/sv/en, for the starter template and the test fixtures — read as a proof-reader would: each
 * test looks for one class of slip anywhere in the text, not for one known sentence.
 */

const NOW = '2026-12-03';

const starterProject = (jurisdiction: 'DK' | 'SE'): Project => starterAt(jurisdiction, NOW);

/** The starter template's texts are Kartotek's own; the fixtures also hold firms' texts as they wrote them. */
const STARTERS: [string, () => Project][] = [
  ['starter template, Denmark', () => starterProject('DK')],
  ['starter template, Sweden', () => starterProject('SE')],
];
const PROJECTS: [string, () => Project][] = [
  ...STARTERS,
  ['document fixture', documentProject],
  ['Swedish document fixture', swedishProject],
  ['ITGuy as written', itguyAsWritten],
  ['Bitspace as written', bitspaceAsWritten],
  ['project file v2-full', () => projectFile('v2-full.kartotek')],
  ['project file v3-full', () => projectFile('v3-full.kartotek')],
];

interface Doc {
  readonly entry: string;
  readonly kind: string;
  readonly lines: DocumentLine[];
}

const cache = new Map<string, { project: Project; docs: Doc[] }>();
function documents(name: string, make: () => Project, language: Language) {
  const key = `${name}:${language}`;
  let hit = cache.get(key);
  if (!hit) {
    const project = make();
    const docs = auditPackDocuments(project, { language, now: NOW, today: NOW }).map(({ entry, built }) => ({
      entry,
      kind: built.document.kind,
      lines: documentLines(built.document),
    }));
    hit = { project, docs };
    cache.set(key, hit);
  }
  return hit;
}

/** Each offending line as "file: text", so a failure names what to read. */
const offending = (docs: readonly Doc[], bad: (line: DocumentLine, doc: Doc) => boolean) =>
  docs.flatMap((doc) => doc.lines.filter((line) => bad(line, doc)).map((l) => `${doc.entry}: ${l.text}`));

// A line may start in lower case when it is not a sentence: an address, a rule id in the findings tables, or a
// citation written in lower case by law ("art. 6.1 f GDPR", "databeskyttelseslovens § 11").
const NOT_A_SENTENCE =
  /^(www\.|https?:|mailto:|[\w.+-]+@[\w.-]+$|[a-z0-9]+(-[a-z0-9]+)+$|art\. |artikel |\p{Ll}+(lovens?|lagens?|förordningen|forordningen)\b)/u;

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
// Where an ISO date belongs: a cell that is a date or a time stamp (the change log), a file name, a version.
const ISO_DATE_ALLOWED =
  /^(\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|.*\.(docx|html|zip)|.*\bVersion:? \d{4}-\d{2}-\d{2})$/;

// A date written out ("3. december 2026", "3 december 2026") with anything but a plain space between its parts.
const SPECIAL_SPACE = /[\u00a0\u2007\u202f\u2009]/;
const DATE_WITH_SPECIAL_SPACE =
  /\d{1,2}\.?[\u00a0\u2007\u202f\u2009]\p{L}+\s\d{4}|\d{1,2}\.?\s\p{L}+[\u00a0\u2007\u202f\u2009]\d{4}/u;

const SECOND_PERSON: Record<Language, RegExp> = {
  da: /\b(du|dig|din|dit|dine|dig selv)\b/iu,
  sv: /\b(du|dig|din|ditt|dina|dig själv)\b/iu,
  en: /\b(you|your|yours|yourself)\b/iu,
};

for (const [name, make] of PROJECTS) {
  describe(`the wording of ${name}`, () => {
    for (const language of LANGUAGES) {
      it(`${language}: every sentence starts with a capital`, () => {
        const { docs } = documents(name, make, language);
        const bad = offending(
          docs,
          (line) => line.kind !== 'label' && /^\p{Ll}/u.test(line.text) && !NOT_A_SENTENCE.test(line.text),
        );
        expect(bad).toEqual([]);
      });

      it(`${language}: dates in running text are written out, never as YYYY-MM-DD`, () => {
        const { docs } = documents(name, make, language);
        const bad = offending(docs, (line) => ISO_DATE.test(line.text) && !ISO_DATE_ALLOWED.test(line.text));
        expect(bad).toEqual([]);
      });

      it(`${language}: no special space inside a date, and no plural written with brackets`, () => {
        const { docs } = documents(name, make, language);
        expect(offending(docs, (line) => DATE_WITH_SPECIAL_SPACE.test(line.text))).toEqual([]);
        // "privatlivspolitik(ker)", "integritetspolicy(er)", "policy(ies)": say the number's own form.
        expect(offending(docs, (line) => /\p{L}\((er|ker|r|s|ies|ar|or|e|n)\)/u.test(line.text))).toEqual([]);
      });

      it(`${language}: a list of catalog items does not capitalise the items after the first`, () => {
        const { project, docs } = documents(name, make, language);
        // Catalog phrases that are lowered inside a sentence (not names): after ", " or " og "/" och "/" and "
        // they must be lowered too.
        // An authority is a name ("Skattestyrelsen"), but an English one keeps no capital article ("The …").
        const phrases = [
          ...[...project.dataSubjects, ...project.dataCategories, ...project.recipients]
            .filter((item) => !('kind' in item && item.kind === 'authority'))
            .map((item) => (item.name[language] ?? '').trim())
            .filter((text) => text !== '' && midSentence(text) !== text),
          ...project.recipients
            .filter((item) => item.kind === 'authority')
            .map((item) => (item.name[language] ?? '').trim())
            .filter((text) => text.startsWith('The ')),
        ];
        const joined = new RegExp(
          `(, | og | och | and )(${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[,.;:)]| og | och | and |$)`,
          'u',
        );
        if (phrases.length === 0) return;
        expect(offending(docs, (line) => joined.test(line.text))).toEqual([]);
      });

      it(`${language}: no heading stands twice in a row of the same document part`, () => {
        const { docs } = documents(name, make, language);
        const bad = docs.flatMap((doc) => {
          const headings = doc.lines.filter((l) => l.kind === 'heading').map((l) => l.text);
          const seen = new Set<string>();
          const twice: string[] = [];
          for (const h of headings) {
            // Numbered headings ("3.2 Support") are unique by number; the table of contents is not a heading.
            if (seen.has(h.toLocaleLowerCase())) twice.push(`${doc.entry}: ${h}`);
            seen.add(h.toLocaleLowerCase());
          }
          return twice;
        });
        expect(bad).toEqual([]);
      });
    }
  });
}

describe("the starter template's own wording", () => {
  for (const [name, make] of STARTERS) {
    for (const language of LANGUAGES) {
      it(`${name}, ${language}: the register speaks of the data subject in the third person`, () => {
        const { docs } = documents(name, make, language);
        // The audit pack's own documents are of kind 'register' too: the register is the pack's first file.
        const register = docs.filter((doc) => doc.entry.startsWith('01 '));
        expect(register).toHaveLength(1);
        expect(offending(register, (line) => SECOND_PERSON[language].test(line.text))).toEqual([]);
      });
    }
    it(`${name}: Danish says "logs", not "logge", for log files`, () => {
      const { docs } = documents(name, make, 'da');
      expect(offending(docs, (line) => /\blogge\b(?! (ind|ud|på|af))/iu.test(line.text))).toEqual([]);
    });
  }
});

describe('dates in the Word file', () => {
  it('the starter register, policy and vendor overview write dates with plain spaces (da/sv/en)', async () => {
    for (const language of LANGUAGES) {
      const documentsOfPack = auditPackDocuments(starterProject('DK'), { language, now: NOW, today: NOW });
      for (const { built } of documentsOfPack.slice(0, 3)) {
        const file = await openDocx(await renderDocx(built.document, { tocPageNumbers: 'word' }));
        const texts = [file.text, ...file.headersXml, ...file.footersXml].join('\n');
        expect(texts).toMatch(/\b3\.? december 2026\b/iu);
        expect(SPECIAL_SPACE.test(texts.match(DATE_WITH_SPECIAL_SPACE)?.[0] ?? '')).toBe(false);
      }
    }
  });
});
