import { describe, expect, it } from 'vitest';
import { runChecks, type Finding, type RuleId } from '../../../shared/checks';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { ProjectSchema, type Project } from '../../../shared/model';
import type { PrivacyContact } from '../../../shared/model/organisation';
import { buildDocument, renderHtml } from '../../../shared/documents';
import {
  buildStarterProject,
  STARTER_ACTIVITY_KEYS,
  StarterTemplateError,
  suggestedVendorIds,
  type BuildStarterProjectOptions,
  type StarterOrganisation,
} from '../../../shared/templates';

/**
 * Issue 6, item 6: the "IT services firm" starter register passes the app's own checks with no errors once the
 * organisation is filled in — in every jurisdiction variant and language, with the processor activity (and
 * the customers it is kept for) or without it. What the user still has to do (record each DPA) shows as
 * warnings, and the checks keep catching the real mistakes.
 */

const TODAY = '2026-03-02';
const NOW = '2026-03-02T09:30:00.000Z';

type Variant = 'DK' | 'SE' | 'other';

/** Organisations filled in as a user would, phone numbers in each country's format. */
const ORGANISATION: Readonly<Record<Variant, StarterOrganisation>> = {
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
    phone: '08-123 456 78',
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
};

const PRIVACY_CONTACT: Readonly<Record<Variant, PrivacyContact>> = {
  DK: {
    kind: 'contact',
    name: 'Kim Jensen',
    email: 'kim@eksempel-it.example',
    phone: '',
    isManagement: false,
  },
  SE: { kind: 'contact', name: 'Eva Lund', email: 'eva@exempel-it.example', phone: '', isManagement: false },
  other: {
    kind: 'contact',
    name: 'Jonas Weber',
    email: 'jonas@example-it.example',
    phone: '',
    isManagement: false,
  },
};

const CUSTOMERS: Readonly<Record<Variant, BuildStarterProjectOptions['customers']>> = {
  DK: [{ name: 'Kunde A/S', registrationNumber: '87654321' }, { name: 'Tandlæge B ApS' }],
  SE: [{ name: 'Kund A AB', registrationNumber: '556111-1111', contact: 'it@kund-a.example' }],
  other: [{ name: 'Customer A Ltd' }],
};

/** Rules the template's own content must never trip, whatever the user chose (reference §8 and more). */
const CONTENT_RULES: readonly RuleId[] = [
  'activity-no-purpose',
  'purpose-no-legal-basis',
  'legitimate-interest-not-described',
  'interest-under-wrong-basis',
  'consent-for-employees',
  'consent-mixed-with-other-basis',
  'consent-for-contract',
  'legitimate-interest-generic',
  'tracking-on-legitimate-interest',
  'legal-bases-pasted',
  'legal-basis-without-statute',
  'special-data-without-condition',
  'art9-without-special-data',
  'criminal-data-without-basis',
  'national-id-without-basis',
  'national-basis-other-jurisdiction',
  'activity-no-data-subjects',
  'activity-no-data-categories',
  'retention-missing',
  'retention-vague',
  'activity-no-security-measures',
  'processor-activity-without-customers',
  'automated-decisions-not-explained',
  'review-overdue',
  'review-missing',
  'vendor-transfer-without-mechanism',
  'processor-without-dpa',
  'independent-controller-as-processor',
  'controller-identity-incomplete',
  'phone-country-mismatch',
  'privacy-shield',
  'outdated-authority',
  'consent-by-continued-use',
  'missing-translation',
  'unused-catalog-item',
  'policy-undated',
];

function counterIds() {
  let n = 0;
  return () => `id-${++n}`;
}

function starter(
  variant: Variant,
  primary: Language,
  options: Partial<BuildStarterProjectOptions> = {},
): Project {
  return buildStarterProject({
    jurisdiction: variant,
    languages: [primary],
    primary,
    organisation: ORGANISATION[variant],
    privacyContact: PRIVACY_CONTACT[variant],
    today: TODAY,
    now: NOW,
    ids: counterIds(),
    ...options,
  });
}

const check = (project: Project): Finding[] => runChecks(project, { today: TODAY });

