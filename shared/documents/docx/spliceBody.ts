import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { listKey } from './bodyXml';
import type { TextBody } from './textBody';

/**
 * The fast path of the .docx writer: docx writes the package with only the body elements it must write itself
 * (images, paragraphs with web links, the paragraph that ends each section), BodyWriter's XML text goes around
 * them in word/document.xml, and the package is zipped again with that document.xml, as docx zips (fflate, which
 * docx zips with, with docx's options), so the file is the one docx would write: its other parts, the
 * relationships and numbering among them, are those docx wrote. The large part, the body, is written once, as
 * UTF-8, and compressed once.
 *
 * It relies on what docx writes; when that is not as expected, it says why (SpliceFailure) and renderDocx writes
 * the document the slower way, as docx's objects.
 */

/** A part docx adds to the package as it is, such as the core properties. */
export interface PackagePart {
  readonly path: string;
  readonly data: string;
}

/** Why BodyWriter's text could not be spliced into what docx wrote. */
export type SpliceFailure =
  /** docx's word/document.xml has no <w:body>…</w:body>. */
  | { readonly reason: 'no-body' }
  /** The body docx wrote does not end with the section properties. */
  | { readonly reason: 'no-section-properties' }
  /** docx wrote a different number of body elements than it was given. */
  | { readonly reason: 'element-count'; readonly expected: number; readonly found: number }
  /** A list BodyWriter numbered has no numbering instance in the file docx wrote. */
  | { readonly reason: 'unnumbered-list'; readonly list: string };

export type SpliceResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly failure: SpliceFailure };

/** The failure in a few words, for a notice or a log (not translated: it names docx's XML). */
export function describeSpliceFailure(failure: SpliceFailure): string {
  switch (failure.reason) {
    case 'no-body':
      return 'word/document.xml has no <w:body>';
    case 'no-section-properties':
      return 'the body does not end with <w:sectPr>';
    case 'element-count':
      return `docx wrote ${failure.found} body elements, not ${failure.expected}`;
    case 'unnumbered-list':
      return `the list ${failure.list} has no numbering instance`;
  }
}

/** The top-level elements of some XML docx wrote (whose text and attribute values hold no "<" or ">"). */
function topLevelElements(xml: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const end = xml.indexOf('>', at);
    if (end === -1) break;
    if (xml[at + 1] === '/') {
      depth -= 1;
      if (depth === 0) elements.push(xml.slice(start, end + 1));
    } else if (xml[end - 1] === '/') {
      if (depth === 0) elements.push(xml.slice(at, end + 1));
    } else {
      if (depth === 0) start = at;
      depth += 1;
    }
    at = end;
  }
  return elements;
}

/**
 * The word/document.xml docx wrote (`written`, whose body holds only the elements of `body.fragments` and the
 * section properties) with the whole body put in, as UTF-8: the text form of the splice, apart from the packing.
 */
export function spliceDocumentXml(
  written: string,
  body: TextBody,
  numberIds: ReadonlyMap<string, string>,
):
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly failure: SpliceFailure } {
  const open = written.indexOf('<w:body>');
  const close = written.lastIndexOf('</w:body>');
  if (open === -1 || close === -1) return { ok: false, failure: { reason: 'no-body' } };
  const elements = topLevelElements(written.slice(open + '<w:body>'.length, close));
  const sectionProperties = elements.pop();
  if (!sectionProperties?.startsWith('<w:sectPr')) {
    return { ok: false, failure: { reason: 'no-section-properties' } };
  }
  if (elements.length !== body.fragments.length) {
    return {
      ok: false,
      failure: { reason: 'element-count', expected: body.fragments.length, found: elements.length },
    };
  }
  const filled = body.utf8(
    `${written.slice(0, open)}<w:body>`,
    elements,
    numberIds,
    `${sectionProperties}${written.slice(close)}`,
  );
  if ('unnumberedList' in filled) {
    return { ok: false, failure: { reason: 'unnumbered-list', list: filled.unnumberedList } };
  }
  return { ok: true, bytes: filled.bytes };
}

/** The number id docx gave each list's numbering instance, by the placeholder BodyWriter writes (listKey). */
function numberIds(document: Document): Map<string, string> {
  return new Map(
    document.Numbering.ConcreteNumbering.filter((n) => n.restartedListId === undefined).map((n) => [
      listKey(n),
      String(n.numId),
    ]),
  );
}

const DOCUMENT_XML = 'word/document.xml';

/** The .docx of `document` (whose sections' children are the components of `body.fragments`) with `body` in it. */
export async function spliceBody(
  document: Document,
  body: TextBody,
  parts: readonly PackagePart[],
): Promise<SpliceResult> {
  for (const list of body.lists.values()) {
    document.Numbering.createConcreteNumberingInstance(list.reference, list.instance);
  }
  // The parts in docx's order.
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document, false, [...parts])));
  const written = files[DOCUMENT_XML];
  if (written === undefined) return { ok: false, failure: { reason: 'no-body' } };
  const spliced = spliceDocumentXml(strFromU8(written), body, numberIds(document));
  if (!spliced.ok) return spliced;
  // The key is there already, so the part keeps its place.
  return { ok: true, bytes: zipSync({ ...files, [DOCUMENT_XML]: spliced.bytes }) };
}
