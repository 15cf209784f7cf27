import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { uiResources } from './resources';

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

export function rememberUiLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be blocked; the choice then lasts for this session only.
  }
}

export async function initI18n(language: Language = initialUiLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: uiResources(l) }])),
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export { i18next };
