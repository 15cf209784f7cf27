import type { Language } from '../../i18n/languages';
import { list } from '../format';

/** A place in the GDPR a requirement rests on: an article, paragraph and point, or a whole chapter. */
export type Citation =
  | { readonly article: number; readonly paragraph?: number; readonly point?: string }
  | { readonly chapter: 'V' };

/**
 * The citation forms of shared/reference/gdpr-nordic.md §3: "artikel 30, stk. 1, litra f" /
 * "artikel 30.1 f" / "Article 30(1)(f)".
 */
export function cite(language: Language, citation: Citation): string {
  if ('chapter' in citation)
    return `${{ da: 'kapitel', sv: 'kapitel', en: 'Chapter' }[language]} ${citation.chapter}`;
  const { article, paragraph, point } = citation;
  switch (language) {
    case 'da':
      return [`artikel ${article}`, paragraph && `stk. ${paragraph}`, point && `litra ${point}`]
        .filter(Boolean)
        .join(', ');
    case 'sv':
      return `artikel ${article}${paragraph ? `.${paragraph}` : ''}${point ? ` ${point}` : ''}`;
    case 'en':
      return `Article ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`;
  }
}

/** Several citations in one phrase: "artikel 30, stk. 1, litra f, og artikel 13, stk. 2, litra a". */
export function citeAll(language: Language, citations: readonly Citation[]): string {
  return list(
    language,
    citations.map((citation) => cite(language, citation)),
  );
}
