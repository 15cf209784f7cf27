import type { Wording } from '../../model/primitives';
import { retentionFromRule } from '../../catalog/retentionRules';
import type { Retention } from '../../model/activity';
import {
  byVariant,
  text,
  type TemplateActivity,
  type TemplateBasis,
  type TemplateVariant,
  type VendorSuggestion,
} from '../templateTypes';
import type { AudienceKey, CategoryKey, MeasureKey, RecipientKey, SourceKey, SubjectKey } from './catalog';

/**
 * The activities of the "IT services firm" starter register: what small Danish and Swedish IT firms' own
 * privacy policies show they do, with each purpose carrying its own legal bases. Danish and Swedish
 * variants cite their own statutes, national provisions and retention rules; the EU variant (Norway,
 * Finland, other countries) words the same without national citations.
 *
 * Deliberate choices:
 * - Never consent for employees or applicants (the power imbalance makes it rarely freely given).
 * - Remote support relies on the contract and a legitimate interest; the user's acceptance of each session
 *   is a security measure, not the legal basis.
 * - The processor activity carries no Art. 6 basis of its own: a processor acts on the controller's basis
 *   and instructions (Art. 28(3), 29), and its record (Art. 30(2)) lists categories of processing instead.
 */

export const STARTER_ACTIVITY_KEYS = [
  'website',
  'enquiries',
  'customers',
  'invoicing',
  'support',
  'customerPortal',
  'itOperations',
  'newsletter',
  'recruitment',
  'employees',
  'suppliers',
  'securityLogging',
] as const;
export type StarterActivityKey = (typeof STARTER_ACTIVITY_KEYS)[number];

export type ItFirmActivity = TemplateActivity<
  StarterActivityKey,
  SubjectKey,
  CategoryKey,
  SourceKey,
  RecipientKey,
  MeasureKey,
  AudienceKey
>;

// ---------------------------------------------------------------------------------------------------------
// Helpers

const basis = (code: TemplateBasis['code'], note?: Wording): TemplateBasis =>
  note ? { code, note } : { code };

const interest = (value: Wording): TemplateBasis => ({ code: 'art6-1-f', interest: value });

/** The usual choices first, then the alternatives: the order the vendors are offered in, nothing ticked. */
const suggest = (usual: readonly string[], alternatives: readonly string[] = []): VendorSuggestion[] =>
  [...usual, ...alternatives].map((libraryId) => ({ libraryId }));

function retention(
  textValue: Wording,
  period: Retention['period'],
  startEvent: Wording,
  basisValue: Wording,
): Retention {
  return {
    text: { ...textValue },
    period: period ? { ...period } : null,
    startEvent: { ...startEvent },
    basis: { ...basisValue },
    ruleId: null,
  };
}

/** A retention inserted from a catalog rule, optionally with the wording (and period) adapted. */
function fromRule(ruleId: string, override?: { text?: Wording; period?: Retention['period'] }): Retention {
  const value = retentionFromRule(ruleId);
  if (!value) throw new Error(`unknown retention rule ${ruleId}`);
  return {
    ...value,
    text: override?.text ? { ...override.text } : value.text,
    period: override?.period !== undefined ? override.period : value.period,
  };
}

const ART_5_1_E = text(
  'databeskyttelsesforordningens artikel 5, stk. 1, litra e',
  'artikel 5.1 e i dataskyddsförordningen',
  'Article 5(1)(e) GDPR',
);

/**
 * A retention period set by a criterion rather than a statute (storage limitation): the criterion in words and the
 * provision, written so it reads both in the register's field and in the policy's sentence ("Perioden er fastsat
 * ud fra …") — no "Kriterium:" label, which would leak into the policy.
 */
const criterion = (da: string, sv: string, en: string): Wording =>
  text(`${da} (${ART_5_1_E.da})`, `${sv} (${ART_5_1_E.sv})`, `${en} (${ART_5_1_E.en})`);

const noDpiaNeeded = (da: string, sv: string, en: string) => ({
  status: 'notRequired' as const,
  reason: text(da, sv, en),
});

// ---------------------------------------------------------------------------------------------------------
// Statutes cited in notes, per variant

function bookkeepingStatute(variant: TemplateVariant): Wording {
  return byVariant(variant, {
    DK: text(
      'Bogføringsloven (lov nr. 700 af 24. maj 2022) kræver, at vi registrerer og opbevarer regnskabsmateriale.',
      'Den danska bokföringslagen (bogføringsloven, lov nr. 700 af 24. maj 2022) kräver att vi bokför och bevarar räkenskapsmaterial.',
      'The Danish Bookkeeping Act (bogføringsloven, Act No. 700 of 24 May 2022) requires us to record and keep accounting material.',
    ),
    SE: text(
      'Den svenske bogføringslov, bokföringslagen (1999:1078), kræver, at vi bogfører og opbevarer regnskabsinformation.',
      'Bokföringslagen (1999:1078) kräver att vi bokför och bevarar räkenskapsinformation.',
      'The Swedish Bookkeeping Act (bokföringslagen, 1999:1078) requires us to record and keep accounting information.',
    ),
    EU: text(
      'Den bogførings- og skattelovgivning, vi er omfattet af, kræver, at vi registrerer og opbevarer regnskabsmateriale.',
      'Den bokförings- och skattelagstiftning som vi omfattas av kräver att vi bokför och bevarar räkenskapsmaterial.',
      'The bookkeeping and tax legislation that applies to us requires us to record and keep accounting material.',
    ),
  });
}

// ---------------------------------------------------------------------------------------------------------
// The activities

function website(variant: TemplateVariant): ItFirmActivity {
  const cookieRule = byVariant(variant, {
    DK: text(
      'Samtykke efter cookiebekendtgørelsen, der gennemfører e-databeskyttelsesdirektivets artikel 5, stk. 3. Samtykket kan til enhver tid trækkes tilbage via cookiebanneret.',
      'Samtycke enligt den danska cookiebekendtgørelsen, som genomför artikel 5.3 i direktivet om integritet och elektronisk kommunikation. Samtycket kan när som helst återkallas via cookiebannern.',
      'Consent under the Danish Cookie Order (cookiebekendtgørelsen), which implements Article 5(3) of the ePrivacy Directive. Consent can be withdrawn at any time through the cookie banner.',
    ),
    SE: text(
      'Samtykke efter den svenske lov om elektronisk kommunikation, lagen (2022:482) om elektronisk kommunikation, der gennemfører e-databeskyttelsesdirektivets artikel 5, stk. 3. Samtykket kan til enhver tid trækkes tilbage via cookiebanneret.',
      'Samtycke enligt lagen (2022:482) om elektronisk kommunikation, som genomför artikel 5.3 i direktivet om integritet och elektronisk kommunikation. Samtycket kan när som helst återkallas via cookiebannern.',
      'Consent under the Swedish Electronic Communications Act (2022:482), which implements Article 5(3) of the ePrivacy Directive. Consent can be withdrawn at any time through the cookie banner.',
    ),
    EU: text(
      'Samtykke efter de nationale regler, der gennemfører e-databeskyttelsesdirektivets artikel 5, stk. 3. Samtykket kan til enhver tid trækkes tilbage via cookiebanneret.',
      'Samtycke enligt de nationella regler som genomför artikel 5.3 i direktivet om integritet och elektronisk kommunikation. Samtycket kan när som helst återkallas via cookiebannern.',
      'Consent under the national rules implementing Article 5(3) of the ePrivacy Directive. Consent can be withdrawn at any time through the cookie banner.',
    ),
  });
  return {
    key: 'website',
    name: text(
      'Besøgende på hjemmesiden og cookies',
      'Webbplatsbesökare och kakor (cookies)',
      'Website visitors and cookies',
    ),
    description: text(
      'Drift af vores hjemmeside, herunder tekniske logfiler og nødvendige cookies samt – kun med den besøgendes samtykke – cookies til statistik og markedsføring.',
      'Drift av vår webbplats, bland annat tekniska loggfiler och nödvändiga kakor samt – bara med besökarens samtycke – kakor för statistik och marknadsföring.',
      'Running our website, including technical log files and necessary cookies and – only with the visitor’s consent – cookies for statistics and marketing.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'operate',
        description: text(
          'Vise hjemmesiden og holde den sikker og stabil ved hjælp af tekniske logfiler og nødvendige cookies.',
          'Visa webbplatsen och hålla den säker och stabil med hjälp av tekniska loggfiler och nödvändiga kakor.',
          'Showing the website and keeping it secure and stable by means of technical log files and necessary cookies.',
        ),
        bases: [
          interest(
            text(
              'At kunne levere en fungerende og sikker hjemmeside, fejlsøge den og beskytte den mod misbrug og angreb.',
              'Att kunna erbjuda en fungerande och säker webbplats, felsöka den och skydda den mot missbruk och angrepp.',
              'To provide a working and secure website, troubleshoot it and protect it against misuse and attacks.',
            ),
          ),
        ],
      },
      {
        key: 'statistics',
        description: text(
          'Føre statistik over brugen af hjemmesiden og måle vores markedsføring med de cookies, den besøgende har givet samtykke til.',
          'Föra statistik över hur webbplatsen används och mäta vår marknadsföring med de kakor som besökaren har samtyckt till.',
          'Compiling statistics on the use of the website and measuring our marketing with the cookies the visitor has consented to.',
        ),
        bases: [basis('art6-1-a', cookieRule)],
      },
      {
        key: 'documentChoice',
        description: text(
          'Huske og dokumentere de besøgendes cookievalg.',
          'Komma ihåg och dokumentera besökarnas val av kakor.',
          'Remembering and documenting visitors’ cookie choices.',
        ),
        bases: [
          interest(
            text(
              'At kunne respektere de besøgendes valg og dokumentere, at vi kun bruger de cookies, de har accepteret.',
              'Att kunna respektera besökarnas val och visa att vi bara använder de kakor som de har godkänt.',
              'To respect visitors’ choices and be able to show that we only use the cookies they have accepted.',
            ),
          ),
        ],
      },
    ],
    subjectData: [{ subject: 'websiteVisitors', data: ['online', 'usage'] }],
    sources: ['dataSubject', 'generated'],
    recipients: [],
    retention: retention(
      text(
        'Logfiler fra webserveren slettes efter 30 dage. Cookies udløber efter den levetid, der står i cookieoversigten, dog højst 12 måneder, og den besøgendes cookievalg gemmes i 12 måneder, hvorefter vi spørger igen.',
        'Loggfiler från webbservern raderas efter 30 dagar. Kakor upphör att gälla efter den livslängd som anges i förteckningen över kakor, dock högst 12 månader, och besökarens val sparas i 12 månader, varefter vi frågar igen.',
        'Web server log files are deleted after 30 days. Cookies expire after the lifetime stated in the cookie list, at most 12 months, and the visitor’s cookie choice is kept for 12 months, after which we ask again.',
      ),
      { amount: 12, unit: 'months' },
      text(
        'besøget, eller da cookien blev sat',
        'besöket eller när kakan sattes',
        'the visit or when the cookie was set',
      ),
      criterion(
        'den tid, der er nødvendig for drift, fejlsøgning og statistik',
        'den tid som behövs för drift, felsökning och statistik',
        'the time needed for operation, troubleshooting and statistics',
      ),
    ),
    securityMeasures: ['encryption', 'patching', 'accessControl', 'mfa', 'backup', 'processorAgreements'],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Hjemmesiden kan bruges uden at acceptere andre cookies end de nødvendige.',
        'Webbplatsen kan användas utan att andra kakor än de nödvändiga godkänns.',
        'The website can be used without accepting any cookies other than the necessary ones.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelig drift og statistik for en hjemmeside; ingen systematisk overvågning i stort omfang og ingen profilering med retsvirkning.',
      'Vanlig drift och statistik för en webbplats; ingen systematisk övervakning i stor omfattning och ingen profilering med rättsverkan.',
      'Ordinary operation and statistics for a website; no large-scale systematic monitoring and no profiling with legal effects.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: suggest(['cookiebot'], ['google-analytics', 'simply-com', 'one-com', 'hetzner']),
    needsCustomers: false,
  };
}

