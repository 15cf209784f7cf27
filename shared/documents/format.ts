import { LANGUAGE_TAGS, type Language } from '../i18n/languages';
import type { CommonTexts } from './texts/types';

/** Text helpers shared by the builders: dates, countries and lists written the way each language writes them. */

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

/** "2026-11-22" → "22. november 2026" / "22 november 2026" / "22 November 2026"; '' stays ''. */
export function formatDate(value: string, common: CommonTexts): string {
  if (!value) return '';
  const match = ISO_DATE.exec(calendarDate(value));
  if (!match) return value;
  const [, year, month, day] = match;
  return common.formatDate(Number(day), common.months[Number(month) - 1] ?? month!, Number(year));
}

const countryNames = new Map<Language, Intl.DisplayNames | null>();
/** Names already looked up, by language and code: Intl.DisplayNames is slow next to a register's thousands of calls. */
const countryNameCache = new Map<string, string>();

/** A country's name in the document language ("USA", "Nederländerna", "Netherlands"); the code if unknown. */
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

/** "a, b og c" / "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], common: CommonTexts): string {
  const list = items.filter((item) => item.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} ${common.and} ${list[list.length - 1]}`;
}

/** Ends a user's phrase with a full stop, so the next sentence does not run on from it. */
export const sentence = (text: string): string =>
  /[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/** Unique values, first occurrence kept. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
