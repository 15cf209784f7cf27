import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../shared/changes/describe';
import { documentTexts } from '../../../shared/documents/texts';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { ChangeEntry, ChangeTarget } from '../../../shared/model';
import { fieldLabel, fieldNoun, type FieldPath } from '../../../shared/model/vocabulary';
import { describeLocation } from '../../../shared/project-file/describe';
import { activityMessages } from '../../../renderer/features/activities/messages';
import { catalogMessages } from '../../../renderer/features/catalogs/messages';
import { organisationMessages } from '../../../renderer/features/organisation/messages';
import { sampleProject } from '../../support/sampleProject';

/** The place a field is named in each of the four: the editor, a file error, the change log, a document. */
interface Witness {
  readonly path: FieldPath;
  readonly editor: (language: Language) => string;
  /** Where the field sits in a project file, below "project". */
  readonly file: readonly (string | number)[];
  readonly change: { readonly target: ChangeTarget; readonly path: readonly string[] };
  readonly document: (language: Language) => string;
}

const WITNESSES: readonly Witness[] = [
  {
    path: 'activity.retention',
    editor: (l) => activityMessages[l].sections.retention,
    file: ['activities', 0, 'retention'],
    change: { target: 'activities', path: ['retention'] },
    document: (l) => documentTexts(l).register.overview.columns.retention,
  },
  {
    path: 'vendor.transferMechanism',
    editor: (l) => catalogMessages[l].vendor.transferMechanism,
    file: ['vendors', 0, 'transferMechanism'],
    change: { target: 'vendors', path: ['transferMechanism'] },
    document: (l) => documentTexts(l).vendorTable.mechanism,
  },
  {
    path: 'vendor.hqCountry',
    editor: (l) => catalogMessages[l].vendor.hqCountry,
    file: ['vendors', 0, 'hqCountry'],
    change: { target: 'vendors', path: ['hqCountry'] },
    document: (l) => documentTexts(l).vendorTable.headquarters,
  },
  {
    path: 'organisation.registrationNumber',
    // outside the Nordic jurisdictions the field goes by its own noun
    editor: (l) => organisationMessages[l].org.registrationNumber.other,
    file: ['organisation', 'registrationNumber'],
    change: { target: 'project', path: ['organisation', 'registrationNumber'] },
    document: (l) => documentTexts(l).common.registrationNumber('other'),
  },
];

function changeOf(target: ChangeTarget, path: readonly string[]): ChangeEntry {
  const project = sampleProject();
  const itemId = target === 'project' ? null : (project[target][0]?.id ?? null);
  return {
    id: 'c1',
    at: '2026-01-01T00:00:00Z',
    target,
    itemId,
    itemName: '',
    action: 'changed',
    path: [...path],
    before: 'x',
    after: 'y',
  };
}

describe.each(LANGUAGES)('one name for a field everywhere, in %s', (language) => {
  it.each(WITNESSES)('$path', (witness) => {
    const label = fieldLabel(witness.path, language);
    const noun = fieldNoun(witness.path, language);
    expect(witness.editor(language)).toBe(label);
    expect(witness.document(language)).toBe(label);

    const location = describeLocation(['project', ...witness.file], [], language);
    expect(location?.endsWith(` › ${noun}`) || location === noun).toBe(true);

    const { target, path } = witness.change;
    expect(describeChange(changeOf(target, path), sampleProject(), language).field).toBe(
      target === 'project' ? `${fieldNoun('organisation', language)} › ${noun}` : noun,
    );
  });
});

it('names the transfer mechanism of a manual transfer as the vendor’s, in Swedish too', () => {
  expect(activityMessages.sv.fields.transferMechanism).toBe('Grund för överföring');
  expect(describeLocation(['project', 'activities', 0, 'manualTransfers', 0, 'mechanism'], [], 'sv')).toBe(
    'behandling 1 › överföring 1 › grund för överföring',
  );
});
