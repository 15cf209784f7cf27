import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type IContext,
  type ISectionOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { LANGUAGE_TAGS } from '../../i18n/languages';
import { cleanText, safeColor } from '../cleanText';
import { base64ToBytes } from '../image';
import {
  documentHeadings,
  isFieldRun,
  type Block,
  type CellBlock,
  type DocumentModel,
  type DocumentSection,
  type HeaderRun,
  type HeadingBlock,
  type RunningLine,
  type TocBlock,
} from '../model';
import {
  ALIGN,
  BodyWriter,
  docxListItem,
  docxParagraph,
  docxRuns,
  GREY,
  headingStyle,
  listKey,
  type BodyHooks,
  type ListNumbering,
} from './bodyXml';
import { corePropertiesXml } from './coreProperties';
import { objectOut, stringOut, XmlBlock, type Xml } from './xml';

/**
 * Renders the document model to a .docx file with the `docx` library: Word styles, A4 pages (landscape where the
 * model asks), running header and footer with page X of Y, a table of contents filled in at export, repeating
 * table header rows, the document language on every run, and the core properties.
 *
 * docx writes the package: styles, numbering, settings, headers and footers, relationships, and the few body
 * elements it must write itself (images, paragraphs with web links, the paragraph that ends each section). The rest
 * of the body, nearly all of a large register, BodyWriter writes (see ./bodyXml): as XML text spliced into the
 * word/document.xml docx writes around those elements, or, when docx lays out the pages to number the table of
 * contents, as docx's objects inside its body.
 */

// A4 in twips (1/1440 inch), 2 cm margins.
const PAGE = { short: 11906, long: 16838, margin: 1134, headerFooter: 567 };
const textWidth = (orientation: 'portrait' | 'landscape') =>
  (orientation === 'portrait' ? PAGE.short : PAGE.long) - 2 * PAGE.margin;

const FONT = 'Arial';
const DEFAULT_ACCENT = '1F4E79';
const TWIPS_PER_MM = 1440 / 25.4;
const PX_PER_MM = 96 / 25.4;

const tocBlocks = (model: DocumentModel) =>
  model.sections.flatMap((s) => s.blocks.filter((b): b is TocBlock => b.type === 'toc'));

const hasToc = (model: DocumentModel) => tocBlocks(model).length > 0;

/** Where a section's body elements go: elements BodyWriter writes, and components docx writes. */
interface BodySink<T> {
  xml(rootKey: string, write: () => T): void;
  docx(component: FileChild): void;
}

/** Marks where an element docx wrote goes in the XML text; control characters never come from text (cleanText). */
const slot = (index: number) => `\u0002${index}\u0002`;

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

/** Body elements as XML text: what BodyWriter writes, with slots for what docx writes (see renderAsText). */
class TextBody implements BodyHooks<string> {
  /** The components docx writes, in order, each written where its slot is. */
  readonly fragments: FileChild[] = [];
  /** The lists BodyWriter numbers, whose numbering instances renderAsText adds to the file. */
  readonly lists = new Map<string, ListNumbering>();
  /** The body's XML, section by section. */
  readonly sections: string[] = [];
  private children: FileChild[] = [];

  /** Starts a section: the components it gets are docx's body of that section. */
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
}

/** Body elements as docx's objects: written by XmlBlocks when docx writes its body, in the context it gives. */
class ObjectHooks implements BodyHooks<Xml | string> {
  context: IContext | null = null;

  private get current(): IContext {
    if (!this.context) throw new Error('BodyWriter wrote outside of docx writing the body');
    return this.context;
  }

  list(list: ListNumbering): void {
    // What docx's paragraph properties do for a numbered paragraph.
    this.current.file.Numbering.createConcreteNumberingInstance(list.reference, list.instance);
  }

  docx(paragraph: Paragraph): Xml {
    return paragraph.prepForXml(this.current) ?? {};
  }
}

class DocxWriter {
  private readonly accent: string;
  /** Word bookmark names: letters, digits and "_", at most 40 characters; "_" first hides them from the user. */
  private readonly bookmarks = new Map<string, string>();
  /**
   * The headings the table of contents lists, with their "_Toc" bookmarks, when BodyWriter writes the table itself
   * (see BodyWriter.toc); empty when docx fills it in, with page numbers from the estimator.
   */
  private readonly tocEntries = new Map<HeadingBlock, string>();
  private readonly objects: { hooks: ObjectHooks; writer: BodyWriter<Xml | string> } | null;
  private readonly text: { body: TextBody; writer: BodyWriter<string> } | null;