function enquiries(): ItFirmActivity {
  return {
    key: 'enquiries',
    name: text(
      'Henvendelser og kontaktformular',
      'Förfrågningar och kontaktformulär',
      'Enquiries and contact form',
    ),
    description: text(
      'Når nogen kontakter os via kontaktformularen, e-mail, telefon eller chat, bruger vi oplysningerne til at svare og eventuelt give et tilbud.',
      'När någon kontaktar oss via kontaktformuläret, e-post, telefon eller chatt använder vi uppgifterna för att svara och eventuellt lämna en offert.',
      'When someone contacts us through the contact form, e-mail, phone or chat, we use the data to answer and, where relevant, to give a quote.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'answer',
        description: text(
          'Besvare og følge op på spørgsmål og henvendelser.',
          'Besvara och följa upp frågor och förfrågningar.',
          'Answering and following up questions and enquiries.',
        ),
        bases: [
          interest(
            text(
              'At kunne besvare og følge op på henvendelser fra potentielle kunder og andre, der kontakter os.',
              'Att kunna besvara och följa upp förfrågningar från potentiella kunder och andra som kontaktar oss.',
              'To answer and follow up enquiries from prospective customers and others who contact us.',
            ),
          ),
        ],
      },
      {
        key: 'quote',
        description: text(
          'Udarbejde tilbud, når nogen beder om det.',
          'Ta fram offerter när någon ber om det.',
          'Preparing quotes on request.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'Når den registrerede selv skal være part i aftalen, fx som enkeltmandsvirksomhed: foranstaltninger, den registrerede har anmodet om forud for indgåelsen af en kontrakt.',
              'När den registrerade själv ska vara part i avtalet, t.ex. som enskild firma: åtgärder som den registrerade har begärt innan ett avtal ingås.',
              'Where the data subject will be a party to the contract, for example as a sole trader: steps taken at the data subject’s request before entering into a contract.',
            ),
          ),
          interest(
            text(
              'At kunne give tilbud til den virksomhed, kontaktpersonen repræsenterer.',
              'Att kunna lämna offerter till det företag som kontaktpersonen företräder.',
              'To give quotes to the company the contact person represents.',
            ),
          ),
        ],
      },
    ],
    subjectData: [{ subject: 'enquirers', data: ['contact', 'correspondence'] }],
    sources: ['dataSubject'],
    recipients: [],
    retention: retention(
      text(
        'Henvendelser, der ikke fører til et kundeforhold, slettes 12 måneder efter den seneste kontakt. Fører henvendelsen til et kundeforhold, opbevares den sammen med oplysningerne om kundeforholdet.',
        'Förfrågningar som inte leder till ett kundförhållande raderas 12 månader efter den senaste kontakten. Leder förfrågan till ett kundförhållande sparas den tillsammans med uppgifterna om kundförhållandet.',
        'Enquiries that do not lead to a customer relationship are deleted 12 months after the last contact. If an enquiry leads to a customer relationship, it is kept with the customer records.',
      ),
      { amount: 12, unit: 'months' },
      text('den seneste kontakt', 'den senaste kontakten', 'the last contact'),
      criterion(
        'den tid, vi normalt har brug for til at følge op på en henvendelse',
        'den tid som vi normalt behöver för att följa upp en förfrågan',
        'the time we normally need to follow up an enquiry',
      ),
    ),
    securityMeasures: ['mfa', 'accessControl', 'encryption', 'training', 'deletion'],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Den, der kontakter os, bestemmer selv, hvilke oplysninger der gives, men uden kontaktoplysninger kan vi ikke svare.',
        'Den som kontaktar oss bestämmer själv vilka uppgifter som lämnas, men utan kontaktuppgifter kan vi inte svara.',
        'Whoever contacts us decides what data to give, but without contact details we cannot answer.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelig korrespondance uden følsomme oplysninger.',
      'Vanlig korrespondens utan känsliga personuppgifter.',
      'Ordinary correspondence without sensitive data.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: suggest(['microsoft-365'], ['google-workspace', 'hubspot', 'pipedrive']),
    needsCustomers: false,
  };
}

