import type { FileChild } from 'docx';
import type { BodySink, BodyTarget } from './bodyTarget';
import { listKey, type ListNumbering } from './bodyXml';
import { stringOut } from './xml';

/** Marks where an element docx wrote goes in the XML text; control characters never come from text (cleanText). */
const SLOT_MARK = '\u0002';
const slot = (index: number) => `${SLOT_MARK}${index}${SLOT_MARK}`;
/** How BodyWriter writes a list's number id before it is known: `<w:numId w:val="{kt-bullet-0}"/>` (listKey). */
const LIST_ID = '<w:numId w:val="{';

/**
 * UTF-8 written into one growing buffer, piece by piece, so that the body is never one string: a large register's
 * body is tens of megabytes, and joining, searching and encoding it whole took a third of the export.
 */
class Utf8Writer {
  private static readonly encoder = new TextEncoder();
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = Utf8Writer.encoder.encodeInto(rest, this.buffer.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // A character takes at most three bytes for each UTF-16 unit.
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + rest.length * 3));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * The body as XML text, for spliceBody: what BodyWriter writes, element by element, with a slot wherever an element
 * docx must write goes (those components make docx's own body, which docx writes first).
 */
export class TextBody implements BodyTarget<string> {
  readonly out = stringOut;
  readonly shareElements = true;
  /** The components docx writes, in order, each written where its slot is. */
  readonly fragments: FileChild[] = [];
  /** The lists BodyWriter numbers, whose numbering instances the file must have. */
  readonly lists = new Map<string, ListNumbering>();
  /** The body's XML, one string per element, in order. */
  private readonly pieces: string[] = [];
  private textLength = 0;
  private spent = false;
  private children: FileChild[] = [];

  section(): { children: FileChild[]; sink: BodySink<string> } {
    this.children = [];
    const sink: BodySink<string> = {
      xml: (_rootKey, write) => this.add(write()),
      docx: (component) => this.add(this.docx(component)),
    };
    return { children: this.children, sink };
  }

  list(list: ListNumbering): void {
    const key = listKey(list);
    if (!this.lists.has(key)) this.lists.set(key, list);
  }

  docx(component: FileChild): string {
    this.fragments.push(component);
    this.children.push(component);
    return slot(this.fragments.length - 1);
  }

  /**
   * An element's XML. Built by concatenation, it is a tree of its pieces in V8 until read; searching it here has V8
   * make it one piece of memory, so the parts are short-lived garbage rather than millions of tree nodes kept until
   * the body is written out (which made garbage collection a third of the export).
   */
  private add(xml: string): void {
    xml.indexOf(SLOT_MARK);
    this.pieces.push(xml);
    this.textLength += xml.length;
  }

  /**
   * The document XML as UTF-8: `before`, the body with each slot filled with the element docx wrote for it
   * (`written`, in the order of `fragments`) and each list's placeholder with its number id, then `after`; the first
   * list without an id when one has none. The pieces are let go as they are written: a body is written out once.
   */
  utf8(
    before: string,
    written: readonly string[],
    numberIds: ReadonlyMap<string, string>,
    after: string,
  ): { bytes: Uint8Array } | { unnumberedList: string } {
    if (this.spent) throw new Error('the body was written out already');
    this.spent = true;
    const out = new Utf8Writer(
      Math.ceil(this.textLength * 1.05) + before.length * 3 + after.length * 3 + 1024,
    );
    out.write(before);
    for (let i = 0; i < this.pieces.length; i++) {
      const filled = fill(this.pieces[i]!, written, numberIds);
      if (typeof filled !== 'string') return filled;
      out.write(filled);
      this.pieces[i] = '';
    }
    out.write(after);
    return { bytes: out.bytes() };
  }
}

/** One element's XML with its slots and list placeholders filled in (most have neither: they are returned as they are). */
function fill(
  xml: string,
  written: readonly string[],
  numberIds: ReadonlyMap<string, string>,
): string | { unnumberedList: string } {
  let slotAt = xml.indexOf(SLOT_MARK);
  let listAt = xml.indexOf(LIST_ID);
  if (slotAt === -1 && listAt === -1) return xml;
  let result = '';
  let from = 0;
  while (slotAt !== -1 || listAt !== -1) {
    if (slotAt !== -1 && (listAt === -1 || slotAt < listAt)) {
      const end = xml.indexOf(SLOT_MARK, slotAt + 1);
      result += xml.slice(from, slotAt) + (written[Number(xml.slice(slotAt + 1, end))] ?? '');
      from = end + 1;
      slotAt = xml.indexOf(SLOT_MARK, from);
    } else {
      const keyAt = listAt + LIST_ID.length - 1;
      const end = xml.indexOf('"', keyAt);
      const key = xml.slice(keyAt, end);
      const id = numberIds.get(key);
      if (id === undefined) return { unnumberedList: key };
      result += xml.slice(from, keyAt) + id;
      from = end;
      listAt = xml.indexOf(LIST_ID, from);
    }
  }
  return result + xml.slice(from);
}
