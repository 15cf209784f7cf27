import type { Language } from '../i18n/languages';
import type { LocalizedText } from '../model/primitives';

/**
 * The word lists and patterns the text-based rules use. Each is matched in its own language only
 * (Danish words against the Danish text, and so on): Swedish "personal" means staff, English
 * "personal" does not. All patterns are case-insensitive and anchored at word starts.
 */

type PerLanguage = Readonly<Record<Language, RegExp>>;

/** Run a per-language pattern over every filled translation. */
function matchesInAnyLanguage(value: LocalizedText, patterns: PerLanguage): boolean {
  return (Object.keys(patterns) as Language[]).some((language) => {
    const text = value[language];
    return text !== undefined && patterns[language].test(text);
  });
}

// A letter-aware word start: JavaScript's \b does not know æ, ø, å, ä, ö.
const W = '(?<![\\p{L}\\p{N}])';

function words(alternatives: string): RegExp {
  return new RegExp(`${W}(?:${alternatives})`, 'iu');
}

/**
 * Staff of the organisation itself. A name counts as "employees" when it matches these words in some
 * language and does not, in that same language, also name another organisation's people (customers',
 * suppliers', partners' employees) or job applicants — for whom consent can fit (e.g. keeping a CV).
 */
const EMPLOYEE_WORDS: PerLanguage = {
  da: words('medarbejder|ansat|ansatte|personale|lønmodtager|funktionær|lærling|vikar|praktikant'),
  sv: words('anställd|medarbetare|personal|arbetstagare|lärling|vikarie|praktikant'),
  en: words('employee|staff|personnel|worker|workforce|interns?(?![\\p{L}])|apprentice'),
};
const OTHER_ORGANISATION_WORDS: PerLanguage = {
  da: words('kunde|klient|leverandør|samarbejdspartner|partner|forhandler|ansøger|kandidat|jobsøgende'),
  sv: words('kund|klient|leverantör|samarbetspartner|partner|återförsäljare|sökande|kandidat|arbetssökande'),
  en: words('customer|client|supplier|vendor|partner|reseller|applicant|candidate|contractor'),
};

/** True when some translation of the name denotes the organisation's own staff (see above). */
export function namesOwnEmployees(name: LocalizedText): boolean {
  return (Object.keys(EMPLOYEE_WORDS) as Language[]).some((language) => {
    const text = name[language];
    return (
      text !== undefined &&
      EMPLOYEE_WORDS[language].test(text) &&
      !OTHER_ORGANISATION_WORDS[language].test(text)
    );
  });
}

/**
 * "As long as necessary" and its kin: a retention statement that is no period and no criterion
 * (Art. 13(2)(a)). A few words may stand between the opening and the keyword
 * ("så længe det er nødvendigt", "så länge det finns ett dokumenterat syfte").
 */
const VAGUE_RETENTION: PerLanguage = {
  da: /så\s+længe\s+[^.;:]{0,40}?(?:nødvendig|relevan|påkrævet|brug\s+for|behov|formål)/iu,
  sv: /så\s+länge\s+[^.;:]{0,40}?(?:nödvändig|behövs|krävs|relevan|behov|syfte|ändamål)/iu,
  en: /(?:as|so)\s+long\s+as\s+[^.;:]{0,40}?(?:necessary|needed|required|relevant|need|purpose)/iu,
};

/** A number with a time unit in any of the three languages: "5 år", "6 months", "24 månader". */
const EXPLICIT_PERIOD = new RegExp(
  `\\d+\\s*(?:år|års|måned|månad|mdr|uge|veck|dag|years?|months?|weeks?|days?)(?![\\p{L}])|\\d+\\s*(?:måneder|månader|uger|veckor|dage|dagar)`,
  'iu',
);

/** Vague wording that names no period either. */
export function isVagueRetention(text: string): boolean {
  const language = (Object.keys(VAGUE_RETENTION) as Language[]).find((l) => VAGUE_RETENTION[l].test(text));
  return language !== undefined && !EXPLICIT_PERIOD.test(text);
}

/**
 * Does a note name the statute? Looks for a section sign, a chapter, an SFS or "lov nr." number, or a
 * word for an act: Danish "-loven"/"lov nr."/"bekendtgørelse", Swedish "-lagen"/"lag (…)"/"förordning",
 * English "Act", "Regulation", "Directive", "Code". "Dansk lovgivning om bogføring" names none.
 */
