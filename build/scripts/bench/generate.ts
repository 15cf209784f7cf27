/**
 * The benchmark's synthetic register: 1,000 activities, 300 vendors, 200 data categories and 50 security
 * measures (plus the smaller catalogs a real register has), with text in Danish, Swedish and English and
 * links between them in realistic numbers. Deterministic: a seeded generator, fixed ids and dates, so two
 * runs (and two commits) measure the same file.
 */
import {
  confirmedByUser,
  createActivity,
  createProject,
  isInsideEuEea,
  ProjectSchema,
  type Activity,
  type DataCategory,
  type LocalizedText,
  type Project,
  type Vendor,
} from '../../../shared/model';

export const SIZES = {
  activities: 1000,
  vendors: 300,
  dataCategories: 200,
  securityMeasures: 50,
  dataSubjects: 25,
  sources: 12,
  recipients: 30,
  customers: 40,
  audiences: 4,
  jointControllers: 3,
} as const;

const NOW = '2026-11-01T09:00:00.000Z';
/** A register the user has written and confirmed, as the one being measured would be. */
const CONFIRMED_AT_GENERATION = confirmedByUser(NOW);

/** mulberry32: a small seeded PRNG, so the register is the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const wanted = Math.min(items.length, int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < wanted) chosen.add(pick(items));
    return [...chosen];
  };
  return { next, int, pick, some };
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const text = (da: string, sv: string, en: string): LocalizedText => ({ da, sv, en });

// Word lists in the three languages, index-aligned, so every text has a real translation.
const TOPICS = [
  ['Løn', 'Lön', 'Payroll'],
  ['Rekruttering', 'Rekrytering', 'Recruitment'],
  ['Kundeservice', 'Kundtjänst', 'Customer service'],
  ['Nyhedsbrev', 'Nyhetsbrev', 'Newsletter'],
  ['Fakturering', 'Fakturering', 'Invoicing'],
  ['Adgangskontrol', 'Passerkontroll', 'Access control'],
  ['Videoovervågning', 'Kameraövervakning', 'Video surveillance'],
  ['Support', 'Support', 'Support'],
  ['Webanalyse', 'Webbanalys', 'Web analytics'],
  ['Sygefravær', 'Sjukfrånvaro', 'Sick leave'],
  ['Whistleblowerordning', 'Visselblåsarsystem', 'Whistleblowing scheme'],
  ['Leverandørstyring', 'Leverantörsstyrning', 'Supplier management'],
  ['Hosting', 'Hosting', 'Hosting'],
  ['Backup', 'Säkerhetskopiering', 'Backup'],
  ['Markedsføring', 'Marknadsföring', 'Marketing'],
  ['Kontraktstyring', 'Avtalshantering', 'Contract management'],
] as const;
const QUALIFIERS = [
  ['for medarbejdere', 'för medarbetare', 'for employees'],
  ['for kunder', 'för kunder', 'for customers'],
  ['for leverandører', 'för leverantörer', 'for suppliers'],
  ['i Danmark', 'i Danmark', 'in Denmark'],
  ['i Sverige', 'i Sverige', 'in Sweden'],
  ['for bestyrelsen', 'för styrelsen', 'for the board'],
  ['for ansøgere', 'för sökande', 'for applicants'],
  ['for partnere', 'för partner', 'for partners'],
] as const;
const SENTENCES = [
  [
    'Vi behandler oplysningerne for at kunne levere ydelsen og overholde vores forpligtelser.',
    'Vi behandlar uppgifterna för att kunna leverera tjänsten och uppfylla våra skyldigheter.',
    'We process the data to deliver the service and meet our obligations.',
  ],
  [
    'Oplysningerne indsamles direkte fra den registrerede eller fra offentlige registre.',
    'Uppgifterna samlas in direkt från den registrerade eller från offentliga register.',
    'The data is collected from the data subject or from public registers.',
  ],
  [
    'Adgangen er begrænset til de medarbejdere, der har et arbejdsbetinget behov.',
    'Åtkomsten är begränsad till de medarbetare som behöver den i sitt arbete.',
    'Access is limited to the employees who need it for their work.',
  ],
  [
    'Data slettes, når formålet er opfyldt, medmindre lovgivningen kræver andet.',
    'Uppgifterna raderas när ändamålet är uppfyllt, om inte lagen kräver annat.',
    'Data is deleted when the purpose is fulfilled unless the law requires otherwise.',
  ],
] as const;
const CATEGORY_WORDS = [
  ['Kontaktoplysninger', 'Kontaktuppgifter', 'Contact details'],
  ['Lønoplysninger', 'Löneuppgifter', 'Salary data'],
  ['Bankoplysninger', 'Bankuppgifter', 'Bank details'],
  ['Loginoplysninger', 'Inloggningsuppgifter', 'Login data'],
  ['IP-adresser', 'IP-adresser', 'IP addresses'],
  ['Billeder', 'Bilder', 'Images'],
  ['Ordrehistorik', 'Orderhistorik', 'Order history'],
  ['Uddannelse', 'Utbildning', 'Education'],
] as const;
const MEASURE_WORDS = [
  ['Tofaktorgodkendelse', 'Tvåfaktorsautentisering', 'Two-factor authentication', 'technical'],
  ['Kryptering', 'Kryptering', 'Encryption', 'technical'],
  ['Logning', 'Loggning', 'Logging', 'technical'],
  ['Adgangsstyring', 'Behörighetsstyrning', 'Access management', 'organisational'],
  ['Awareness-træning', 'Säkerhetsutbildning', 'Awareness training', 'organisational'],
  ['Beredskabsplan', 'Incidentplan', 'Incident response plan', 'organisational'],
] as const;
const OWNERS = ['Mette Hansen', 'Lars Nielsen', 'Anna Svensson', 'Erik Johansson', 'Sara Jensen', 'Tom Berg'];
const COUNTRIES = ['DK', 'SE', 'DE', 'IE', 'NL', 'FI', 'NO', 'US', 'GB', 'IN', 'CH'] as const;

const LB_ORDINARY = ['art6-1-a', 'art6-1-b', 'art6-1-c', 'art6-1-f'] as const;
const LB_SPECIAL = ['art9-2-a', 'art9-2-b', 'art9-2-f'] as const;

function phrase(
  rows: readonly (readonly string[])[],
  index: number,
  suffix: (lang: number) => string = () => '',
): LocalizedText {
  const row = rows[index % rows.length]!;
  return text(row[0]! + suffix(0), row[1]! + suffix(1), row[2]! + suffix(2));
}

/**
 * The synthetic project, validated with ProjectSchema (throws when the generator produced a bad one); with
 * `activities` activities (the catalogs keep their SIZES), for the large-register case.
 */
