import type { Project } from '../model/project';
import { buildDocument, type BuildOptions } from './buildDocument';
import type { TextFallback } from './context';
import { renderDocx, type TocPageNumbers } from './docx/renderDocx';
import type { SpliceFailure } from './docx/spliceBody';
import { markAsDraft } from './draft';
import { renderHtml } from './html/renderHtml';
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