function customers(variant: TemplateVariant): ItFirmActivity {
  return {
    key: 'customers',
    name: text('Kunder og aftaler', 'Kunder och avtal', 'Customers and contracts'),
    description: text(
      'Indgåelse og administration af aftaler med vores kunder og levering af de ydelser, de har købt.',
      'Ingående och administration av avtal med våra kunder och leverans av de tjänster som de har köpt.',
      'Entering into and managing contracts with our customers and delivering the services they have bought.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'contract',
        description: text(
          'Indgå og administrere aftaler, levere de købte ydelser og kommunikere med kunden om dem, fx om driftsmeddelelser og ændringer.',
          'Ingå och administrera avtal, leverera de köpta tjänsterna och kommunicera med kunden om dem, t.ex. om driftsmeddelanden och ändringar.',
          'Entering into and managing contracts, delivering the services bought and communicating with the customer about them, for example on service notices and changes.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'For kunder, der selv er part i aftalen, fx enkeltmandsvirksomheder.',
              'För kunder som själva är part i avtalet, t.ex. enskilda firmor.',
              'For customers who are themselves a party to the contract, for example sole traders.',
            ),
          ),
          interest(
            text(
              'At kunne samarbejde med de kontaktpersoner, som vores erhvervskunder har udpeget, om aftalen og leverancen.',
              'Att kunna samarbeta med de kontaktpersoner som våra företagskunder har utsett om avtalet och leveransen.',
              'To work with the contact persons our business customers have appointed on the contract and the delivery.',
            ),
          ),
        ],
      },
      {
        key: 'claims',
        description: text(
          'Dokumentere aftaler og leverancer og fastlægge, gøre gældende eller forsvare retskrav.',
          'Dokumentera avtal och leveranser och fastställa, göra gällande eller försvara rättsliga anspråk.',
          'Documenting contracts and deliveries and establishing, exercising or defending legal claims.',
        ),
        bases: [
          interest(
            text(
              'At kunne dokumentere, hvad der er aftalt og leveret, og forsvare os, hvis der opstår uenighed.',
              'Att kunna visa vad som har avtalats och levererats och försvara oss om det uppstår oenighet.',
              'To be able to show what was agreed and delivered, and to defend ourselves if a dispute arises.',
            ),
          ),
        ],
      },
    ],
    subjectData: [{ subject: 'customerContacts', data: ['contact', 'contract', 'correspondence'] }],
    sources: ['dataSubject', 'customers', 'companyRegister'],
    recipients: [],
    retention: byVariant(variant, {
      DK: fromRule('dk-customer-records'),
      SE: fromRule('se-customer-records'),
      EU: retention(
        text(
          'Så længe kundeforholdet varer og derefter i 3 år, så vi kan dokumentere aftalen og håndtere eventuelle krav. Fakturaer og andet regnskabsmateriale opbevares efter reglerne om bogføring.',
          'Så länge kundförhållandet pågår och därefter i 3 år, så att vi kan dokumentera avtalet och hantera eventuella anspråk. Fakturor och annat räkenskapsmaterial sparas enligt reglerna om bokföring.',
          'For as long as the customer relationship lasts and then for 3 years, so that we can document the contract and deal with any claims. Invoices and other accounting material are kept under the bookkeeping rules.',
        ),
        { amount: 3, unit: 'years' },
        text('kundeforholdets ophør', 'att kundförhållandet upphör', 'the end of the customer relationship'),
        criterion(
          'forældelsesfristen for krav efter aftalen',
          'preskriptionstiden för anspråk enligt avtalet',
          'the limitation period for claims under the contract',
        ),
      ),
    }),
    securityMeasures: [
      'mfa',
      'accessControl',
      'encryption',
      'backup',
      'training',
      'processorAgreements',
      'deletion',
    ],
    requirement: {
      kind: 'contractPrerequisite',
      consequence: text(
        'Oplysningerne er nødvendige for at indgå og opfylde aftalen; uden dem kan vi ikke levere ydelserne.',
        'Uppgifterna behövs för att ingå och fullgöra avtalet; utan dem kan vi inte leverera tjänsterna.',
        'The data is needed to enter into and perform the contract; without it we cannot deliver the services.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelig kundeadministration uden følsomme oplysninger.',
      'Vanlig kundadministration utan känsliga personuppgifter.',
      'Ordinary customer administration without sensitive data.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: suggest(['microsoft-365'], ['google-workspace', 'pipedrive', 'hubspot']),
    needsCustomers: false,
  };
}

function invoicing(variant: TemplateVariant): ItFirmActivity {
  return {
    key: 'invoicing',
    name: text('Fakturering og bogføring', 'Fakturering och bokföring', 'Invoicing and bookkeeping'),
    description: text(
      'Fakturering af kunder, betaling af leverandører og bogføring af regnskabsmateriale, som loven kræver.',
      'Fakturering av kunder, betalning av leverantörer och bokföring av räkenskapsmaterial enligt lag.',
      'Invoicing customers, paying suppliers and keeping the accounting records the law requires.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'invoice',
        description: text(
          'Fakturere kunder, opkræve betaling, betale leverandører og følge op på ubetalte fakturaer.',
          'Fakturera kunder, ta betalt, betala leverantörer och följa upp obetalda fakturor.',
          'Invoicing customers, collecting payment, paying suppliers and following up unpaid invoices.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'For kunder og leverandører, der selv er part i aftalen.',
              'För kunder och leverantörer som själva är part i avtalet.',
              'For customers and suppliers who are themselves a party to the contract.',
            ),
          ),
          interest(
            text(
              'At kunne fakturere og betale for ydelser i samarbejde med kontaktpersonerne hos vores erhvervskunder og leverandører.',
              'Att kunna fakturera och betala för tjänster i samarbete med kontaktpersonerna hos våra företagskunder och leverantörer.',
              'To invoice and pay for services together with the contact persons at our business customers and suppliers.',
            ),
          ),
        ],
      },
      {
        key: 'bookkeeping',
        description: text(
          'Bogføre og opbevare regnskabsmateriale og indberette moms.',
          'Bokföra och bevara räkenskapsinformation och redovisa moms.',
          'Recording and keeping accounting material and reporting VAT.',
        ),
        bases: [basis('art6-1-c', bookkeepingStatute(variant))],
      },
    ],
    subjectData: [
      { subject: 'customerContacts', data: ['contact', 'billing'] },
      { subject: 'supplierContacts', data: ['contact', 'billing'] },
    ],
    sources: ['dataSubject', 'customers', 'suppliers'],
    recipients: [
      { recipient: 'accountant', data: ['contact', 'billing'] },
      { recipient: 'taxAuthority', data: ['billing'] },
      { recipient: 'bank', data: ['billing'] },
    ],
    retention: byVariant(variant, {
      DK: fromRule('dk-bookkeeping'),
      SE: fromRule('se-bookkeeping'),
      EU: retention(
        text(
          'I den periode, den bogføringslovgivning, vi er omfattet af, kræver, regnet fra udgangen af det regnskabsår, materialet vedrører.',
          'Under den tid som den bokföringslagstiftning som vi omfattas av kräver, räknat från utgången av det räkenskapsår som materialet avser.',
          'For the period required by the bookkeeping legislation that applies to us, counted from the end of the financial year to which the material relates.',
        ),
        null,
        text(
          'udgangen af det regnskabsår, materialet vedrører',
          'utgången av det räkenskapsår som materialet avser',
          'the end of the financial year to which the material relates',
        ),
        text(
          'Den bogføringslovgivning, vi er omfattet af',
          'Den bokföringslagstiftning som vi omfattas av',
          'The bookkeeping legislation that applies to us',
        ),
      ),
    }),
    securityMeasures: ['mfa', 'accessControl', 'encryption', 'backup', 'processorAgreements', 'deletion'],
    requirement: {
      kind: 'statutory',
      consequence: text(
        'Bogføringsreglerne kræver, at vi registrerer og opbevarer oplysningerne; uden dem kan vi ikke udstede fakturaer eller betale.',
        'Bokföringsreglerna kräver att vi bokför och bevarar uppgifterna; utan dem kan vi inte utfärda fakturor eller betala.',
        'The bookkeeping rules require us to record and keep the data; without it we cannot issue invoices or pay.',
      ),
    },
    dpia: noDpiaNeeded(
      'Lovpligtig bogføring uden følsomme oplysninger.',
      'Lagstadgad bokföring utan känsliga personuppgifter.',
      'Statutory bookkeeping without sensitive data.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: byVariant(variant, {
      DK: suggest(['visma-e-conomic'], ['dinero', 'billy', 'xena']),
      SE: suggest(['fortnox']),
      EU: suggest([], ['visma-e-conomic', 'fortnox']),
    }),
    needsCustomers: false,
  };
}