export function generateProject(activities: number = SIZES.activities, seed = 20261101): Project {
  const r = prng(seed);
  const project = createProject({ name: 'Benchmark A/S', language: 'da', id: 'bench-project', now: NOW });
  project.organisation = {
    ...project.organisation,
    legalName: 'Benchmark A/S',
    registrationNumber: '12345678',
    street: 'Eksempelvej 1',
    postcode: '8000',
    city: 'Aarhus C',
    phone: '+45 70 20 30 40',
    email: 'info@bench.example',
    website: 'https://bench.example',
    privacyEmail: 'privacy@bench.example',
  };
  project.privacyContact = {
    kind: 'dpo',
    name: 'Mette Hansen',
    email: 'dpo@bench.example',
    phone: '+45 70 20 30 41',
    isManagement: false,
  };
  project.documentLanguages = { languages: ['da', 'sv', 'en'], primary: 'da' };
  project.policy = {
    ...project.policy,
    title: text('Privatlivspolitik', 'Integritetspolicy', 'Privacy policy'),
    introduction: phrase(SENTENCES, 0),
    includeCookieSection: true,
    cookieText: text('Vi bruger cookies.', 'Vi använder kakor.', 'We use cookies.'),
    changesText: text('Vi opdaterer politikken.', 'Vi uppdaterar policyn.', 'We update the policy.'),
    effectiveDate: '2026-11-01',
    version: '3.0',
  };

  project.jointControllers = Array.from({ length: SIZES.jointControllers }, (_, i) => ({
    id: `jc-${pad(i)}`,
    name: `Partner ${i + 1} A/S`,
    contact: `partner${i + 1}@example.com`,
    arrangement: text('Fælles arrangement', 'Gemensamt arrangemang', 'Joint arrangement'),
  }));
  project.dataSubjects = Array.from({ length: SIZES.dataSubjects }, (_, i) => ({
    id: `ds-${pad(i)}`,
    confirmation: CONFIRMED_AT_GENERATION,
    name: phrase(QUALIFIERS, i, () => ` ${i + 1}`),
    description: phrase(SENTENCES, i),
  }));
  project.dataCategories = Array.from({ length: SIZES.dataCategories }, (_, i): DataCategory => {
    const kind =
      i % 20 === 0 ? 'special' : i % 47 === 0 ? 'nationalId' : i % 67 === 0 ? 'criminal' : 'ordinary';
    return {
      confirmation: CONFIRMED_AT_GENERATION,
      id: `dc-${pad(i)}`,
      name: phrase(CATEGORY_WORDS, i, () => ` ${i + 1}`),
      description: phrase(SENTENCES, i + 1),
      kind,
    };
  });
  project.sources = Array.from({ length: SIZES.sources }, (_, i) => ({
    id: `src-${pad(i)}`,
    confirmation: CONFIRMED_AT_GENERATION,
    name: text(`Kilde ${i + 1}`, `Källa ${i + 1}`, `Source ${i + 1}`),
    description: phrase(SENTENCES, 1),
    kind: (['dataSubject', 'publicRegister', 'otherCompany', 'authority', 'online', 'generated'] as const)[
      i % 6
    ]!,
  }));
  project.recipients = Array.from({ length: SIZES.recipients }, (_, i) => ({
    id: `rcp-${pad(i)}`,
    confirmation: CONFIRMED_AT_GENERATION,
    name: text(`Modtager ${i + 1}`, `Mottagare ${i + 1}`, `Recipient ${i + 1}`),
    description: phrase(SENTENCES, i),
    kind: (['authority', 'advisor', 'bank', 'partner', 'group', 'other'] as const)[i % 6]!,
    country: r.pick(['DK', 'SE', 'DE', '']),
  }));
  project.vendors = Array.from({ length: SIZES.vendors }, (_, i): Vendor => {
    const locations = r.some(COUNTRIES, 1, 3);
    const outside = locations.some((c) => !isInsideEuEea(c));
    return {
      checkBeforeUse: {},
      confirmation: CONFIRMED_AT_GENERATION,
      id: `v-${pad(i)}`,
      name: `Leverandør ${pad(i, 3)}`,
      legalEntity: `Vendor ${pad(i, 3)} Ltd`,
      registrationNumber: String(10_000_000 + i),
      function: phrase(TOPICS, i),
      hqCountry: locations[0]!,
      processingLocations: locations,
      role: (['processor', 'processor', 'subProcessor', 'independentController'] as const)[i % 4]!,
      transferMechanism: outside ? r.pick(['dpf', 'scc', 'adequacy'] as const) : null,
      dpa: { status: i % 10 === 0 ? 'unknown' : 'signed', date: '2025-01-15', reference: `DPA-${pad(i)}` },
      website: `https://vendor-${pad(i, 3)}.example`,
      privacyPolicyUrl: `https://vendor-${pad(i, 3)}.example/privacy`,
      lastVerified: '2026-10-01',
      notes: phrase(SENTENCES, i + 2),
      libraryRef: null,
    };
  });
  project.securityMeasures = Array.from({ length: SIZES.securityMeasures }, (_, i) => {
    const row = MEASURE_WORDS[i % MEASURE_WORDS.length]!;
    return {
      id: `sm-${pad(i)}`,
      confirmation: CONFIRMED_AT_GENERATION,
      name: text(`${row[0]} ${i + 1}`, `${row[1]} ${i + 1}`, `${row[2]} ${i + 1}`),
      kind: row[3],
      description: phrase(SENTENCES, i + 2),
    };
  });
  project.customers = Array.from({ length: SIZES.customers }, (_, i) => ({
    id: `cu-${pad(i)}`,
    confirmation: CONFIRMED_AT_GENERATION,
    name: `Kunde ${i + 1} A/S`,
    registrationNumber: String(20_000_000 + i),
    contact: `kunde${i + 1}@example.com`,
    dpaReference: `DBA-${pad(i)}`,
  }));
  project.audiences = [
    {
      confirmation: CONFIRMED_AT_GENERATION,
      id: 'aud-web',
      name: text('Website og kunder', 'Webbplats och kunder', 'Website and customers'),
    },
    {
      confirmation: CONFIRMED_AT_GENERATION,
      id: 'aud-staff',
      name: text('Medarbejdere', 'Medarbetare', 'Employees'),
    },
    {
      confirmation: CONFIRMED_AT_GENERATION,
      id: 'aud-applicants',
      name: text('Ansøgere', 'Sökande', 'Applicants'),
    },
    {
      confirmation: CONFIRMED_AT_GENERATION,
      id: 'aud-suppliers',
      name: text('Leverandører', 'Leverantörer', 'Suppliers'),
    },
  ];

  const ids = <T extends { id: string }>(items: readonly T[]) => items.map((item) => item.id);
  const subjectIds = ids(project.dataSubjects);
  const categoryIds = ids(project.dataCategories);
  const specialIds = new Set(project.dataCategories.filter((c) => c.kind !== 'ordinary').map((c) => c.id));
  const sourceIds = ids(project.sources);
  const recipientIds = ids(project.recipients);
  const vendorIds = ids(project.vendors);
  const measureIds = ids(project.securityMeasures);
  const customerIds = ids(project.customers);
  const audienceIds = ids(project.audiences);

  project.activities = Array.from({ length: activities }, (_, i): Activity => {
    const activity = createActivity(`act-${pad(i)}`, NOW);
    const role = i % 10 === 0 ? 'processor' : i % 25 === 0 ? 'jointController' : 'controller';
    const subjects = r.some(subjectIds, 1, 3);
    const categories = r.some(categoryIds, 2, 8);
    const special = categories.some((id) => specialIds.has(id));
    const internalOnly = i % 7 === 0;
    const suffix = (lang: number) => ` ${QUALIFIERS[i % QUALIFIERS.length]![lang]} #${i + 1}`;
    Object.assign(activity, {
      name: phrase(TOPICS, i, suffix),
      description: text(
        `${SENTENCES[i % 4]![0]} ${SENTENCES[(i + 1) % 4]![0]}`,
        `${SENTENCES[i % 4]![1]} ${SENTENCES[(i + 1) % 4]![1]}`,
        `${SENTENCES[i % 4]![2]} ${SENTENCES[(i + 1) % 4]![2]}`,
      ),
      owner: r.pick(OWNERS),
      status: i % 20 === 0 ? 'draft' : i % 33 === 0 ? 'retired' : 'active',
      role,
      customerIds: role === 'processor' ? r.some(customerIds, 1, 3) : [],
      jointControllerIds: role === 'jointController' ? ['jc-0000'] : [],
      purposes: Array.from({ length: r.int(1, 3) }, (_, p) => {
        const basis = r.pick(LB_ORDINARY);
        return {
          id: `p-${pad(i)}-${p}`,
          description: phrase(
            TOPICS,
            i + p + 3,
            (lang) => ` (${['formål', 'ändamål', 'purpose'][lang]} ${p + 1})`,
          ),
          legalBases: [
            {
              code: basis,
              legitimateInterest: basis === 'art6-1-f' ? phrase(SENTENCES, i) : {},
              note: {},
            },
            ...(special ? [{ code: r.pick(LB_SPECIAL), legitimateInterest: {}, note: {} }] : []),
          ],
        };
      }),
      dataSubjectIds: subjects,
      dataCategoryIds: categories,
      subjectData: subjects.flatMap((s) =>
        categories.slice(0, 3).map((c) => ({ dataSubjectId: s, dataCategoryId: c })),
      ),
      sourceIds: r.some(sourceIds, 1, 2),
      recipients: r
        .some(recipientIds, 0, 2)
        .map((id) => ({ recipientId: id, dataCategoryIds: categories.slice(0, 2) })),
      vendorIds: r.some(vendorIds, 1, 6),
      manualTransfers:
        i % 50 === 0
          ? [
              {
                id: `mt-${pad(i)}`,
                country: 'US',
                recipient: 'Partner Inc.',
                mechanism: 'scc',
                safeguardsCopy: text('Skriv til os', 'Skriv till oss', 'Write to us'),
              },
            ]
          : [],
      retention: {
        text: text(`${(i % 10) + 1} år`, `${(i % 10) + 1} år`, `${(i % 10) + 1} years`),
        period: { amount: (i % 10) + 1, unit: 'years' },
        startEvent: text('Forholdets ophør', 'Relationens upphörande', 'End of the relationship'),
        basis: text('Bogføringsloven § 10', 'Bokföringslagen', 'Bookkeeping Act'),
        ruleId: null,
      },
      securityMeasureIds: r.some(measureIds, 2, 6),
      requirement: { kind: 'voluntary', consequence: {} },
      dpia: { status: special ? 'done' : 'notRequired', reason: phrase(SENTENCES, i), date: '2026-01-10' },
      audienceIds: internalOnly ? [] : r.some(audienceIds, 1, 2),
      internalOnly,
      lastReviewed: '2026-06-01',
      nextReview: `2027-${pad((i % 12) + 1, 2)}-01`,
    });
    return activity;
  });

  const checked = ProjectSchema.safeParse(project);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new Error(`the synthetic register is invalid: ${first?.path.join('.')}: ${first?.message}`);
  }
  return checked.data;
}
