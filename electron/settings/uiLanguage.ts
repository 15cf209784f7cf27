import type { Language } from '../../shared/i18n/languages';

export interface UiLanguageOptions {
  /** The language the menu was first built in. */
  readonly initial: Language;
  /** What the settings file holds (undefined on first run). */
  readonly saved: Language | undefined;
  applyMenu(language: Language): void;
  save(language: Language): Promise<unknown>;
}

/**
 * Behind the setUiLanguage IPC call. The renderer calls it at every start and on every change, so it
 * only rebuilds the menu and writes the file when something actually changes.
 */
export function createUiLanguageController(
  options: UiLanguageOptions,
): (language: Language) => Promise<void> {
  let menuLanguage = options.initial;
  let savedLanguage = options.saved;
  return async (language) => {
    if (language !== menuLanguage) {
      options.applyMenu(language);
      menuLanguage = language;
    }
    if (language !== savedLanguage) {
      await options.save(language);
      savedLanguage = language;
    }
  };
}
