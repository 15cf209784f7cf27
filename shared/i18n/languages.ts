/** The languages Kartotek's UI and documents exist in. */
export const LANGUAGES = ['da', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Each language's own name, as shown in language pickers (never translated). */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = {
  da: 'Dansk',
  sv: 'Svenska',
  en: 'English',
};

/** BCP 47 tags, e.g. for w:lang in Word and <html lang>. */
export const LANGUAGE_TAGS: Record<Language, string> = {
  da: 'da-DK',
  sv: 'sv-SE',
  en: 'en-GB',
};
