import { Packer, type PageNumberEstimator } from 'docx';
import type { DocumentModel } from '../model';
import { corePropertiesXml } from './coreProperties';
import { docxDocument, hasToc } from './docxDocument';
import { layoutCost } from './layoutCost';
import { ObjectBody } from './objectBody';
import { describeSpliceFailure, spliceBody, type PackagePart, type SpliceFailure } from './spliceBody';
import { TextBody } from './textBody';

/**
 * The document model as a .docx file. docx builds the package (./docxDocument); the body, nearly all of a large
 * register, BodyWriter writes as XML text that is spliced into the word/document.xml docx writes (./spliceBody),
 * or, when docx lays out the pages to number the table of contents, as docx's objects inside docx's own body.
 * When docx's output is not what the splice expects, the document is written the slower object way, and the result
 * says why.
 */

/**
 * How the table of contents gets its page numbers. 'word': each entry's number is a PAGEREF field, which
 * LibreOffice lays out (the right page for any size) and Word fills in when it prints or on F9, without asking on
 * opening (BodyWriter.toc). 'estimate' has docx lay the pages out at export and write a TOC field with its numbers:
 * seconds per handful of activities, and not always the pages a word processor gives. 'auto' estimates only when
 * the document is small enough to do it quickly.
 */
export type TocPageNumbers = 'auto' | 'estimate' | 'word';

export interface DocxOptions {
  readonly tocPageNumbers?: TocPageNumbers;
}

/** How the body is written: as XML text into word/document.xml, or as docx's objects inside docx's body. */
export type BodyForm = 'text' | 'objects';

export interface RenderedDocx {
  readonly bytes: Uint8Array;
  /** 'text' is the fast path; 'objects' when the pages were laid out, or when the splice failed. */
  readonly body: BodyForm;
  /** Why the body is not text though it could have been (docx's output was not as expected); null otherwise. */
  readonly spliceFailure: SpliceFailure | null;
}

const coreProperties = (model: DocumentModel): PackagePart => ({
  path: 'docProps/core.xml',
  data: corePropertiesXml(model),
});

/** Above this many table cells, laying out the pages at export takes longer than a user should wait. */
const AUTO_ESTIMATE_MAX_CELLS = 200;

/**
 * Whether the table of contents gets its page numbers from laying out the pages (see TocPageNumbers). Even when
 * asked to estimate, a document with a word the layout engine cannot break quickly (layoutCost.ts) is left to
 * Word: no text a user can type may stall an export.
 */
function estimates(model: DocumentModel, options: DocxOptions): boolean {
  const mode = options.tocPageNumbers ?? 'auto';
  if (!hasToc(model) || mode === 'word') return false;
  const cost = layoutCost(model);
  return cost.wordsFit && (mode === 'estimate' || cost.tableCells <= AUTO_ESTIMATE_MAX_CELLS);
}

/** The fast path: the body as XML text, spliced into the package docx writes. */
async function renderAsText(model: DocumentModel) {
  const body = new TextBody();
  return spliceBody(docxDocument(model, null, body), body, [coreProperties(model)]);
}

/** The body as docx's objects, written by docx with the rest. */
async function renderAsObjects(model: DocumentModel, estimate: boolean): Promise<Uint8Array> {
  // The layout engine is large: loaded only when a document needs it, so the app's first screen does not wait.
  const estimator: PageNumberEstimator | null = estimate
    ? (await import('docx/layout')).estimatePageNumbers
    : null;
  const document = docxDocument(model, estimator, new ObjectBody());
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [coreProperties(model)]));
}

/** The document as a .docx file, with how its body was written. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<RenderedDocx> {
  // Laying out the pages needs the body as docx's objects; otherwise it is written as text, much faster.
  if (estimates(model, options)) {
    return { bytes: await renderAsObjects(model, true), body: 'objects', spliceFailure: null };
  }
  const spliced = await renderAsText(model);
  if (spliced.ok) return { bytes: spliced.bytes, body: 'text', spliceFailure: null };
  return { bytes: await renderAsObjects(model, false), body: 'objects', spliceFailure: spliced.failure };
}

/** renderDocx with the body in the given form, for tests that compare the two; 'text' cannot lay out pages. */
export async function renderDocxAs(
  model: DocumentModel,
  options: DocxOptions,
  form: BodyForm,
): Promise<Uint8Array> {
  const estimate = estimates(model, options);
  if (form === 'objects') return renderAsObjects(model, estimate);
  if (estimate) throw new Error("the pages are laid out on docx's objects, not on a body written as text");
  const spliced = await renderAsText(model);
  if (!spliced.ok)
    throw new Error(`the body could not be spliced: ${describeSpliceFailure(spliced.failure)}`);
  return spliced.bytes;
}
