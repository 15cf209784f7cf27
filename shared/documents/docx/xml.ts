import { FileChild, type IContext, type IXmlableObject } from 'docx';

/**
 * WordprocessingML for the elements a large document has tens of thousands of (paragraphs, runs, table rows and
 * cells), written without making a docx component for each: making a Paragraph, TextRun or TableCell and having
 * it prepare and write itself took seconds and most of the memory of a register of a thousand activities.
 *
 * BodyWriter writes through an XmlOut, in one of two forms:
 * - objectOut: the objects docx serialises (`{ "w:p": [...] }`, attributes under `_attr`), exactly as its own
 *   components would give them, for a body docx writes itself (when it lays the pages out to number the
 *   contents, it needs the body as those objects);
 * - stringOut: the XML text those objects serialise to, for a body written straight into word/document.xml.
 */

export type Xml = IXmlableObject;
export type Attributes = Readonly<Record<string, string | number>>;

/** How BodyWriter's elements are made: as docx's objects, or as XML text. */
export interface XmlOut<T> {
  /** An element with its attributes (or none) and content: elements and text, in order. */
  element(name: string, attributes: Attributes | null, children: readonly T[]): T;
  /** Text content. */
  text(value: string): T;
}

const EMPTY: Xml = Object.freeze({});

/** As docx's components write: no content and no attributes is `{}`, attributes alone are not in an array. */
export const objectOut: XmlOut<Xml | string> = {
  element(name, attributes, children) {
    if (children.length === 0) return { [name]: attributes ? { _attr: attributes } : EMPTY };
    return { [name]: attributes ? [{ _attr: attributes }, ...children] : children };
  },
  text: (value) => value,
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// eslint-disable-next-line no-control-regex -- docx drops the control characters XML does not allow
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPE_ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Escapes text and attribute values as docx does: all five entities, and the control characters XML forbids dropped. */
export const escapeXml = (value: string): string =>
  TO_ESCAPE.test(value) ? value.replace(ESCAPE_ALL, (char) => ESCAPES[char] ?? '') : value;

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const key in attributes) {
    const value = attributes[key]!;
    text += ` ${key}="${typeof value === 'string' ? escapeXml(value) : value}"`;
  }
  return text;
}

/** The XML docx writes for those objects: `<w:b/>`, `<w:t xml:space="preserve">…</w:t>`. */
export const stringOut: XmlOut<string> = {
  element(name, attributes, children) {
    const open = attributes ? `<${name}${attributeText(attributes)}` : `<${name}`;
    if (children.length === 0) return `${open}/>`;
    let content = '';
    for (const child of children) content += child;
    return `${open}>${content}</${name}>`;
  },
  text: escapeXml,
};

/**
 * docx's traversal stack. docx types it as the objects components write, but keeps the components themselves
 * on it and tells them apart at run time (instanceof, rootKey); so to us it holds values of unknown type.
 */
function componentStack(context: IContext): unknown[] {
  return context.stack;
}

/**
 * A body-level block whose XML objects are written when the document is: docx calls prepForXml with the context
 * it writes in (the file's numbering and relationships), and takes the object it returns as the element.
 */
export class XmlBlock extends FileChild {
  constructor(
    rootKey: string,
    private readonly write: (context: IContext) => Xml,
  ) {
    super(rootKey);
  }

  override prepForXml(context: IContext): Xml {
    // On the stack like any component: docx's own components look up the stack for their parents.
    componentStack(context).push(this);
    try {
      return this.write(context);
    } finally {
      context.stack.pop();
    }
  }
}