  constructor(
    private readonly model: DocumentModel,
    /** Lays out the pages to fill in the contents' page numbers; null leaves them to Word. */
    private readonly estimator: PageNumberEstimator | null,
    /** How BodyWriter writes: as XML text (see renderAsText) or as docx's objects in docx's body. */
    form: 'text' | 'objects',
  ) {
    this.accent = safeColor(model.accentColor)?.slice(1) ?? DEFAULT_ACCENT;
    const headings = documentHeadings(model);
    for (const heading of headings) {
      if (heading.anchor && !this.bookmarks.has(heading.anchor)) {
        this.bookmarks.set(heading.anchor, `_Kt${this.bookmarks.size + 1}`);
      }
    }
    if (!estimator) {
      // Listed, as docx lists them: a heading down to the deepest level a table of contents shows, with text.
      const depth = Math.max(0, ...tocBlocks(model).map((toc) => toc.depth));
      for (const heading of headings) {
        if (heading.level <= depth && cleanText(heading.text).trim() !== '') {
          this.tocEntries.set(heading, `_Toc${this.tocEntries.size + 1}`);
        }
      }
    }
    if (form === 'text') {
      const body = new TextBody();
      this.text = { body, writer: new BodyWriter(stringOut, body, this.bookmarks, this.tocEntries, true) };
      this.objects = null;
    } else {
      const hooks = new ObjectHooks();
      this.objects = {
        hooks,
        writer: new BodyWriter(objectOut, hooks, this.bookmarks, this.tocEntries, false),
      };
      this.text = null;
    }
  }

  /** The body as XML text, once document() has written it. */
  get textBody(): TextBody | null {
    return this.text?.body ?? null;
  }

  document(): Document {
    const model = this.model;
    return new Document({
      title: cleanText(model.properties.title),
      subject: cleanText(model.properties.subject),
      creator: cleanText(model.properties.author),
      description: cleanText(`${model.properties.title} · ${model.properties.version}`),
      lastModifiedBy: 'Kartotek',
      ...(this.estimator
        ? { pageNumbers: this.estimator }
        : hasToc(model)
          ? { features: { updateFields: true } }
          : {}),
      styles: this.styles(),
      numbering: {
        config: [
          {
            reference: 'kt-bullet',
            levels: [
              {
                level: 0,
                format: LevelFormat.BULLET,
                text: '•',
                alignment: AlignmentType.LEFT,
                style: { paragraph: { indent: { left: 360, hanging: 240 } } },
              },
            ],
          },
          {
            reference: 'kt-bullet-table',
            levels: [
              {
                level: 0,
                format: LevelFormat.BULLET,
                text: '•',
                alignment: AlignmentType.LEFT,
                style: { paragraph: { indent: { left: 200, hanging: 160 } } },
              },
            ],
          },
          {
            reference: 'kt-number',
            levels: [
              {
                level: 0,
                format: LevelFormat.DECIMAL,
                text: '%1.',
                alignment: AlignmentType.LEFT,
                style: { paragraph: { indent: { left: 400, hanging: 300 } } },
              },
            ],
          },
        ],
      },
      sections: model.sections.map((section) => this.section(section)),
    });
  }

