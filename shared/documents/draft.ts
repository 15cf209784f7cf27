import type { Language } from '../i18n/languages';
import { bold, run, type DocumentModel, type RunningLine } from './model';

const DRAFT: Readonly<Record<Language, string>> = { da: 'Udkast', sv: 'Utkast', en: 'Draft' };

/**
 * The document marked as a draft in the running header of every section, so every page says it: the cover
 * too, which otherwise has no header. A draft states what the user has not confirmed; it must not pass
 * for the final document when printed or forwarded.
 */
export function markAsDraft(document: DocumentModel): DocumentModel {
  const mark = bold(DRAFT[document.language].toUpperCase());
  const marked = (header: RunningLine | null): RunningLine =>
    header ? { ...header, left: [mark, run(' · '), ...header.left] } : { left: [mark], right: [] };
  return {
    ...document,
    draft: true,
    sections: document.sections.map((section) => ({ ...section, header: marked(section.header) })),
  };
}
