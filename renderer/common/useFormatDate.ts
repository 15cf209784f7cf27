import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../shared/i18n/languages';

/** Dates and times in the UI language's own conventions. */
export function useFormatDateTime() {
  const { i18n } = useTranslation();
  const tag = isLanguage(i18n.language) ? LANGUAGE_TAGS[i18n.language] : 'en-GB';
  const format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}