  private styles() {
    const language = { value: LANGUAGE_TAGS[this.model.language] };
    const heading = (size: number, before: number, after: number) => ({
      run: { font: FONT, size, bold: true, color: this.accent },
      paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
    });
    const style = (id: string, name: string, run: object, paragraph: object) => ({
      id,
      name,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, ...run },
      paragraph,
    });
    return {
      default: {
        document: {
          run: { font: FONT, size: 20, color: GREY.text, language },
          paragraph: { spacing: { after: 120, line: 264 } },
        },
        heading1: heading(30, 360, 160),
        heading2: heading(24, 280, 120),
        heading3: heading(21, 200, 80),
        hyperlink: { run: { color: this.accent, underline: {} } },
      },
      paragraphStyles: [
        style(
          'KtCoverTitle',
          'Kartotek Cover Title',
          { size: 48, bold: true, color: this.accent },
          { spacing: { before: 2400, after: 240 } },
        ),
        style(
          'KtTitle',
          'Kartotek Title',
          { size: 44, bold: true, color: this.accent },
          { spacing: { after: 160 } },
        ),
        style('KtSubtitle', 'Kartotek Subtitle', { size: 32, bold: true }, { spacing: { after: 240 } }),
        style('KtLead', 'Kartotek Lead', { size: 24, color: '4B5563' }, { spacing: { after: 480 } }),
        style('KtClosing', 'Kartotek Closing', {}, { spacing: { before: 480 } }),
        style('KtTable', 'Kartotek Table Text', { size: 18 }, { spacing: { after: 40, line: 240 } }),
        style(
          'KtCompact',
          'Kartotek Compact Table Text',
          { size: 15 },
          { spacing: { after: 20, line: 230 } },
        ),
        style(
          'KtFieldRef',
          'Kartotek Field Reference',
          { size: 14, color: GREY.muted },
          { spacing: { after: 0 } },
        ),
        style(
          'KtRunning',
          'Kartotek Header and Footer',
          { size: 15, color: '4B5563' },
          { spacing: { after: 0 } },
        ),
        style(
          'KtTocTitle',
          'Kartotek Contents Title',
          { size: 30, bold: true, color: this.accent },
          { spacing: { after: 200 } },
        ),
      ],
    };
  }

  private section(section: DocumentSection): ISectionOptions {
    const width = textWidth(section.orientation);
    return {
      properties: {
        page: {
          size: {
            width: PAGE.short,
            height: PAGE.long,
            orientation:
              section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: PAGE.margin,
            bottom: PAGE.margin,
            left: PAGE.margin,
            right: PAGE.margin,
            header: PAGE.headerFooter,
            footer: PAGE.headerFooter,
          },
        },
      },
      // A section without its own header would inherit the previous one's: give it an empty one instead.
      headers: { default: new Header({ children: [this.runningLine(section.header, width, 'header')] }) },
      footers: { default: new Footer({ children: [this.runningLine(section.footer, width, 'footer')] }) },
      children: this.sectionChildren(section, width),
    };
  }

  private sectionChildren(section: DocumentSection, width: number): FileChild[] {
    if (this.text) {
      const { children, sink } = this.text.body.section();
      this.blocks(section, width, this.text.writer, sink);
      return children;
    }
    const { hooks, writer } = this.objects!;
    const children: FileChild[] = [];
    this.blocks(section, width, writer, {
      xml: (rootKey, write) =>
        children.push(
          new XmlBlock(rootKey, (context) => {
            hooks.context = context;
            return write() as Xml;
          }),
        ),
      docx: (component) => children.push(component),
    });
    return children;
  }

  private runningLine(line: RunningLine | null, width: number, where: 'header' | 'footer'): Paragraph {
    if (!line) return new Paragraph({ style: 'KtRunning', children: [] });
    const rule = { style: BorderStyle.SINGLE, size: 4, color: GREY.border, space: 4 };
    return new Paragraph({
      style: 'KtRunning',
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      border: where === 'header' ? { bottom: rule } : { top: rule },
      children: [
        ...line.left.map((r) => this.headerRun(r)),
        new TextRun({ children: [new Tab()] }),
        ...line.right.map((r) => this.headerRun(r)),
      ],
    });
  }

  private headerRun(value: HeaderRun): ParagraphChild {
    if (isFieldRun(value)) {
      return new TextRun({
        children: [value.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES],
      });
    }
    return docxRuns(value, this.bookmarks)[0] ?? new TextRun('');
  }

  /** A heading as a docx Paragraph, for the end of a section, in the same bookmarks BodyWriter.heading writes. */
  private docxHeading(block: HeadingBlock): Paragraph {
    const text = new TextRun(cleanText(block.text));
    const bookmark = block.anchor ? this.bookmarks.get(block.anchor) : undefined;
    const content = bookmark ? new Bookmark({ id: bookmark, children: [text] }) : text;
    const toc = this.tocEntries.get(block);
    return new Paragraph({
      heading: headingStyle(block.level),
      children: [toc ? new Bookmark({ id: toc, children: [content] }) : content],
    });
  }

  /**
   * A section's blocks, in order. Its last element is one docx writes, as docx puts the section's properties in the
   * paragraph that ends it.
   */
  private blocks<T>(section: DocumentSection, width: number, body: BodyWriter<T>, sink: BodySink<T>): void {
    const lastBlock = section.blocks.length - 1;
    section.blocks.forEach((block, index) => {
      const last = index === lastBlock;
      switch (block.type) {
        case 'paragraph':
          if (last) sink.docx(docxParagraph(block, 'body', this.bookmarks));
          else sink.xml('w:p', () => body.paragraph(block, 'body'));
          return;
        case 'heading':
          if (last) sink.docx(this.docxHeading(block));
          else sink.xml('w:p', () => body.heading(block));
          return;
        case 'list': {
          const list = body.listNumbering(block.ordered, 'body');
          block.items.forEach((runs, item) => {
            if (last && item === block.items.length - 1) sink.docx(docxListItem(runs, list, this.bookmarks));
            else sink.xml('w:p', () => body.listItem(runs, list));
          });
          return;
        }
        case 'table':
        case 'fieldTable':
          sink.xml('w:tbl', () =>
            block.type === 'table' ? body.table(block, width) : body.fieldTable(block, width),
          );
          if (last) sink.docx(new Paragraph({ children: [] }));
          else sink.xml('w:p', () => body.emptyParagraph());
          return;
        case 'toc':
          sink.docx(new Paragraph({ style: 'KtTocTitle', children: [new TextRun(cleanText(block.title))] }));
          if (this.estimator) {
            sink.docx(
              new TableOfContents(cleanText(block.title), {
                hyperlink: true,
                headingStyleRange: `1-${block.depth}`,
              }),
            );
          } else sink.xml('w:sdt', () => body.toc(block, width));
          return;
        case 'pageBreak':
          sink.docx(new Paragraph({ children: [new PageBreak()] }));
          return;
        case 'image':
          sink.docx(this.image(block));
          return;
      }
    });
  }

  private image(block: Extract<Block, { type: 'image' }>): Paragraph {
    const scale = Math.min(
      1,
      (block.maxWidthMm * PX_PER_MM) / block.image.widthPx,
      (block.maxHeightMm * PX_PER_MM) / block.image.heightPx,
    );
    return new Paragraph({
      alignment: ALIGN[block.align ?? 'left'],
      spacing: { after: Math.round(6 * TWIPS_PER_MM) },
      children: [
        new ImageRun({
          type: block.image.mediaType === 'image/png' ? 'png' : 'jpg',
          data: base64ToBytes(block.image.dataBase64),
          transformation: {
            width: Math.max(1, Math.round(block.image.widthPx * scale)),
            height: Math.max(1, Math.round(block.image.heightPx * scale)),
          },
        }),
      ],
    });
  }
}