function support(variant: TemplateVariant): ItFirmActivity {
  return {
    key: 'support',
    name: text('Support og fjernsupport', 'Support och fjärrsupport', 'Support and remote support'),
    description: text(
      'Behandling af supportsager fra vores kunder og deres brugere via telefon, e-mail, helpdesk og fjernsupport. Oplysninger, vi får adgang til i kundernes egne systemer under supporten, behandler vi som databehandler for kunden (se »IT-drift for kunder«).',
      'Hantering av supportärenden från våra kunder och deras användare via telefon, e-post, helpdesk och fjärrsupport. Uppgifter som vi får åtkomst till i kundernas egna system under supporten behandlar vi som personuppgiftsbiträde åt kunden (se ”IT-drift åt kunder”).',
      'Handling support cases from our customers and their users by phone, e-mail, helpdesk and remote support. Data we gain access to in customers’ own systems during support is processed by us as the customer’s processor (see “IT operations for customers”).',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'cases',
        description: text(
          'Modtage, behandle og følge op på supportsager.',
          'Ta emot, hantera och följa upp supportärenden.',
          'Receiving, handling and following up support cases.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'For kunder, der selv er part i supportaftalen.',
              'För kunder som själva är part i supportavtalet.',
              'For customers who are themselves a party to the support agreement.',
            ),
          ),
          interest(
            text(
              'At kunne yde den support, vi har aftalt med vores kunder, til de brugere, kunderne har udpeget.',
              'Att kunna ge den support som vi har avtalat med våra kunder till de användare som kunderna har utsett.',
              'To provide the support agreed with our customers to the users the customers have appointed.',
            ),
          ),
        ],
      },
      {
        key: 'remote',
        description: text(
          'Give fjernsupport på brugerens computer, når brugeren har accepteret forbindelsen.',
          'Ge fjärrsupport på användarens dator när användaren har godkänt anslutningen.',
          'Giving remote support on the user’s computer once the user has accepted the connection.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'For kunder, der selv er part i supportaftalen.',
              'För kunder som själva är part i supportavtalet.',
              'For customers who are themselves a party to the support agreement.',
            ),
          ),
          interest(
            text(
              'At kunne løse tekniske problemer hurtigt og sikkert via fjernadgang, som brugeren selv accepterer i den enkelte session.',
              'Att kunna lösa tekniska problem snabbt och säkert via fjärråtkomst som användaren själv godkänner vid varje session.',
              'To solve technical problems quickly and securely through remote access that the user accepts for each session.',
            ),
          ),
        ],
      },
      {
        key: 'quality',
        description: text(
          'Dokumentere det udførte arbejde og forbedre vores support.',
          'Dokumentera utfört arbete och förbättra vår support.',
          'Documenting the work done and improving our support.',
        ),
        bases: [
          interest(
            text(
              'At kunne dokumentere det udførte arbejde over for kunden og forbedre kvaliteten af vores support.',
              'Att kunna redovisa det utförda arbetet för kunden och förbättra kvaliteten i vår support.',
              'To document the work done for the customer and improve the quality of our support.',
            ),
          ),
        ],
      },
    ],
    subjectData: [
      { subject: 'customerUsers', data: ['contact', 'support'] },
      { subject: 'customerContacts', data: ['contact', 'support'] },
    ],
    sources: ['dataSubject', 'customers', 'generated'],
    recipients: [],
    retention: retention(
      text(
        'Supportsager opbevares i 3 år efter, at sagen er lukket. Logs fra fjernsupport-sessioner slettes efter 12 måneder.',
        'Supportärenden sparas i 3 år efter att ärendet har avslutats. Loggar från fjärrsupportsessioner raderas efter 12 månader.',
        'Support cases are kept for 3 years after the case is closed. Logs of remote-support sessions are deleted after 12 months.',
      ),
      { amount: 3, unit: 'years' },
      text('sagens afslutning', 'att ärendet avslutas', 'the closing of the case'),
      criterion(
        'behovet for at kunne dokumentere det udførte arbejde over for kunden og behandle reklamationer',
        'behovet av att kunna redovisa utfört arbete för kunden och hantera reklamationer',
        'the need to document the work done for the customer and to handle complaints',
      ),
    ),
    securityMeasures: [
      'mfa',
      'accessControl',
      'encryption',
      'remoteAccess',
      'logging',
      'training',
      'processorAgreements',
    ],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Uden kontaktoplysninger og en beskrivelse af problemet kan vi ikke hjælpe.',
        'Utan kontaktuppgifter och en beskrivning av problemet kan vi inte hjälpa till.',
        'Without contact details and a description of the problem we cannot help.',
      ),
    },
    dpia: noDpiaNeeded(
      'Supporten indebærer ikke systematisk overvågning; fjernadgang sker kun, når brugeren har accepteret den enkelte session.',
      'Supporten innebär ingen systematisk övervakning; fjärråtkomst sker bara när användaren har godkänt varje session.',
      'Support involves no systematic monitoring; remote access only takes place once the user has accepted each session.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: byVariant(variant, {
      DK: suggest(
        ['microsoft-365', 'teamviewer'],
        ['anydesk', 'zendesk', 'freshdesk', 'google-workspace', 'uni-tel', 'flexfone'],
      ),
      SE: suggest(['microsoft-365', 'teamviewer'], ['anydesk', 'zendesk', 'freshdesk', 'google-workspace']),
      EU: suggest(['microsoft-365', 'teamviewer'], ['anydesk', 'zendesk', 'freshdesk', 'google-workspace']),
    }),
    needsCustomers: false,
  };
}

function customerPortal(): ItFirmActivity {
  return {
    key: 'customerPortal',
    name: text('Kundeportal', 'Kundportal', 'Customer portal'),
    description: text(
      'Vores kundeportal, hvor kundernes brugere logger ind for at oprette og følge supportsager og se aftaler og fakturaer.',
      'Vår kundportal, där kundernas användare loggar in för att skapa och följa supportärenden och se avtal och fakturor.',
      'Our customer portal, where customers’ users sign in to create and follow support cases and view contracts and invoices.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'access',
        description: text(
          'Give kundernes brugere adgang til portalen, så de kan oprette og følge sager og se aftaler og fakturaer.',
          'Ge kundernas användare åtkomst till portalen så att de kan skapa och följa ärenden och se avtal och fakturor.',
          'Giving customers’ users access to the portal so that they can create and follow cases and view contracts and invoices.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'For kunder, der selv er part i aftalen.',
              'För kunder som själva är part i avtalet.',
              'For customers who are themselves a party to the contract.',
            ),
          ),
          interest(
            text(
              'At tilbyde vores erhvervskunders brugere en sikker selvbetjening.',
              'Att erbjuda våra företagskunders användare en säker självbetjäning.',
              'To offer our business customers’ users secure self-service.',
            ),
          ),
        ],
      },
      {
        key: 'accounts',
        description: text(
          'Administrere brugerkonti og sikre log-in med totrinsbekræftelse.',
          'Administrera användarkonton och säkra inloggningen med tvåstegsverifiering.',
          'Managing user accounts and securing sign-in with two-step verification.',
        ),
        bases: [
          interest(
            text(
              'At beskytte portalen og kundernes oplysninger mod uautoriseret adgang.',
              'Att skydda portalen och kundernas uppgifter mot obehörig åtkomst.',
              'To protect the portal and customers’ data against unauthorised access.',
            ),
          ),
        ],
      },
    ],
    subjectData: [{ subject: 'customerUsers', data: ['contact', 'account', 'support'] }],
    sources: ['dataSubject', 'customers', 'generated'],
    recipients: [],
    retention: retention(
      text(
        'Brugerkontoen slettes senest 3 måneder efter, at kundeforholdet er ophørt, eller når kunden beder os lukke brugerens adgang. Log-in-historikken slettes efter 12 måneder.',
        'Användarkontot raderas senast 3 månader efter att kundförhållandet har upphört eller när kunden ber oss stänga användarens åtkomst. Inloggningshistoriken raderas efter 12 månader.',
        'The user account is deleted no later than 3 months after the customer relationship has ended, or when the customer asks us to close the user’s access. The sign-in history is deleted after 12 months.',
      ),
      { amount: 3, unit: 'months' },
      text(
        'kundeforholdets ophør eller lukning af brugerens adgang',
        'att kundförhållandet upphör eller att användarens åtkomst stängs',
        'the end of the customer relationship or the closing of the user’s access',
      ),
      criterion(
        'kontoen er kun nødvendig, så længe brugeren skal have adgang til portalen',
        'kontot behövs bara så länge användaren ska ha åtkomst till portalen',
        'the account is only needed for as long as the user needs access to the portal',
      ),
    ),
    securityMeasures: [
      'mfa',
      'accessControl',
      'encryption',
      'patching',
      'backup',
      'logging',
      'processorAgreements',
    ],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Uden en brugerkonto kan brugeren ikke logge ind i portalen, men kan stadig kontakte os på anden vis.',
        'Utan ett användarkonto kan användaren inte logga in i portalen, men kan fortfarande kontakta oss på annat sätt.',
        'Without a user account the user cannot sign in to the portal, but can still contact us in other ways.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelig brugeradministration uden følsomme oplysninger eller overvågning.',
      'Vanlig användaradministration utan känsliga personuppgifter eller övervakning.',
      'Ordinary user administration without sensitive data or monitoring.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: suggest([], ['microsoft-azure', 'hetzner', 'digitalocean', 'zendesk', 'freshdesk']),
    needsCustomers: false,
  };
}

