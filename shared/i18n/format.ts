import { LANGUAGE_TAGS, type Language } from './languages';

/**
 * Dates and country names written the way each language writes them. They sit on the lowest floor so
 * that every user of a date or a country — the change log, the checks, the documents, the audit pack —
 * writes it the same way.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date of `now`, YYYY-MM-DD. A date string is taken as it is; a Date or timestamp gives the
 * local calendar day where the document is made (the user's "today", not UTC's).
 */
export function calendarDate(now: Date | string): string {
  if (typeof now === 'string' && ISO_DATE.test(now)) return now;
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(now)}`);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// prettier-ignore
const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * "2026-11-22" → "22. november 2026" / "22 november 2026" / "22 November 2026"; a timestamp is written as
 * its local calendar day; '' stays '', and what is not a date is written as it is.
 */
export function formatDate(value: string, language: Language): string {
  if (!value) return '';
  let match: RegExpExecArray | null;
  try {
    match = ISO_DATE.exec(calendarDate(value));
  } catch {
    return value;
  }
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = MONTHS[language][Number(month) - 1] ?? month!;
  return language === 'da' ? `${Number(day)}. ${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

const countryNames = new Map<Language, Intl.DisplayNames | null>();
/** Names already looked up, by language and code: Intl.DisplayNames is slow next to a register's thousands of calls. */
const countryNameCache = new Map<string, string>();

/** A country's name in the language ("USA", "Nederländerna", "Netherlands"); the code if unknown. */
export function countryName(code: string, language: Language): string {
  if (!code) return '';
  const key = `${language}:${code}`;
  const cached = countryNameCache.get(key);
  if (cached !== undefined) return cached;
  if (!countryNames.has(language)) {
    try {
      countryNames.set(language, new Intl.DisplayNames([LANGUAGE_TAGS[language]], { type: 'region' }));
    } catch {
      countryNames.set(language, null);
    }
  }
  let name: string;
  try {
    name = countryNames.get(language)?.of(code) ?? code;
  } catch {
    name = code;
  }
  countryNameCache.set(key, name);
  return name;
}
