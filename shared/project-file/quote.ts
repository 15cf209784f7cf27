import type { Language } from '../i18n/languages';

/** Quotation marks as each language writes them: »Danish«, ”Swedish”, “English”. */
export function quote(text: string, language: Language): string {
  return language === 'da' ? `»${text}«` : language === 'sv' ? `”${text}”` : `“${text}”`;
}
