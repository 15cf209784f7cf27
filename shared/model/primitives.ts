import * as z from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { isCountryCode } from './countries';

/** Upper bounds keep a hostile file from exhausting memory; they sit far above real registers. */
export const LIMITS = {
  shortText: 500,
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

/**
 * User-written text, held per document language. The project's primary language is always filled;
 * the others are optional translations (see the domain model, "Localised text").
 */
export const LocalizedTextSchema = z
  .object({ da: LongTextSchema.optional(), sv: LongTextSchema.optional(), en: LongTextSchema.optional() })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Kartotek's own wording (labels, messages, document texts): text like LocalizedText, but in every language. */
export type Wording = Readonly<Required<LocalizedText>>;
export const wording = (da: string, sv: string, en: string): Wording => ({ da, sv, en });

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date YYYY-MM-DD, or '' when not set. */
export const OptionalDateSchema = z.union([
  z.literal(''),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be written YYYY-MM-DD' })
    .refine(isRealCalendarDate, { message: 'no such calendar date' }),
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
