import type { Project } from '../model/project';
import { buildDocument, type BuildOptions } from './buildDocument';
import type { TextFallback } from './context';
import { renderDocx, type TocPageNumbers } from './docx/renderDocx';
import type { SpliceFailure } from './docx/spliceBody';
import { markAsDraft } from './draft';
import { renderHtml, renderHtmlFragment, renderHtmlPage } from './html/renderHtml';
import type { DocumentModel } from './model';

export interface ExportOptions extends BuildOptions {
  /** Also render the HTML preview of the same model. */
  readonly html?: boolean;
  /** Write a draft: "Udkast / Utkast / Draft" in the header of every page (see exportBlockers). */
  readonly draft?: boolean;
  /** How the register's table of contents gets page numbers (see TocPageNumbers); default 'auto'. */
  readonly tocPageNumbers?: TocPageNumbers;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** Why the .docx was written the slower way (docx's output was not as the fast path expects); null if not. */
  readonly spliceFailure: SpliceFailure | null;
  readonly fileName: string;
  readonly fallbacks: readonly TextFallback[];
  readonly document: DocumentModel;
  /** The edition date the document printed ('' if none): what the export history records. */
  readonly editionDate: string;
  readonly html?: string;
}

/** Builds and renders one document: the .docx bytes, its default file name and the fallbacks to show. */
export async function exportDocument(project: Project, options: ExportOptions): Promise<ExportResult> {
  const built = buildDocument(project, options);
  const document = options.draft ? markAsDraft(built.document) : built.document;
  const docx = await renderDocx(document, { tocPageNumbers: options.tocPageNumbers ?? 'auto' });
  return {
    bytes: docx.bytes,
    spliceFailure: docx.spliceFailure,
    fileName: built.fileName,
    fallbacks: built.fallbacks,
    document,
    editionDate: built.editionDate,
    ...(options.html ? { html: renderHtml(document) } : {}),
  };
}

export interface WebExportResult {
  /** A self-contained page (.html): the document, its stylesheet with print styles, nothing external. */
  readonly page: string;
  /** The same article without title or stylesheet, to paste into a website's editor. */
  readonly fragment: string;
  /** The .docx file name with .html. */
  readonly fileName: string;
  readonly fallbacks: readonly TextFallback[];
  readonly document: DocumentModel;
  readonly editionDate: string;
}

/**
 * The document for a website, from the same model as the .docx (so the same words): a page and a fragment.
 * A draft is marked at the top of both, as the Word file marks every page.
 */
export function exportWebDocument(
  project: Project,
  options: Omit<ExportOptions, 'html' | 'tocPageNumbers'>,
): WebExportResult {
  const built = buildDocument(project, options);
  const document = options.draft ? markAsDraft(built.document) : built.document;
  return {
    page: renderHtmlPage(document),
    fragment: renderHtmlFragment(document),
    fileName: built.fileName.replace(/\.docx$/, '.html'),
    fallbacks: built.fallbacks,
    document,
    editionDate: built.editionDate,
  };
}
