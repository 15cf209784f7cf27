import type { FileChild } from 'docx';
import type { BodySink, BodyTarget } from './bodyTarget';
import { listKey, type ListNumbering } from './bodyXml';
import { stringOut } from './xml';

/** Marks where an element docx wrote goes in the XML text; control characters never come from text (cleanText). */
const SLOT_MARK = '\u0002';
const slot = (index: number) => `${SLOT_MARK}${index}${SLOT_MARK}`;
/** How BodyWriter writes a list's number id before it is known: `<w:numId w:val="{kt-bullet-0}"/>` (listKey). */
const LIST_ID = '<w:numId w:val="{';

const encoder = new TextEncoder();
/** Fresh memory is slow to touch on a loaded machine: the body goes into chunks that are filled once, never copied. */
const CHUNK_BYTES = 1 << 20;

/**
 * UTF-8 written piece by piece into chunks, so that the body is never one string: a large register's body is tens
 * of megabytes, and keeping, joining, searching and encoding it as text took half the export, much of it in garbage
 * collection of the strings kept until the end.
 */
class Utf8Chunks {
  readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(0);
  private used = 0;
  /** Bytes written so far. */
  length = 0;

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.chunk.subarray(this.used));
      this.used += written;
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.chunks.push(this.chunk.subarray(0, this.used));
      // A character takes at most three bytes for each UTF-16 unit.
      this.chunk = new Uint8Array(Math.max(CHUNK_BYTES, rest.length * 3));
      this.used = 0;
    }
  }

  /** Every chunk, the last one too. */
  all(): Uint8Array[] {
    return [...this.chunks, this.chunk.subarray(0, this.used)];
  }
}

/** Bytes put together into one array of the size they take. */
class ByteJoin {
  readonly bytes: Uint8Array;
  private length = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }

  append(part: Uint8Array): void {
    this.bytes.set(part, this.length);
    this.length += part.length;
  }
}

/** A place in the body for what is known only once docx has written: its element for a slot, a list's number id. */
interface Hole {
  /** Where it goes in the body's bytes. */
  readonly at: number;
  /** The slot's index in `fragments`, or the list's placeholder (listKey). */
  readonly fill: number | string;
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
  /** The body as UTF-8, with holes. */
  private readonly body = new Utf8Chunks();
  private readonly holes: Hole[] = [];
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
   * An element's XML, encoded at once: the string (a tree of its pieces in V8, until read) is short-lived garbage,
   * and the slots and list placeholders in it become holes.
   */
  private add(xml: string): void {
    let slotAt = xml.indexOf(SLOT_MARK);
    let listAt = xml.indexOf(LIST_ID);
    let from = 0;
    while (slotAt !== -1 || listAt !== -1) {
      if (slotAt !== -1 && (listAt === -1 || slotAt < listAt)) {
        const end = xml.indexOf(SLOT_MARK, slotAt + 1);
        this.body.write(xml.slice(from, slotAt));
        this.holes.push({ at: this.body.length, fill: Number(xml.slice(slotAt + 1, end)) });
        from = end + 1;
        slotAt = xml.indexOf(SLOT_MARK, from);
      } else {
        const keyAt = listAt + LIST_ID.length - 1;
        const end = xml.indexOf('"', keyAt);
        this.body.write(xml.slice(from, keyAt));
        this.holes.push({ at: this.body.length, fill: xml.slice(keyAt, end) });
        from = end;
        listAt = xml.indexOf(LIST_ID, from);
      }
    }
    this.body.write(from === 0 ? xml : xml.slice(from));
  }

  /**
   * The document XML as UTF-8: `before`, the body with each slot filled with the element docx wrote for it
   * (`written`, in the order of `fragments`) and each list's placeholder with its number id, then `after`; the first
   * list without an id when one has none.
   */
  utf8(
    before: string,
    written: readonly string[],
    numberIds: ReadonlyMap<string, string>,
    after: string,
  ): { bytes: Uint8Array } | { unnumberedList: string } {
    const fills = new Map<number | string, Uint8Array>();
    for (const { fill } of this.holes) {
      if (fills.has(fill)) continue;
      const text = typeof fill === 'number' ? (written[fill] ?? '') : numberIds.get(fill);
      if (text === undefined) return { unnumberedList: String(fill) };
      fills.set(fill, encoder.encode(text));
    }
    const head = encoder.encode(before);
    const tail = encoder.encode(after);
    let size = head.length + this.body.length + tail.length;
    for (const { fill } of this.holes) size += fills.get(fill)!.length;
    const out = new ByteJoin(size);
    out.append(head);
    // The body's chunks, with each hole's bytes put in where it is.
    const chunks = this.body.all();
    let chunk = 0;
    let chunkStart = 0;
    let at = 0;
    const copyTo = (end: number) => {
      while (at < end) {
        const current = chunks[chunk]!;
        const stop = Math.min(end, chunkStart + current.length);
        out.append(current.subarray(at - chunkStart, stop - chunkStart));
        at = stop;
        if (at === chunkStart + current.length) {
          chunkStart += current.length;
          chunk += 1;
        }
      }
    };
    for (const hole of this.holes) {
      copyTo(hole.at);
      out.append(fills.get(hole.fill)!);
    }
    copyTo(this.body.length);
    out.append(tail);
    return { bytes: out.bytes };
  }
}
