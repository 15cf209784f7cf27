import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingSpecialBases } from '../../../shared/catalog/basisRequirements';
import { legalBasis } from '../../../shared/catalog/legalBases';
import { retentionRulesForJurisdiction } from '../../../shared/catalog/retentionRules';
import { getVendorLibraryEntry } from '../../../shared/catalog/vendorLibrary';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { findDanglingReferences, ProjectSchema, type Project } from '../../../shared/model';
import type { Jurisdiction } from '../../../shared/model/organisation';
import { parseProjectFile } from '../../../shared/project-file/parse';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import {
  activityNeedsCustomers,
  buildStarterProject,
  defaultActivityKeys,
  STARTER_ACTIVITY_KEYS,
  starterActivities,
  StarterTemplateError,
  suggestedVendorIds,
  vendorSuggestions,
  type BuildStarterProjectOptions,
  type StarterActivityKey,
} from '../../../shared/templates';

const JURISDICTIONS: readonly Jurisdiction[] = ['DK', 'SE', 'NO', 'FI', 'other'];
const TODAY = '2026-03-02';
const NOW = '2026-03-02T09:30:00.000Z';

function counterIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function build(options: Partial<BuildStarterProjectOptions> = {}): Project {
  return buildStarterProject({
    jurisdiction: 'DK',
    languages: ['da', 'sv', 'en'],
    primary: 'da',
    today: TODAY,
    now: NOW,
    ids: counterIds(),
    ...options,
  });
}

/** Customers as a user gives them (the template never invents any). */
const CUSTOMERS = [
  { name: 'Kunde A/S', registrationNumber: '87654321', contact: 'it@kunde-a.example' },
  { name: 'Kund B AB' },
] as const;

/**
 * Every activity, with customers for the processor activity, and every library vendor suggested for the
 * jurisdiction: the widest register the template can produce.
 */
function buildEverything(jurisdiction: Jurisdiction): Project {
  return build({
    jurisdiction,
    activityKeys: STARTER_ACTIVITY_KEYS,
    customers: CUSTOMERS,
    vendorLibraryIds: suggestedVendorIds(jurisdiction),
  });
}

const ORGANISATION = {
  DK: {
    legalName: 'Eksempel IT ApS',
    registrationNumber: '12345674',
    street: 'Eksempelvej 1',
    postcode: '8000',
    city: 'Aarhus C',
    phone: '+45 70 20 30 40',
    email: 'info@eksempel-it.example',
    website: 'https://eksempel-it.example',
    privacyEmail: 'privatliv@eksempel-it.example',
  },
  SE: {
    legalName: 'Exempel IT AB',
    registrationNumber: '556000-0001',
    street: 'Exempelgatan 1',
    postcode: '111 22',
    city: 'Stockholm',
    phone: '+46 8 123 456 78',
    email: 'info@exempel-it.example',
    website: 'https://exempel-it.example',
    privacyEmail: 'integritet@exempel-it.example',
  },
  other: {
    legalName: 'Example IT GmbH',
    registrationNumber: 'HRB 12345',
    street: 'Beispielstraße 1',
    postcode: '10115',
    city: 'Berlin',
    country: 'DE',
    phone: '+49 30 123456',
    email: 'info@example-it.example',
    website: 'https://example-it.example',
    privacyEmail: 'privacy@example-it.example',
  },
} as const;

const filled = (
  value: Readonly<Partial<Record<Language, string>>>,
  languages: readonly Language[] = LANGUAGES,
) => languages.every((language) => (value[language] ?? '').trim().length > 0);

