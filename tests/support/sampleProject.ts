import { CONFIRMED } from './confirmed';
import { createActivity, createProject, type Project } from '../../shared/model';

const text = (da: string, sv: string, en: string) => ({ da, sv, en });

/** A project with every field of the domain model filled in, for round-trip and document tests. */
export function sampleProject(id = 'sample-project'): Project {
  const project = createProject({ name: 'ITGuy ApS', language: 'da', id, now: '2026-11-01T09:00:00.000Z' });
  project.organisation = {
    legalName: 'ITGuy ApS',
    registrationNumber: '12345678',
    street: 'Eksempelvej 1',
    postcode: '8000',
    city: 'Aarhus C',
    country: 'DK',
    phone: '+45 70 20 30 40',
    email: 'info@itguy.example',
    website: 'https://itguy.example',
    privacyEmail: 'privacy@itguy.example',
    jurisdiction: 'DK',
  };
  project.privacyContact = {
    kind: 'contact',
    name: 'Mette Hansen',
    email: 'mette@itguy.example',
    phone: '+45 70 20 30 41',
    isManagement: false,
  };
  project.representative = {
    name: 'EU Rep GmbH',
    address: 'Hauptstraße 1, Berlin',
    email: 'rep@eurep.example',
    phone: '+49 30 1234',
  };
  project.jointControllers = [
    {
      id: 'jc-1',
      name: 'Partner A/S',
      contact: 'partner@example.com',
      arrangement: text('Fælles arrangement', 'Gemensamt arrangemang', 'Joint arrangement'),
    },
  ];
  project.documentLanguages = { languages: ['da', 'sv', 'en'], primary: 'da' };
  project.policy = {
    confirmation: CONFIRMED,
    title: text('Privatlivspolitik', 'Integritetspolicy', 'Privacy policy'),
    introduction: text('Vi passer på dine data.', 'Vi skyddar dina uppgifter.', 'We protect your data.'),
    includeCookieSection: true,
    cookieText: text('Vi bruger cookies.', 'Vi använder kakor.', 'We use cookies.'),
    extraSections: [
      {
        id: 'sec-1',
        heading: text('Børn', 'Barn', 'Children'),
        body: text('Ingen børn.', 'Inga barn.', 'No children.'),
      },
    ],
    childrenStatement: text(
      'Vi behandler ikke børns data.',
      'Vi behandlar inte barns uppgifter.',
      'We do not process children’s data.',
    ),
    changesText: text('Vi opdaterer politikken.', 'Vi uppdaterar policyn.', 'We update the policy.'),
    effectiveDate: '2026-11-01',
    version: '2.1',
  };
  project.branding = {
    logo: { mediaType: 'image/png', dataBase64: 'iVBORw0KGgo=' },
    accentColor: '#1864ab',
    footerText: text('ITGuy ApS · CVR 12345678', 'ITGuy ApS · CVR 12345678', 'ITGuy ApS · CVR 12345678'),
  };
  project.exportHistory = [
    {
      editionDate: '',
      draft: false,
      id: 'exp-1',
      at: '2026-11-02T10:00:00.000Z',
      kind: 'policy',
      language: 'da',
      audienceId: 'aud-web',
      versionLabel: '2.1',
      contentHash: 'abcdef0123456789',
    },
  ];
  project.dataSubjects = [
    {
      confirmation: CONFIRMED,
      id: 'ds-customers',
      name: text('Kunder', 'Kunder', 'Customers'),
      description: text('Kontaktpersoner', 'Kontaktpersoner', 'Contact persons'),
    },
  ];
  project.dataCategories = [
    {
      confirmation: CONFIRMED,
      id: 'dc-contact',
      name: text('Kontaktoplysninger', 'Kontaktuppgifter', 'Contact details'),
      description: {},
      kind: 'ordinary',
    },
    {
      confirmation: CONFIRMED,
      id: 'dc-health',
      name: text('Helbredsoplysninger', 'Hälsouppgifter', 'Health data'),
      description: {},
      kind: 'special',
    },
    {
      confirmation: CONFIRMED,
      id: 'dc-cpr',
      name: text('CPR-nummer', 'Personnummer', 'National ID number'),
      description: {},
      kind: 'nationalId',
    },
  ];
  project.sources = [
    {
      confirmation: CONFIRMED,
      id: 'src-self',
      name: text('Den registrerede', 'Den registrerade', 'The data subject'),
      description: {},
      kind: 'dataSubject',
    },
  ];
  project.recipients = [
    {
      confirmation: CONFIRMED,
      id: 'rcp-auditor',
      name: text('Revisor', 'Revisor', 'Auditor'),
      description: {},
      kind: 'advisor',
      country: 'DK',
    },
  ];
  project.vendors = [
    {
      checkBeforeUse: {},
      confirmation: CONFIRMED,
      id: 'v-m365',
      name: 'Microsoft 365',
      legalEntity: 'Microsoft Ireland Operations Ltd',
      registrationNumber: '',
      function: text('E-mail og dokumenter', 'E-post och dokument', 'E-mail and documents'),
      hqCountry: 'IE',
      processingLocations: ['IE', 'NL', 'US'],
      role: 'processor',
      transferMechanism: 'dpf',
      dpa: { status: 'signed', date: '2025-01-15', reference: 'Microsoft Products and Services DPA' },
      website: 'https://www.microsoft.com',
      privacyPolicyUrl: 'https://privacy.microsoft.com',
      lastVerified: '2026-10-01',
      notes: text('Note', 'Anteckning', 'Note'),
      libraryRef: { id: 'microsoft-365', version: 1 },
    },
  ];
  project.securityMeasures = [
    {
      confirmation: CONFIRMED,
      id: 'sm-mfa',
      name: text('MFA', 'MFA', 'MFA'),
      kind: 'technical',
      description: text('To-faktor', 'Tvåfaktor', 'Two-factor'),
    },
  ];
  project.customers = [
    {
      confirmation: CONFIRMED,
      id: 'cu-1',
      name: 'Kunde A/S',
      registrationNumber: '87654321',
      contact: 'kunde@example.com',
      dpaReference: 'DBA-2025-01',
    },
  ];
  project.audiences = [
    {
      confirmation: CONFIRMED,
      id: 'aud-web',
      name: text('Website og kunder', 'Webbplats och kunder', 'Website and customers'),
    },
  ];

  const activity = createActivity('act-support', '2026-11-01T09:00:00.000Z');
  Object.assign(activity, {
    name: text('Support', 'Support', 'Support'),
    description: text('Fjernsupport', 'Fjärrsupport', 'Remote support'),
    owner: 'Mette Hansen',
    status: 'active',
    role: 'processor',
    customerIds: ['cu-1'],
    jointControllerIds: ['jc-1'],
    purposes: [
      {
        id: 'p-1',
        description: text('Yde support', 'Ge support', 'Provide support'),
        legalBases: [
          { code: 'art6-1-b', legitimateInterest: {}, note: {} },
          {
            code: 'art6-1-f',
            legitimateInterest: text('Sikker drift', 'Säker drift', 'Secure operation'),
            note: text('n', 'n', 'n'),
          },
          { code: 'art9-2-a', legitimateInterest: {}, note: {} },
          { code: 'dk-dbl-11', legitimateInterest: {}, note: {} },
        ],
      },
    ],
    dataSubjectIds: ['ds-customers'],
    dataCategoryIds: ['dc-contact', 'dc-health', 'dc-cpr'],
    subjectData: [{ dataSubjectId: 'ds-customers', dataCategoryId: 'dc-contact' }],
    sourceIds: ['src-self'],
    recipients: [{ recipientId: 'rcp-auditor', dataCategoryIds: ['dc-contact'] }],
    vendorIds: ['v-m365'],
    manualTransfers: [
      {
        id: 'mt-1',
        country: 'US',
        recipient: 'Support partner Inc.',
        mechanism: 'scc',
        safeguardsCopy: text('Skriv til os', 'Skriv till oss', 'Write to us'),
      },
    ],
    retention: {
      text: text('5 år', '5 år', '5 years'),
      period: { amount: 5, unit: 'years' },
      startEvent: text('Kontraktens ophør', 'Avtalets upphörande', 'End of contract'),
      basis: text('Bogføringsloven § 10', 'Bokföringslagen', 'Bookkeeping Act'),
      ruleId: 'dk-bookkeeping',
    },
    securityMeasureIds: ['sm-mfa'],
    requirement: { kind: 'contractual', consequence: text('Ingen support', 'Ingen support', 'No support') },
    automatedDecisions: {
      status: 'used',
      logic: text('Logik', 'Logik', 'Logic'),
      significance: text('Betydning', 'Betydelse', 'Significance'),
    },
    dpia: { status: 'done', reason: text('Grund', 'Skäl', 'Reason'), date: '2026-01-10' },
    audienceIds: ['aud-web'],
    internalOnly: false,
    lastReviewed: '2026-10-01',
    nextReview: '2027-10-01',
  });
  project.activities = [activity, createActivity('act-empty', '2026-11-01T09:00:00.000Z')];
  project.changeLog = {
    since: '2026-11-01T09:00:00.000Z',
    entries: [
      {
        id: 'chg-1',
        at: '2026-11-01T10:00:00.000Z',
        target: 'vendors',
        itemId: 'v-m365',
        itemName: 'Microsoft 365',
        action: 'changed',
        path: ['processingLocations'],
        before: ['IE', 'NL'],
        after: ['IE', 'NL', 'US'],
      },
    ],
  };
  return project;
}
