import {
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  Header,
  ImageRun,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import { cleanText, safeColor } from '../cleanText';
import { base64ToBytes } from '../image';
import {
  documentHeadings,
  isFieldRun,
  type Block,
  type DocumentModel,
  type DocumentSection,
  type HeaderRun,
  type HeadingBlock,
  type RunningLine,
  type TocBlock,
} from '../model';
import type { BodySink, BodyTarget } from './bodyTarget';
import { ALIGN, BodyWriter, docxListItem, docxParagraph, docxRuns, GREY, headingStyle } from './bodyXml';
import { readableOnWhite } from './contrast';
import { documentStyles, NUMBERING } from './documentStyles';

/**
 * The document model as docx's Document: Word styles, A4 pages (landscape where the model asks), running header
 * and footer with page X of Y, a table of contents (filled in at export, or by Word), repeating table header rows,
 * the document language on every run and the core properties. The body goes to a BodyTarget: nearly all of it
 * BodyWriter writes (see ./bodyXml); docx writes the elements it must write itself (images, paragraphs with web
 * links, the paragraph that ends each section, and the table of contents it fills in).
 */

// A4 in twips (1/1440 inch), 2 cm margins.
const PAGE = { short: 11906, long: 16838, margin: 1134, headerFooter: 567 };
const textWidth = (orientation: 'portrait' | 'landscape') =>
  (orientation === 'portrait' ? PAGE.short : PAGE.long) - 2 * PAGE.margin;

const DEFAULT_ACCENT = '1F4E79';
const TWIPS_PER_MM = 1440 / 25.4;
const PX_PER_MM = 96 / 25.4;

const tocBlocks = (model: DocumentModel) =>
  model.sections.flatMap((s) => s.blocks.filter((b): b is TocBlock => b.type === 'toc'));

export const hasToc = (model: DocumentModel) => tocBlocks(model).length > 0;

class DocumentWriter<T> {
  private readonly accent: string;
  /** Word bookmark names: letters, digits and "_", at most 40 characters; "_" first hides them from the user. */
  private readonly bookmarks = new Map<string, string>();
  /**
   * The headings the table of contents lists, with their "_Toc" bookmarks, when BodyWriter writes the table itself
   * (see BodyWriter.toc); empty when docx fills it in, with page numbers from the estimator.
   */
  private readonly tocEntries = new Map<HeadingBlock, string>();
  private readonly body: BodyWriter<T>;

  constructor(
    private readonly model: DocumentModel,
    /** Lays out the pages to fill in the contents' page numbers; null leaves them to Word. */
    private readonly estimator: PageNumberEstimator | null,
    /** Where BodyWriter writes the body: as XML text (TextBody) or as docx's objects in docx's body (ObjectBody). */
    private readonly target: BodyTarget<T>,
  ) {
    // Headings and links are text in the accent colour: it must read on white (WCAG 2.1, 1.4.3).
    this.accent = readableOnWhite(safeColor(model.accentColor)?.slice(1) ?? DEFAULT_ACCENT);
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
    this.body = new BodyWriter(target.out, target, this.bookmarks, this.tocEntries, target.shareElements);
  }

  document(): Document {
    const model = this.model;
    return new Document({
      title: cleanText(model.properties.title),
      subject: cleanText(model.properties.subject),
      creator: cleanText(model.properties.author),
      description: cleanText(`${model.properties.title} · ${model.properties.version}`),
      lastModifiedBy: 'Kartotek',
      ...(this.estimator ? { pageNumbers: this.estimator } : {}),
      styles: documentStyles(this.accent, model.language),
      numbering: NUMBERING,
      sections: model.sections.map((section) => this.section(section)),
    });
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
    const { children, sink } = this.target.section();
    this.blocks(section, width, sink);
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
  private blocks(section: DocumentSection, width: number, sink: BodySink<T>): void {
    const body = this.body;
    const lastBlock = section.blocks.length - 1;
    const isTable = (block: Block | undefined) => block?.type === 'table' || block?.type === 'fieldTable';
    section.blocks.forEach((block, index) => {
      const last = index === lastBlock;
      // No empty paragraph makes space after a table (a screen reader reads it out as "blank"): the paragraph
      // after it has space above, and a heading has its own.
      const afterTable = isTable(section.blocks[index - 1]);
      switch (block.type) {
        case 'paragraph':
          if (last) sink.docx(docxParagraph(block, 'body', this.bookmarks, afterTable));
          else sink.xml('w:p', () => body.paragraph(block, 'body', afterTable));
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
          // The paragraph that ends the section after a table holds its properties; two tables need one between.
          if (last) sink.docx(new Paragraph({ children: [] }));
          else if (isTable(section.blocks[index + 1])) sink.xml('w:p', () => body.emptyParagraph());
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
          altText: {
            name: cleanText(block.alt),
            description: cleanText(block.alt),
            title: cleanText(block.alt),
          },
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
 * The docx Document of the model: properties, styles, numbering, A4 sections with their running header and
 * footer, and each section's body, which BodyWriter writes into `target` (docx writes only the elements it must).
 */
export function docxDocument<T>(
  model: DocumentModel,
  estimator: PageNumberEstimator | null,
  target: BodyTarget<T>,
): Document {
  return new DocumentWriter(model, estimator, target).document();
}
