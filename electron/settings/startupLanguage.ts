import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The menu's language at start: the one the user last chose in the app, else the first of the
 * system's preferred languages that Kartotek speaks (e.g. "da-DK" → da), else the default.
 */
export function pickStartupLanguage(
  saved: Language | undefined,
  systemLanguages: readonly string[],
): Language {
  if (saved) return saved;
  for (const tag of systemLanguages) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
