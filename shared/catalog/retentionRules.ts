import type { Jurisdiction } from '../model/organisation';
import type { Retention } from '../model/activity';
import { freezeDeep, type RetentionRule } from './legalCatalogTypes';

/**
 * Retention rules a user can insert into an activity's retention [Art. 30(1)(f), 13(2)(a), 14(2)(a)].
 * The first six come from the project's GDPR reference (§5). The others are well-known rules an IT company
 * needs but which the reference does not confirm: they carry `checkBeforeUse: true`, and where no statute
 * sets a period they say so and give the criterion instead.
 */

const RULES = [
  // ---- From the reference (§5) -----------------------------------------------------------------------------
  {
    id: 'dk-bookkeeping',
    jurisdiction: 'DK',
    kind: 'statutory',
    appliesTo: {
      da: 'Regnskabsmateriale, fx bilag og fakturaer, og de personoplysninger, det indeholder',
      sv: 'Räkenskapsmaterial enligt dansk rätt, t.ex. verifikationer och fakturor, och de personuppgifter det innehåller',
      en: 'Accounting material under Danish law, such as vouchers and invoices, and the personal data it contains',
    },
    periodText: {
      da: '5 år fra udgangen af det regnskabsår, materialet vedrører',
      sv: '5 år från utgången av det räkenskapsår som materialet avser',
      en: '5 years from the end of the financial year to which the material relates',
    },
    period: { amount: 5, unit: 'years' },
    startEvent: {
      da: 'udgangen af det regnskabsår, materialet vedrører',
      sv: 'utgången av det räkenskapsår som materialet avser',
      en: 'the end of the financial year to which the material relates',
    },
    basis: {
      da: 'bogføringsloven (lov nr. 700 af 24. maj 2022) § 10',
      sv: '§ 10 i den danska bokföringslagen (bogføringsloven, lov nr. 700 af 24. maj 2022)',
      en: 'Section 10 of the Danish Bookkeeping Act (bogføringsloven, Act No. 700 of 24 May 2022)',
    },
    note: null,
    checkBeforeUse: false,
  },
  {
    id: 'se-bookkeeping',
    jurisdiction: 'SE',
    kind: 'statutory',
    appliesTo: {
      da: 'Regnskabsinformation efter svensk ret (räkenskapsinformation), fx bilag og fakturaer, og de personoplysninger, den indeholder',
      sv: 'Räkenskapsinformation, t.ex. verifikationer och fakturor, och de personuppgifter den innehåller',
      en: 'Accounting information under Swedish law (räkenskapsinformation), such as vouchers and invoices, and the personal data it contains',
    },
    periodText: {
      da: 'Til og med det syvende år efter udgangen af det kalenderår, hvor regnskabsåret blev afsluttet',
      sv: 'Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades',
      en: 'Until the end of the seventh year after the end of the calendar year in which the financial year ended',
    },
    period: { amount: 7, unit: 'years' },
    startEvent: {
      da: 'udgangen af det kalenderår, hvor regnskabsåret blev afsluttet',
      sv: 'utgången av det kalenderår då räkenskapsåret avslutades',
      en: 'the end of the calendar year in which the financial year ended',
    },
    basis: {
      da: '7 kap. 2 § i den svenske bogføringslov, bokföringslagen (1999:1078)',
      sv: '7 kap. 2 § bokföringslagen (1999:1078)',
      en: 'Chapter 7, Section 2 of the Swedish Bookkeeping Act (bokföringslagen, 1999:1078)',
    },
    note: null,
    checkBeforeUse: false,
  },
  {
    id: 'dk-job-applicants',
    jurisdiction: 'DK',
    kind: 'guidance',
    appliesTo: {
      da: "Ansøgninger, cv'er og øvrige oplysninger om ansøgere, der ikke blev ansat",
      sv: 'Ansökningar, cv:n och övriga uppgifter om sökande som inte anställdes',
      en: 'Applications, CVs and other data about applicants who were not hired',
    },
    periodText: {
      da: '6 måneder efter, at rekrutteringsforløbet er afsluttet',
      sv: '6 månader efter att rekryteringen har avslutats',
      en: '6 months after the recruitment process has ended',
    },
    period: { amount: 6, unit: 'months' },
    startEvent: {
      da: 'afslutningen af rekrutteringsforløbet',
      sv: 'att rekryteringen avslutas',
      en: 'the end of the recruitment process',
    },
    basis: {
      da: 'databeskyttelsesforordningens artikel 5, stk. 1, litra e, og Datatilsynets praksis, som accepterer op til 3 år efter endt rekrutteringsforløb',
      sv: 'artikel 5.1 e i dataskyddsförordningen och danska Datatilsynets praxis, som godtar upp till 3 år efter avslutad rekrytering',
      en: "Article 5(1)(e) GDPR and the Danish Data Protection Agency's practice, which accepts up to 3 years after the recruitment process has ended",
    },
    note: {
      da: '6 måneder er almindelig praksis; en længere periode (højst 3 år) kræver et sagligt behov, fx at kunne dokumentere forløbet ved en klage over afslaget.',
      sv: '6 månader är vanlig praxis; en längre period (högst 3 år) kräver ett sakligt behov, t.ex. att kunna dokumentera rekryteringen vid ett klagomål på avslaget.',
      en: '6 months is common practice; a longer period (at most 3 years) needs a genuine reason, for example to document the process if the rejection is challenged.',
    },
    checkBeforeUse: false,
  },
  {
    id: 'se-job-applicants',
    jurisdiction: 'SE',
    kind: 'practice',
    appliesTo: {
      da: "Ansøgninger, cv'er og øvrige oplysninger om ansøgere, der ikke blev ansat",
      sv: 'Ansökningar, cv:n och övriga uppgifter om sökande som inte anställdes',
      en: 'Applications, CVs and other data about applicants who were not hired',
    },
    periodText: {
      da: '2 år efter, at rekrutteringen er afsluttet',
      sv: '2 år efter att rekryteringen har avslutats',
      en: '2 years after the recruitment has ended',
    },
    period: { amount: 2, unit: 'years' },
    startEvent: {
      da: 'afslutningen af rekrutteringen',
      sv: 'att rekryteringen avslutas',
      en: 'the end of the recruitment',
    },
    basis: {
      da: 'databeskyttelsesforordningens artikel 5, stk. 1, litra e; almindelig praksis af hensyn til mulige krav efter den svenske diskrimineringslov, diskrimineringslagen (2008:567)',
      sv: 'artikel 5.1 e i dataskyddsförordningen; vanlig praxis med hänsyn till möjliga anspråk enligt diskrimineringslagen (2008:567)',
      en: 'Article 5(1)(e) GDPR; common practice in view of possible claims under the Swedish Discrimination Act (2008:567)',
    },
    note: null,
    checkBeforeUse: false,
  },
  {
    id: 'dk-marketing-consent-proof',
    jurisdiction: 'DK',
    kind: 'practice',
    appliesTo: {
      da: 'Dokumentation for samtykke til markedsføring pr. e-mail, sms o.l. (hvornår, med hvilken ordlyd og hvordan det blev givet)',
      sv: 'Bevis om samtycke till marknadsföring via e-post, sms o.d. (när, med vilken lydelse och hur det lämnades)',
      en: 'Proof of consent to marketing by e-mail, text message and similar (when, with what wording and how it was given)',
    },
    periodText: {
      da: '2 år efter den seneste markedsføringshenvendelse, der er sendt på grundlag af samtykket',
      sv: '2 år efter det senaste marknadsföringsutskick som har skickats med stöd av samtycket',
      en: '2 years after the last marketing message sent on the basis of the consent',
    },
    period: { amount: 2, unit: 'years' },
    startEvent: {
      da: 'den seneste markedsføringshenvendelse',
      sv: 'det senaste marknadsföringsutskicket',
      en: 'the last marketing message',
    },
    basis: {
      da: 'markedsføringsloven § 10 (krav om forudgående samtykke); perioden svarer til forældelsesfristen for overtrædelser',
      sv: '§ 10 i den danska marknadsföringslagen (markedsføringsloven) om krav på förhandssamtycke; perioden motsvarar preskriptionstiden för överträdelser',
      en: 'Section 10 of the Danish Marketing Practices Act (markedsføringsloven) on prior consent; the period matches the limitation period for breaches',
    },
    note: null,
    checkBeforeUse: false,
  },
  {
    id: 'dk-employee-files',
    jurisdiction: 'DK',
    kind: 'criterion',
    appliesTo: {
      da: 'Personaleoplysninger om tidligere medarbejdere (personalemappe)',
      sv: 'Personaluppgifter om tidigare anställda (personalakt)',
      en: 'Personnel records about former employees',
    },
    periodText: {
      da: 'Så længe der er et administrativt eller retligt behov efter ansættelsens ophør; der er ingen fast frist, og behovet vurderes for hver type oplysning',
      sv: 'Så länge det finns ett administrativt eller rättsligt behov efter att anställningen har upphört; det finns ingen fast tidsgräns, och behovet bedöms för varje typ av uppgift',
      en: 'As long as there is an administrative or legal need after the employment has ended; there is no fixed period, and the need is assessed for each type of data',
    },
    period: null,
    startEvent: {
      da: 'ansættelsens ophør',
      sv: 'att anställningen upphör',
      en: 'the end of the employment',
    },
    basis: {
      da: 'databeskyttelsesforordningens artikel 5, stk. 1, litra e, og Datatilsynets vejledning om databeskyttelse i ansættelsesforhold',
      sv: 'artikel 5.1 e i dataskyddsförordningen och danska Datatilsynets vägledning om dataskydd i anställningsförhållanden',
      en: "Article 5(1)(e) GDPR and the Danish Data Protection Agency's guidance on data protection in employment",
    },
    note: {
      da: 'Løn- og regnskabsbilag følger reglen for regnskabsmateriale.',
      sv: 'Löne- och räkenskapsunderlag följer regeln för räkenskapsmaterial.',
      en: 'Payroll and accounting records follow the rule for accounting material.',
    },
    checkBeforeUse: false,
  },

  // ---- Not in the reference: check before use -----------------------------------------------------------------
  {
    id: 'dk-customer-records',
    jurisdiction: 'DK',
    kind: 'practice',
    appliesTo: {
      da: 'Aftaler, korrespondance og sagshistorik om kunder og deres kontaktpersoner',
      sv: 'Avtal, korrespondens och ärendehistorik om kunder och deras kontaktpersoner',
      en: 'Contracts, correspondence and case history about customers and their contact persons',
    },
    periodText: {
      da: '3 år efter kundeforholdets ophør, svarende til den almindelige forældelsesfrist',
      sv: '3 år efter att kundförhållandet har upphört, motsvarande den allmänna danska preskriptionstiden',
      en: '3 years after the customer relationship has ended, matching the general Danish limitation period',
    },
    period: { amount: 3, unit: 'years' },
    startEvent: {
      da: 'kundeforholdets ophør',
      sv: 'att kundförhållandet upphör',
      en: 'the end of the customer relationship',
    },
    basis: {
      da: 'forældelsesloven § 3, stk. 1 (den almindelige forældelsesfrist på 3 år), og databeskyttelsesforordningens artikel 5, stk. 1, litra e',
      sv: '§ 3, stk. 1 i den danska preskriptionslagen (forældelsesloven) om den allmänna preskriptionstiden på 3 år, och artikel 5.1 e i dataskyddsförordningen',
      en: 'Section 3(1) of the Danish Limitation Act (forældelsesloven), the general 3-year limitation period, and Article 5(1)(e) GDPR',
    },
    note: {
      da: 'Forældelsesfristen løber som udgangspunkt fra kravets forfaldstid, ikke fra kundeforholdets ophør; tilpas perioden, hvis kravene typisk opstår senere. Fakturaer og andet regnskabsmateriale følger reglen for regnskabsmateriale.',
      sv: 'Preskriptionstiden räknas i regel från när fordran förföll till betalning, inte från kundförhållandets slut; justera perioden om anspråk vanligen uppstår senare. Fakturor och annat räkenskapsmaterial följer regeln för räkenskapsmaterial.',
      en: 'The limitation period normally runs from when a claim falls due, not from the end of the customer relationship; adjust the period if claims typically arise later. Invoices and other accounting material follow the rule for accounting material.',
    },
    checkBeforeUse: true,
  },
  {
    id: 'se-customer-records',
    jurisdiction: 'SE',
    kind: 'practice',
    appliesTo: {
      da: 'Aftaler, korrespondance og sagshistorik om kunder og deres kontaktpersoner',
      sv: 'Avtal, korrespondens och ärendehistorik om kunder och deras kontaktpersoner',
      en: 'Contracts, correspondence and case history about customers and their contact persons',
    },
    periodText: {
      da: 'Højst 10 år efter kundeforholdets ophør og kun i det omfang, oplysningerne er nødvendige for mulige retskrav',
      sv: 'Högst 10 år efter att kundförhållandet har upphört och bara i den mån uppgifterna behövs för möjliga rättsliga anspråk',
      en: 'At most 10 years after the customer relationship has ended, and only insofar as the data is needed for possible legal claims',
    },
    period: { amount: 10, unit: 'years' },
    startEvent: {
      da: 'kundeforholdets ophør',
      sv: 'att kundförhållandet upphör',
      en: 'the end of the customer relationship',
    },
    basis: {
      da: '2 § i den svenske forældelseslov, preskriptionslagen (1981:130) (den almindelige forældelsesfrist på 10 år), og databeskyttelsesforordningens artikel 5, stk. 1, litra e',
      sv: '2 § preskriptionslagen (1981:130) om den allmänna preskriptionstiden på 10 år, och artikel 5.1 e i dataskyddsförordningen',
      en: 'Section 2 of the Swedish Limitation Act (preskriptionslagen, 1981:130), the general 10-year limitation period, and Article 5(1)(e) GDPR',
    },
    note: {
      da: 'For en virksomheds krav mod forbrugere er fristen 3 år. Vælg en kortere periode, hvis oplysningerne ikke længere er nødvendige.',
      sv: 'För en näringsidkares fordringar mot konsumenter är preskriptionstiden 3 år. Välj en kortare period om uppgifterna inte längre behövs.',
      en: "For a business's claims against consumers the period is 3 years. Choose a shorter period where the data is no longer needed.",
    },
    checkBeforeUse: true,
  },
  {
    id: 'consent-proof',
    jurisdiction: 'any',
    kind: 'criterion',
    appliesTo: {
      da: 'Dokumentation for samtykke (til ethvert formål)',
      sv: 'Bevis om samtycke (för alla ändamål)',
      en: 'Proof of consent (for any purpose)',
    },
    periodText: {
      da: 'Så længe behandlingen på grundlag af samtykket varer, og derefter så længe virksomheden kan have brug for at dokumentere, at samtykket blev givet',
      sv: 'Så länge behandlingen med stöd av samtycket pågår, och därefter så länge företaget kan behöva visa att samtycket lämnades',
      en: 'As long as the processing based on the consent continues, and afterwards for as long as the company may need to show that consent was given',
    },
    period: null,
    startEvent: {
      da: 'tilbagetrækning af samtykket eller behandlingens ophør',
      sv: 'återkallelse av samtycket eller att behandlingen upphör',
      en: 'withdrawal of the consent or the end of the processing',
    },
    basis: {
      da: 'databeskyttelsesforordningens artikel 7, stk. 1 (den dataansvarlige skal kunne påvise samtykket), og artikel 5, stk. 1, litra e',
      sv: 'artikel 7.1 i dataskyddsförordningen (den personuppgiftsansvarige ska kunna visa att samtycke har lämnats) och artikel 5.1 e',
      en: 'Article 7(1) GDPR (the controller must be able to demonstrate consent) and Article 5(1)(e) GDPR',
    },
    note: null,
    checkBeforeUse: true,
  },
  {
    id: 'newsletter-subscribers',
    jurisdiction: 'any',
    kind: 'criterion',
    appliesTo: {
      da: 'Kontaktoplysninger om tilmeldte til nyhedsbreve',
      sv: 'Kontaktuppgifter om prenumeranter på nyhetsbrev',
      en: 'Contact details of newsletter subscribers',
    },
    periodText: {
      da: 'Indtil den registrerede afmelder sig eller trækker sit samtykke tilbage',
      sv: 'Tills den registrerade avregistrerar sig eller återkallar sitt samtycke',
      en: 'Until the person unsubscribes or withdraws consent',
    },
    period: null,
    startEvent: {
      da: 'afmelding eller tilbagetrækning af samtykket',
      sv: 'avregistrering eller återkallelse av samtycket',
      en: 'unsubscription or withdrawal of consent',
    },
    basis: {
      // Consent is why the address is kept; the proof of consent has its own anchors: the duty to be able to
      // show consent (Art. 7(1)) and accountability (Art. 5(2)), and legal claims (Art. 17(3)(e)).
      da: 'samtykket (databeskyttelsesforordningens artikel 6, stk. 1, litra a); dokumentationen for samtykket gemmes efter artikel 7, stk. 1, og artikel 5, stk. 2, og til brug for retskrav efter artikel 17, stk. 3, litra e',
      sv: 'samtycket (artikel 6.1 a i dataskyddsförordningen); beviset om samtycket sparas enligt artikel 7.1 och 5.2 och, för rättsliga anspråk, enligt artikel 17.3 e',
      en: 'consent (Article 6(1)(a) GDPR); the proof of consent is kept under Articles 7(1) and 5(2) and, for legal claims, Article 17(3)(e)',
    },
    note: {
      da: 'Dokumentationen for samtykket kan gemmes længere efter reglen for dokumentation af samtykke.',
      sv: 'Beviset om samtycket kan sparas längre enligt regeln för bevis om samtycke.',
      en: 'The proof of consent may be kept longer under the rule for proof of consent.',
    },
    checkBeforeUse: true,
  },
  {
    id: 'security-logs',
    jurisdiction: 'any',
    kind: 'criterion',
    appliesTo: {
      da: 'Sikkerheds- og adgangslogs (fx log-ins, firewall- og serverlogs) med brugernavne eller IP-adresser',
      sv: 'Säkerhets- och åtkomstloggar (t.ex. inloggningar, brandväggs- och serverloggar) med användarnamn eller IP-adresser',
      en: 'Security and access logs (for example sign-ins, firewall and server logs) containing user names or IP addresses',
    },
    periodText: {
      da: 'I en periode, der fastsættes ud fra virksomhedens egen sikkerhedsvurdering, og ikke længere end nødvendigt for at opdage og undersøge sikkerhedshændelser',
      sv: 'Under en period som bestäms av företagets egen säkerhetsbedömning, och inte längre än vad som behövs för att upptäcka och utreda säkerhetsincidenter',
      en: "For a period set by the company's own security assessment, and no longer than needed to detect and investigate security incidents",
    },
    period: null,
    startEvent: {
      da: 'det tidspunkt, hvor loghændelsen registreres',
      sv: 'den tidpunkt då logghändelsen registreras',
      en: 'the time the log entry is recorded',
    },
    basis: {
      da: 'Ingen lovbestemt frist; kriterium: virksomhedens egen sikkerhedsvurdering efter databeskyttelsesforordningens artikel 32, begrænset af artikel 5, stk. 1, litra e',
      sv: 'Ingen lagstadgad tid; kriterium: företagets egen säkerhetsbedömning enligt artikel 32 i dataskyddsförordningen, begränsad av artikel 5.1 e',
      en: "No statutory period; criterion: the company's own security assessment under Article 32 GDPR, limited by Article 5(1)(e) GDPR",
    },
    note: {
      da: 'Virksomheder omfattet af NIS2-reglerne kan have yderligere krav til logning.',
      sv: 'Företag som omfattas av NIS2-reglerna kan ha ytterligare krav på loggning.',
      en: 'Companies covered by the NIS2 rules may have further logging requirements.',
    },
    checkBeforeUse: true,
  },
  {
    id: 'backups',
    jurisdiction: 'any',
    kind: 'criterion',
    appliesTo: {
      da: 'Sikkerhedskopier (backup) af systemer og data',
      sv: 'Säkerhetskopior (backup) av system och data',
      en: 'Backup copies of systems and data',
    },
    periodText: {
      da: 'Indtil sikkerhedskopien overskrives eller slettes i den faste backupcyklus, som virksomheden har fastlagt i sin backupprocedure',
      sv: 'Tills säkerhetskopian skrivs över eller raderas i den fasta backupcykel som företaget har fastställt i sin backuprutin',
      en: 'Until the backup copy is overwritten or deleted in the fixed backup cycle the company has set in its backup procedure',
    },
    period: null,
    startEvent: {
      da: 'det tidspunkt, hvor sikkerhedskopien tages',
      sv: 'den tidpunkt då säkerhetskopian tas',
      en: 'the time the backup copy is made',
    },
    basis: {
      da: 'Ingen lovbestemt frist; kriterium: virksomhedens backupprocedure, jf. databeskyttelsesforordningens artikel 32, stk. 1, litra c (genoprettelse), og artikel 5, stk. 1, litra e',
      sv: 'Ingen lagstadgad tid; kriterium: företagets backuprutin, jfr artikel 32.1 c (återställning) och artikel 5.1 e i dataskyddsförordningen',
      en: "No statutory period; criterion: the company's backup procedure, see Article 32(1)(c) GDPR (restoring availability) and Article 5(1)(e) GDPR",
    },
    note: null,
    checkBeforeUse: true,
  },
] as const satisfies readonly RetentionRule[];