describe('the IT services firm starter register', () => {
  it('offers 10–12 activities, in every jurisdiction, named in da, sv and en', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const activities = starterActivities(jurisdiction);
      expect(activities.length).toBeGreaterThanOrEqual(10);
      expect(activities.length).toBeLessThanOrEqual(12);
      expect(activities.map((a) => a.key)).toEqual([...STARTER_ACTIVITY_KEYS]);
      for (const activity of activities) {
        expect(filled(activity.name), activity.key).toBe(true);
        expect(filled(activity.description), activity.key).toBe(true);
      }
    }
  });

  it('suggests only library vendors, adds none the user did not name, and offers the usual accounting system first', () => {
    for (const jurisdiction of JURISDICTIONS) {
      for (const id of suggestedVendorIds(jurisdiction)) expect(getVendorLibraryEntry(id), id).toBeDefined();
      const byDefault = build({ jurisdiction, activityKeys: STARTER_ACTIVITY_KEYS, customers: CUSTOMERS });
      expect(byDefault.vendors, jurisdiction).toEqual([]);
    }
    const invoicing = (jurisdiction: Jurisdiction) =>
      starterActivities(jurisdiction)
        .find((a) => a.key === 'invoicing')!
        .suggestedVendors.map((v) => v.libraryId);
    expect(invoicing('DK')).toEqual(expect.arrayContaining(['visma-e-conomic', 'dinero', 'billy']));
    expect(invoicing('DK')[0]).toBe('visma-e-conomic');
    expect(invoicing('SE')[0]).toBe('fortnox');
    expect(invoicing('DK')).not.toContain('fortnox');
    const support = starterActivities('DK').find((a) => a.key === 'support')!;
    expect(support.suggestedVendors.map((v) => v.libraryId)).toEqual(
      expect.arrayContaining(['teamviewer', 'anydesk', 'microsoft-365']),
    );
  });

  it('names each suggested vendor once, with the chosen activities it is suggested for', () => {
    const suggestions = vendorSuggestions('DK', ['invoicing', 'support', 'itOperations']);
    const ids = suggestions.map((s) => s.libraryId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(suggestedVendorIds('DK', ['invoicing', 'support', 'itOperations']));
    expect(suggestions.find((s) => s.libraryId === 'teamviewer')?.activityKeys).toEqual([
      'support',
      'itOperations',
    ]);
    expect(suggestions.find((s) => s.libraryId === 'dinero')?.activityKeys).toEqual(['invoicing']);
    expect(ids).not.toContain('mailchimp');
    expect(vendorSuggestions('DK', [])).toEqual([]);
  });

  it('marks the processor activity as needing customers and never invents any', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const info = starterActivities(jurisdiction).filter((a) => a.needsCustomers);
      expect(info.map((a) => a.key)).toEqual(['itOperations']);
      expect(info.every((a) => a.role === 'processor')).toBe(true);
    }
    expect(STARTER_ACTIVITY_KEYS.filter(activityNeedsCustomers)).toEqual(['itOperations']);
    expect(defaultActivityKeys(false)).toEqual(STARTER_ACTIVITY_KEYS.filter((k) => k !== 'itOperations'));
    expect(defaultActivityKeys(true)).toEqual([...STARTER_ACTIVITY_KEYS]);

    // Without customers the default leaves the processor activity out, and creates no customers.
    const withoutCustomers = build();
    expect(withoutCustomers.customers).toEqual([]);
    expect(withoutCustomers.activities).toHaveLength(STARTER_ACTIVITY_KEYS.length - 1);
    expect(withoutCustomers.activities.filter((a) => a.role === 'processor')).toEqual([]);
    expect(withoutCustomers.activities.every((a) => a.customerIds.length === 0)).toBe(true);
    expect(build({ customers: [] }).activities).toHaveLength(STARTER_ACTIVITY_KEYS.length - 1);

    // With customers: exactly those given, linked to the processor activity only.
    const project = build({ customers: CUSTOMERS });
    expect(project.activities).toHaveLength(STARTER_ACTIVITY_KEYS.length);
    // The user typed the customers in the wizard: they are the user's own, confirmed when created.
    const typed = { origin: 'user', confirmedAt: NOW };
    expect(project.customers.map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        name: 'Kunde A/S',
        registrationNumber: '87654321',
        contact: 'it@kunde-a.example',
        dpaReference: '',
        confirmation: typed,
      },
      { name: 'Kund B AB', registrationNumber: '', contact: '', dpaReference: '', confirmation: typed },
    ]);
    const processor = project.activities.filter((a) => a.role === 'processor');
    expect(processor).toHaveLength(1);
    expect(processor[0]!.customerIds).toEqual(project.customers.map((c) => c.id));
    expect(processor[0]!.internalOnly).toBe(true);
    expect(processor[0]!.audienceIds).toEqual([]);
    for (const activity of project.activities.filter((a) => a.role === 'controller')) {
      expect(activity.customerIds, activity.name.en).toEqual([]);
    }
  });

  it('refuses the processor activity without customers, saying why', () => {
    for (const activityKeys of [STARTER_ACTIVITY_KEYS, ['itOperations'] as const]) {
      for (const customers of [undefined, []]) {
        const attempt = () => build({ activityKeys, customers });
        expect(attempt).toThrow(StarterTemplateError);
        expect(attempt).toThrow(/the processor activity needs at least one customer/);
        expect(attempt).toThrow(/itOperations.*Art\. 30\(2\)\(a\)/s);
      }
    }
    const error = (() => {
      try {
        build({ activityKeys: ['itOperations', 'website'] });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(StarterTemplateError);
    expect((error as StarterTemplateError).problems).toEqual([
      expect.stringMatching(/^the processor activity needs at least one customer/),
    ]);
  });

  describe.each(JURISDICTIONS)('jurisdiction %s', (jurisdiction) => {
    it.each(LANGUAGES)(
      'builds a valid project with primary language %s, which round-trips through the file',
      (primary) => {
        const project = build({ jurisdiction, primary, languages: [primary] });
        const result = ProjectSchema.safeParse(project);
        expect(result.error?.issues).toBeUndefined();
        expect(project.documentLanguages).toEqual({ languages: [primary], primary });
        expect(project.organisation.jurisdiction).toBe(jurisdiction);
        const text = serializeProjectFile(project, { appVersion: '0.1.0', now: NOW });
        const parsed = parseProjectFile(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.project).toEqual(project);
      },
    );

    it('gives every activity purposes, and every purpose its own legal bases (none for processor work)', () => {
      const project = buildEverything(jurisdiction);
      expect(project.activities).toHaveLength(STARTER_ACTIVITY_KEYS.length);
      for (const activity of project.activities) {
        expect(activity.status).toBe('active');
        expect(activity.purposes.length, activity.name.en).toBeGreaterThan(0);
        for (const purpose of activity.purposes) {
          expect(filled(purpose.description)).toBe(true);
          if (activity.role === 'processor') {
            // A processor acts on the controller's basis and instructions (Art. 28(3), 29, 30(2)).
            expect(purpose.legalBases, activity.name.en).toEqual([]);
          } else {
            expect(
              purpose.legalBases.length,
              `${activity.name.en}: ${purpose.description.en}`,
            ).toBeGreaterThan(0);
            expect(purpose.legalBases.some((b) => legalBasis(b.code).group === 'art6')).toBe(true);
          }
        }
      }
    });

    it('describes the interest of every Art. 6(1)(f) basis, and names the statute wherever a basis needs one', () => {
      const project = buildEverything(jurisdiction);
      let interests = 0;
      for (const activity of project.activities) {
        for (const purpose of activity.purposes) {
          for (const b of purpose.legalBases) {
            const entry = legalBasis(b.code);
            if (entry.requiresLegitimateInterestText) {
              interests++;
              expect(filled(b.legitimateInterest), `${activity.name.en}: ${purpose.description.en}`).toBe(
                true,
              );
            } else {
              expect(b.legitimateInterest).toEqual({});
            }
            if (entry.requiresStatuteNote)
              expect(filled(b.note), `${activity.name.en}: ${b.code}`).toBe(true);
            expect(entry.unusualForPrivateCompanies, b.code).toBe(false);
          }
        }
      }
      expect(interests).toBeGreaterThan(5);
    });

    it('cites only its own national provisions', () => {
      const project = buildEverything(jurisdiction);
      const national = project.activities
        .flatMap((a) => a.purposes.flatMap((p) => p.legalBases.map((b) => legalBasis(b.code))))
        .filter((entry) => entry.group === 'national');
      for (const entry of national) expect(entry.jurisdiction).toBe(jurisdiction);
      if (jurisdiction === 'DK' || jurisdiction === 'SE') expect(national.length).toBeGreaterThan(0);
      else expect(national).toEqual([]);
    });

    it('never relies on consent for employees or job applicants', () => {
      const project = buildEverything(jurisdiction);
      const staffSubjects = new Set(
        project.dataSubjects.filter((s) => /employee|applicant/i.test(s.name.en ?? '')).map((s) => s.id),
      );
      expect(staffSubjects.size).toBe(2);
      const staffActivities = project.activities.filter((a) =>
        a.dataSubjectIds.some((id) => staffSubjects.has(id)),
      );
      expect(staffActivities.map((a) => a.name.en)).toEqual(
        expect.arrayContaining(['Recruitment', 'Employees and HR administration', 'Security logging']),
      );
      for (const activity of staffActivities) {
        for (const purpose of activity.purposes) {
          for (const b of purpose.legalBases)
            expect(legalBasis(b.code).isConsent, activity.name.en).toBe(false);
        }
      }
      // Consent is used where it belongs: the newsletter and non-necessary cookies.
      const consentActivities = project.activities
        .filter((a) => a.purposes.some((p) => p.legalBases.some((b) => legalBasis(b.code).isConsent)))
        .map((a) => a.name.en);
      expect(consentActivities).toEqual(['Website visitors and cookies', 'Newsletters and marketing']);
    });

    it('gives special categories an Art. 9(2) condition and national IDs their national basis', () => {
      const project = buildEverything(jurisdiction);
      const kinds = new Map(project.dataCategories.map((c) => [c.id, c.kind]));
      expect([...kinds.values()]).toEqual(expect.arrayContaining(['special', 'nationalId']));
      for (const activity of project.activities) {
        const activityKinds = new Set(activity.dataCategoryIds.map((id) => kinds.get(id)));
        const bases = activity.purposes.flatMap((p) => p.legalBases);
        const entries = bases.map((b) => legalBasis(b.code));
        if (activityKinds.has('special')) {
          expect(
            entries.some((e) => e.group === 'art9'),
            activity.name.en,
          ).toBe(true);
          if (jurisdiction === 'DK' || jurisdiction === 'SE') {
            expect(entries.some((e) => e.group === 'national' && e.covers.includes('special'))).toBe(true);
          }
        } else {
          expect(
            entries.some((e) => e.group === 'art9'),
            activity.name.en,
          ).toBe(false);
        }
        if (activityKinds.has('nationalId')) {
          if (jurisdiction === 'DK' || jurisdiction === 'SE') {
            expect(
              entries.some((e) => e.covers.includes('nationalId') && e.jurisdiction === jurisdiction),
            ).toBe(true);
          } else {
            // No national provision in the catalog: the legal-obligation note points to Art. 87 instead.
            expect(bases.some((b) => b.code === 'art6-1-c' && /Article 87/.test(b.note.en ?? ''))).toBe(true);
          }
        }
        expect(activityKinds.has('criminal')).toBe(false);
        expect(missingSpecialBases(activity, project.dataCategories, jurisdiction), activity.name.en).toEqual(
          [],
        );
      }
    });

    it('fills retention with a period or criterion, from the jurisdiction’s catalog rules where one fits', () => {
      const project = buildEverything(jurisdiction);
      const rules = new Set(retentionRulesForJurisdiction(jurisdiction).map((r) => r.id));
      const ruleOf = (name: string) => project.activities.find((a) => a.name.en === name)!.retention.ruleId;
      for (const activity of project.activities) {
        const { retention } = activity;
        expect(filled(retention.text), activity.name.en).toBe(true);
        expect(filled(retention.startEvent), activity.name.en).toBe(true);
        expect(filled(retention.basis), activity.name.en).toBe(true);
        if (retention.ruleId !== null) expect(rules.has(retention.ruleId), retention.ruleId).toBe(true);
      }
      expect(ruleOf('Security logging')).toBe('security-logs');
      if (jurisdiction === 'DK') {
        expect(ruleOf('Invoicing and bookkeeping')).toBe('dk-bookkeeping');
        expect(ruleOf('Recruitment')).toBe('dk-job-applicants');
        expect(ruleOf('Newsletters and marketing')).toBe('dk-marketing-consent-proof');
        expect(ruleOf('Employees and HR administration')).toBe('dk-employee-files');
      } else if (jurisdiction === 'SE') {
        expect(ruleOf('Invoicing and bookkeeping')).toBe('se-bookkeeping');
        expect(ruleOf('Recruitment')).toBe('se-job-applicants');
        expect(ruleOf('Newsletters and marketing')).toBe('newsletter-subscribers');
      } else {
        expect(ruleOf('Invoicing and bookkeeping')).toBeNull();
        expect(ruleOf('Recruitment')).toBeNull();
      }
    });

    it('fills every text in da, sv and en, and leaves no translation half done', () => {
      const project = buildEverything(jurisdiction);
      const partial: string[] = [];
      const walk = (value: unknown, at: string) => {
        if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${at}.${i}`));
        if (value === null || typeof value !== 'object') return;
        const keys = Object.keys(value);
        const isText = keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
        if (isText) {
          if (!filled(value as Record<Language, string>)) partial.push(at);
          return;
        }
        for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`);
      };
      walk(project, 'project');
      expect(partial).toEqual([]);
      for (const activity of project.activities) {
        for (const text of [
          activity.name,
          activity.description,
          activity.requirement.consequence,
          activity.dpia.reason,
        ]) {
          expect(filled(text), activity.name.en).toBe(true);
        }
        expect(['notRequired', 'notAssessed']).toContain(activity.dpia.status);
      }
      const catalogs = [
        ...project.dataSubjects,
        ...project.dataCategories,
        ...project.sources,
        ...project.recipients,
        ...project.securityMeasures,
      ];
      for (const item of catalogs) {
        expect(filled(item.name)).toBe(true);
        expect(filled(item.description)).toBe(true);
      }
      for (const audience of project.audiences) expect(filled(audience.name)).toBe(true);
      for (const text of [project.policy.title, project.policy.introduction, project.policy.changesText]) {
        expect(filled(text)).toBe(true);
      }
    });

    it('never mentions Privacy Shield or Datainspektionen, nor infers consent from continued use', () => {
      const json = JSON.stringify(buildEverything(jurisdiction));
      expect(json).not.toMatch(/privacy[\s\-_]*shield/i);
      expect(json).not.toMatch(/datainspektionen/i);
      expect(json).not.toMatch(/continued use|fortsat brug|fortsatt användning/i);
    });

    it('has the sources, recipients, security measures and audiences the activities need', () => {
      const project = buildEverything(jurisdiction);
      const sourceKinds = new Set(project.sources.map((s) => s.kind));
      expect(sourceKinds).toEqual(
        new Set(['dataSubject', 'generated', 'otherCompany', 'publicRegister', 'authority']),
      );
      expect(new Set(project.recipients.map((r) => r.kind))).toEqual(
        new Set(['advisor', 'authority', 'bank', 'other']),
      );
      expect(project.securityMeasures.length).toBeGreaterThanOrEqual(8);
      expect(project.securityMeasures.length).toBeLessThanOrEqual(12);
      expect(new Set(project.securityMeasures.map((m) => m.kind))).toEqual(
        new Set(['technical', 'organisational']),
      );
      expect(project.audiences.map((a) => a.name.en)).toEqual([
        'Website and customers',
        'Employees',
        'Job applicants',
      ]);
      for (const activity of project.activities) {
        expect(activity.securityMeasureIds.length, activity.name.en).toBeGreaterThan(0);
        expect(activity.sourceIds.length, activity.name.en).toBeGreaterThan(0);
        expect(activity.internalOnly || activity.audienceIds.length > 0, activity.name.en).toBe(true);
        // The subject × data matrix covers exactly the activity's subject and data categories.
        expect(new Set(activity.subjectData.map((l) => l.dataSubjectId))).toEqual(
          new Set(activity.dataSubjectIds),
        );
        expect(new Set(activity.subjectData.map((l) => l.dataCategoryId))).toEqual(
          new Set(activity.dataCategoryIds),
        );
        for (const link of activity.recipients) {
          for (const id of link.dataCategoryIds) expect(activity.dataCategoryIds).toContain(id);
        }
      }
      const byName = (name: string) => project.activities.find((a) => a.name.en === name)!;
      const recipientNames = (name: string) =>
        byName(name).recipients.map((l) => project.recipients.find((r) => r.id === l.recipientId)!.kind);
      expect(recipientNames('Invoicing and bookkeeping')).toEqual(['advisor', 'authority', 'bank']);
      const generated = project.sources.find((s) => s.kind === 'generated')!.id;
      expect(byName('Security logging').sourceIds).toEqual([generated]);
      expect(byName('Website visitors and cookies').sourceIds).toContain(generated);
    });
  });

  it('copies the chosen vendors from the library and gives processor-work vendors the sub-processor role', () => {
    const project = build({
      customers: CUSTOMERS,
      vendorLibraryIds: ['microsoft-365', 'teamviewer', 'dinero'],
    });
    expect(project.vendors.map((v) => v.libraryRef?.id)).toEqual(['microsoft-365', 'dinero', 'teamviewer']);
    const role = (id: string) => project.vendors.find((v) => v.libraryRef?.id === id)!.role;
    expect(role('microsoft-365')).toBe('processor');
    expect(role('dinero')).toBe('processor');
    expect(role('teamviewer')).toBe('subProcessor'); // also used for IT operations for customers
    expect(project.vendors.every((v) => v.dpa.status === 'unknown')).toBe(true);
    const itOps = project.activities.find((a) => a.role === 'processor')!;
    const teamviewer = project.vendors.find((v) => v.libraryRef?.id === 'teamviewer')!.id;
    expect(itOps.vendorIds).toEqual([teamviewer]);
    // Without the processor activity (no customers), the same vendor is our own processor.
    const own = build({ vendorLibraryIds: ['teamviewer'] });
    expect(own.vendors.map((v) => [v.libraryRef?.id, v.role])).toEqual([['teamviewer', 'processor']]);
  });

  it('attaches vendors per activity when the wizard asks per activity', () => {
    const project = build({
      vendorsByActivity: { customerPortal: ['microsoft-azure'], support: ['anydesk'] },
    });
    const azure = project.vendors.find((v) => v.libraryRef?.id === 'microsoft-azure')!;
    expect(azure.role).toBe('processor');
    const withAzure = project.activities.filter((a) => a.vendorIds.includes(azure.id)).map((a) => a.name.en);
    expect(withAzure).toEqual(['Customer portal']);
    expect(project.vendors).toHaveLength(2);
    expect(() => build({ vendorsByActivity: { website: ['fortnox'] } })).toThrow(
      /not suggested for "website"/,
    );
    expect(() =>
      build({ vendorsByActivity: { website: ['cookiebot'] }, vendorLibraryIds: ['cookiebot'] }),
    ).toThrow(StarterTemplateError);
  });

  it('leaves no unused catalog items and no dangling references for any choice of activities and vendors', () => {
    const jurisdiction = fc.constantFrom<Jurisdiction>(...JURISDICTIONS);
    const scenario = jurisdiction.chain((j) =>
      fc.subarray([...STARTER_ACTIVITY_KEYS], { minLength: 1 }).chain((keys) =>
        fc.record({
          jurisdiction: fc.constant(j),
          keys: fc.constant(keys as StarterActivityKey[]),
          vendors: fc.subarray(suggestedVendorIds(j, keys)),
          customers: fc.uniqueArray(fc.constantFrom('Kunde A/S', 'Kund B AB', 'Asiakas C Oy'), {
            minLength: keys.includes('itOperations') ? 1 : 0,
            maxLength: keys.includes('itOperations') ? 3 : 0,
          }),
        }),
      ),
    );
    fc.assert(
      fc.property(scenario, ({ jurisdiction: j, keys, vendors, customers }) => {
        const project = build({
          jurisdiction: j,
          activityKeys: keys,
          vendorLibraryIds: vendors,
          customers: customers.map((name) => ({ name })),
        });
        expect(ProjectSchema.safeParse(project).success).toBe(true);
        expect(findDanglingReferences(project)).toEqual([]);
        expect(project.activities).toHaveLength(keys.length);
        expect(project.vendors.map((v) => v.libraryRef?.id).sort()).toEqual([...vendors].sort());

        const referenced = {
          dataSubjects: new Set(project.activities.flatMap((a) => a.dataSubjectIds)),
          dataCategories: new Set(
            project.activities.flatMap((a) => [
              ...a.dataCategoryIds,
              ...a.recipients.flatMap((r) => r.dataCategoryIds),
            ]),
          ),
          sources: new Set(project.activities.flatMap((a) => a.sourceIds)),
          recipients: new Set(project.activities.flatMap((a) => a.recipients.map((r) => r.recipientId))),
          vendors: new Set(project.activities.flatMap((a) => a.vendorIds)),
          securityMeasures: new Set(project.activities.flatMap((a) => a.securityMeasureIds)),
          audiences: new Set(project.activities.flatMap((a) => a.audienceIds)),
          customers: new Set(project.activities.flatMap((a) => a.customerIds)),
        };
        for (const [catalog, used] of Object.entries(referenced)) {
          const items = project[catalog as keyof typeof referenced];
          for (const item of items) expect(used.has(item.id), `${catalog} ${item.id}`).toBe(true);
        }
        expect(project.policy.includeCookieSection).toBe(keys.includes('website'));
        expect(project.customers.map((c) => c.name)).toEqual(customers);
      }),
      { numRuns: 60 },
    );
  });

  it('uses only the ids it is given, and is deterministic with them', () => {
    const a = build({ ids: counterIds('x'), customers: CUSTOMERS });
    const b = build({ ids: counterIds('x'), customers: CUSTOMERS });
    expect(a).toEqual(b);
    const json = JSON.stringify(a);
    for (const match of json.matchAll(/"id":"([^"]+)"/g)) {
      if (!match[1]!.startsWith('x-')) expect(getVendorLibraryEntry(match[1]!), match[1]).toBeDefined(); // libraryRef ids
    }
    const random = buildStarterProject({
      jurisdiction: 'SE',
      languages: ['sv'],
      primary: 'sv',
      today: TODAY,
    });
    expect(ProjectSchema.safeParse(random).success).toBe(true);
  });

  it('sets the organisation, the next review a year ahead and the policy’s date, but claims no review', () => {
    const project = build({ organisation: ORGANISATION.DK, today: '2028-02-29' });
    expect(project.name).toBe('Eksempel IT ApS');
    expect(project.organisation).toMatchObject({ ...ORGANISATION.DK, country: 'DK', jurisdiction: 'DK' });
    for (const activity of project.activities) {
      // Nobody has reviewed a template's activity: the review date comes with the user's confirmation.
      expect(activity.lastReviewed).toBe('');
      expect(activity.confirmation).toEqual({ origin: 'template', confirmedAt: null });
      expect(activity.nextReview).toBe('2029-02-28');
      expect(activity.createdAt).toBe(NOW);
    }
    expect(project.policy.effectiveDate).toBe('2028-02-29');
    expect(project.policy.confirmation).toEqual({ origin: 'template', confirmedAt: null });
    for (const list of [
      project.dataSubjects,
      project.dataCategories,
      project.securityMeasures,
      project.audiences,
    ])
      for (const item of list) expect(item.confirmation.confirmedAt).toBeNull();
    expect(build({ jurisdiction: 'other' }).organisation.country).toBe('');
    expect(build({ jurisdiction: 'FI' }).organisation.country).toBe('FI');
    expect(build({ projectName: 'Kunde A' }).name).toBe('Kunde A');
    expect(build({ primary: 'en', languages: ['en'] }).name).toBe('IT services firm');
  });

  it('refuses choices it cannot build, saying why', () => {
    const fails = (options: Partial<BuildStarterProjectOptions>, message: RegExp) => {
      expect(() => build(options)).toThrow(StarterTemplateError);
      expect(() => build(options)).toThrow(message);
    };
    fails(
      { activityKeys: ['website', 'payroll' as StarterActivityKey] },
      /Unknown starter activity: payroll/,
    );
    fails({ activityKeys: [] }, /at least one/);
    fails({ vendorLibraryIds: ['no-such-vendor'] }, /not in the vendor library/);
    fails({ activityKeys: ['website'], vendorLibraryIds: ['fortnox'] }, /not suggested for any/);
    fails({ languages: ['da'], primary: 'en' }, /primary language/);
    fails({ today: '2026-02-30' }, /YYYY-MM-DD/);
    fails({ organisation: { email: 'not an e-mail' } }, /organisation\.email/);
    fails({ organisation: { country: 'XX' } }, /ISO 3166-1/);
    fails({ activityKeys: ['itOperations'] }, /the processor activity needs at least one customer/);
    fails({ activityKeys: ['website'], customers: CUSTOMERS }, /only recorded for the processor activity/);
    fails({ customers: [{ name: 'Kunde A/S' }, { name: '  ' }] }, /customer 2 has no name/);
    fails({ customers: [{ name: 'Kunde A/S' }, { name: 'kunde a/s ' }] }, /listed twice/);
    fails({ customers: [{ name: 'x'.repeat(5000) }] }, /customers\.0\.name/);
  });
});
