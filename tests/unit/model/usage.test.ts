import { describe, expect, it } from 'vitest';
import { findUsages, ProjectSchema, withoutReferences, type ReferencedKey } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

describe('usage of catalog items', () => {
  const project = sampleProject();

  it('names the activity and every field that uses an item', () => {
    expect(findUsages(project.activities, 'dataCategories', 'dc-contact')).toEqual([
      { activityId: 'act-support', fields: ['dataCategories', 'subjectData', 'recipientData'] },
    ]);
    expect(findUsages(project.activities, 'vendors', 'v-m365')).toEqual([
      { activityId: 'act-support', fields: ['vendors'] },
    ]);
    expect(findUsages(project.activities, 'vendors', 'v-unused')).toEqual([]);
  });

  const cases: [ReferencedKey, string][] = [
    ['dataSubjects', 'ds-customers'],
    ['dataCategories', 'dc-contact'],
    ['sources', 'src-self'],
    ['recipients', 'rcp-auditor'],
    ['vendors', 'v-m365'],
    ['securityMeasures', 'sm-mfa'],
    ['customers', 'cu-1'],
    ['audiences', 'aud-web'],
    ['jointControllers', 'jc-1'],
  ];

  it.each(cases)(
    'removing every reference to a %s leaves a valid project once the item is gone',
    (key, id) => {
      const before = sampleProject();
      const after = structuredClone(before);
      after.activities = after.activities.map((activity) => withoutReferences(activity, key, id));
      (after[key] as { id: string }[]) = (after[key] as { id: string }[]).filter((item) => item.id !== id);
      if (key === 'audiences')
        after.exportHistory = after.exportHistory.map((r) => ({ ...r, audienceId: null }));
      expect(findUsages(after.activities, key, id)).toEqual([]);
      expect(ProjectSchema.safeParse(after).error?.issues).toBeUndefined();
      // Other references survive.
      expect(after.activities[0]!.purposes).toEqual(before.activities[0]!.purposes);
    },
  );
});
