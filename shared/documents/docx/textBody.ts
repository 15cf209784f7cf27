import type { FileChild } from 'docx';
import type { BodySink, BodyTarget } from './bodyTarget';
import { listKey, type ListNumbering } from './bodyXml';
import { stringOut } from './xml';

/** Marks where an element docx wrote goes in the XML text; control characters never come from text (cleanText). */
const slot = (index: number) => `\u0002${index}\u0002`;

/** A slot, or the placeholder BodyWriter writes for a list's number id (listKey). */
// eslint-disable-next-line no-control-regex -- the slots are control characters, which text never holds
const SLOT_OR_LIST_KEY = /\u0002(\d+)\u0002|w:val="(\{[^"{}]+\})"/g;

/**
 * The string as one piece of memory. An element's XML is built by concatenation, which V8 keeps as a tree of the
 * pieces until the string is read; read once per block, the pieces are short-lived garbage rather than millions of
 * tree nodes kept until the whole body is read (which made garbage collection a third of the export). Searching a
 * string is one way to have V8 flatten it.
 */
const flat = (xml: string): string => {
  xml.indexOf('\u0002');
  return xml;
};

/**
 * The body as XML text, for spliceBody: what BodyWriter writes, with a slot wherever an element docx must write
 * goes (those components make docx's own body, which docx writes first).
 */
export class TextBody implements BodyTarget<string> {
  readonly out = stringOut;
  readonly shareElements = true;
  /** The components docx writes, in order, each written where its slot is. */
  readonly fragments: FileChild[] = [];
  /** The lists BodyWriter numbers, whose numbering instances the file must have. */
  readonly lists = new Map<string, ListNumbering>();
  /** The body's XML, section by section. */
  private readonly sections: string[] = [];
  private children: FileChild[] = [];

  section(): { children: FileChild[]; sink: BodySink<string> } {
    this.children = [];
    this.sections.push('');
    const index = this.sections.length - 1;
    const sink: BodySink<string> = {
      xml: (_rootKey, write) => {
        this.sections[index] += flat(write());
      },
      docx: (component) => {
        this.sections[index] += this.docx(component);
      },
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
   * The whole body's XML, with each slot filled with the element docx wrote for it (`written`, in the order of
   * `fragments`) and each list's placeholder with its number id; the first list without an id when one has none.
   */
  xml(
    written: readonly string[],
    numberIds: ReadonlyMap<string, string>,
  ): { xml: string } | { unnumberedList: string } {
    let unnumbered: string | null = null;
    const xml = this.sections.join('').replace(SLOT_OR_LIST_KEY, (match, fragment?: string, key?: string) => {
      if (fragment !== undefined) return written[Number(fragment)] ?? '';
      const id = numberIds.get(key!);
      if (id === undefined) unnumbered ??= key!;
      return id === undefined ? match : `w:val="${id}"`;
    });
    return unnumbered === null ? { xml } : { unnumberedList: unnumbered };
  }
}