function itOperations(variant: TemplateVariant): ItFirmActivity {
  const processing = (key: string, da: string, sv: string, en: string) => ({
    key,
    description: text(da, sv, en),
    bases: [],
  });
  return {
    key: 'itOperations',
    name: text(
      'IT-drift for kunder (som databehandler)',
      'IT-drift åt kunder (som personuppgiftsbiträde)',
      'IT operations for customers (as processor)',
    ),
    description: text(
      'Vi driver, overvåger og tager backup af kundernes IT-systemer som databehandler efter kundens dokumenterede instruks og databehandleraftalen med den enkelte kunde. Kunden er dataansvarlig og fastlægger formål og behandlingsgrundlag.',
      'Vi sköter drift, övervakning och säkerhetskopiering av kundernas IT-system som personuppgiftsbiträde enligt kundens dokumenterade instruktioner och personuppgiftsbiträdesavtalet med respektive kund. Kunden är personuppgiftsansvarig och bestämmer ändamål och rättslig grund.',
      'We operate, monitor and back up customers’ IT systems as a processor, on the customer’s documented instructions and under the data processing agreement with each customer. The customer is the controller and decides the purposes and legal basis.',
    ),
    role: 'processor',
    purposes: [
      processing(
        'operation',
        'Drift, overvågning og opdatering af kundernes servere, computere og netværk.',
        'Drift, övervakning och uppdatering av kundernas servrar, datorer och nätverk.',
        'Operating, monitoring and updating customers’ servers, computers and networks.',
      ),
      processing(
        'cloud',
        'Administration af kundernes e-mail, filer og cloudtjenester, fx Microsoft 365.',
        'Administration av kundernas e-post, filer och molntjänster, t.ex. Microsoft 365.',
        'Administering customers’ e-mail, files and cloud services, for example Microsoft 365.',
      ),
      processing(
        'backup',
        'Backup og gendannelse af kundernes data.',
        'Säkerhetskopiering och återställning av kundernas uppgifter.',
        'Backing up and restoring customers’ data.',
      ),
      processing(
        'supportAccess',
        'Support og fejlretning i kundernes systemer, hvor vi kan få adgang til de oplysninger, systemerne indeholder.',
        'Support och felsökning i kundernas system, där vi kan få åtkomst till de uppgifter som systemen innehåller.',
        'Support and troubleshooting in customers’ systems, where we may gain access to the data the systems hold.',
      ),
    ],
    subjectData: [{ subject: 'customersDataSubjects', data: ['customerSystemData'] }],
    sources: ['customers'],
    recipients: [],
    retention: retention(
      text(
        'Efter kundens instruks og så længe databehandleraftalen gælder. Når aftalen ophører, sletter eller tilbageleverer vi kundens data efter kundens valg inden for 30 dage, og sikkerhedskopier slettes, når de udløber i den faste backupcyklus.',
        'Enligt kundens instruktioner och så länge personuppgiftsbiträdesavtalet gäller. När avtalet upphör raderar eller återlämnar vi kundens uppgifter enligt kundens val inom 30 dagar, och säkerhetskopior raderas när de löper ut i den fasta backupcykeln.',
        'On the customer’s instructions and for as long as the data processing agreement applies. When the agreement ends, we delete or return the customer’s data, as the customer chooses, within 30 days, and backup copies are deleted when they expire in the fixed backup cycle.',
      ),
      { amount: 30, unit: 'days' },
      text(
        'databehandleraftalens ophør',
        'att personuppgiftsbiträdesavtalet upphör',
        'the end of the data processing agreement',
      ),
      text(
        'Databehandleraftalen med kunden, jf. databeskyttelsesforordningens artikel 28, stk. 3, litra g',
        'Personuppgiftsbiträdesavtalet med kunden, jfr artikel 28.3 g i dataskyddsförordningen',
        'The data processing agreement with the customer, see Article 28(3)(g) GDPR',
      ),
    ),
    securityMeasures: [
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
    ],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Kunden som dataansvarlig oplyser de registrerede om behandlingen.',
        'Kunden som personuppgiftsansvarig informerar de registrerade om behandlingen.',
        'The customer, as controller, informs the data subjects about the processing.',
      ),
    },
    dpia: {
      status: 'notRequired',
      reason: text(
        'Som databehandler skal vi ikke selv udarbejde en konsekvensanalyse; det er kundens ansvar som dataansvarlig, og vi bistår efter databehandleraftalen (databeskyttelsesforordningens artikel 28, stk. 3, litra f).',
        'Som personuppgiftsbiträde ska vi inte själva göra en konsekvensbedömning; det är kundens ansvar som personuppgiftsansvarig, och vi bistår enligt personuppgiftsbiträdesavtalet (artikel 28.3 f i dataskyddsförordningen).',
        'As a processor we do not carry out a DPIA ourselves; that is the customer’s responsibility as controller, and we assist under the data processing agreement (Article 28(3)(f) GDPR).',
      ),
    },
    audiences: [],
    internalOnly: true,
    vendors: suggest(
      ['teamviewer', 'acronis'],
      [
        'keepit',
        'veeam',
        'datto',
        'it-glue',
        'n-able',
        'ninjaone',
        'connectwise',
        'atera',
        'eset',
        'bitdefender',
        'sophos',
        'microsoft-azure',
        'hetzner',
        ...byVariant(variant, { DK: ['cloudfactory'], SE: [], EU: [] }),
      ],
    ),
    needsCustomers: true,
  };
}

function newsletter(variant: TemplateVariant): ItFirmActivity {
  const consentNote = byVariant(variant, {
    DK: text(
      'Samtykke efter markedsføringsloven § 10, stk. 1. Samtykket kan til enhver tid trækkes tilbage via linket i hvert nyhedsbrev.',
      'Samtycke enligt § 10, stk. 1 i den danska marknadsföringslagen (markedsføringsloven). Samtycket kan när som helst återkallas via länken i varje nyhetsbrev.',
      'Consent under Section 10(1) of the Danish Marketing Practices Act (markedsføringsloven). Consent can be withdrawn at any time through the link in every newsletter.',
    ),
    SE: text(
      'Samtykke efter 19 § i den svenske markedsføringslov, marknadsföringslagen (2008:486). Samtykket kan til enhver tid trækkes tilbage via linket i hvert nyhedsbrev.',
      'Samtycke enligt 19 § marknadsföringslagen (2008:486). Samtycket kan när som helst återkallas via länken i varje nyhetsbrev.',
      'Consent under Section 19 of the Swedish Marketing Practices Act (marknadsföringslagen, 2008:486). Consent can be withdrawn at any time through the link in every newsletter.',
    ),
    EU: text(
      'Samtykke efter de regler, der gennemfører e-databeskyttelsesdirektivets artikel 13. Samtykket kan til enhver tid trækkes tilbage via linket i hvert nyhedsbrev.',
      'Samtycke enligt de regler som genomför artikel 13 i direktivet om integritet och elektronisk kommunikation. Samtycket kan när som helst återkallas via länken i varje nyhetsbrev.',
      'Consent under the rules implementing Article 13 of the ePrivacy Directive. Consent can be withdrawn at any time through the link in every newsletter.',
    ),
  });
  return {
    key: 'newsletter',
    name: text('Nyhedsbreve og markedsføring', 'Nyhetsbrev och marknadsföring', 'Newsletters and marketing'),
    description: text(
      'Udsendelse af nyhedsbreve og anden markedsføring pr. e-mail til dem, der har tilmeldt sig.',
      'Utskick av nyhetsbrev och annan marknadsföring via e-post till dem som har anmält sig.',
      'Sending newsletters and other marketing by e-mail to those who have signed up.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'send',
        description: text(
          'Sende nyhedsbreve og markedsføring pr. e-mail.',
          'Skicka nyhetsbrev och marknadsföring via e-post.',
          'Sending newsletters and marketing by e-mail.',
        ),
        bases: [basis('art6-1-a', consentNote)],
      },
      {
        key: 'proof',
        description: text(
          'Dokumentere samtykker og afmeldinger.',
          'Dokumentera samtycken och avregistreringar.',
          'Documenting consents and unsubscriptions.',
        ),
        bases: [
          interest(
            text(
              'At kunne dokumentere, at vi havde modtagerens samtykke, og sikre, at vi respekterer en afmelding.',
              'Att kunna visa att vi hade mottagarens samtycke och se till att vi respekterar en avregistrering.',
              'To be able to show that we had the recipient’s consent and to make sure we respect an unsubscription.',
            ),
          ),
        ],
      },
    ],
    subjectData: [{ subject: 'subscribers', data: ['contact', 'marketingConsent'] }],
    sources: ['dataSubject'],
    recipients: [],
    retention: byVariant(variant, {
      DK: fromRule('dk-marketing-consent-proof', {
        text: text(
          'Nyhedsbreve sendes, indtil modtageren afmelder sig. Dokumentationen for samtykket gemmes derefter i 2 år efter den seneste markedsføringshenvendelse, der er sendt på grundlag af samtykket.',
          'Nyhetsbrev skickas tills mottagaren avregistrerar sig. Beviset om samtycket sparas därefter i 2 år efter det senaste marknadsföringsutskick som har skickats med stöd av samtycket.',
          'Newsletters are sent until the recipient unsubscribes. The proof of consent is then kept for 2 years after the last marketing message sent on the basis of the consent.',
        ),
      }),
      SE: newsletterUntilUnsubscribed(),
      EU: newsletterUntilUnsubscribed(),
    }),
    securityMeasures: ['mfa', 'accessControl', 'encryption', 'processorAgreements', 'deletion'],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Det er frivilligt at tilmelde sig, og man kan til enhver tid afmelde sig via linket i hvert nyhedsbrev.',
        'Det är frivilligt att anmäla sig, och det går när som helst att avregistrera sig via länken i varje nyhetsbrev.',
        'Signing up is voluntary, and recipients can unsubscribe at any time through the link in every newsletter.',
      ),
    },
    dpia: noDpiaNeeded(
      'Nyhedsbreve til tilmeldte uden profilering med retsvirkning og uden følsomme oplysninger.',
      'Nyhetsbrev till prenumeranter utan profilering med rättsverkan och utan känsliga personuppgifter.',
      'Newsletters to subscribers without profiling with legal effects and without sensitive data.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: suggest(['mailchimp'], ['hubspot']),
    needsCustomers: false,
  };

  function newsletterUntilUnsubscribed(): Retention {
    return fromRule('newsletter-subscribers', {
      text: text(
        'Nyhedsbreve sendes, indtil modtageren afmelder sig eller trækker sit samtykke tilbage. Dokumentationen for samtykket gemmes derefter i 2 år efter afmeldingen, så vi kan vise, at vi havde samtykket, hvis det bliver bestridt.',
        'Nyhetsbrev skickas tills mottagaren avregistrerar sig eller återkallar sitt samtycke. Beviset om samtycket sparas därefter i 2 år efter avregistreringen, så att vi kan visa att vi hade samtycket om det ifrågasätts.',
        'Newsletters are sent until the recipient unsubscribes or withdraws consent. The proof of consent is then kept for 2 years after the unsubscription, so that we can show we had the consent if it is disputed.',
      ),
      period: { amount: 2, unit: 'years' },
    });
  }
}

