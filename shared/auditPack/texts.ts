import type { Language } from '../i18n/languages';
import { formatDate } from '../i18n/format';
import { wording, type Wording } from '../model/primitives';
import { fieldLabel, fieldNoun } from '../model/vocabulary';
import type { Severity } from '../checks/types';

/** The fixed phrases of the audit pack's own documents (index, security measures, findings) in da / sv / en. */

export const CRITERION_IDS = [
  '1.1.1',
  '1.2.x',
  '1.3.1',
  '1.4.1',
  '4.1.1',
  '4.2.1/4.3.1',
  '5.1.1',
  '5.1.2',
  '5.2.1',
  '5.3.1',
  '5.4.1',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** How far the pack evidences a sub-criterion. */
export type EvidenceStatus = 'evidenced' | 'partial' | 'notEvidenced';

/** Facts read from the register that the index's texts quote. */
export interface AuditFacts {
  readonly contactName: string;
  readonly contactIsDpo: boolean;
  readonly activities: number;
  readonly reviewed: number;
  readonly reviewOverdue: number;
  readonly dpia: Readonly<Record<'notAssessed' | 'notRequired' | 'required' | 'done', number>>;
  readonly processors: number;
  readonly dpaSigned: number;
  readonly vendors: number;
  readonly securityMeasures: number;
  readonly policies: number;
  readonly cookieSection: boolean;
  readonly policyVersion: string;
  readonly policyDate: string;
  /** Entries in the change log. */
  readonly changes: number;
  /** Activities and vendors the user confirmed: only they are evidence (suggestions prove nothing). */
  readonly confirmedActivities: number;
  readonly confirmedVendors: number;
}

interface CriterionTexts {
  readonly title: string;
  /** What the pack shows for it, from the register's facts. */
  shows(facts: AuditFacts): string;
  /** What the register cannot show; empty when nothing is missing. */
  readonly gap: string;
}

export interface AuditTexts {
  readonly packName: string;
  readonly index: {
    readonly fileLabel: string;
    readonly title: string;
    readonly subtitle: string;
    intro(organisation: string, date: string): string;
    readonly contentsHeading: string;
    readonly fileColumn: string;
    readonly contentColumn: string;
    readonly fileDescriptions: Readonly<
      Record<
        'index' | 'register' | 'policy' | 'vendors' | 'securityMeasures' | 'findings' | 'changeLog',
        string
      >
    >;
    policyFor(audience: string): string;
    readonly criteriaHeading: string;
    readonly criteriaIntro: string;
    readonly criterionColumn: string;
    readonly evidenceColumn: string;
    readonly statusColumn: string;
    readonly explanationColumn: string;
    readonly status: Readonly<Record<EvidenceStatus, string>>;
    readonly showsLabel: string;
    readonly gapLabel: string;
    readonly noFile: string;
    readonly gapsHeading: string;
    readonly gapsIntro: string;
    readonly disclaimer: string;
  };
  readonly criteria: Readonly<Record<CriterionId, CriterionTexts>>;
  readonly security: {
    readonly fileLabel: string;
    readonly title: string;
    readonly subtitle: string;
    intro(organisation: string, date: string): string;
    readonly technicalHeading: string;
    readonly organisationalHeading: string;
    readonly measureColumn: string;
    readonly descriptionColumn: string;
    readonly activitiesColumn: string;
    readonly none: string;
    readonly unused: string;
    readonly uncoveredHeading: string;
    readonly uncoveredNone: string;
    readonly uncoveredIntro: string;
  };
  readonly findings: {
    readonly fileLabel: string;
    readonly title: string;
    readonly subtitle: string;
    intro(organisation: string, date: string): string;
    summary(errors: number, warnings: number, infos: number): string;
    readonly completenessHeading: string;
    overall(score: number): string;
    readonly sectionColumn: string;
    readonly scoreColumn: string;
    readonly missingColumn: string;
    readonly severityHeadings: Readonly<Record<Severity, string>>;
    readonly concernsColumn: string;
    readonly findingColumn: string;
    readonly ruleColumn: string;
    readonly noFindings: string;
  };
  readonly changeLog: {
    readonly fileLabel: string;
    readonly title: string;
    readonly subtitle: string;
    intro(organisation: string, since: string, count: number): string;
    readonly none: string;
  };
}

const n = (count: number) => String(count);

/** The vendor fields the overview shows for D-mærket 4.1.1, named as everywhere else. */
const VENDOR_FIELDS = [
  'vendor.legalEntity',
  'vendor.function',
  'vendor.processingLocations',
  'vendor.transferMechanism',
] as const;
const AND: Wording = wording('og', 'och', 'and');
const vendorFields = (language: Language) => {
  const nouns = VENDOR_FIELDS.map((path) => fieldNoun(path, language));
  return `${nouns.slice(0, -1).join(', ')} ${AND[language]} ${nouns.at(-1)}`;
};

const DA: AuditTexts = {
  packName: 'D-mærket revisionspakke',
  index: {
    fileLabel: 'Indeks',
    title: 'Indeks til D-mærket-dokumentation',
    subtitle: 'Underkriterier og dokumentation i denne pakke',
    intro: (org, date) =>
      `Pakken er dannet af Kartotek den ${date} ud fra fortegnelsen for ${org}. For hvert underkriterium i D-mærket, som fortegnelsen og dens dokumenter kan understøtte, viser indekset, hvilke filer der dokumenterer det, og siger tydeligt, hvad fortegnelsen ikke kan dokumentere.`,
    contentsHeading: 'Pakkens indhold',
    fileColumn: 'Fil',
    contentColumn: 'Indhold',
    fileDescriptions: {
      index: 'Dette indeks',
      register: 'Fortegnelse over behandlingsaktiviteter (databeskyttelsesforordningens artikel 30)',
      policy: 'Privatlivspolitik (information til de registrerede, artikel 13 og 14)',
      vendors: 'Leverandøroversigt: databehandlere, underdatabehandlere og selvstændigt dataansvarlige',
      securityMeasures: 'Oversigt over tekniske og organisatoriske sikkerhedsforanstaltninger (artikel 32)',
      findings: 'Kontrolrapport: Kartoteks fund og fuldstændighed på dannelsesdagen',
      changeLog: 'Ændringslog: alle ændringer i fortegnelsen med tidspunkt, gammel og ny værdi',
    },
    policyFor: (audience) => `Privatlivspolitik for målgruppen »${audience}«`,
    criteriaHeading: 'Underkriterier i D-mærket',
    criteriaIntro:
      'Status angiver, hvor langt pakken dokumenterer underkriteriet. »Kan ikke dokumenteres med fortegnelsen« betyder, at virksomheden skal fremlægge anden dokumentation.',
    criterionColumn: 'Underkriterium',
    evidenceColumn: 'Dokumentation i pakken',
    statusColumn: 'Status',
    explanationColumn: 'Forklaring',
    status: {
      evidenced: 'Dokumenteret i pakken',
      partial: 'Delvist dokumenteret',
      notEvidenced: 'Kan ikke dokumenteres med fortegnelsen',
    },
    showsLabel: 'Pakken viser',
    gapLabel: 'Pakken viser ikke',
    noFile: 'Ingen fil i pakken',
    gapsHeading: 'Det kan fortegnelsen ikke dokumentere',
    gapsIntro:
      'Følgende skal dokumenteres på anden måde end med fortegnelsen, fx med bestyrelsesreferater, risikovurderinger, aftaler og skærmbilleder:',
    disclaimer:
      'Indekset er et hjælpemiddel til at samle dokumentationen. Det er ikke en vurdering af, om kriterierne for D-mærket er opfyldt.',
  },
  criteria: {
    '1.1.1': {
      title: 'Navngiven ansvarlig person',
      shows: (f) =>
        f.contactName
          ? `Fortegnelsen og politikken navngiver ${f.contactIsDpo ? 'databeskyttelsesrådgiveren (DPO)' : 'kontaktpersonen for databeskyttelse'}: ${f.contactName}.`
          : 'Fortegnelsen navngiver endnu ingen ansvarlig person.',
      gap: 'Ansvar for it-sikkerhed og dataetik ud over databeskyttelse registreres ikke i Kartotek.',
    },
    '1.2.x': {
      title: 'Opdateret skriftlig oversigt over personoplysninger og systemer',
      shows: (f) =>
        `Fortegnelsen beskriver ${n(f.activities)} aktive behandlingsaktiviteter og ${n(f.vendors)} leverandører (systemer); ${n(f.reviewed)} aktiviteter har en dato for seneste gennemgang, ${n(f.reviewOverdue)} er forfaldne til gennemgang.`,
      gap: 'En fuld oversigt over it-aktiver ud over leverandørerne indgår ikke.',
    },
    '1.3.1': {
      title: 'Risikovurdering',
      shows: (f) =>
        `Kun status for konsekvensanalyser (DPIA) pr. aktivitet: ${n(f.dpia.done)} udført, ${n(f.dpia.required)} påkrævet men ikke udført, ${n(f.dpia.notRequired)} ikke påkrævet, ${n(f.dpia.notAssessed)} ikke vurderet.`,
      gap: 'Selve risikovurderingen og konsekvensanalyserne registreres ikke i Kartotek og skal vedlægges særskilt.',
    },
    '1.4.1': {
      title: 'Ledelsesgodkendt politik, revideret mindst én gang årligt',
      shows: (f) =>
        `Privatlivspolitikkens version (${f.policyVersion || 'ikke angivet'}) og ikrafttrædelsesdato (${formatDate(f.policyDate, 'da') || 'ikke angivet'}) samt datoer for gennemgang af aktiviteterne.`,
      gap: 'Ledelsens godkendelse registreres ikke i Kartotek; godkendelsen og datoen for den skal dokumenteres særskilt, fx med et referat.',
    },
    '4.1.1': {
      title: 'Oversigt over leverandører, der behandler personoplysninger',
      shows: (f) =>
        `Leverandøroversigten og fortegnelsen viser ${n(f.vendors)} leverandører med ${vendorFields('da')}.`,
      gap: '',
    },
    '4.2.1/4.3.1': {
      title: 'Kontraktkrav til leverandører (databehandleraftaler)',
      shows: (f) =>
        `Status for databehandleraftalen pr. databehandler: ${n(f.dpaSigned)} af ${n(f.processors)} er indgået.`,
      gap: 'Selve aftalerne og kravene i dem indgår ikke i pakken og skal vedlægges særskilt.',
    },
    '5.1.1': {
      title: 'Information til de registrerede',
      shows: (f) =>
        `${n(f.policies)} ${f.policies === 1 ? 'privatlivspolitik' : 'privatlivspolitikker'}, én pr. målgruppe.`,
      gap: '',
    },
    '5.1.2': {
      title: 'Information om samarbejdspartnere, som data deles med',
      shows: () =>
        'Privatlivspolitikkens afsnit om modtagere, databehandlere og overførsler samt leverandøroversigten.',
      gap: '',
    },
    '5.2.1': {
      title: 'Valg om cookies',
      shows: (f) =>
        f.cookieSection
          ? 'Kun at privatlivspolitikken har et afsnit om cookies.'
          : 'Privatlivspolitikken har intet afsnit om cookies.',
      gap: 'Selve cookievalget (samtykkebanner og dets indstillinger) kan ikke dokumenteres med fortegnelsen.',
    },
    '5.3.1': {
      title: 'Let udøvelse af rettigheder',
      shows: () => 'Privatlivspolitikkens afsnit om de registreredes rettigheder og hvem de kan kontakte.',
      gap: 'Hvordan anmodninger modtages og behandles i praksis, og svartider, registreres ikke i Kartotek.',
    },
    '5.4.1': {
      title: 'Tilgængelig vejledning om klage',
      shows: () =>
        'Privatlivspolitikkens afsnit om klage til tilsynsmyndigheden med dens kontaktoplysninger.',
      gap: '',
    },
  },
  security: {
    fileLabel: 'Sikkerhedsforanstaltninger',
    title: 'Oversigt over sikkerhedsforanstaltninger',
    subtitle: 'Tekniske og organisatoriske foranstaltninger (databeskyttelsesforordningens artikel 32)',
    intro: (org, date) =>
      `Oversigten viser de sikkerhedsforanstaltninger, som ${org} har registreret i fortegnelsen pr. ${date}, og hvilke behandlingsaktiviteter de gælder for.`,
    technicalHeading: 'Tekniske foranstaltninger',
    organisationalHeading: 'Organisatoriske foranstaltninger',
    measureColumn: fieldLabel('securityMeasure', 'da', 'short'),
    descriptionColumn: fieldLabel('securityMeasure.description', 'da'),
    activitiesColumn: 'Gælder for',
    none: 'Ingen registreret.',
    unused: 'Ingen aktivitet',
    uncoveredHeading: 'Aktiviteter uden registrerede foranstaltninger',
    uncoveredNone: 'Alle aktive behandlingsaktiviteter har mindst én registreret foranstaltning.',
    uncoveredIntro: 'Følgende aktiviteter har ingen registreret sikkerhedsforanstaltning:',
  },
  findings: {
    fileLabel: 'Kontrolrapport',
    title: 'Kontrolrapport',
    subtitle: 'Kartoteks kontrol af fortegnelsen og politikken',
    intro: (org, date) =>
      `Rapporten viser resultatet af Kartoteks kontrol af fortegnelsen for ${org} den ${date}: fejl, advarsler og oplysninger samt hvor fuldstændig fortegnelsen er.`,
    summary: (e, w, i) => `Fejl: ${n(e)}. Advarsler: ${n(w)}. Oplysninger: ${n(i)}.`,
    completenessHeading: 'Fuldstændighed',
    overall: (score) => `Samlet fuldstændighed: ${n(score)} %.`,
    sectionColumn: 'Område',
    scoreColumn: 'Fuldstændighed',
    missingColumn: 'Mangler',
    severityHeadings: { error: 'Fejl', warning: 'Advarsler', info: 'Oplysninger' },
    concernsColumn: 'Vedrører',
    findingColumn: 'Fund',
    ruleColumn: 'Regel',
    noFindings: 'Ingen.',
  },
  changeLog: {
    fileLabel: 'Ændringslog',
    title: 'Ændringslog',
    subtitle: 'Ændringer i fortegnelsen over behandlingsaktiviteter',
    intro: (org, since, count) =>
      `Loggen viser hver ændring i fortegnelsen for ${org} siden ${since} med tidspunkt, hvad der blev ændret, og den gamle og den nye værdi, nyeste først (${count} ${count === 1 ? 'ændring' : 'ændringer'}).`,
    none: 'Der er ikke registreret ændringer endnu.',
  },
};

const SV: AuditTexts = {
  packName: 'D-mærket revisionspaket',
  index: {
    fileLabel: 'Index',
    title: 'Index över underlag för D-mærket',
    subtitle: 'Underkriterier och underlag i detta paket',
    intro: (org, date) =>
      `Paketet har skapats av Kartotek den ${date} utifrån registret för ${org}. För varje underkriterium i D-mærket som registret och dess dokument kan stödja visar indexet vilka filer som styrker det, och anger tydligt vad registret inte kan styrka.`,
    contentsHeading: 'Paketets innehåll',
    fileColumn: 'Fil',
    contentColumn: 'Innehåll',
    fileDescriptions: {
      index: 'Detta index',
      register: 'Register över behandling (artikel 30 i dataskyddsförordningen)',
      policy: 'Integritetspolicy (information till de registrerade, artiklarna 13 och 14)',
      vendors:
        'Leverantörsförteckning: personuppgiftsbiträden, underbiträden och självständigt personuppgiftsansvariga',
      securityMeasures: 'Översikt över tekniska och organisatoriska säkerhetsåtgärder (artikel 32)',
      findings: 'Kontrollrapport: Kartoteks iakttagelser och fullständighet den dag paketet skapades',
      changeLog: 'Ändringslogg: alla ändringar i registret med tidpunkt, gammalt och nytt värde',
    },
    policyFor: (audience) => `Integritetspolicy för målgruppen ”${audience}”`,
    criteriaHeading: 'Underkriterier i D-mærket',
    criteriaIntro:
      'Status anger hur långt paketet styrker underkriteriet. ”Kan inte styrkas med registret” betyder att företaget måste lägga fram annat underlag.',
    criterionColumn: 'Underkriterium',
    evidenceColumn: 'Underlag i paketet',
    statusColumn: 'Status',
    explanationColumn: 'Förklaring',
    status: {
      evidenced: 'Styrks i paketet',
      partial: 'Styrks delvis',
      notEvidenced: 'Kan inte styrkas med registret',
    },
    showsLabel: 'Paketet visar',
    gapLabel: 'Paketet visar inte',
    noFile: 'Ingen fil i paketet',
    gapsHeading: 'Detta kan registret inte styrka',
    gapsIntro:
      'Följande måste styrkas på annat sätt än med registret, till exempel med styrelseprotokoll, riskbedömningar, avtal och skärmbilder:',
    disclaimer:
      'Indexet är ett hjälpmedel för att samla underlaget. Det är ingen bedömning av om kriterierna för D-mærket är uppfyllda.',
  },
  criteria: {
    '1.1.1': {
      title: 'Namngiven ansvarig person',
      shows: (f) =>
        f.contactName
          ? `Registret och policyn namnger ${f.contactIsDpo ? 'dataskyddsombudet' : 'kontaktpersonen för dataskydd'}: ${f.contactName}.`
          : 'Registret namnger ännu ingen ansvarig person.',
      gap: 'Ansvar för it-säkerhet och dataetik utöver dataskydd registreras inte i Kartotek.',
    },
    '1.2.x': {
      title: 'Aktuell skriftlig översikt över personuppgifter och system',
      shows: (f) =>
        `Registret beskriver ${n(f.activities)} aktiva behandlingar och ${n(f.vendors)} leverantörer (system); ${n(f.reviewed)} behandlingar har ett datum för senaste genomgång, ${n(f.reviewOverdue)} är försenade.`,
      gap: 'En fullständig förteckning över it-tillgångar utöver leverantörerna ingår inte.',
    },
    '1.3.1': {
      title: 'Riskbedömning',
      shows: (f) =>
        `Endast status för konsekvensbedömningar (DPIA) per behandling: ${n(f.dpia.done)} genomförda, ${n(f.dpia.required)} krävs men inte genomförda, ${n(f.dpia.notRequired)} krävs inte, ${n(f.dpia.notAssessed)} inte bedömda.`,
      gap: 'Själva riskbedömningen och konsekvensbedömningarna registreras inte i Kartotek och måste bifogas separat.',
    },
    '1.4.1': {
      title: 'Ledningsgodkänd policy som revideras minst en gång per år',
      shows: (f) =>
        `Integritetspolicyns version (${f.policyVersion || 'inte angiven'}) och datum för ikraftträdande (${formatDate(f.policyDate, 'sv') || 'inte angivet'}) samt datum för genomgång av behandlingarna.`,
      gap: 'Ledningens godkännande registreras inte i Kartotek; godkännandet och dess datum måste styrkas separat, till exempel med ett protokoll.',
    },
    '4.1.1': {
      title: 'Översikt över leverantörer som behandlar personuppgifter',
      shows: (f) =>
        `Leverantörsförteckningen och registret visar ${n(f.vendors)} leverantörer med ${vendorFields('sv')}.`,
      gap: '',
    },
    '4.2.1/4.3.1': {
      title: 'Avtalskrav på leverantörer (personuppgiftsbiträdesavtal)',
      shows: (f) =>
        `Status för personuppgiftsbiträdesavtalet per biträde: ${n(f.dpaSigned)} av ${n(f.processors)} har ingåtts.`,
      gap: 'Själva avtalen och kraven i dem ingår inte i paketet och måste bifogas separat.',
    },
    '5.1.1': {
      title: 'Information till de registrerade',
      shows: (f) =>
        `${n(f.policies)} ${f.policies === 1 ? 'integritetspolicy' : 'integritetspolicyer'}, en per målgrupp.`,
      gap: '',
    },
    '5.1.2': {
      title: 'Information om samarbetspartner som uppgifter delas med',
      shows: () =>
        'Integritetspolicyns avsnitt om mottagare, personuppgiftsbiträden och överföringar samt leverantörsförteckningen.',
      gap: '',
    },
    '5.2.1': {
      title: 'Val om kakor (cookies)',
      shows: (f) =>
        f.cookieSection
          ? 'Endast att integritetspolicyn har ett avsnitt om kakor.'
          : 'Integritetspolicyn har inget avsnitt om kakor.',
      gap: 'Själva valet om kakor (samtyckesbanner och dess inställningar) kan inte styrkas med registret.',
    },
    '5.3.1': {
      title: 'Enkelt att utöva sina rättigheter',
      shows: () => 'Integritetspolicyns avsnitt om de registrerades rättigheter och vem de kan kontakta.',
      gap: 'Hur begäranden tas emot och hanteras i praktiken, och svarstider, registreras inte i Kartotek.',
    },
    '5.4.1': {
      title: 'Lättillgänglig information om hur man klagar',
      shows: () =>
        'Integritetspolicyns avsnitt om klagomål till tillsynsmyndigheten med dess kontaktuppgifter.',
      gap: '',
    },
  },
  security: {
    fileLabel: 'Säkerhetsåtgärder',
    title: 'Översikt över säkerhetsåtgärder',
    subtitle: 'Tekniska och organisatoriska åtgärder (artikel 32 i dataskyddsförordningen)',
    intro: (org, date) =>
      `Översikten visar de säkerhetsåtgärder som ${org} har registrerat i registret den ${date}, och vilka behandlingar de gäller.`,
    technicalHeading: 'Tekniska åtgärder',
    organisationalHeading: 'Organisatoriska åtgärder',
    measureColumn: fieldLabel('securityMeasure', 'sv', 'short'),
    descriptionColumn: fieldLabel('securityMeasure.description', 'sv'),
    activitiesColumn: 'Gäller',
    none: 'Inga registrerade.',
    unused: 'Ingen behandling',
    uncoveredHeading: 'Behandlingar utan registrerade åtgärder',
    uncoveredNone: 'Alla aktiva behandlingar har minst en registrerad åtgärd.',
    uncoveredIntro: 'Följande behandlingar har ingen registrerad säkerhetsåtgärd:',
  },
  findings: {
    fileLabel: 'Kontrollrapport',
    title: 'Kontrollrapport',
    subtitle: 'Kartoteks kontroll av registret och policyn',
    intro: (org, date) =>
      `Rapporten visar resultatet av Kartoteks kontroll av registret för ${org} den ${date}: fel, varningar och information samt hur fullständigt registret är.`,
    summary: (e, w, i) => `Fel: ${n(e)}. Varningar: ${n(w)}. Information: ${n(i)}.`,
    completenessHeading: 'Fullständighet',
    overall: (score) => `Total fullständighet: ${n(score)} %.`,
    sectionColumn: 'Område',
    scoreColumn: 'Fullständighet',
    missingColumn: 'Saknas',
    severityHeadings: { error: 'Fel', warning: 'Varningar', info: 'Information' },
    concernsColumn: 'Gäller',
    findingColumn: 'Iakttagelse',
    ruleColumn: 'Regel',
    noFindings: 'Inga.',
  },
  changeLog: {
    fileLabel: 'Ändringslogg',
    title: 'Ändringslogg',
    subtitle: 'Ändringar i registret över behandling',
    intro: (org, since, count) =>
      `Loggen visar varje ändring i registret för ${org} sedan den ${since} med tidpunkt, vad som ändrades samt gammalt och nytt värde, nyaste först (${count} ${count === 1 ? 'ändring' : 'ändringar'}).`,
    none: 'Inga ändringar har registrerats ännu.',
  },
};

const EN: AuditTexts = {
  packName: 'D-mærket audit pack',
  index: {
    fileLabel: 'Index',
    title: 'Index of D-mærket evidence',
    subtitle: 'Sub-criteria and the evidence in this pack',
    intro: (org, date) =>
      `Kartotek made this pack on ${date} from the record of processing activities of ${org}. For each D-mærket sub-criterion the register and its documents can support, the index shows which files evidence it, and says plainly what the register cannot evidence.`,
    contentsHeading: 'Contents of the pack',
    fileColumn: 'File',
    contentColumn: 'Content',
    fileDescriptions: {
      index: 'This index',
      register: 'Record of processing activities (Article 30 GDPR)',
      policy: 'Privacy policy (information to data subjects, Articles 13 and 14)',
      vendors: 'Vendor overview: processors, sub-processors and independent controllers',
      securityMeasures: 'Overview of technical and organisational security measures (Article 32)',
      findings: "Findings report: Kartotek's findings and completeness on the day the pack was made",
      changeLog: 'Change log: every change to the register with its time, old and new value',
    },
    policyFor: (audience) => `Privacy policy for the audience “${audience}”`,
    criteriaHeading: 'D-mærket sub-criteria',
    criteriaIntro:
      'The status says how far the pack evidences the sub-criterion. “Cannot be evidenced by the register” means the company must provide other evidence.',
    criterionColumn: 'Sub-criterion',
    evidenceColumn: 'Evidence in the pack',
    statusColumn: 'Status',
    explanationColumn: 'Explanation',
    status: {
      evidenced: 'Evidenced in the pack',
      partial: 'Partly evidenced',
      notEvidenced: 'Cannot be evidenced by the register',
    },
    showsLabel: 'The pack shows',
    gapLabel: 'The pack does not show',
    noFile: 'No file in the pack',
    gapsHeading: 'What the register cannot evidence',
    gapsIntro:
      'The following must be evidenced by other means than the register, for example board minutes, risk assessments, agreements and screenshots:',
    disclaimer:
      'The index helps collect the evidence. It is not an assessment of whether the D-mærket criteria are met.',
  },
  criteria: {
    '1.1.1': {
      title: 'Named responsible person',
      shows: (f) =>
        f.contactName
          ? `The register and the policy name the ${f.contactIsDpo ? 'data protection officer (DPO)' : 'privacy contact'}: ${f.contactName}.`
          : 'The register names no responsible person yet.',
      gap: 'Responsibility for IT security and data ethics beyond data protection is not recorded in Kartotek.',
    },
    '1.2.x': {
      title: 'Up-to-date written overview of personal data and systems',
      shows: (f) =>
        `The register describes ${n(f.activities)} active processing activities and ${n(f.vendors)} vendors (systems); ${n(f.reviewed)} activities have a last-review date, ${n(f.reviewOverdue)} are overdue for review.`,
      gap: 'A full IT asset inventory beyond the vendors is not included.',
    },
    '1.3.1': {
      title: 'Risk assessment',
      shows: (f) =>
        `Only the data protection impact assessment (DPIA) status per activity: ${n(f.dpia.done)} done, ${n(f.dpia.required)} required but not done, ${n(f.dpia.notRequired)} not required, ${n(f.dpia.notAssessed)} not assessed.`,
      gap: 'The risk assessment and the DPIAs themselves are not recorded in Kartotek and must be attached separately.',
    },
    '1.4.1': {
      title: 'Management-approved policy, revised at least yearly',
      shows: (f) =>
        `The privacy policy's version (${f.policyVersion || 'not stated'}) and effective date (${formatDate(f.policyDate, 'en') || 'not stated'}), and the activities' review dates.`,
      gap: "Management's approval is not recorded in Kartotek; the approval and its date must be evidenced separately, for example by minutes.",
    },
    '4.1.1': {
      title: 'Overview of suppliers that process personal data',
      shows: (f) =>
        `The vendor overview and the register list ${n(f.vendors)} vendors with ${vendorFields('en')}.`,
      gap: '',
    },
    '4.2.1/4.3.1': {
      title: 'Contractual requirements on suppliers (data processing agreements)',
      shows: (f) =>
        `The data processing agreement status per processor: ${n(f.dpaSigned)} of ${n(f.processors)} signed.`,
      gap: 'The agreements themselves and the requirements in them are not in the pack and must be attached separately.',
    },
    '5.1.1': {
      title: 'Information to data subjects',
      shows: (f) => `${n(f.policies)} privacy polic${f.policies === 1 ? 'y' : 'ies'}, one per audience.`,
      gap: '',
    },
    '5.1.2': {
      title: 'Information about partners data is shared with',
      shows: () =>
        "The privacy policy's sections on recipients, processors and transfers, and the vendor overview.",
      gap: '',
    },
    '5.2.1': {
      title: 'Cookie choice',
      shows: (f) =>
        f.cookieSection
          ? 'Only that the privacy policy has a cookie section.'
          : 'The privacy policy has no cookie section.',
      gap: 'The cookie choice itself (the consent banner and its settings) cannot be evidenced by the register.',
    },
    '5.3.1': {
      title: 'Easy exercise of rights',
      shows: () => "The privacy policy's section on data subjects' rights and whom to contact.",
      gap: 'How requests are received and handled in practice, and response times, are not recorded in Kartotek.',
    },
    '5.4.1': {
      title: 'Accessible complaint guidance',
      shows: () =>
        "The privacy policy's section on complaining to the supervisory authority, with its contact details.",
      gap: '',
    },
  },
  security: {
    fileLabel: 'Security measures',
    title: 'Overview of security measures',
    subtitle: 'Technical and organisational measures (Article 32 GDPR)',
    intro: (org, date) =>
      `This overview shows the security measures ${org} has recorded in the register as of ${date}, and the processing activities they apply to.`,
    technicalHeading: 'Technical measures',
    organisationalHeading: 'Organisational measures',
    measureColumn: fieldLabel('securityMeasure', 'en', 'short'),
    descriptionColumn: fieldLabel('securityMeasure.description', 'en'),
    activitiesColumn: 'Applies to',
    none: 'None recorded.',
    unused: 'No activity',
    uncoveredHeading: 'Activities without recorded measures',
    uncoveredNone: 'Every active processing activity has at least one recorded measure.',
    uncoveredIntro: 'The following activities have no recorded security measure:',
  },
  findings: {
    fileLabel: 'Findings report',
    title: 'Findings report',
    subtitle: "Kartotek's checks of the register and the policy",
    intro: (org, date) =>
      `This report shows the result of Kartotek's checks of the register of ${org} on ${date}: errors, warnings and information, and how complete the register is.`,
    summary: (e, w, i) => `Errors: ${n(e)}. Warnings: ${n(w)}. Information: ${n(i)}.`,
    completenessHeading: 'Completeness',
    overall: (score) => `Overall completeness: ${n(score)}%.`,
    sectionColumn: 'Section',
    scoreColumn: 'Completeness',
    missingColumn: 'Missing',
    severityHeadings: { error: 'Errors', warning: 'Warnings', info: 'Information' },
    concernsColumn: 'Concerns',
    findingColumn: 'Finding',
    ruleColumn: 'Rule',
    noFindings: 'None.',
  },
  changeLog: {
    fileLabel: 'Change log',
    title: 'Change log',
    subtitle: 'Changes to the record of processing activities',
    intro: (org, since, count) =>
      `The log shows every change to the record of ${org} since ${since}: when, what was changed, and the old and the new value, newest first (${count} ${count === 1 ? 'change' : 'changes'}).`,
    none: 'No changes have been recorded yet.',
  },
};

const TEXTS: Readonly<Record<Language, AuditTexts>> = { da: DA, sv: SV, en: EN };

export function auditTexts(language: Language): AuditTexts {
  return TEXTS[language];
}