/**
 * How the table of contents gets its page numbers. 'estimate' lays the pages out at export, so every reader (and
 * LibreOffice) sees them, but it takes seconds per handful of activities; 'word' leaves them to Word, which offers
 * to update the fields when it opens the file; 'auto' estimates when the document is short enough to do it quickly.
 */
export type TocPageNumbers = 'auto' | 'estimate' | 'word';

export interface DocxOptions {
  readonly tocPageNumbers?: TocPageNumbers;
}

/** Above this many table cells, laying out the pages at export takes longer than a user should wait. */
const ESTIMATE_MAX_CELLS = 200;

function cellsIn(blocks: readonly (Block | CellBlock)[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'table') {
      for (const row of [...(block.header ? [block.header] : []), ...block.rows]) {
        for (const cell of row) count += 1 + cellsIn(cell.blocks);
      }
    } else if (block.type === 'fieldTable') {
      for (const row of block.rows) count += 2 + cellsIn(row.value);
    }
  }
  return count;
}

export function tableCellCount(model: DocumentModel): number {
  return model.sections.reduce((sum, section) => sum + cellsIn(section.blocks), 0);
}

const coreProperties = (model: DocumentModel) => ({
  path: 'docProps/core.xml',
  data: corePropertiesXml(model),
});

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
 * The document with BodyWriter's body as XML text: docx writes the package with only the elements it must write in
 * the body, BodyWriter's XML goes around them in word/document.xml, and docx writes the package again with that
 * document.xml. Writing the same file twice gives the same parts: the relationships and numbering the first
 * writing added stay. Null when docx's body is not what was expected (then the document is written the other way).
 */
