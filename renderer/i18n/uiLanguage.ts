import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';
import { platform } from '../platform/platform';

const STORAGE_KEY = 'kartotek.uiLanguage';

/** The remembered UI language, else the first of the browser's languages that Kartotek speaks. */
export function initialUiLanguage(
  stored: string | null = safeStorageGet(STORAGE_KEY),
  preferred: readonly string[] = navigator.languages,
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nb' || base === 'nn' || base === 'no') return 'da';
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function rememberUiLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be blocked; the choice then lasts for this session only.
  }
}

/** The UI language and a way to change it (remembered here and told to the app's menus). */
export function useUiLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : 'en';
  const change = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    rememberUiLanguage(language);
    void platform.setUiLanguage(language);
  };
  return [current, change];
}