/**
 * The content rules for a variant. The EU wording (Norway, Finland, other countries) cannot name the national
 * act behind an Art. 6(1)(c) or 9(2)(b) basis, so its notes leave the act for the user: a warning there.
 */
const contentRules = (variant: Variant): readonly RuleId[] =>
  variant === 'other' ? CONTENT_RULES.filter((id) => id !== 'legal-basis-without-statute') : CONTENT_RULES;

/** Asserts there is no error, naming the rule and message of each one otherwise. */
function expectNoErrors(findings: readonly Finding[], label: string): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const ids = [...new Set(errors.map((f) => f.ruleId))].join(', ');
  expect(
    errors.map((f) => `${f.ruleId}: ${f.message}`),
    `${label}: error findings from rules ${ids}`,
  ).toEqual([]);
}

const SCENARIOS = (['DK', 'SE', 'other'] as const).flatMap((variant) =>
  LANGUAGES.map((primary) => [variant, primary] as const),
);

describe.each(SCENARIOS)('the starter register for %s in %s, organisation filled in', (variant, primary) => {
  it('with every activity and the customers: no errors', () => {
    const project = starter(variant, primary, {
      activityKeys: STARTER_ACTIVITY_KEYS,
      customers: CUSTOMERS[variant],
    });
    expect(ProjectSchema.safeParse(project).error?.issues).toBeUndefined();
    expect(project.activities).toHaveLength(STARTER_ACTIVITY_KEYS.length);
    const processor = project.activities.find((a) => a.role === 'processor')!;
    expect(processor.customerIds).toHaveLength(CUSTOMERS[variant]!.length);
    const findings = check(project);
    expectNoErrors(findings, `${variant}/${primary} with customers`);
    expect(findings.filter((f) => contentRules(variant).includes(f.ruleId)).map((f) => f.message)).toEqual(
      [],
    );
  });

  it('with the defaults and no customers: the processor activity is left out, and no errors', () => {
    const project = starter(variant, primary);
    expect(project.activities).toHaveLength(STARTER_ACTIVITY_KEYS.length - 1);
    expect(project.activities.some((a) => a.role === 'processor')).toBe(false);
    expect(project.customers).toEqual([]);
    const findings = check(project);
    expectNoErrors(findings, `${variant}/${primary} without customers`);
    expect(findings.filter((f) => contentRules(variant).includes(f.ruleId)).map((f) => f.message)).toEqual(
      [],
    );
  });

  it('with every vendor the template suggests: only the transfers the library could not verify are errors', () => {
    const project = starter(variant, primary, {
      activityKeys: STARTER_ACTIVITY_KEYS,
      customers: CUSTOMERS[variant],
      vendorLibraryIds: suggestedVendorIds(variant),
    });
    // A US service whose transfer mechanism the library marks unknown ("check before use") is for the user
    // to settle; every other error would be the template's fault.
    const unverified = new Set(
      project.vendors.filter((v) => v.libraryRef && v.transferMechanism === 'unknown').map((v) => v.id),
    );
    const findings = check(project);
    expectNoErrors(
      findings.filter(
        (f) => !(f.ruleId === 'vendor-transfer-without-mechanism' && unverified.has(f.item.id!)),
      ),
      `${variant}/${primary} with every vendor`,
    );
    for (const vendor of project.vendors) if (unverified.has(vendor.id)) vendor.transferMechanism = 'scc';
    expectNoErrors(check(project), `${variant}/${primary} with every vendor, mechanisms recorded`);
    // Google Analytics and Mailchimp run on the consent the website and newsletter activities ask for.
    const tools = project.vendors.map((v) => v.libraryRef?.id);
    expect(tools).toEqual(expect.arrayContaining(['google-analytics', 'mailchimp']));
    expect(project.policy.includeCookieSection).toBe(true);
    expect(findings.filter((f) => f.ruleId === 'tracking-on-legitimate-interest')).toEqual([]);
  });

  it('refuses the processor activity without customers', () => {
    expect(() => starter(variant, primary, { activityKeys: STARTER_ACTIVITY_KEYS })).toThrow(
      StarterTemplateError,
    );
    expect(() => starter(variant, primary, { activityKeys: ['itOperations'], customers: [] })).toThrow(
      /the processor activity needs at least one customer/,
    );
  });
});

