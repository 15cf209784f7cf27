import type { FileChild, IContext, Paragraph } from 'docx';
import type { BodySink, BodyTarget } from './bodyTarget';
import type { ListNumbering } from './bodyXml';
import { objectOut, XmlBlock, type Xml } from './xml';

/**
 * The body as docx's objects, inside docx's own body: each element BodyWriter writes is an XmlBlock, written when
 * docx writes the document, in the context docx gives it (its numbering, its relationships). Needed when docx lays
 * out the pages to number the table of contents.
 */
export class ObjectBody implements BodyTarget<Xml | string> {
  readonly out = objectOut;
  readonly shareElements = false;
  private context: IContext | null = null;

  private get current(): IContext {
    if (!this.context) throw new Error('BodyWriter wrote outside of docx writing the body');
    return this.context;
  }

  section(): { children: FileChild[]; sink: BodySink<Xml | string> } {
    const children: FileChild[] = [];
    const sink: BodySink<Xml | string> = {
      xml: (rootKey, write) =>
        children.push(
          new XmlBlock(rootKey, (context) => {
            this.context = context;
            return write() as Xml;
          }),
        ),
      docx: (component) => children.push(component),
    };
    return { children, sink };
  }

  list(list: ListNumbering): void {
    // What docx's paragraph properties do for a numbered paragraph.
    this.current.file.Numbering.createConcreteNumberingInstance(list.reference, list.instance);
  }

  docx(paragraph: Paragraph): Xml {
    return paragraph.prepForXml(this.current) ?? {};
  }
}