async function renderAsText(model: DocumentModel): Promise<Uint8Array | null> {
  const writer = new DocxWriter(model, null, 'text');
  const document = writer.document();
  const body = writer.textBody!;
  for (const list of body.lists.values()) {
    document.Numbering.createConcreteNumberingInstance(list.reference, list.instance);
  }
  const first = await Packer.toArrayBuffer(document, false, [coreProperties(model)]);
  const written = await (await JSZip.loadAsync(first)).file('word/document.xml')?.async('string');
  const open = written?.indexOf('<w:body>') ?? -1;
  const close = written?.lastIndexOf('</w:body>') ?? -1;
  if (!written || open === -1 || close === -1) return null;
  const elements = topLevelElements(written.slice(open + '<w:body>'.length, close));
  const sectionProperties = elements.pop();
  if (!sectionProperties?.startsWith('<w:sectPr') || elements.length !== body.fragments.length) return null;

  const numberIds = new Map(
    document.Numbering.ConcreteNumbering.filter((n) => n.restartedListId === undefined).map((n) => [
      `{${n.reference}-${n.instance}}`,
      String(n.numId),
    ]),
  );
  let missing = false;
  const xml = body.sections
    .join('')
    // eslint-disable-next-line no-control-regex -- the slots are control characters, which text never holds
    .replace(/\u0002(\d+)\u0002|w:val="(\{[^"{}]+\})"/g, (match, fragment?: string, key?: string) => {
      if (fragment !== undefined) return elements[Number(fragment)] ?? '';
      const id = numberIds.get(key!);
      if (id === undefined) missing = true;
      return id === undefined ? match : `w:val="${id}"`;
    });
  if (missing) return null;
  const documentXml = `${written.slice(0, open)}<w:body>${xml}${sectionProperties}${written.slice(close)}`;
  const bytes = await Packer.toArrayBuffer(document, false, [
    coreProperties(model),
    { path: 'word/document.xml', data: documentXml },
  ]);
  return new Uint8Array(bytes);
}

/** Whether the table of contents gets its page numbers from laying out the pages (see TocPageNumbers). */
function estimates(model: DocumentModel, options: DocxOptions): boolean {
  const mode = options.tocPageNumbers ?? 'auto';
  return (
    hasToc(model) && (mode === 'estimate' || (mode === 'auto' && tableCellCount(model) <= ESTIMATE_MAX_CELLS))
  );
}

/** The document with BodyWriter's body as docx's objects, written by docx with the rest. */
async function renderAsObjects(model: DocumentModel, estimate: boolean): Promise<Uint8Array> {
  // The layout engine is large: loaded only when a document needs it, so the app's first screen does not wait.
  const estimator = estimate ? (await import('docx/layout')).estimatePageNumbers : null;
  const document = new DocxWriter(model, estimator, 'objects').document();
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [coreProperties(model)]));
}

/** The document as the bytes of a .docx file. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const estimate = estimates(model, options);
  // Laying out the pages needs the body as docx's objects; otherwise it is written as text, much faster.
  if (!estimate) {
    const bytes = await renderAsText(model);
    if (bytes) return bytes;
  }
  return renderAsObjects(model, estimate);
}

/** How the body is written: as XML text into word/document.xml, or as docx's objects inside docx's body. */
export type BodyForm = 'text' | 'objects';

/** renderDocx with the body in the given form, for tests that compare the two; 'text' cannot lay out pages. */
export async function renderDocxAs(
  model: DocumentModel,
  options: DocxOptions,
  form: BodyForm,
): Promise<Uint8Array> {
  const estimate = estimates(model, options);
  if (form === 'objects') return renderAsObjects(model, estimate);
  if (estimate) throw new Error("the pages are laid out on docx's objects, not on a body written as text");
  const bytes = await renderAsText(model);
  if (!bytes) throw new Error('docx did not write the body elements it was given');
  return bytes;
}