export type RetentionRuleId = (typeof RULES)[number]['id'];

export const RETENTION_RULES: readonly RetentionRule[] = freezeDeep(RULES);

const BY_ID = new Map<string, RetentionRule>(RETENTION_RULES.map((r) => [r.id, r]));

export function retentionRule(id: RetentionRuleId): RetentionRule;
export function retentionRule(id: string): RetentionRule | undefined;
export function retentionRule(id: string): RetentionRule | undefined {
  return BY_ID.get(id);
}

/** The rules that apply to an organisation: its own country's and the general ones. */
export function retentionRulesForJurisdiction(jurisdiction: Jurisdiction): readonly RetentionRule[] {
  return RETENTION_RULES.filter((r) => r.jurisdiction === 'any' || r.jurisdiction === jurisdiction);
}

/**
 * A fresh activity retention value (RetentionSchema) filled from a rule, in all three languages; the caller
 * may edit it freely afterwards. Unknown ids give null.
 */
export function retentionFromRule(ruleId: RetentionRuleId): Retention;
export function retentionFromRule(ruleId: string): Retention | null;
export function retentionFromRule(ruleId: string): Retention | null {
  const rule = BY_ID.get(ruleId);
  if (!rule) return null;
  return {
    text: { ...rule.periodText },
    period: rule.period ? { amount: rule.period.amount, unit: rule.period.unit } : null,
    startEvent: { ...rule.startEvent },
    basis: { ...rule.basis },
    ruleId: rule.id,
  };
}