function recruitment(variant: TemplateVariant): ItFirmActivity {
  const claimsInterest = byVariant(variant, {
    DK: text(
      'At kunne dokumentere rekrutteringsforløbet, hvis et afslag bliver påklaget, fx efter forskelsbehandlingsloven.',
      'Att kunna dokumentera rekryteringen om ett avslag överklagas, t.ex. enligt den danska lagen om förbud mot diskriminering på arbetsmarknaden (forskelsbehandlingsloven).',
      'To document the recruitment process if a rejection is challenged, for example under the Danish Act on Prohibition of Discrimination in the Labour Market (forskelsbehandlingsloven).',
    ),
    SE: text(
      'At kunne dokumentere rekrutteringen, hvis der rejses krav efter den svenske diskriminationslov, diskrimineringslagen (2008:567).',
      'Att kunna dokumentera rekryteringen om anspråk framställs enligt diskrimineringslagen (2008:567).',
      'To document the recruitment if a claim is made under the Swedish Discrimination Act (diskrimineringslagen, 2008:567).',
    ),
    EU: text(
      'At kunne dokumentere rekrutteringsforløbet, hvis et afslag bliver påklaget, fx efter reglerne om forbud mod forskelsbehandling.',
      'Att kunna dokumentera rekryteringen om ett avslag ifrågasätts, t.ex. enligt reglerna om förbud mot diskriminering.',
      'To document the recruitment process if a rejection is challenged, for example under anti-discrimination rules.',
    ),
  });
  return {
    key: 'recruitment',
    name: text('Rekruttering', 'Rekrytering', 'Recruitment'),
    description: text(
      'Behandling af ansøgninger til opslåede stillinger og uopfordrede ansøgninger. Bliver ansøgeren ansat, overføres ansøgningen til personalemappen.',
      'Hantering av ansökningar till utlysta tjänster och spontanansökningar. Om den sökande anställs flyttas ansökan till personalakten.',
      'Handling applications for advertised positions and unsolicited applications. If the applicant is hired, the application moves to the personnel file.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'assess',
        description: text(
          'Vurdere ansøgninger og gennemføre ansættelsessamtaler.',
          'Bedöma ansökningar och genomföra anställningsintervjuer.',
          'Assessing applications and holding job interviews.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'Foranstaltninger, som ansøgeren har anmodet om forud for indgåelsen af en ansættelseskontrakt.',
              'Åtgärder som den sökande har begärt innan ett anställningsavtal ingås.',
              'Steps taken at the applicant’s request before entering into an employment contract.',
            ),
          ),
          interest(
            text(
              'At finde den bedst egnede kandidat til stillingen.',
              'Att hitta den mest lämpade kandidaten för tjänsten.',
              'To find the most suitable candidate for the position.',
            ),
          ),
        ],
      },
      {
        key: 'references',
        description: text(
          'Indhente referencer efter aftale med ansøgeren.',
          'Ta referenser efter överenskommelse med den sökande.',
          'Obtaining references after agreeing this with the applicant.',
        ),
        bases: [
          interest(
            text(
              'At få bekræftet ansøgerens oplysninger om erfaring og kvalifikationer.',
              'Att få den sökandes uppgifter om erfarenhet och meriter bekräftade.',
              'To have the applicant’s information on experience and qualifications confirmed.',
            ),
          ),
        ],
      },
      {
        key: 'document',
        description: text(
          'Gemme ansøgningen en periode efter endt rekruttering for at kunne dokumentere forløbet.',
          'Spara ansökan en tid efter avslutad rekrytering för att kunna dokumentera rekryteringen.',
          'Keeping the application for a period after the recruitment has ended to be able to document the process.',
        ),
        bases: [interest(claimsInterest)],
      },
    ],
    subjectData: [{ subject: 'applicants', data: ['contact', 'application'] }],
    sources: ['dataSubject', 'references'],
    recipients: [],
    retention: byVariant(variant, {
      DK: fromRule('dk-job-applicants'),
      SE: fromRule('se-job-applicants'),
      EU: retention(
        text(
          '6 måneder efter, at rekrutteringen er afsluttet.',
          '6 månader efter att rekryteringen har avslutats.',
          '6 months after the recruitment has ended.',
        ),
        { amount: 6, unit: 'months' },
        text('afslutningen af rekrutteringen', 'att rekryteringen avslutas', 'the end of the recruitment'),
        criterion(
          'den tid, der er nødvendig for at kunne dokumentere rekrutteringsforløbet, hvis et afslag bliver påklaget',
          'den tid som behövs för att kunna dokumentera rekryteringen om ett avslag ifrågasätts',
          'the time needed to document the recruitment process if a rejection is challenged',
        ),
      ),
    }),
    securityMeasures: ['mfa', 'accessControl', 'encryption', 'training', 'deletion'],
    requirement: {
      kind: 'contractPrerequisite',
      consequence: text(
        'Uden oplysningerne kan vi ikke vurdere ansøgningen.',
        'Utan uppgifterna kan vi inte bedöma ansökan.',
        'Without the data we cannot assess the application.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelig rekruttering uden personlighedstest, automatiske afgørelser eller følsomme oplysninger.',
      'Vanlig rekrytering utan personlighetstester, automatiserade beslut eller känsliga personuppgifter.',
      'Ordinary recruitment without personality tests, automated decisions or sensitive data.',
    ),
    audiences: ['applicants'],
    internalOnly: false,
    vendors: suggest(['microsoft-365'], ['google-workspace']),
    needsCustomers: false,
  };
}

