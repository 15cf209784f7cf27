import type { Language } from '../i18n/languages';
import type { Project } from '../model/project';
import type { TextFallback } from './context';
import { renderDocx, type TocPageNumbers } from './docx/renderDocx';
import type { SpliceFailure } from './docx/spliceBody';
import { markAsDraft } from './draft';
import { renderHtml } from './html/renderHtml';
import type { DocumentKind, DocumentModel } from './model';
import { buildPolicy } from './policy/buildPolicy';
import { buildRegister } from './register/buildRegister';
import type { BuiltDocument } from './result';
import { buildVendorOverview } from './vendors/buildVendorOverview';

export interface ExportOptions {
  readonly kind: DocumentKind;
  readonly language: Language;
  /** For kind "policy": the audience (notice); null or absent = every activity that is not internal only. */
  readonly audienceId?: string | null;
  /** Today: a Date, a timestamp or YYYY-MM-DD. */
  readonly now: Date | string;
  /** Overrides the version label (the policy's own version, or the date for the register and vendor list). */
  readonly version?: string;
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
  /** SHA-256 of the document's content (not of the zip), for the export history: same content, same hash. */
  readonly contentHash: string;
  /** The edition date the document printed ('' if none): what the export history records. */
  readonly editionDate: string;
  readonly html?: string;
}

/** Builds the chosen document from a project snapshot (pure; no rendering). */
export function buildDocument(project: Project, options: ExportOptions): BuiltDocument {
  const common = { language: options.language, now: options.now, version: options.version };
  switch (options.kind) {
    case 'register':
      return buildRegister(project, common);
    case 'policy':
      return buildPolicy(project, { ...common, audienceId: options.audienceId ?? null });
    case 'vendors':
      return buildVendorOverview(project, common);
  }
}

async function documentHash(document: DocumentModel): Promise<string> {
  const data = new TextEncoder().encode(JSON.stringify(document));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds and renders one document: the .docx bytes, its default file name and the fallbacks to show. */
export async function exportDocument(project: Project, options: ExportOptions): Promise<ExportResult> {
  const built = buildDocument(project, options);
  const document = options.draft ? markAsDraft(built.document) : built.document;
  const [docx, contentHash] = await Promise.all([
    renderDocx(document, { tocPageNumbers: options.tocPageNumbers ?? 'auto' }),
    // The draft mark is not content: a draft and the final of one register have the same hash.
    documentHash(built.document),
  ]);
  return {
    bytes: docx.bytes,
    spliceFailure: docx.spliceFailure,
    fileName: built.fileName,
    fallbacks: built.fallbacks,
    document,
    contentHash,
    editionDate: built.editionDate,
    ...(options.html ? { html: renderHtml(document) } : {}),
  };
}
