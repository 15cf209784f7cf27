import { LANGUAGES, type Language } from '../i18n/languages';
import { LIMITS, type LocalizedText } from './primitives';

export interface ResolvedText {
  text: string;
  /** True when the wanted language was empty and the primary language was used instead. */
  fellBack: boolean;
}

/** The text in `language`, falling back to the primary document language when there is no translation. */
export function resolveText(value: LocalizedText, language: Language, primary: Language): ResolvedText {
  const wanted = value[language]?.trim();
  if (wanted) return { text: value[language] as string, fellBack: false };
  const fallback = value[primary] ?? '';
  return { text: fallback, fellBack: fallback.trim() !== '' && language !== primary };
}

/** The first non-empty text, preferring the given order: for labels in lists where any language will do. */
export function anyText(value: LocalizedText, order: readonly Language[]): string {
  for (const language of order) {
    const text = value[language]?.trim();
    if (text) return text;
  }
  return '';
}

export function isTextMissing(value: LocalizedText, language: Language): boolean {
  return !value[language]?.trim();
}

/** "organisation › city" → "Organisation › city": a phrase that starts a sentence or stands alone in a cell. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Whether a plain object is text held per language ({ da, sv, en }, any of them, or none): to a reader it
 * is one value ("the description"), not three fields.
 */
export function isLocalizedText(value: Record<string, unknown>): boolean {
  return Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key));
}

/**
 * A name Kartotek makes from another ("Copy of …"), cut to LIMITS.name with an ellipsis: a 200-character
 * name's copy must still be a name the project can be saved with. Only names Kartotek makes pass here.
 */
export function withinNameLimit(name: string): string {
  return name.length > LIMITS.name ? `${name.slice(0, LIMITS.name - 1)}…` : name;
}