describe('what the checks still ask of a fresh starter register', () => {
  // The vendors a user would tick in the wizard for a Danish IT firm (the template adds none by itself).
  const fresh = () =>
    starter('DK', 'da', {
      activityKeys: STARTER_ACTIVITY_KEYS,
      customers: CUSTOMERS.DK,
      vendorLibraryIds: ['microsoft-365', 'teamviewer', 'visma-e-conomic'],
    });

  it('asks, as a warning, to record the DPA of every vendor copied from the library', () => {
    const project = fresh();
    const processors = project.vendors.filter((v) => v.role !== 'independentController');
    expect(processors.length).toBeGreaterThan(0);
    expect(processors.every((v) => v.dpa.status === 'unknown')).toBe(true);
    const unknown = check(project).filter((f) => f.ruleId === 'processor-dpa-unknown');
    expect(unknown.map((f) => f.item.id).sort()).toEqual(processors.map((v) => v.id).sort());
    expect(unknown.every((f) => f.severity === 'warning')).toBe(true);
    expect(unknown[0]!.message).toMatch(/databehandleraftale/);

    // Recorded as signed: the warning goes.
    for (const vendor of project.vendors) vendor.dpa = { status: 'signed', date: TODAY, reference: 'DBA' };
    expect(check(project).filter((f) => f.ruleId === 'processor-dpa-unknown')).toEqual([]);
  });

  it('still reports a processor recorded without a DPA, and processor work for no customer, as errors', () => {
    const project = fresh();
    const vendor = project.vendors.find((v) => v.role !== 'independentController')!;
    vendor.dpa = { status: 'notSigned', date: '', reference: '' };
    project.activities.find((a) => a.role === 'processor')!.customerIds = [];
    const errors = check(project).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.item.id])).toEqual(
      expect.arrayContaining([
        ['processor-without-dpa', vendor.id],
        ['processor-activity-without-customers', project.activities.find((a) => a.role === 'processor')!.id],
      ]),
    );
  });
});

/** The visible text of a built document (HTML preview without tags, entities decoded). */
function documentText(
  project: Project,
  options: { kind: 'policy'; language: Language; audienceId: string },
): string {
  const html = renderHtml(buildDocument(project, { ...options, now: TODAY }).document);
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe.each(SCENARIOS)('the starter register for %s exported as a policy in %s', (variant, primary) => {
  it('names every activity of every policy and every vendor they use, with no check errors', () => {
    const project = starter(variant, primary, { customers: [{ name: 'Kunde A/S' }] });
    expectNoErrors(check(project), `${variant}/${primary}`);
    const texts = project.audiences.map((audience) =>
      documentText(project, { kind: 'policy', language: primary, audienceId: audience.id }),
    );
    const published = project.activities.filter((a) => !a.internalOnly);
    expect(published.length).toBeGreaterThan(8);
    for (const activity of published) {
      const inPolicies = activity.audienceIds.map(
        (id) => texts[project.audiences.findIndex((a) => a.id === id)]!,
      );
      expect(inPolicies.length, activity.name[primary]).toBeGreaterThan(0);
      for (const text of inPolicies) expect(text, variant).toContain(activity.name[primary]!);
      for (const vendorId of activity.vendorIds) {
        const vendor = project.vendors.find((v) => v.id === vendorId)!;
        for (const text of inPolicies)
          expect(text, `${activity.name[primary]} → ${vendor.name}`).toContain(vendor.name);
      }
    }
    for (const text of texts) {
      expect(text).toContain(ORGANISATION[variant].legalName!);
      expect(text).not.toMatch(/privacy shield|datainspektionen/i);
    }
  });
});

describe('the starter register prints no template instruction', () => {
  it.each([
    ['DK', 'da'],
    ['SE', 'sv'],
    ['DK', 'en'],
  ] as const)('%s in %s', (variant, language) => {
    const project = starter(variant, language, { customers: [{ name: 'Kunde A/S' }] });
    expect(project.activities.some((a) => a.role === 'processor')).toBe(true);
    const html = renderHtml(buildDocument(project, { kind: 'register', language, now: TODAY }).document);
    expect(html).not.toMatch(/Tilføj de kunder|Lägg till de kunder|Add the customers/);
  });
});
