import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completenessScore, runChecks, type Finding } from '../../../shared/checks';
import {
  cite,
  isRequired,
  kindOf,
  REQUIREMENT_RULE_IDS,
  REQUIREMENTS,
  requirementsOf,
  type Requirement,
} from '../../../shared/checks/requirements';
import type { Activity, Project } from '../../../shared/model';
import { itguyCorrected } from '../../fixtures/checks/itguy';
import { projectArbitrary } from '../project-file/projectArbitrary';

const TODAY = '2025-12-01';

/**
 * Ways to leave a required field empty, so random registers reach the "missing" side of every
 * requirement often, not only when the random text happens to be blank.
 */
const BLANKERS: Readonly<Record<string, (project: Project) => void>> = {
  legalName: (p) => void (p.organisation.legalName = ''),
  address: (p) => void (p.organisation.postcode = ' '),
  contact: (p) => Object.assign(p.organisation, { email: '', phone: '', privacyEmail: '' }),
  dpo: (p) => Object.assign(p.privacyContact, { kind: 'dpo', email: '', phone: '' }),
  policyTexts: (p) => Object.assign(p.policy, { title: {}, version: '', effectiveDate: '', cookieText: {} }),
  noActivities: (p) => void (p.activities = []),
  retention: (p) =>
    p.activities.forEach((a) => {
      a.retention = { text: {}, period: null, startEvent: { da: 'Ophør' }, basis: {}, ruleId: null };
    }),
  purposes: (p) =>
    p.activities.forEach((a, i) => {
      if (i % 2) a.purposes = [];
      else a.purposes.forEach((purpose) => Object.assign(purpose, { description: {}, legalBases: [] }));
    }),
  links: (p) =>
    p.activities.forEach((a: Activity) =>
      Object.assign(a, { dataSubjectIds: [], dataCategoryIds: [], subjectData: [], sourceIds: [], securityMeasureIds: [], customerIds: [], audienceIds: [], internalOnly: false }),
    ),
  reviews: (p) => p.activities.forEach((a) => Object.assign(a, { lastReviewed: '', nextReview: '', status: 'active' })),
  vendors: (p) =>
    p.vendors.forEach((v, i) =>
      Object.assign(v, i % 2 ? { processingLocations: ['US'], transferMechanism: null } : { hqCountry: '', processingLocations: [], lastVerified: '' }),
    ),
  dpa: (p) => p.vendors.forEach((v, i) => Object.assign(v, { role: 'processor', dpa: { ...v.dpa, status: (['unknown', 'notSigned', 'notNeeded'] as const)[i % 3] } })),
  catalogs: (p) => Object.assign(p, { dataSubjects: [], securityMeasures: [], customers: [], audiences: [] }),
}; // prettier-ignore

const registers = fc.tuple(projectArbitrary, fc.subarray(Object.keys(BLANKERS))).map(([project, blank]) => {
  for (const name of blank) BLANKERS[name]!(project);
  return project;
});

type Place = string;
const place = (rule: string, kind: string, id: string | null, field: string | null): Place =>
  [rule, kind, id ?? '', field ?? ''].join('|');

