import type { Wording } from '../model/primitives';
import { citeLegalBasis, isLegalBasisCode } from '../catalog/legalBases';
import { LANGUAGES, type Language } from '../i18n/languages';
import { anyText, resolveText } from '../model/localizedText';
import type { LocalizedText } from '../model/primitives';
import type { ItemKind } from './types';

/** Helpers for the rules' messages: names, quotes, lists and article-form labels in da / sv / en. */

const UNNAMED: Wording = { da: '(uden navn)', sv: '(namnlös)', en: '(unnamed)' };

/** Long purposes and names are cut so a message stays one readable line. */
const MAX_NAME = 70;

function shorten(text: string): string {
  const clean = /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1).trimEnd()}…` : clean;
}

/** A user-written name in every language: the translation, else the primary language, else any language. */
export function namesOf(value: LocalizedText | string, primary: Language): Wording {
  const result = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    let text: string;
    if (typeof value === 'string') text = value;
    else {
      text = resolveText(value, language, primary).text;
      if (!text.trim()) text = anyText(value, [language, primary, ...LANGUAGES]);
    }
    result[language] = text.trim() ? shorten(text) : UNNAMED[language];
  }
  return result;
}

/** Quotation marks as each language writes them: »…« (da), ”…” (sv), “…” (en). */
export function q(language: Language, text: string): string {
  if (language === 'da') return `»${text}«`;
  if (language === 'sv') return `”${text}”`;
  return `“${text}”`;
}

const AND: Wording = { da: 'og', sv: 'och', en: 'and' };

/** "a, b og c" / "a, b och c" / "a, b and c". */
export function list(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[language]} ${items[items.length - 1]}`;
}

/** At most `max` items named, then "and n more". */
export function shortList(language: Language, items: readonly string[], max = 5): string {
  if (items.length <= max) return list(language, items);
  const more: Wording = {
    da: `${items.length - max} flere`,
    sv: `${items.length - max} till`,
    en: `${items.length - max} more`,
  };
  return list(language, [...items.slice(0, max), more[language]]);
}

/** A language's name as written inside a sentence of another language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, Wording>> = {
  da: { da: 'dansk', sv: 'svensk', en: 'engelsk' },
  sv: { da: 'danska', sv: 'svenska', en: 'engelska' },
  en: { da: 'Danish', sv: 'Swedish', en: 'English' },
};

export function languageList(language: Language, languages: readonly Language[]): string {
  return list(
    language,
    languages.map((l) => LANGUAGE_NAMES[language][l]),
  );
}

/** A legal basis's short citation, e.g. "GDPR art. 6, stk. 1, litra f"; unknown codes are shown as they are. */
export function cite(language: Language, code: string): string {
  return isLegalBasisCode(code) ? citeLegalBasis(code, language, 'short') : code;
}

export function citeAll(language: Language, codes: readonly string[]): string {
  return list(
    language,
    codes.map((code) => cite(language, code)),
  );
}

/** "Aktiviteten" / "Behandlingen" / "The activity": the item kind in the definite form, capitalised. */
export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, Wording>> = {
  organisation: {
    da: 'Organisationens oplysninger',
    sv: 'Organisationens uppgifter',
    en: 'The organisation details',
  },
  privacyContact: {
    da: 'Kontaktpersonen for databeskyttelse',
    sv: 'Kontaktpersonen för dataskydd',
    en: 'The privacy contact',
  },
  representative: { da: 'Repræsentanten', sv: 'Företrädaren', en: 'The representative' },
  jointController: {
    da: 'Den fælles dataansvarlige',
    sv: 'Den gemensamt personuppgiftsansvarige',
    en: 'The joint controller',
  },
  policy: { da: 'Privatlivspolitikken', sv: 'Integritetspolicyn', en: 'The privacy policy' },
  branding: { da: 'Layoutet', sv: 'Layouten', en: 'The branding' },
  activity: { da: 'Aktiviteten', sv: 'Behandlingen', en: 'The activity' },
  dataSubject: {
    da: 'Kategorien af registrerede',
    sv: 'Kategorin registrerade',
    en: 'The data subject category',
  },
  dataCategory: { da: 'Oplysningskategorien', sv: 'Personuppgiftskategorin', en: 'The data category' },
  source: { da: 'Kilden', sv: 'Källan', en: 'The source' },
  recipient: { da: 'Modtageren', sv: 'Mottagaren', en: 'The recipient' },
  vendor: { da: 'Leverandøren', sv: 'Leverantören', en: 'The vendor' },
  securityMeasure: {
    da: 'Sikkerhedsforanstaltningen',
    sv: 'Säkerhetsåtgärden',
    en: 'The security measure',
  },
  customer: { da: 'Kunden', sv: 'Kunden', en: 'The customer' },
  audience: { da: 'Målgruppen', sv: 'Målgruppen', en: 'The audience' },
};