const STATUTE = new RegExp(
  [
    '§',
    '\\d+\\s*kap\\.',
    '\\(\\d{4}:\\d+\\)',
    '\\d{4}:\\d+',
    'lov\\s+nr\\.?',
    'lovens?(?![\\p{L}])',
    'lagens?(?![\\p{L}])',
    'bekendtgørelse',
    'forordning',
    'förordning',
    'direktiv',
    `${W}(?:act|regulation|directive|statute|code)(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

export function mentionsStatute(text: string): boolean {
  return STATUTE.test(text);
}

/** "Privacy Shield", "privacy-shield", "PrivacyShield", "EU/US Privacy Shield-certifiering". */
const PRIVACY_SHIELD = /privacy[\s\-_]*shield/i;

export function mentionsPrivacyShield(text: string): boolean {
  return PRIVACY_SHIELD.test(text);
}

/**
 * An interest pursued, in words: "forretningsinteresser", "legitim interesse", "berättigat intresse",
 * "interesseafvejning", "legitimate interest". Under a basis other than 6(1)(f) this is §8's
 * "legitimate interest cited as 6(1)(b)".
 */
const INTEREST_WORDS: PerLanguage = {
  da: /interess/iu,
  sv: /intress/iu,
  en: /interest/iu,
};

export function speaksOfInterest(value: LocalizedText): boolean {
  return matchesInAnyLanguage(value, INTEREST_WORDS);
}

/**
 * Consent or acceptance inferred from using the site, in any wording: "if you keep using the site after a
 * change, we assume you accept it", "ved at bruge hjemmesiden accepterer du cookies", "genom att använda
 * webbplatsen godkänner du", "by using / by continuing to browse this site you agree". Use is never consent
 * (Art. 4(11), 7). Both orders are caught: the use first ("ved at bruge … accepterer du") or the
 * acceptance first ("du accepterer cookies ved at bruge …"); "ved at bruge kryptering" alone is not.
 */
const USE: Readonly<Record<Language, string>> = {
  da: 'ved\\s+at\\s+(?:bruge|benytte|anvende|besøge|fortsætte|surfe)|gør\\s+(?:du\\s+)?brug\\s+af|fortsætter\\s+du|(?:når|hvis)\\s+du\\s+fortsætter',
  sv: 'genom\\s+att\\s+(?:använda|besöka|fortsätta|surfa|nyttja)|fortsätter\\s+du|(?:om|när)\\s+du\\s+fortsätter',
  en: 'by\\s+(?:using|continuing|browsing|visiting|accessing|remaining)|continu(?:e|ing)\\s+to\\s+(?:use|browse)|keep\\s+using|use\\s+our',
};
const ACCEPT: Readonly<Record<Language, string>> = {
  da: 'accepter|samtykke|indforstå|godkend',
  sv: 'godkänn|accepter|samtyck|anses',
  en: 'accept|agree|consent|deemed',
};
/** Wordings that say it outright, whatever surrounds them. */
const OUTRIGHT: Readonly<Record<Language, string>> = {
  da: 'fortsat(?:te)?\\s+brug|(?:benytter|bruger|anvender)[^.]{0,120}(?:antager|går)\\s+vi[^.]{0,30}(?:accepter|samtykke|indforstå)|(?:betragtes|anses)\\s+(?:som\\s+)?(?:din\\s+)?(?:accept|samtykke)',
  sv: 'fortsatt\\s+användning|använder[^.]{0,120}(?:godkänner|accepterar|samtycker|anses)',
  en: 'continued\\s+use',
};

function continuedUse(language: Language): RegExp {
  const use = `${W}(?:${USE[language]})`;
  const accept = `${W}(?:${ACCEPT[language]})`;
  return new RegExp(`${OUTRIGHT[language]}|${use}[^.]{0,120}${accept}|${accept}[^.]{0,120}${use}`, 'iu');
}

const CONTINUED_USE: PerLanguage = { da: continuedUse('da'), sv: continuedUse('sv'), en: continuedUse('en') };

export function infersConsentFromUse(text: string): boolean {
  return (Object.keys(CONTINUED_USE) as Language[]).some((language) => CONTINUED_USE[language].test(text));
}

/**
 * Domain registries and credit agencies decide their own processing: independent controllers, never
 * (sub-)processors. Matched on the vendor's name and legal entity; short acronyms (IIS, UC, D&B) only
 * as a whole name or in brackets, so "Microsoft IIS hosting" or "UCaaS" are not taken for them.
 */
const REGISTRY_NAMES = new RegExp(
  [
    `${W}eurid(?![\\p{L}])`,
    `${W}punktum(?:\\.dk)?(?![\\p{L}])`,
    `${W}dk[\\s-]?hostmaster`,
    `${W}internetstiftelsen`,
    '^\\s*iis\\s*$',
    '\\(\\s*iis\\s*\\)',
  ].join('|'),
  'iu',
);
const CREDIT_AGENCY_NAMES = new RegExp(
  [
    '^\\s*uc(?:\\s+ab)?\\s*$',
    `${W}uc\\s+ab(?![\\p{L}])`,
    `${W}experian`,
    `${W}creditsafe`,
    `${W}bisnode`,
    `${W}dun\\s*(?:&|and|och|og)\\s*bradstreet`,
    '^\\s*d\\s*&\\s*b\\s*$',
  ].join('|'),
  'iu',
);

/** 'registry' or 'credit' when one of the names is a known domain registry or credit agency. */
export function independentControllerCategory(...names: readonly string[]): 'registry' | 'credit' | null {
  if (names.some((name) => REGISTRY_NAMES.test(name))) return 'registry';
  if (names.some((name) => CREDIT_AGENCY_NAMES.test(name))) return 'credit';
  return null;
}

/** Titles that make a person part of the management (Art. 38(6): such a person cannot be the DPO). */
const MANAGEMENT_TITLES = new RegExp(
  `${W}(?:ejer|indehaver|medejer|direktør|adm\\.?\\s*dir|ceo|owner|co-?owner|managing\\s+director|founder|ägare|delägare|vd|verkställande\\s+direktör|grundare|stifter)(?![\\p{L}])`,
  'iu',
);

export function namesManagementTitle(text: string): boolean {
  return MANAGEMENT_TITLES.test(text);
}

/**
 * Direct marketing named in a purpose or an activity: newsletters, advertising, marketing. The register has no
 * field for it, and the words are what users write; Art. 21(2)–(4) then asks the policy to state the
 * unconditional right to object, separately. Statute names ("markedsføringsloven") are not purposes.
 */
const DIRECT_MARKETING: PerLanguage = {
  da: words('markedsføring(?!slov)|direkte markedsføring|nyhedsbrev|reklame'),
  sv: words('marknadsföring(?!slag)|direktmarknadsföring|nyhetsbrev|reklam|utskick'),
  en: words('marketing|newsletter|advertising'),
};

export function namesDirectMarketing(value: LocalizedText): boolean {
  return matchesInAnyLanguage(value, DIRECT_MARKETING);
}

const APPLICANT_WORDS: PerLanguage = {
  da: words('ansøger|jobansøg|jobsøgende|kandidat'),
  sv: words('sökande|arbetssökande|jobbsökande|kandidat'),
  en: words('applicant|candidate|job seeker|jobseeker'),
};

/** The organisation's own staff or its job applicants: people the website's cookie and children texts do not address. */
export function namesStaffOrApplicants(name: LocalizedText): boolean {
  return namesOwnEmployees(name) || matchesInAnyLanguage(name, APPLICANT_WORDS);
}

/**
 * A cookie text that says consent is asked: "kun, hvis du har givet samtykke", "endast om du har samtyckt",
 * "only if you have consented", "accept or reject". A text that says only that consent is not needed
 * ("nødvendige cookies, som ikke kræver samtykke", "which do not require consent") does not.
 */
const CONSENT_ASKED: PerLanguage = {
  da: words('samtyk|accepter|tilvalg'),
  sv: words('samtyck|godkänn|accepter'),
  en: words('consent|accept|opt[\\s-]?in'),
};
const CONSENT_NOT_NEEDED: PerLanguage = {
  da: /(?:kræver\s+ikke|ikke\s+kræver|uden\s+krav\s+om)\s+(?:dit\s+|et\s+)?samtykke|(?:intet|ingen)\s+samtykke/giu,
  sv: /(?:kräver\s+inte|inte\s+kräver|inte\s+behöver)\s+(?:ditt\s+|något\s+)?samtycke|inget\s+samtycke/giu,
  en: /(?:does|do)\s+not\s+(?:require|need)\s+(?:your\s+|any\s+)?consent|no\s+consent\s+is\s+(?:needed|required)/giu,
};

export function saysConsentIsAsked(value: LocalizedText): boolean {
  return (Object.keys(CONSENT_ASKED) as Language[]).some((language) => {
    const text = value[language];
    return text !== undefined && CONSENT_ASKED[language].test(text.replace(CONSENT_NOT_NEEDED[language], ''));
  });
}

/**
 * Web analytics and tracking named in a purpose: statistics on the use of a website, web analytics,
 * retargeting, tracking pixels. They need consent under the rules implementing Art. 5(3) of the ePrivacy
 * Directive. Statistics on sales or "analyse" of a business are not meant; neither is parcel or time tracking.
 */
const TRACKING: PerLanguage = {
  da: words(
    'webanalyse|webstatistik|besøgsstatistik|trafikanalyse|(?:statistik|marketing|markedsførings|sporings)cookie|sporingspixel|retargeting|remarketing|målrettede?\\s+annonc|statistik\\s+over\\s+(?:brugen|besøg|trafik)|google\\s+analytics',
  ),
  sv: words(
    'webbanalys|webbstatistik|besöksstatistik|trafikanalys|(?:statistik|marknadsförings|spårnings)(?:kak|cookie)|spårningspixel|retargeting|remarketing|riktad(?:e)?\\s+annons|statistik\\s+över\\s+(?:användningen|besök|trafik)|google\\s+analytics',
  ),
  en: words(
    'web(?:site)?\\s+analytics|website\\s+statistics|visitor\\s+statistics|(?:analytics|marketing|tracking)\\s+cookies?|tracking\\s+pixels?|retargeting|remarketing|targeted\\s+advertising|statistics\\s+on\\s+(?:the\\s+)?(?:use|visits|traffic)|google\\s+analytics',
  ),
};

export function namesTracking(value: LocalizedText): boolean {
  return matchesInAnyLanguage(value, TRACKING);
}