function employees(variant: TemplateVariant): ItFirmActivity {
  const employmentLaw = byVariant(variant, {
    DK: text(
      'Arbejdsretlige regler, fx ansættelsesbevisloven og ferieloven.',
      'Arbetsrättsliga regler, t.ex. den danska lagen om anställningsbevis (ansættelsesbevisloven) och semesterlagen (ferieloven).',
      'Employment rules, for example the Danish Employment Contracts Act (ansættelsesbevisloven) and Holiday Act (ferieloven).',
    ),
    SE: text(
      'Arbejdsretlige regler, fx den svenske lov om ansættelsesbeskyttelse, lagen (1982:80) om anställningsskydd, og semesterlagen (1977:480).',
      'Arbetsrättsliga regler, t.ex. lagen (1982:80) om anställningsskydd och semesterlagen (1977:480).',
      'Employment rules, for example the Swedish Employment Protection Act (1982:80) and Annual Leave Act (1977:480).',
    ),
    EU: text(
      'Arbejdsretlige regler, fx om ansættelsesbeviser og ferie.',
      'Arbetsrättsliga regler, t.ex. om anställningsbevis och semester.',
      'Employment rules, for example on written terms of employment and holidays.',
    ),
  });
  const payrollLaw = byVariant(variant, {
    DK: text(
      'Kildeskatteloven, indkomstregisterloven (indberetning til eIndkomst) og bogføringsloven.',
      'Den danska källskattelagen (kildeskatteloven), lagen om ett inkomstregister (indkomstregisterloven, rapportering till eIndkomst) och bokföringslagen (bogføringsloven).',
      'The Danish Withholding Tax Act (kildeskatteloven), the Income Register Act (indkomstregisterloven, reporting to eIndkomst) and the Bookkeeping Act (bogføringsloven).',
    ),
    SE: text(
      'Den svenske skatteprocedurelov, skatteförfarandelagen (2011:1244) (skattetræk og arbejdsgiverdeklaration), og bokföringslagen (1999:1078).',
      'Skatteförfarandelagen (2011:1244) om skatteavdrag och arbetsgivardeklaration samt bokföringslagen (1999:1078).',
      'The Swedish Tax Procedures Act (skatteförfarandelagen, 2011:1244) on tax deductions and employer declarations, and the Bookkeeping Act (bokföringslagen, 1999:1078).',
    ),
    EU: text(
      'Skatte-, social- og bogføringslovgivningen. De nationale regler om identifikationsnumre (databeskyttelsesforordningens artikel 87) gælder for behandlingen af personnummeret.',
      'Skatte-, socialförsäkrings- och bokföringslagstiftningen. De nationella reglerna om identifikationsnummer (artikel 87 i dataskyddsförordningen) gäller för behandlingen av personnumret.',
      'Tax, social security and bookkeeping legislation. The national rules on identification numbers (Article 87 GDPR) apply to the processing of the identification number.',
    ),
  });
  const nationalIdBasis: TemplateBasis[] = byVariant(variant, {
    DK: [
      basis(
        'dk-dbl-11',
        text(
          'Lovgivningen kræver CPR-nummeret ved indberetning af løn, skat og pension (databeskyttelseslovens § 11, stk. 2, nr. 1).',
          'Lagstiftningen kräver CPR-numret vid rapportering av lön, skatt och pension (§ 11, stk. 2, nr. 1 i den danska databeskyttelsesloven).',
          'The law requires the CPR number for reporting salary, tax and pension (Section 11(2), no. 1, of the Danish Data Protection Act).',
        ),
      ),
    ],
    SE: [
      basis(
        'se-dsl-3-10',
        text(
          'Personnummeret er nødvendigt for arbejdsgiverdeklarationer til Skatteverket og for en sikker identifikation i løn- og pensionsadministrationen.',
          'Personnumret behövs för arbetsgivardeklarationer till Skatteverket och för en säker identifiering i löne- och pensionsadministrationen.',
          'The personal identity number is needed for employer declarations to the Swedish Tax Agency and for secure identification in payroll and pension administration.',
        ),
      ),
    ],
    EU: [],
  });
  const sickness = byVariant(variant, {
    DK: {
      statute: text(
        'Sygedagpengeloven (refusion og dokumentation af sygefravær).',
        'Den danska lagen om sjukpenning (sygedagpengeloven) om ersättning och dokumentation av sjukfrånvaro.',
        'The Danish Sickness Benefit Act (sygedagpengeloven) on reimbursement and documentation of sickness absence.',
      ),
      national: [basis('dk-dbl-12')],
    },
    SE: {
      statute: text(
        'Den svenske lov om sygeløn, lagen (1991:1047) om sjuklön.',
        'Lagen (1991:1047) om sjuklön.',
        'The Swedish Sick Pay Act (1991:1047).',
      ),
      national: [basis('se-dsl-3-1')],
    },
    EU: {
      statute: text(
        'Arbejds- og socialretlige regler om sygeløn og sygedagpenge.',
        'Arbetsrättsliga och socialförsäkringsrättsliga regler om sjuklön och sjukpenning.',
        'Employment and social security rules on sick pay and sickness benefit.',
      ),
      national: [],
    },
  });
  return {
    key: 'employees',
    name: text(
      'Medarbejdere og personaleadministration',
      'Anställda och personaladministration',
      'Employees and HR administration',
    ),
    description: text(
      'Administration af ansættelsesforholdet fra ansættelse til fratræden, herunder løn, skat, pension, ferie og fravær.',
      'Administration av anställningen från anställning till avslut, bland annat lön, skatt, pension, semester och frånvaro.',
      'Administering the employment from hiring to leaving, including salary, tax, pension, holidays and absence.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'administration',
        description: text(
          'Administrere ansættelsesforholdet, herunder kontrakt, arbejdstid, ferie, fravær og udvikling.',
          'Administrera anställningen, bland annat avtal, arbetstid, semester, frånvaro och utveckling.',
          'Administering the employment, including the contract, working time, holidays, absence and development.',
        ),
        bases: [basis('art6-1-b'), basis('art6-1-c', employmentLaw)],
      },
      {
        key: 'payroll',
        description: text(
          'Beregne og udbetale løn og indberette skat, pension og lønoplysninger til myndigheder og pensionsselskab.',
          'Beräkna och betala ut lön och rapportera skatt, pension och löneuppgifter till myndigheter och pensionsbolag.',
          'Calculating and paying salaries and reporting tax, pension and salary data to the authorities and the pension company.',
        ),
        bases: [basis('art6-1-b'), basis('art6-1-c', payrollLaw), ...nationalIdBasis],
      },
      {
        key: 'sickness',
        description: text(
          'Registrere sygefravær og søge refusion, med de helbredsoplysninger, der er nødvendige.',
          'Registrera sjukfrånvaro och ansöka om ersättning, med de uppgifter om hälsa som är nödvändiga.',
          'Recording sickness absence and claiming reimbursement, with the health data that is necessary.',
        ),
        bases: [
          basis('art6-1-c', sickness.statute),
          basis(
            'art9-2-b',
            text(
              'Oplysninger om sygefravær er helbredsoplysninger; de behandles kun i det omfang, arbejds- og socialretten kræver det.',
              'Uppgifter om sjukfrånvaro är uppgifter om hälsa; de behandlas bara i den mån arbetsrätten och socialförsäkringsrätten kräver det.',
              'Sickness absence data is health data; it is processed only to the extent employment and social security law requires.',
            ),
          ),
          ...sickness.national,
        ],
      },
    ],
    subjectData: [{ subject: 'employees', data: ['employeeDetails', 'employment', 'nationalId', 'health'] }],
    sources: ['dataSubject', 'taxAuthority'],
    recipients: [
      { recipient: 'taxAuthority', data: ['employeeDetails', 'employment', 'nationalId'] },
      { recipient: 'bank', data: ['employeeDetails', 'employment'] },
      { recipient: 'pension', data: ['employeeDetails', 'employment', 'nationalId'] },
      { recipient: 'accountant', data: ['employment'] },
      { recipient: 'sicknessAuthority', data: ['employeeDetails', 'nationalId', 'health'] },
    ],
    retention: byVariant(variant, {
      DK: (() => {
        const value = fromRule('dk-employee-files');
        return {
          ...value,
          text: {
            da: `${value.text.da}. Løn- og regnskabsbilag opbevares efter bogføringsloven i 5 år fra udgangen af regnskabsåret.`,
            sv: `${value.text.sv}. Löne- och räkenskapsunderlag sparas enligt den danska bokföringslagen i 5 år från utgången av räkenskapsåret.`,
            en: `${value.text.en}. Payroll and accounting records are kept under the Danish Bookkeeping Act for 5 years from the end of the financial year.`,
          },
        };
      })(),
      SE: retention(
        text(
          'Under ansættelsen og derefter, så længe der er et administrativt eller retligt behov, fx for arbejdsgivererklæringer, pension eller retskrav; behovet vurderes for hver type oplysning. Lønbilag og andet regnskabsmateriale opbevares efter bokföringslagen til og med det syvende år efter udgangen af det kalenderår, hvor regnskabsåret blev afsluttet.',
          'Under anställningen och därefter så länge det finns ett administrativt eller rättsligt behov, t.ex. för arbetsgivarintyg, pension eller rättsliga anspråk; behovet bedöms för varje typ av uppgift. Löneunderlag och annan räkenskapsinformation sparas enligt bokföringslagen till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades.',
          'During the employment and afterwards for as long as there is an administrative or legal need, for example for employer certificates, pension or legal claims; the need is assessed for each type of data. Payroll and other accounting records are kept under the Swedish Bookkeeping Act until the end of the seventh year after the calendar year in which the financial year ended.',
        ),
        null,
        text('ansættelsens ophør', 'att anställningen upphör', 'the end of the employment'),
        criterion(
          'det administrative eller retlige behov efter ansættelsens ophør; for regnskabsmateriale bokföringslagen (1999:1078) 7 kap. 2 §',
          'det administrativa eller rättsliga behovet efter att anställningen har upphört; för räkenskapsinformation 7 kap. 2 § bokföringslagen (1999:1078)',
          'the administrative or legal need after the employment has ended; for accounting records Chapter 7, Section 2 of the Swedish Bookkeeping Act (1999:1078)',
        ),
      ),
      EU: retention(
        text(
          'Under ansættelsen og derefter, så længe der er et administrativt eller retligt behov, fx for pension eller retskrav; behovet vurderes for hver type oplysning. Lønbilag og andet regnskabsmateriale opbevares i den periode, bogføringslovgivningen kræver.',
          'Under anställningen och därefter så länge det finns ett administrativt eller rättsligt behov, t.ex. för pension eller rättsliga anspråk; behovet bedöms för varje typ av uppgift. Löneunderlag och annat räkenskapsmaterial sparas under den tid som bokföringslagstiftningen kräver.',
          'During the employment and afterwards for as long as there is an administrative or legal need, for example for pension or legal claims; the need is assessed for each type of data. Payroll and other accounting records are kept for the period the bookkeeping legislation requires.',
        ),
        null,
        text('ansættelsens ophør', 'att anställningen upphör', 'the end of the employment'),
        criterion(
          'det administrative eller retlige behov efter ansættelsens ophør og bogføringslovgivningens krav',
          'det administrativa eller rättsliga behovet efter att anställningen har upphört och bokföringslagstiftningens krav',
          'the administrative or legal need after the employment has ended and the requirements of bookkeeping legislation',
        ),
      ),
    }),
    securityMeasures: [
      'mfa',
      'accessControl',
      'encryption',
      'backup',
      'training',
      'processorAgreements',
      'deletion',
    ],
    requirement: {
      kind: 'statutory',
      consequence: text(
        'Oplysningerne er nødvendige for ansættelsen og for, at vi kan opfylde vores pligter som arbejdsgiver, fx indberetning af løn og skat; uden dem kan vi ikke ansætte eller aflønne medarbejderen.',
        'Uppgifterna behövs för anställningen och för att vi ska kunna fullgöra våra skyldigheter som arbetsgivare, t.ex. rapportering av lön och skatt; utan dem kan vi inte anställa medarbetaren eller betala ut lön.',
        'The data is needed for the employment and for us to meet our obligations as an employer, for example reporting salary and tax; without it we cannot employ or pay the employee.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelig personaleadministration uden systematisk overvågning af medarbejderne; helbredsoplysninger er begrænset til det nødvendige ved sygefravær.',
      'Vanlig personaladministration utan systematisk övervakning av de anställda; uppgifter om hälsa är begränsade till det nödvändiga vid sjukfrånvaro.',
      'Ordinary HR administration without systematic monitoring of employees; health data is limited to what is necessary for sickness absence.',
    ),
    audiences: ['employees'],
    internalOnly: false,
    vendors: suggest(['microsoft-365'], ['google-workspace', 'slack', 'zoom', 'dropbox']),
    needsCustomers: false,
  };
}