/** Kinds that are one per project: named by their label alone, without a quoted name. */
const SINGLETONS: ReadonlySet<ItemKind> = new Set([
  'organisation',
  'privacyContact',
  'representative',
  'policy',
  'branding',
]);

/** "Aktiviteten »Rekruttering«", "Privatlivspolitikken": how a message names the item it is about. */
export function itemPhrase(language: Language, kind: ItemKind, name: Wording): string {
  const label = ITEM_KIND_LABELS[kind][language];
  return SINGLETONS.has(kind) ? label : `${label} ${q(language, name[language])}`;
}

/** The phrase with a lower-case first letter, for use inside a sentence ("… i aktiviteten »X«"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** "Formålet »P« i aktiviteten »A«" / "Ändamålet ”P” i behandlingen ”A”" / "The purpose “P” of the activity “A”". */
export function purposePhrase(language: Language, purpose: Wording, activity: Wording): string {
  if (language === 'da') return `Formålet ${q('da', purpose.da)} i aktiviteten ${q('da', activity.da)}`;
  if (language === 'sv') return `Ändamålet ${q('sv', purpose.sv)} i behandlingen ${q('sv', activity.sv)}`;
  return `The purpose ${q('en', purpose.en)} of the activity ${q('en', activity.en)}`;
}

/** "Aktiviteten »A«" etc. */
export function activityPhrase(language: Language, activity: Wording): string {
  return itemPhrase(language, 'activity', activity);
}

/** Singular or plural by count, e.g. plural(n, 'felt', 'felter'). */
export function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/** Worked examples for the organisation's own jurisdiction: a statute citation and a retention period. */
// prettier-ignore
const EXAMPLES: Readonly<Record<'statute' | 'retention', Partial<Record<string, Wording>>>> = {
  statute: {
    DK: { da: 'bogføringsloven § 10', sv: 'danska bogføringsloven § 10', en: 'Danish Bookkeeping Act, section 10' },
    SE: { da: 'bokföringslagen (1999:1078) 7 kap. 2 §', sv: '7 kap. 2 § bokföringslagen (1999:1078)', en: 'Swedish Bookkeeping Act (1999:1078), Chapter 7, Section 2' },
  },
  retention: {
    DK: {
      da: '5 år efter regnskabsårets udløb (bogføringsloven § 10)',
      sv: '5 år efter räkenskapsårets utgång (danska bogføringsloven § 10)',
      en: '5 years after the end of the financial year (Danish Bookkeeping Act, section 10)',
    },
    SE: {
      da: 'til udgangen af det 7. år efter det kalenderår, hvor regnskabsåret sluttede (bokföringslagen 7 kap. 2 §)',
      sv: 'till utgången av det sjunde året efter det kalenderår då räkenskapsåret avslutades (7 kap. 2 § bokföringslagen)',
      en: 'until the end of the seventh year after the calendar year in which the financial year ended (Swedish Bookkeeping Act, Chapter 7, Section 2)',
    },
    other: {
      da: '2 år efter kundeforholdets ophør',
      sv: '2 år efter att kundförhållandet upphört',
      en: '2 years after the customer relationship ends',
    },
  },
};

/** " For example: »…«." in the language, or '' when there is no example for the jurisdiction. */
export function example(language: Language, kind: 'statute' | 'retention', jurisdiction: string): string {
  const texts = EXAMPLES[kind][jurisdiction] ?? EXAMPLES[kind].other;
  if (!texts) return '';
  const lead: Wording =
    kind === 'retention'
      ? { da: 'Skriv f.eks.', sv: 'Skriv t.ex.', en: 'Write e.g.' }
      : { da: 'F.eks.', sv: 'T.ex.', en: 'For example,' };
  return ` ${lead[language]} ${q(language, texts[language])}.`;
}
