import type { Language } from '../../i18n/languages';
import { DA } from './da';
import { EN } from './en';
import { SV } from './sv';
import type { DocumentTexts } from './types';

export type { DocumentTexts } from './types';

const TEXTS: Record<Language, DocumentTexts> = { da: DA, sv: SV, en: EN };

/** The fixed phrases of the documents in one language. */
export function documentTexts(language: Language): DocumentTexts {
  return TEXTS[language];
}