function suppliers(): ItFirmActivity {
  return {
    key: 'suppliers',
    name: text(
      'Leverandører og samarbejdspartnere',
      'Leverantörer och samarbetspartner',
      'Suppliers and partners',
    ),
    description: text(
      'Samarbejde med vores leverandører og samarbejdspartnere, herunder indkøb og administration af aftaler.',
      'Samarbete med våra leverantörer och samarbetspartner, bland annat inköp och administration av avtal.',
      'Working with our suppliers and partners, including purchasing and managing contracts.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'cooperation',
        description: text(
          'Kommunikere med leverandører og samarbejdspartnere og administrere aftaler og indkøb.',
          'Kommunicera med leverantörer och samarbetspartner och administrera avtal och inköp.',
          'Communicating with suppliers and partners and managing contracts and purchases.',
        ),
        bases: [
          basis(
            'art6-1-b',
            text(
              'For leverandører, der selv er part i aftalen, fx enkeltmandsvirksomheder.',
              'För leverantörer som själva är part i avtalet, t.ex. enskilda firmor.',
              'For suppliers who are themselves a party to the contract, for example sole traders.',
            ),
          ),
          interest(
            text(
              'At kunne samarbejde med de kontaktpersoner, som vores leverandører og samarbejdspartnere har udpeget.',
              'Att kunna samarbeta med de kontaktpersoner som våra leverantörer och samarbetspartner har utsett.',
              'To work with the contact persons our suppliers and partners have appointed.',
            ),
          ),
        ],
      },
    ],
    subjectData: [{ subject: 'supplierContacts', data: ['contact', 'contract', 'correspondence'] }],
    sources: ['dataSubject', 'suppliers', 'companyRegister'],
    recipients: [],
    retention: retention(
      text(
        'Så længe samarbejdet varer og derefter i 3 år, så vi kan dokumentere aftaler og håndtere eventuelle krav. Fakturaer og andet regnskabsmateriale opbevares efter reglerne om bogføring.',
        'Så länge samarbetet pågår och därefter i 3 år, så att vi kan dokumentera avtal och hantera eventuella anspråk. Fakturor och annat räkenskapsmaterial sparas enligt reglerna om bokföring.',
        'For as long as the cooperation lasts and then for 3 years, so that we can document contracts and deal with any claims. Invoices and other accounting material are kept under the bookkeeping rules.',
      ),
      { amount: 3, unit: 'years' },
      text('samarbejdets ophør', 'att samarbetet upphör', 'the end of the cooperation'),
      criterion(
        'behovet for at kunne dokumentere aftaler og håndtere krav',
        'behovet av att kunna dokumentera avtal och hantera anspråk',
        'the need to document contracts and deal with claims',
      ),
    ),
    securityMeasures: ['mfa', 'accessControl', 'encryption', 'training', 'deletion'],
    requirement: {
      kind: 'contractPrerequisite',
      consequence: text(
        'Uden kontaktoplysninger kan vi ikke indgå eller administrere aftalen.',
        'Utan kontaktuppgifter kan vi inte ingå eller administrera avtalet.',
        'Without contact details we cannot enter into or manage the contract.',
      ),
    },
    dpia: noDpiaNeeded(
      'Almindelige forretningskontakter uden følsomme oplysninger.',
      'Vanliga affärskontakter utan känsliga personuppgifter.',
      'Ordinary business contacts without sensitive data.',
    ),
    audiences: ['public'],
    internalOnly: false,
    vendors: suggest(['microsoft-365'], ['google-workspace']),
    needsCustomers: false,
  };
}

function securityLogging(): ItFirmActivity {
  return {
    key: 'securityLogging',
    name: text('Sikkerhedslogning', 'Säkerhetsloggning', 'Security logging'),
    description: text(
      'Logning af log-ins og hændelser i vores egne IT-systemer og kundeportalen for at beskytte dem mod uautoriseret adgang og misbrug. Loggene bruges ikke til at overvåge medarbejdernes arbejdsindsats.',
      'Loggning av inloggningar och händelser i våra egna IT-system och i kundportalen för att skydda dem mot obehörig åtkomst och missbruk. Loggarna används inte för att övervaka de anställdas arbetsinsats.',
      'Logging sign-ins and events in our own IT systems and the customer portal to protect them against unauthorised access and misuse. The logs are not used to monitor employees’ work performance.',
    ),
    role: 'controller',
    purposes: [
      {
        key: 'detect',
        description: text(
          'Opdage, undersøge og forebygge sikkerhedshændelser og misbrug.',
          'Upptäcka, utreda och förebygga säkerhetsincidenter och missbruk.',
          'Detecting, investigating and preventing security incidents and misuse.',
        ),
        bases: [
          interest(
            text(
              'At beskytte vores og vores kunders systemer og oplysninger mod uautoriseret adgang, angreb og misbrug.',
              'Att skydda våra och våra kunders system och uppgifter mot obehörig åtkomst, angrepp och missbruk.',
              'To protect our own and our customers’ systems and data against unauthorised access, attacks and misuse.',
            ),
          ),
        ],
      },
      {
        key: 'breaches',
        description: text(
          'Håndtere og dokumentere brud på persondatasikkerheden og anmelde dem til tilsynsmyndigheden.',
          'Hantera och dokumentera personuppgiftsincidenter och anmäla dem till tillsynsmyndigheten.',
          'Handling and documenting personal data breaches and notifying them to the supervisory authority.',
        ),
        bases: [
          basis(
            'art6-1-c',
            text(
              'Databeskyttelsesforordningens artikel 33 og 34 (anmeldelse og dokumentation af brud på persondatasikkerheden og underretning af de berørte).',
              'Artiklarna 33 och 34 i dataskyddsförordningen (anmälan och dokumentation av personuppgiftsincidenter och information till de berörda).',
              'Articles 33 and 34 GDPR (notifying and documenting personal data breaches and informing those affected).',
            ),
          ),
        ],
      },
    ],
    subjectData: [
      { subject: 'employees', data: ['log'] },
      { subject: 'customerUsers', data: ['log'] },
    ],
    sources: ['generated'],
    recipients: [],
    retention: fromRule('security-logs', {
      text: text(
        'Som udgangspunkt 12 måneder. Perioden er fastsat ud fra vores egen sikkerhedsvurdering og er ikke længere end nødvendigt for at opdage og undersøge sikkerhedshændelser.',
        'Som utgångspunkt 12 månader. Perioden bestäms av vår egen säkerhetsbedömning och är inte längre än vad som behövs för att upptäcka och utreda säkerhetsincidenter.',
        'As a rule 12 months. The period is set by our own security assessment and is no longer than needed to detect and investigate security incidents.',
      ),
      period: { amount: 12, unit: 'months' },
    }),
    securityMeasures: ['logging', 'accessControl', 'mfa', 'encryption', 'incidents', 'deletion'],
    requirement: {
      kind: 'voluntary',
      consequence: text(
        'Logningen sker automatisk, når vores systemer bruges.',
        'Loggningen sker automatiskt när våra system används.',
        'Logging happens automatically when our systems are used.',
      ),
    },
    dpia: noDpiaNeeded(
      'Logningen er begrænset til sikkerhedsformål og bruges ikke til at overvåge medarbejdernes adfærd eller præstationer.',
      'Loggningen är begränsad till säkerhetsändamål och används inte för att övervaka de anställdas beteende eller prestationer.',
      'The logging is limited to security purposes and is not used to monitor employees’ behaviour or performance.',
    ),
    audiences: ['public', 'employees'],
    internalOnly: false,
    vendors: suggest(['microsoft-365'], ['eset', 'bitdefender', 'sophos']),
    needsCustomers: false,
  };
}

/** All activities of the template for one legal variant, in STARTER_ACTIVITY_KEYS order. */
export function itFirmActivities(variant: TemplateVariant): readonly ItFirmActivity[] {
  return [
    website(variant),
    enquiries(),
    customers(variant),
    invoicing(variant),
    support(variant),
    customerPortal(),
    itOperations(variant),
    newsletter(variant),
    recruitment(variant),
    employees(variant),
    suppliers(),
    securityLogging(),
  ];
}
