import * as z from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { isCountryCode } from './countries';

/** Upper bounds keep a hostile file from exhausting memory; they sit far above real registers. */
export const LIMITS = {
  shortText: 500,
  /**
   * A name of an activity, a catalog item or a vendor, per language: it heads a card, a list row, a table
   * cell and a document heading, where a longer one is a paragraph pasted into the wrong field.
   */
  name: 200,
  longText: 100_000,
  listItems: 10_000,
  logoBytes: 2 * 1024 * 1024,
} as const;

export const LanguageSchema = z.enum(LANGUAGES);

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'id may only hold letters, digits, "-" and "_"' });

export const ShortTextSchema = z.string().max(LIMITS.shortText);
const LongTextSchema = z.string().max(LIMITS.longText);

/** A vendor's, a customer's or a joint controller's name: one text, as its own register writes it. */
export const NameSchema = z.string().max(LIMITS.name);

const perLanguage = (text: z.ZodString) =>
  z.object({ da: text.optional(), sv: text.optional(), en: text.optional() }).strict();

/**
 * User-written text, held per document language. The project's primary language is always filled;
 * the others are optional translations (see the domain model, "Localised text").
 */
export const LocalizedTextSchema = perLanguage(LongTextSchema);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The name of an activity or a catalog item in each document language: at most LIMITS.name characters each. */
export const LocalizedNameSchema = perLanguage(NameSchema);

/** Kartotek's own wording (labels, messages, document texts): text like LocalizedText, but in every language. */
export type Wording = Readonly<Required<LocalizedText>>;
export const wording = (da: string, sv: string, en: string): Wording => ({ da, sv, en });

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The dates a register can hold at all, whenever it is opened: nothing in it happened before 1990, and a year
 * after 2100 is a typing mistake (9999-12-31). Fixed, so a file that opens today opens in ten years too.
 */
export const DATE_BOUNDS = { earliest: '1990-01-01', latest: '2100-12-31' } as const;

/** How far ahead a typed date may lie: beyond it, a date is almost always a typing mistake. */
export const DATE_YEARS_AHEAD = 10;

/** The same calendar day `years` later (29 February compares correctly as a string). */
export const yearsAfter = (date: string, years: number): string =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/**
 * The dates the editor accepts on `today` (YYYY-MM-DD, from the caller): from DATE_BOUNDS.earliest to
 * DATE_YEARS_AHEAD years from today. The checks flag a stored date beyond it (date-far-future).
 */
export function typedDateRange(today: string): { earliest: string; latest: string } {
  const latest = yearsAfter(today, DATE_YEARS_AHEAD);
  // A date picker's max must be a real date: 29 February ten years on is the 28th.
  return {
    earliest: DATE_BOUNDS.earliest,
    latest: isRealCalendarDate(latest) ? latest : latest.replace(/29$/, '28'),
  };
}

/** The message of a date outside DATE_BOUNDS: errors.ts recognises it and reports the value and the bounds. */
export const DATE_OUT_OF_BOUNDS = 'date out of bounds';

/** A calendar date YYYY-MM-DD within DATE_BOUNDS, or '' when not set. */
export const OptionalDateSchema = z.union([
  z.literal(''),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be written YYYY-MM-DD', abort: true })
    .refine(isRealCalendarDate, { message: 'no such calendar date', abort: true })
    .refine((date) => date >= DATE_BOUNDS.earliest && date <= DATE_BOUNDS.latest, {
      message: DATE_OUT_OF_BOUNDS,
    }),
]);

export const TimestampSchema = z.iso.datetime({ offset: true });

/** ISO 3166-1 alpha-2, or '' when not set. */
export const OptionalCountrySchema = z.union([
  z.literal(''),
  z.string().refine(isCountryCode, { message: 'not an ISO 3166-1 alpha-2 country code' }),
]);
export const CountrySchema = z.string().refine(isCountryCode, {
  message: 'not an ISO 3166-1 alpha-2 country code',
});

/**
 * E-mail addresses and web links hold what the user typed, valid or not. The alternative, an editor
 * that refuses to store an invalid value, would lose a half-typed address whenever the user leaves the
 * field; a file format stricter than the editor made such a project unsavable. So the one schema is
 * text, and validity lives in shared/validation/fieldFormats.ts: the editor shows the error at once, and
 * the checks report it as an error that keeps the value out of a final document. (Format version 3
 * files read exactly as before: this only accepts more.)
 */
export const OptionalEmailSchema = z.string().max(LIMITS.shortText);

/**
 * Links are only ever shown or offered to the OS, never fetched; the documents link only http(s)
 * (documents/cleanText.ts) and print anything else as text. Typed text, like the e-mail above.
 */
export const OptionalUrlSchema = z.string().max(2000);

export const idList = () => z.array(IdSchema).max(LIMITS.listItems);
