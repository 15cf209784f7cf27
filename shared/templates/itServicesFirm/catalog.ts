import type { CountryCode } from '../../model/countries';
import {
  byVariant,
  text,
  type TemplateAudience,
  type TemplateDataCategory,
  type TemplateDataSubject,
  type TemplateRecipient,
  type TemplateSecurityMeasure,
  type TemplateSource,
  type TemplateVariant,
} from '../templateTypes';

/**
 * The catalog items of the "IT services firm" starter register. Activities refer to them by key; only the
 * items the chosen activities use are copied into a project. The order here is the order in the project.
 */

export const SUBJECT_KEYS = [
  'websiteVisitors',
  'enquirers',
  'customerContacts',
  'customerUsers',
  'customersDataSubjects',
  'subscribers',
  'applicants',
  'employees',
  'supplierContacts',
] as const;
export type SubjectKey = (typeof SUBJECT_KEYS)[number];

export const CATEGORY_KEYS = [
  'contact',
  'correspondence',
  'contract',
  'billing',
  'online',
  'usage',
  'support',
  'account',
  'customerSystemData',
  'marketingConsent',
  'application',
  'employeeDetails',
  'employment',
  'nationalId',
  'health',
  'log',
] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export const SOURCE_KEYS = [
  'dataSubject',
  'generated',
  'customers',
  'suppliers',
  'companyRegister',
  'taxAuthority',
  'references',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const RECIPIENT_KEYS = ['accountant', 'taxAuthority', 'bank', 'pension', 'sicknessAuthority'] as const;
export type RecipientKey = (typeof RECIPIENT_KEYS)[number];

export const MEASURE_KEYS = [
  'mfa',
  'accessControl',
  'encryption',
  'backup',
  'patching',
  'endpoint',
  'logging',
  'remoteAccess',
  'training',
  'processorAgreements',
  'incidents',
  'deletion',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export const AUDIENCE_KEYS = ['public', 'employees', 'applicants'] as const;
export type AudienceKey = (typeof AUDIENCE_KEYS)[number];

export interface ItFirmCatalog {
  readonly dataSubjects: Readonly<Record<SubjectKey, TemplateDataSubject>>;
  readonly dataCategories: Readonly<Record<CategoryKey, TemplateDataCategory>>;
  readonly sources: Readonly<Record<SourceKey, TemplateSource>>;
  readonly recipients: Readonly<Record<RecipientKey, TemplateRecipient>>;
  readonly securityMeasures: Readonly<Record<MeasureKey, TemplateSecurityMeasure>>;
  readonly audiences: Readonly<Record<AudienceKey, TemplateAudience>>;
}

const DATA_SUBJECTS: Record<SubjectKey, TemplateDataSubject> = {
  websiteVisitors: {
    name: text('Besøgende på hjemmesiden', 'Besökare på webbplatsen', 'Website visitors'),
    description: text(
      'Personer, der besøger vores hjemmeside.',
      'Personer som besöker vår webbplats.',
      'People who visit our website.',
    ),
  },
  enquirers: {
    name: text('Personer, der kontakter os', 'Personer som kontaktar oss', 'People who contact us'),
    description: text(
      'Potentielle kunder og andre, der kontakter os via kontaktformularen, e-mail, telefon eller chat.',
      'Potentiella kunder och andra som kontaktar oss via kontaktformuläret, e-post, telefon eller chatt.',
      'Prospective customers and others who contact us through the contact form, e-mail, phone or chat.',
    ),
  },
  customerContacts: {
    name: text(
      'Kunder og kundernes kontaktpersoner',
      'Kunder och kundernas kontaktpersoner',
      'Customers and their contact persons',
    ),
    description: text(
      'Kunder, der er fysiske personer (fx enkeltmandsvirksomheder), og kontaktpersoner hos vores erhvervskunder.',
      'Kunder som är fysiska personer (t.ex. enskilda firmor) och kontaktpersoner hos våra företagskunder.',
      'Customers who are individuals (for example sole traders) and contact persons at our business customers.',
    ),
  },
  customerUsers: {
    name: text('Brugere hos vores kunder', 'Användare hos våra kunder', 'Users at our customers'),
    description: text(
      'Kundernes medarbejdere og andre brugere, som vi yder support til, eller som bruger vores kundeportal.',
      'Kundernas anställda och andra användare som vi ger support till eller som använder vår kundportal.',
      'Customers’ employees and other users whom we support or who use our customer portal.',
    ),
  },
  customersDataSubjects: {
    name: text(
      'Registrerede i kundernes systemer',
      'Registrerade i kundernas system',
      'Data subjects in customers’ systems',
    ),
    description: text(
      'Personer, hvis oplysninger vores kunder behandler i de systemer, vi drifter for dem, fx kundernes medarbejdere, kunder og samarbejdspartnere.',
      'Personer vars uppgifter våra kunder behandlar i de system som vi sköter driften av åt dem, t.ex. kundernas anställda, kunder och samarbetspartner.',
      'People whose data our customers process in the systems we operate for them, for example the customers’ employees, customers and business partners.',
    ),
  },
  subscribers: {
    name: text('Tilmeldte til nyhedsbreve', 'Prenumeranter på nyhetsbrev', 'Newsletter subscribers'),
    description: text(
      'Personer, der har tilmeldt sig vores nyhedsbreve eller anden markedsføring pr. e-mail.',
      'Personer som har anmält sig till våra nyhetsbrev eller annan marknadsföring via e-post.',
      'People who have signed up for our newsletters or other marketing by e-mail.',
    ),
  },
  applicants: {
    name: text('Jobansøgere', 'Arbetssökande', 'Job applicants'),
    description: text(
      'Personer, der søger job hos os, herunder uopfordrede ansøgere.',
      'Personer som söker arbete hos oss, även de som skickar in en spontanansökan.',
      'People who apply for a job with us, including unsolicited applicants.',
    ),
  },
  employees: {
    name: text(
      'Medarbejdere og tidligere medarbejdere',
      'Anställda och tidigare anställda',
      'Employees and former employees',
    ),
    description: text(
      'Nuværende og tidligere medarbejdere, herunder elever, praktikanter og studentermedhjælpere.',
      'Nuvarande och tidigare anställda, även praktikanter och timanställda.',
      'Current and former employees, including apprentices, interns and student assistants.',
    ),
  },
  supplierContacts: {
    name: text(
      'Kontaktpersoner hos leverandører og samarbejdspartnere',
      'Kontaktpersoner hos leverantörer och samarbetspartner',
      'Contact persons at suppliers and partners',
    ),
    description: text(
      'Kontaktpersoner hos vores leverandører, underleverandører og samarbejdspartnere samt leverandører, der er fysiske personer.',
      'Kontaktpersoner hos våra leverantörer, underleverantörer och samarbetspartner samt leverantörer som är fysiska personer.',
      'Contact persons at our suppliers, subcontractors and partners, and suppliers who are individuals.',
    ),
  },
};

function dataCategories(variant: TemplateVariant): Record<CategoryKey, TemplateDataCategory> {
  return {
    contact: {
      name: text('Kontaktoplysninger', 'Kontaktuppgifter', 'Contact details'),
      description: text(
        'Navn, e-mailadresse, telefonnummer, arbejdsgiver og stilling.',
        'Namn, e-postadress, telefonnummer, arbetsgivare och befattning.',
        'Name, e-mail address, phone number, employer and job title.',
      ),
      kind: 'ordinary',
    },
    correspondence: {
      name: text(
        'Henvendelser og korrespondance',
        'Förfrågningar och korrespondens',
        'Enquiries and correspondence',
      ),
      description: text(
        'Indholdet af henvendelser og e-mails samt noter fra samtaler.',
        'Innehållet i förfrågningar och e-post samt anteckningar från samtal.',
        'The content of enquiries and e-mails, and notes from conversations.',
      ),
      kind: 'ordinary',
    },
    contract: {
      name: text('Aftale- og ordreoplysninger', 'Avtals- och orderuppgifter', 'Contract and order details'),
      description: text(
        'Aftaler, tilbud, bestilte og leverede ydelser samt købshistorik.',
        'Avtal, offerter, beställda och levererade tjänster samt köphistorik.',
        'Contracts, quotes, services ordered and delivered, and purchase history.',
      ),
      kind: 'ordinary',
    },
    billing: {
      name: text(
        'Fakturerings- og betalingsoplysninger',
        'Fakturerings- och betalningsuppgifter',
        'Invoicing and payment details',
      ),
      description: text(
        'Faktureringsadresse, fakturaer, betalinger, betalingsstatus og bankkontooplysninger.',
        'Fakturaadress, fakturor, betalningar, betalningsstatus och bankkontouppgifter.',
        'Billing address, invoices, payments, payment status and bank account details.',
      ),
      kind: 'ordinary',
    },
    online: {
      name: text(
        'Tekniske oplysninger og online-identifikatorer',
        'Tekniska uppgifter och onlineidentifierare',
        'Technical data and online identifiers',
      ),
      description: text(
        'IP-adresse, oplysninger om browser og enhed, cookie-id’er og dine cookievalg.',
        'IP-adress, uppgifter om webbläsare och enhet, cookie-id:n och dina val av kakor.',
        'IP address, browser and device information, cookie IDs and your cookie choices.',
      ),
      kind: 'ordinary',
    },
    usage: {
      name: text(
        'Oplysninger om brugen af hjemmesiden',
        'Uppgifter om hur webbplatsen används',
        'Website usage data',
      ),
      description: text(
        'Besøgte sider, tidspunkt og varighed af besøget samt den side, du kom fra.',
        'Besökta sidor, tidpunkt och längd för besöket samt den sida du kom från.',
        'Pages visited, the time and length of the visit, and the page you came from.',
      ),
      kind: 'ordinary',
    },
    support: {
      name: text('Oplysninger om supportsager', 'Uppgifter om supportärenden', 'Support case details'),
      description: text(
        'Beskrivelse af problemet, skærmbilleder, oplysninger om den berørte bruger eller computer, det udførte arbejde og logs fra fjernsupport-sessioner.',
        'Beskrivning av problemet, skärmbilder, uppgifter om den berörda användaren eller datorn, det utförda arbetet och loggar från fjärrsupportsessioner.',
        'Description of the problem, screenshots, details of the user or computer concerned, the work done and logs of remote-support sessions.',
      ),
      kind: 'ordinary',
    },
    account: {
      name: text('Brugerkonto og log-in', 'Användarkonto och inloggning', 'User account and sign-in'),
      description: text(
        'Brugernavn, adgangskode (kun gemt i krypteret form), oplysninger til totrinsbekræftelse, brugerrolle og tidspunkter for log-in.',
        'Användarnamn, lösenord (bara sparat i krypterad form), uppgifter för tvåstegsverifiering, användarroll och tidpunkter för inloggning.',
        'User name, password (stored only in encrypted form), two-step verification details, user role and sign-in times.',
      ),
      kind: 'ordinary',
    },
    customerSystemData: {
      name: text(
        'Oplysninger i kundernes systemer',
        'Uppgifter i kundernas system',
        'Data in customers’ systems',
      ),
      description: text(
        'De oplysninger, kunderne selv lagrer i de systemer, vi drifter, fx e-mails, dokumenter, brugerkonti og databaser. Afhængigt af kunden kan de omfatte følsomme oplysninger og personnumre; det fremgår af databehandleraftalen med den enkelte kunde.',
        'De uppgifter som kunderna själva lagrar i de system som vi sköter driften av, t.ex. e-post, dokument, användarkonton och databaser. Beroende på kunden kan de omfatta känsliga personuppgifter och personnummer; det framgår av personuppgiftsbiträdesavtalet med respektive kund.',
        'The data customers store in the systems we operate, for example e-mails, documents, user accounts and databases. Depending on the customer it may include special categories of data and national identification numbers; the data processing agreement with each customer says which.',
      ),
      kind: 'ordinary',
    },
    marketingConsent: {
      name: text('Tilmelding og samtykke', 'Anmälan och samtycke', 'Subscription and consent'),
      description: text(
        'Hvilke nyhedsbreve du er tilmeldt, hvornår og hvordan du gav samtykke, samtykkets ordlyd og en eventuel afmelding.',
        'Vilka nyhetsbrev du prenumererar på, när och hur du lämnade ditt samtycke, samtyckets lydelse och en eventuell avregistrering.',
        'Which newsletters you subscribe to, when and how you gave consent, the wording of the consent and any unsubscription.',
      ),
      kind: 'ordinary',
    },
    application: {
      name: text('Ansøgning og kvalifikationer', 'Ansökan och meriter', 'Application and qualifications'),
      description: text(
        'Ansøgning, cv, uddannelse, erhvervserfaring, eksamensbeviser, referencer og noter fra samtaler.',
        'Ansökan, cv, utbildning, arbetslivserfarenhet, betyg och intyg, referenser och anteckningar från intervjuer.',
        'Application, CV, education, work experience, certificates, references and interview notes.',
      ),
      kind: 'ordinary',
    },
    employeeDetails: {
      name: text('Stamoplysninger om medarbejdere', 'Grunduppgifter om anställda', 'Employee master data'),
      description: text(
        'Navn, privatadresse, telefonnummer, e-mailadresse, fødselsdato og bankkonto til lønudbetaling.',
        'Namn, hemadress, telefonnummer, e-postadress, födelsedatum och bankkonto för löneutbetalning.',
        'Name, home address, phone number, e-mail address, date of birth and bank account for salary payments.',
      ),
      kind: 'ordinary',
    },
    employment: {
      name: text('Ansættelsesoplysninger', 'Uppgifter om anställningen', 'Employment details'),
      description: text(
        'Ansættelseskontrakt, stilling, løn, pension, skatteoplysninger, arbejdstid, ferie, fravær, kompetencer og medarbejderudviklingssamtaler.',
        'Anställningsavtal, befattning, lön, pension, skatteuppgifter, arbetstid, semester, frånvaro, kompetenser och utvecklingssamtal.',
        'Employment contract, position, salary, pension, tax details, working time, holidays, absence, skills and appraisal interviews.',
      ),
      kind: 'ordinary',
    },
    nationalId: {
      name: byVariant(variant, {
        DK: text(
          'CPR-nummer',
          'Personnummer (danskt CPR-nummer)',
          'CPR number (Danish personal identification number)',
        ),
        SE: text('Personnummer (svensk)', 'Personnummer', 'Personal identity number (personnummer)'),
        EU: text(
          'Nationalt identifikationsnummer',
          'Nationellt identifikationsnummer',
          'National identification number',
        ),
      }),
      description: text(
        'Medarbejderens personnummer, som vi skal bruge til indberetning af løn, skat og pension.',
        'Den anställdes personnummer, som vi behöver för att rapportera lön, skatt och pension.',
        'The employee’s identification number, which we need to report salary, tax and pension.',
      ),
      kind: 'nationalId',
    },
    health: {
      name: text(
        'Helbredsoplysninger ved sygefravær',
        'Uppgifter om hälsa vid sjukfrånvaro',
        'Health data about sickness absence',
      ),
      description: text(
        'Sygefravær og – kun når det er nødvendigt – lægeerklæringer og oplysninger om, hvordan sygdommen påvirker arbejdet. Vi spørger ikke om diagnoser.',
        'Sjukfrånvaro och – bara när det är nödvändigt – läkarintyg och uppgifter om hur sjukdomen påverkar arbetet. Vi frågar inte efter diagnoser.',
        'Sickness absence and – only where necessary – medical certificates and information on how the illness affects the work. We do not ask for diagnoses.',
      ),
      kind: 'special',
    },
    log: {
      name: text('Logdata', 'Loggdata', 'Log data'),
      description: text(
        'Brugernavn, IP-adresse, enhed, tidspunkt og handling ved log-in og brug af vores IT-systemer samt sikkerhedshændelser.',
        'Användarnamn, IP-adress, enhet, tidpunkt och åtgärd vid inloggning och användning av våra IT-system samt säkerhetshändelser.',
        'User name, IP address, device, time and action when signing in to and using our IT systems, and security events.',
      ),
      kind: 'ordinary',
    },
  };
}

function sources(variant: TemplateVariant): Record<SourceKey, TemplateSource> {
  return {
    dataSubject: {
      name: text('Den registrerede selv', 'Den registrerade själv', 'The data subject'),
      description: text(
        'Oplysninger, du selv giver os, fx i en e-mail, en formular eller en samtale.',
        'Uppgifter som du själv lämnar till oss, t.ex. i e-post, ett formulär eller ett samtal.',
        'Data you give us yourself, for example in an e-mail, a form or a conversation.',
      ),
      kind: 'dataSubject',
    },
    generated: {
      name: text(
        'Vores egne systemer (logs og cookies)',
        'Våra egna system (loggar och kakor)',
        'Our own systems (logs and cookies)',
      ),
      description: text(
        'Oplysninger, der dannes automatisk, når du bruger vores hjemmeside, kundeportal eller IT-systemer.',
        'Uppgifter som skapas automatiskt när du använder vår webbplats, vår kundportal eller våra IT-system.',
        'Data generated automatically when you use our website, customer portal or IT systems.',
      ),
      kind: 'generated',
    },
    customers: {
      name: text(
        'Vores kunder (fx en arbejdsgiver)',
        'Våra kunder (t.ex. en arbetsgivare)',
        'Our customers (for example an employer)',
      ),
      description: text(
        'Kunder, der oplyser os om deres kontaktpersoner og brugere, eller som giver os adgang til deres systemer.',
        'Kunder som lämnar uppgifter om sina kontaktpersoner och användare till oss eller som ger oss åtkomst till sina system.',
        'Customers who give us details of their contact persons and users, or who give us access to their systems.',
      ),
      kind: 'otherCompany',
    },
    suppliers: {
      name: text(
        'Vores leverandører og samarbejdspartnere',
        'Våra leverantörer och samarbetspartner',
        'Our suppliers and partners',
      ),
      description: text(
        'Leverandører og samarbejdspartnere, der oplyser os om deres kontaktpersoner.',
        'Leverantörer och samarbetspartner som lämnar uppgifter om sina kontaktpersoner till oss.',
        'Suppliers and partners who give us details of their contact persons.',
      ),
      kind: 'otherCompany',
    },
    companyRegister: {
      name: byVariant(variant, {
        DK: text(
          'Det Centrale Virksomhedsregister (CVR)',
          'Det danska företagsregistret (CVR)',
          'The Danish Central Business Register (CVR)',
        ),
        SE: text(
          'Bolagsverkets registre',
          'Bolagsverkets register',
          'The Swedish Companies Registration Office (Bolagsverket)',
        ),
        EU: text(
          'Offentlige virksomhedsregistre',
          'Offentliga företagsregister',
          'Public business registers',
        ),
      }),
      description: text(
        'Oplysninger om virksomheder og deres ejere og ledelse, fx når vi opretter en kunde eller en leverandør.',
        'Uppgifter om företag och deras ägare och ledning, t.ex. när vi lägger upp en kund eller en leverantör.',
        'Details of companies and their owners and management, for example when we set up a customer or a supplier.',
      ),
      kind: 'publicRegister',
    },
    taxAuthority: {
      name: byVariant(variant, {
        DK: text(
          'Skattestyrelsen',
          'Skattestyrelsen (danska skattemyndigheten)',
          'The Danish Tax Agency (Skattestyrelsen)',
        ),
        SE: text(
          'Skatteverket (den svenske skattemyndighed)',
          'Skatteverket',
          'The Swedish Tax Agency (Skatteverket)',
        ),
        EU: text('Skattemyndighederne', 'Skattemyndigheten', 'The tax authorities'),
      }),
      description: text(
        'Oplysninger om skattetræk, som vi skal bruge til lønberegningen.',
        'Uppgifter om skatteavdrag som vi behöver för löneberäkningen.',
        'Tax deduction details we need to calculate salaries.',
      ),
      kind: 'authority',
    },
    references: {
      name: text('Referencer', 'Referenser', 'References'),
      description: text(
        'Tidligere arbejdsgivere og andre referencer, som ansøgeren har oplyst, og som vi kun kontakter efter aftale med ansøgeren.',
        'Tidigare arbetsgivare och andra referenser som den sökande har uppgett och som vi bara kontaktar efter överenskommelse med den sökande.',
        'Former employers and other references named by the applicant, whom we contact only after agreeing this with the applicant.',
      ),
      kind: 'otherCompany',
    },
  };
}

function recipients(variant: TemplateVariant): Record<RecipientKey, TemplateRecipient> {
  const ownCountry = byVariant<CountryCode | ''>(variant, { DK: 'DK', SE: 'SE', EU: '' });
  return {
    accountant: {
      name: text(
        'Revisor og ekstern bogholder',
        'Revisor och extern redovisningskonsult',
        'Auditor and external accountant',
      ),
      description: text(
        'Får regnskabsmateriale til bogføring, revision og årsregnskab.',
        'Får räkenskapsmaterial för bokföring, revision och årsredovisning.',
        'Receive accounting material for bookkeeping, auditing and the annual accounts.',
      ),
      kind: 'advisor',
      country: ownCountry,
    },
    taxAuthority: {
      name: byVariant(variant, {
        DK: text(
          'Skattestyrelsen',
          'Skattestyrelsen (danska skattemyndigheten)',
          'The Danish Tax Agency (Skattestyrelsen)',
        ),
        SE: text(
          'Skatteverket (den svenske skattemyndighed)',
          'Skatteverket',
          'The Swedish Tax Agency (Skatteverket)',
        ),
        EU: text('Skattemyndighederne', 'Skattemyndigheten', 'The tax authorities'),
      }),
      description: byVariant(variant, {
        DK: text(
          'Indberetning af moms samt af løn og skat via eIndkomst og oplysninger ved skattekontrol.',
          'Rapportering av moms samt av lön och skatt via eIndkomst och uppgifter vid skattekontroll.',
          'Reporting of VAT and of salaries and tax through eIndkomst, and information for tax audits.',
        ),
        SE: text(
          'Momsdeklarationer, arbejdsgiverdeklarationer (løn og skat) og oplysninger ved skattekontrol.',
          'Momsdeklarationer, arbetsgivardeklarationer (lön och skatt) och uppgifter vid skattekontroll.',
          'VAT returns, employer declarations (salaries and tax) and information for tax audits.',
        ),
        EU: text(
          'Indberetning af moms, løn og skat og oplysninger ved skattekontrol.',
          'Rapportering av moms, lön och skatt och uppgifter vid skattekontroll.',
          'Reporting of VAT, salaries and tax, and information for tax audits.',
        ),
      }),
      kind: 'authority',
      country: ownCountry,
    },
    bank: {
      name: text('Vores bank', 'Vår bank', 'Our bank'),
      description: text(
        'Gennemfører betalinger til og fra os, herunder lønudbetalinger.',
        'Genomför betalningar till och från oss, även löneutbetalningar.',
        'Carries out payments to and from us, including salary payments.',
      ),
      kind: 'bank',
      country: ownCountry,
    },
    pension: {
      name: text(
        'Pensions- og forsikringsselskab',
        'Pensions- och försäkringsbolag',
        'Pension and insurance companies',
      ),
      description: text(
        'Får de oplysninger, der er nødvendige for medarbejdernes pensionsordning og forsikringer.',
        'Får de uppgifter som behövs för de anställdas tjänstepension och försäkringar.',
        'Receive the data needed for the employees’ pension scheme and insurance.',
      ),
      kind: 'other',
      country: ownCountry,
    },
    sicknessAuthority: byVariant<TemplateRecipient>(variant, {
      DK: {
        name: text(
          'Kommunen (refusion af sygedagpenge via NemRefusion)',
          'Kommunen i Danmark (ersättning för sjukpenning via NemRefusion)',
          'The municipality (sickness benefit reimbursement through NemRefusion)',
        ),
        description: text(
          'Får oplysninger om sygefravær, når vi søger refusion af sygedagpenge.',
          'Får uppgifter om sjukfrånvaro när vi ansöker om ersättning för utbetald sjukpenning (sygedagpenge).',
          'Receives details of sickness absence when we claim reimbursement of sickness benefit.',
        ),
        kind: 'authority',
        country: 'DK',
      },
      SE: {
        name: text(
          'Försäkringskassan',
          'Försäkringskassan',
          'The Swedish Social Insurance Agency (Försäkringskassan)',
        ),
        description: text(
          'Får besked om sygefravær, der varer mere end 14 dage, efter den svenske lov om sygeløn, lagen (1991:1047) om sjuklön.',
          'Får en sjukanmälan när sjukfrånvaron varar längre än 14 dagar, enligt lagen (1991:1047) om sjuklön.',
          'Is notified of sickness absence lasting more than 14 days, under the Swedish Sick Pay Act (1991:1047).',
        ),
        kind: 'authority',
        country: 'SE',
      },
      EU: {
        name: text(
          'Myndigheder for social sikring',
          'Myndigheter för social trygghet',
          'Social security authorities',
        ),
        description: text(
          'Får oplysninger om sygefravær, når loven kræver det, eller når vi søger refusion.',
          'Får uppgifter om sjukfrånvaro när lagen kräver det eller när vi ansöker om ersättning.',
          'Receive details of sickness absence where the law requires it or when we claim reimbursement.',
        ),
        kind: 'authority',
        country: '',
      },
    }),
  };
}

const SECURITY_MEASURES: Record<MeasureKey, TemplateSecurityMeasure> = {
  mfa: {
    name: text(
      'Totrinsbekræftelse (MFA)',
      'Flerfaktorsautentisering (MFA)',
      'Multi-factor authentication (MFA)',
    ),
    kind: 'technical',
    description: text(
      'Alle konti med adgang til personoplysninger, e-mail eller kundernes systemer kræver totrinsbekræftelse.',
      'Alla konton med åtkomst till personuppgifter, e-post eller kundernas system kräver flerfaktorsautentisering.',
      'Every account with access to personal data, e-mail or customers’ systems requires multi-factor authentication.',
    ),
  },
  accessControl: {
    name: text(
      'Adgangsstyring efter arbejdsbetinget behov',
      'Behörighetsstyrning efter behov',
      'Need-to-know access control',
    ),
    kind: 'technical',
    description: text(
      'Personlige brugerkonti med rettigheder efter arbejdsbetinget behov; rettighederne gennemgås jævnligt og lukkes straks, når en medarbejder fratræder.',
      'Personliga användarkonton med behörigheter efter arbetsuppgifter; behörigheterna ses över regelbundet och tas bort direkt när en anställd slutar.',
      'Personal user accounts with rights based on work needs; rights are reviewed regularly and removed at once when an employee leaves.',
    ),
  },
  encryption: {
    name: text('Kryptering', 'Kryptering', 'Encryption'),
    kind: 'technical',
    description: text(
      'Kryptering af data under overførsel (TLS) og af diske på computere og mobile enheder; adgangskoder opbevares i en krypteret adgangskodeadministrator.',
      'Kryptering av uppgifter vid överföring (TLS) och av diskar i datorer och mobila enheter; lösenord förvaras i en krypterad lösenordshanterare.',
      'Encryption of data in transit (TLS) and of disks on computers and mobile devices; passwords are kept in an encrypted password manager.',
    ),
  },
  backup: {
    name: text('Backup og gendannelse', 'Säkerhetskopiering och återställning', 'Backup and restore'),
    kind: 'technical',
    description: text(
      'Automatisk backup til en adskilt placering og regelmæssig test af, at data kan gendannes.',
      'Automatisk säkerhetskopiering till en separat plats och regelbundna tester av att uppgifterna kan återställas.',
      'Automatic backup to a separate location and regular tests that data can be restored.',
    ),
  },
  patching: {
    name: text(
      'Opdateringer og sårbarhedsstyring',
      'Uppdateringar och sårbarhetshantering',
      'Patching and vulnerability management',
    ),
    kind: 'technical',
    description: text(
      'Styresystemer, programmer og netværksudstyr opdateres løbende, og kritiske sikkerhedsopdateringer installeres hurtigst muligt.',
      'Operativsystem, program och nätverksutrustning uppdateras löpande, och kritiska säkerhetsuppdateringar installeras så snart som möjligt.',
      'Operating systems, software and network equipment are updated continuously, and critical security updates are installed as soon as possible.',
    ),
  },
  endpoint: {
    name: text(
      'Antivirus og endpoint-beskyttelse',
      'Antivirus och endpoint-skydd',
      'Antivirus and endpoint protection',
    ),
    kind: 'technical',
    description: text(
      'Alle computere og servere har antivirus eller EDR og firewall, som overvåges centralt.',
      'Alla datorer och servrar har antivirus eller EDR och brandvägg som övervakas centralt.',
      'Every computer and server has antivirus or EDR and a firewall, monitored centrally.',
    ),
  },
  logging: {
    name: text('Logning og overvågning', 'Loggning och övervakning', 'Logging and monitoring'),
    kind: 'technical',
    description: text(
      'Log-ins, administratorhandlinger og sikkerhedshændelser logges og gennemgås, så uautoriseret adgang kan opdages.',
      'Inloggningar, administratörsåtgärder och säkerhetshändelser loggas och granskas så att obehörig åtkomst kan upptäckas.',
      'Sign-ins, administrator actions and security events are logged and reviewed so that unauthorised access can be detected.',
    ),
  },
  remoteAccess: {
    name: text('Kontrolleret fjernadgang', 'Kontrollerad fjärråtkomst', 'Controlled remote access'),
    kind: 'technical',
    description: text(
      'Fjernsupport kræver, at brugeren accepterer den enkelte session, og sessionerne logges; fast fjernadgang til kundernes systemer sker kun via personlige konti med totrinsbekræftelse.',
      'Fjärrsupport kräver att användaren godkänner varje session, och sessionerna loggas; stående fjärråtkomst till kundernas system sker bara via personliga konton med flerfaktorsautentisering.',
      'Remote support requires the user to accept each session, and sessions are logged; standing remote access to customers’ systems uses only personal accounts with multi-factor authentication.',
    ),
  },
  training: {
    name: text(
      'Instruktion og tavshedspligt',
      'Utbildning och tystnadsplikt',
      'Training and confidentiality',
    ),
    kind: 'organisational',
    description: text(
      'Medarbejderne har tavshedspligt og får løbende instruktion i informationssikkerhed og databeskyttelse, fx om phishing.',
      'De anställda har tystnadsplikt och får löpande utbildning i informationssäkerhet och dataskydd, t.ex. om nätfiske.',
      'Employees are bound by confidentiality and receive regular training in information security and data protection, for example on phishing.',
    ),
  },
  processorAgreements: {
    name: text(
      'Databehandleraftaler og leverandørstyring',
      'Personuppgiftsbiträdesavtal och leverantörsstyrning',
      'Data processing agreements and supplier management',
    ),
    kind: 'organisational',
    description: text(
      'Vi indgår databehandleraftaler med alle databehandlere, fører tilsyn med dem og sikrer et gyldigt overførselsgrundlag ved overførsel til tredjelande.',
      'Vi ingår personuppgiftsbiträdesavtal med alla personuppgiftsbiträden, följer upp dem och säkerställer en giltig grund vid överföring till tredjeland.',
      'We sign data processing agreements with every processor, supervise them and ensure a valid transfer mechanism for any transfer to a third country.',
    ),
  },
  incidents: {
    name: text(
      'Håndtering af brud på persondatasikkerheden',
      'Hantering av personuppgiftsincidenter',
      'Handling of personal data breaches',
    ),
    kind: 'organisational',
    description: text(
      'En fast procedure for at opdage, registrere og håndtere brud på persondatasikkerheden og anmelde dem til tilsynsmyndigheden inden for 72 timer, når det kræves.',
      'En fast rutin för att upptäcka, dokumentera och hantera personuppgiftsincidenter och anmäla dem till tillsynsmyndigheten inom 72 timmar när det krävs.',
      'A fixed procedure for detecting, recording and handling personal data breaches and notifying the supervisory authority within 72 hours where required.',
    ),
  },
  deletion: {
    name: text(
      'Sletning efter faste frister',
      'Radering enligt fasta tidsfrister',
      'Deletion on fixed schedules',
    ),
    kind: 'organisational',
    description: text(
      'Oplysninger slettes efter de frister, der står i fortegnelsen, og sletningen kontrolleres mindst en gang om året.',
      'Uppgifter raderas enligt de tidsfrister som anges i registret, och raderingen kontrolleras minst en gång om året.',
      'Data is deleted on the schedules set out in the record, and deletion is checked at least once a year.',
    ),
  },
};

const AUDIENCES: Record<AudienceKey, TemplateAudience> = {
  public: { name: text('Hjemmeside og kunder', 'Webbplats och kunder', 'Website and customers') },
  employees: { name: text('Medarbejdere', 'Anställda', 'Employees') },
  applicants: { name: text('Jobansøgere', 'Arbetssökande', 'Job applicants') },
};

export function itFirmCatalog(variant: TemplateVariant): ItFirmCatalog {
  return {
    dataSubjects: DATA_SUBJECTS,
    dataCategories: dataCategories(variant),
    sources: sources(variant),
    recipients: recipients(variant),
    securityMeasures: SECURITY_MEASURES,
    audiences: AUDIENCES,
  };
}
