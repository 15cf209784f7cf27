import { CONFIRMED } from '../../support/confirmed';
import { describe, expect, it } from 'vitest';
import { missingSpecialBases } from '../../../shared/catalog/basisRequirements';
import type { LegalBasisCode } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

function withBases(codes: LegalBasisCode[]) {
  const project = sampleProject();
  const activity = project.activities[0]!;
  activity.purposes = [
    {
      id: 'p',
      description: {},
      legalBases: codes.map((code) => ({ code, legitimateInterest: {}, note: {} })),
    },
  ];
  return { activity, categories: project.dataCategories };
}

describe('extra legal bases that linked data calls for', () => {
  it('asks for an Art. 9 condition and the CPR provision when only Art. 6 is cited', () => {
    const { activity, categories } = withBases(['art6-1-b']);
    const missing = missingSpecialBases(activity, categories, 'DK');
    expect(missing.map((m) => [m.scope, m.categories.map((c) => c.id)])).toEqual([
      ['special', ['dc-health']],
      ['nationalId', ['dc-cpr']],
    ]);
  });

  it('is satisfied by Art. 9(2)(a) and databeskyttelsesloven § 11 on any purpose', () => {
    const { activity, categories } = withBases(['art6-1-b', 'art9-2-a', 'dk-dbl-11']);
    expect(missingSpecialBases(activity, categories, 'DK')).toEqual([]);
  });

  it('demands the national ID provision only where the catalog has one (DK, SE)', () => {
    const { activity, categories } = withBases(['art6-1-b', 'art9-2-a']);
    expect(missingSpecialBases(activity, categories, 'SE').map((m) => m.scope)).toEqual(['nationalId']);
    expect(missingSpecialBases(activity, categories, 'NO')).toEqual([]);
  });

  it('asks for Art. 10 or a national provision for criminal data', () => {
    const { activity, categories } = withBases(['art6-1-b', 'art9-2-a', 'dk-dbl-11']);
    categories.push({
      confirmation: CONFIRMED,
      id: 'dc-crime',
      name: { da: 'Straffeattest' },
      description: {},
      kind: 'criminal',
    });
    activity.dataCategoryIds.push('dc-crime');
    expect(missingSpecialBases(activity, categories, 'DK').map((m) => m.scope)).toEqual(['criminal']);
    activity.purposes[0]!.legalBases.push({ code: 'dk-dbl-8', legitimateInterest: {}, note: {} });
    expect(missingSpecialBases(activity, categories, 'DK')).toEqual([]);
  });
});