describe('one definition of each requirement', () => {
  it('a requirement is unmet in the completeness report exactly when its finding is reported (same item, same field)', () => {
    fc.assert(
      fc.property(registers, (project) => {
        const findings = runChecks(project, { today: TODAY, language: 'en' });
        const report = completenessScore(project, { findings });
        for (const requirement of REQUIREMENTS) {
          const unmet = report.sections
            .flatMap((section) => section.missing)
            .filter((entry) => entry.requirement === requirement.id)
            .map((entry) =>
              entry.item === null
                ? place(requirement.rule, kindOf(requirement), null, null)
                : place(requirement.rule, entry.item.kind, entry.item.id, entry.item.field),
            );
          const reported = findings
            .filter((f) => isFindingOf(f, requirement))
            .map((f) => place(f.ruleId, f.item.kind, f.item.id, f.item.field));
          expect(reported.sort(), requirement.id).toEqual(unmet.sort());
        }
        // Every finding of a "missing X" rule is some requirement's.
        const all = findings.filter((f) => REQUIREMENT_RULE_IDS.has(f.ruleId));
        const counted = REQUIREMENTS.flatMap((r) => findings.filter((f) => isFindingOf(f, r)));
        expect(counted.length).toBe(all.length);
      }),
      { numRuns: 150 },
    );
  });

  it('reaches both sides of every requirement over a fixed set of registers', () => {
    const seen = new Map<string, { met: boolean; unmet: boolean }>();
    fc.assert(
      fc.property(registers, (project) => {
        const report = completenessScore(project, { findings: [] });
        const missing = new Set(report.sections.flatMap((s) => s.missing).map((m) => m.requirement));
        for (const requirement of REQUIREMENTS) {
          const state = seen.get(requirement.id) ?? { met: false, unmet: false };
          if (missing.has(requirement.id)) state.unmet = true;
          else state.met = true;
          seen.set(requirement.id, state);
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
    const neverUnmet = REQUIREMENTS.filter((r) => !seen.get(r.id)?.unmet).map((r) => r.id);
    expect(neverUnmet).toEqual([]);
  });
});

/** A finding is a requirement's when rule, item kind and field (any purpose's index for "*") are its. */
function isFindingOf(finding: Finding, requirement: Requirement): boolean {
  if (finding.ruleId !== requirement.rule || finding.item.kind !== kindOf(requirement)) return false;
  if (requirement.field === null) return finding.item.field === null;
  const pattern = requirement.field.replaceAll('.', '\\.').replace('*', '\\d+');
  return new RegExp(`^${pattern}$`).test(finding.item.field ?? '');
}

describe('the requirements table', () => {
  it('gives every requirement a stable id, nouns in da/sv/en and a rule of its own severity', () => {
    expect(new Set(REQUIREMENTS.map((r) => r.id)).size).toBe(REQUIREMENTS.length);
    for (const requirement of REQUIREMENTS) {
      expect(requirement.id).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
      for (const language of ['da', 'sv', 'en'] as const) expect(requirement.noun[language]).not.toBe('');
      for (const other of requirementsOf(requirement.rule)) expect(other.severity).toBe(requirement.severity);
    }
  });

  it('cites articles in the official forms of each language', () => {
    const f = { article: 30, paragraph: 1, point: 'f' };
    expect([cite('da', f), cite('sv', f), cite('en', f)]).toEqual([
      'artikel 30, stk. 1, litra f',
      'artikel 30.1 f',
      'Article 30(1)(f)',
    ]);
    expect([cite('da', { article: 32 }), cite('en', { chapter: 'V' })]).toEqual(['artikel 32', 'Chapter V']);
  });

  it('counts a retention with only a start event as missing, in the score and in the findings alike', () => {
    const project = itguyCorrected();
    const activity = project.activities.find((a) => a.id === 'act-marketing')!;
    activity.retention = { text: {}, period: null, startEvent: { da: 'Afmelding' }, basis: {}, ruleId: null };
    const findings = runChecks(project, { today: TODAY });
    const report = completenessScore(project, { findings });
    expect(findings.filter((f) => f.ruleId === 'retention-missing').map((f) => f.item.id)).toEqual([
      'act-marketing',
    ]);
    const entry = report.activities.find((a) => a.id === 'act-marketing')!;
    expect(entry.missing.map((m) => m.requirement)).toEqual(['activity.retention']);
    expect(entry.status).toBe('errors');
  });
});

describe('isRequired: the forms mark a field required exactly when its requirement applies', () => {
  const project = itguyCorrected();
  const controller = project.activities[0]!;
  const processor: Activity = { ...controller, role: 'processor' };

  it('asks controller activities for retention and legal bases, processor activities for customers', () => {
    expect(isRequired('activity', 'retention.text', controller)).toBe(true);
    expect(isRequired('activity', 'retention.text', processor)).toBe(false);
    expect(isRequired('activity', 'purposes.0.legalBases', controller)).toBe(true);
    expect(isRequired('activity', 'purposes.0.legalBases', processor)).toBe(false);
    expect(isRequired('activity', 'purposes.9.legalBases', controller)).toBe(false); // no such purpose
    expect(isRequired('activity', 'purposes.0.description', processor)).toBe(true);
    expect(isRequired('activity', 'customerIds', processor)).toBe(true);
    expect(isRequired('activity', 'customerIds', controller)).toBe(false);
    expect(isRequired('activity', 'dpia.reason', controller)).toBe(false);
  });

  it('asks a vendor for a transfer mechanism only with a third country, and for a DPA only as processor', () => {
    const vendor = project.vendors.find((v) => v.id === 'v-spinup')!;
    expect(isRequired('vendor', 'transferMechanism', vendor)).toBe(false);
    expect(isRequired('vendor', 'transferMechanism', { ...vendor, processingLocations: ['US'] })).toBe(true);
    expect(isRequired('vendor', 'dpa.status', vendor)).toBe(true);
    expect(isRequired('vendor', 'dpa.status', { ...vendor, role: 'independentController' })).toBe(false);
  });

  it('asks for the cookie text only with the cookie section, and for DPO contact only of a DPO', () => {
    expect(isRequired('policy', 'cookieText', { ...project.policy, includeCookieSection: false })).toBe(
      false,
    );
    expect(isRequired('policy', 'cookieText', { ...project.policy, includeCookieSection: true })).toBe(true);
    expect(isRequired('privacyContact', 'email', { ...project.privacyContact, kind: 'contact' })).toBe(false);
    expect(isRequired('privacyContact', 'email', { ...project.privacyContact, kind: 'dpo' })).toBe(true);
  });
});
