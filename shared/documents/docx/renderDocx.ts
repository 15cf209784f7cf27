import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import { LANGUAGE_TAGS } from '../../i18n/languages';
import { cleanText, safeColor, safeHref } from '../cleanText';
import { base64ToBytes } from '../image';
import {
  documentHeadings,
  isFieldRun,
  type Block,
  type CellBlock,
  type DocumentModel,
  type FieldTableBlock,
  type HeaderRun,
  type ParagraphBlock,
  type RunningLine,
  type TableBlock,
  type TableCell as ModelCell,
  type TextRun as ModelRun,
} from '../model';
import { corePropertiesXml } from './coreProperties';

/**
 * Renders the document model to a .docx file with the `docx` library: Word styles, A4 pages (landscape where the
 * model asks), running header and footer with page X of Y, a table of contents filled in at export, repeating
 * table header rows, the document language on every run, and the core properties.
 */

// A4 in twips (1/1440 inch), 2 cm margins.
const PAGE = { short: 11906, long: 16838, margin: 1134, headerFooter: 567 };
const textWidth = (orientation: 'portrait' | 'landscape') =>
  (orientation === 'portrait' ? PAGE.short : PAGE.long) - 2 * PAGE.margin;

const FONT = 'Arial';
const DEFAULT_ACCENT = '1F4E79';
const GREY = { border: 'BFC5CC', headerFill: 'E7EBF0', labelFill: 'F3F5F7', muted: '6B7280', text: '1F2328' };
const CELL_MARGIN = { top: 50, bottom: 50, left: 90, right: 90 };
const TWIPS_PER_MM = 1440 / 25.4;
const PX_PER_MM = 96 / 25.4;

type CellMode = 'body' | 'table' | 'compact';

const PARAGRAPH_STYLE: Record<NonNullable<ParagraphBlock['style']>, string | undefined> = {
  body: undefined,
  coverTitle: 'KtCoverTitle',
  title: 'KtTitle',
  subtitle: 'KtSubtitle',
  lead: 'KtLead',
  closing: 'KtClosing',
};

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Text length of a cell's content, to tell short rows (kept on one page) from long ones (left to break). */
function textLength(blocks: readonly CellBlock[]): number {
  let length = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') length += block.runs.reduce((sum, r) => sum + r.text.length, 0);
    else if (block.type === 'list') length += block.items.flat().reduce((sum, r) => sum + r.text.length, 0);
    else length += block.rows.flat().reduce((sum, c) => sum + textLength(c.blocks), 0);
  }
  return length;
}

/** A row that cannot split must fit on a page, or Word cuts it off: only short rows are kept together. */
const KEEP_ROW_MAX_CHARACTERS = 1200;
const keepRowTogether = (row: readonly ModelCell[]) =>
  row.reduce((sum, c) => sum + textLength(c.blocks), 0) <= KEEP_ROW_MAX_CHARACTERS;

class DocxWriter {
  private readonly accent: string;
  /** Word bookmark names: letters, digits and "_", at most 40 characters; "_" first hides them from the user. */
  private readonly bookmarks = new Map<string, string>();
  private listInstance = 0;

  constructor(
    private readonly model: DocumentModel,
    /** Lays out the pages to fill in the contents' page numbers; null leaves them to Word. */
    private readonly estimator: PageNumberEstimator | null,
  ) {
    this.accent = safeColor(model.accentColor)?.slice(1) ?? DEFAULT_ACCENT;
    for (const heading of documentHeadings(model)) {
      if (heading.anchor && !this.bookmarks.has(heading.anchor)) {
        this.bookmarks.set(heading.anchor, `_Kt${this.bookmarks.size + 1}`);
      }
    }
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

  private section(section: DocumentModel['sections'][number]): ISectionOptions {
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
      children: section.blocks.flatMap((block) => this.block(block, width)),
    };
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
    return this.runs(value)[0] ?? new TextRun('');
  }

  /** One model run: "\n" becomes a line break; links become hyperlinks. */
  private runs(value: ModelRun, size?: number): ParagraphChild[] {
    const parts = cleanText(value.text).split('\n');
    const textRuns = parts.map(
      (part, index) =>
        new TextRun({
          text: part,
          ...(index > 0 ? { break: 1 } : {}),
          ...(value.bold ? { bold: true } : {}),
          ...(value.italic ? { italics: true } : {}),
          ...(value.muted ? { color: GREY.muted } : {}),
          ...(size ? { size } : {}),
          ...(value.href || value.anchor ? { style: 'Hyperlink' } : {}),
        }),
    );
    const href = safeHref(value.href);
    if (href) return [new ExternalHyperlink({ link: href, children: textRuns })];
    const bookmark = value.anchor ? this.bookmarks.get(value.anchor) : undefined;
    if (bookmark) return [new InternalHyperlink({ anchor: bookmark, children: textRuns })];
    return textRuns;
  }

  private paragraph(block: ParagraphBlock, mode: CellMode): Paragraph {
    const style =
      mode === 'body' ? PARAGRAPH_STYLE[block.style ?? 'body'] : mode === 'compact' ? 'KtCompact' : 'KtTable';
    return new Paragraph({
      ...(style ? { style } : {}),
      ...(block.align ? { alignment: ALIGN[block.align] } : {}),
      // In a table, keep-with-next would chain whole rows together: only body paragraphs keep with the next.
      ...(block.keepWithNext && mode === 'body' ? { keepNext: true } : {}),
      children: block.runs.flatMap((r) => this.runs(r)),
    });
  }

  private list(items: readonly (readonly ModelRun[])[], ordered: boolean, mode: CellMode): Paragraph[] {
    this.listInstance += 1;
    const instance = this.listInstance;
    const style = mode === 'compact' ? 'KtCompact' : mode === 'table' ? 'KtTable' : undefined;
    return items.map(
      (runs) =>
        new Paragraph({
          ...(style ? { style } : { spacing: { after: 60 } }),
          numbering: {
            reference: ordered ? 'kt-number' : mode === 'body' ? 'kt-bullet' : 'kt-bullet-table',
            level: 0,
            instance,
          },
          children: runs.flatMap((r) => this.runs(r)),
        }),
    );
  }

  private cellContent(blocks: readonly CellBlock[], width: number, mode: CellMode): (Paragraph | Table)[] {
    const content = blocks.flatMap((block): (Paragraph | Table)[] => {
      if (block.type === 'paragraph') return [this.paragraph(block, mode)];
      if (block.type === 'list') return this.list(block.items, block.ordered, mode);
      // Word needs a paragraph after a nested table, or it merges the table with the cell's end.
      return [this.table(block, width), new Paragraph({ style: 'KtCompact', children: [] })];
    });
    return content.length ? content : [new Paragraph({ style: 'KtTable', children: [] })];
  }

  private cell(cell: ModelCell, width: number, mode: CellMode, fill?: string): TableCell {
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: CELL_MARGIN,
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: this.cellContent(cell.blocks, width - CELL_MARGIN.left - CELL_MARGIN.right, mode),
    });
  }

  private borders() {
    const line = { style: BorderStyle.SINGLE, size: 4, color: GREY.border };
    return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  }

  private table(block: TableBlock, width: number): Table {
    const total = block.columns.reduce((sum, w) => sum + w, 0) || 1;
    const widths = block.columns.map((w) => Math.floor((w / total) * width));
    const mode: CellMode = block.compact ? 'compact' : 'table';
    const rows: TableRow[] = [];
    if (block.header) {
      rows.push(
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.header.map((c, i) => this.cell(c, widths[i] ?? 0, mode, GREY.headerFill)),
        }),
      );
    }
    for (const row of block.rows) {
      rows.push(
        new TableRow({
          ...(keepRowTogether(row) ? { cantSplit: true } : {}),
          children: row.map((c, i) => this.cell(c, widths[i] ?? 0, mode)),
        }),
      );
    }
    return new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: this.borders(),
      rows,
    });
  }

  private fieldTable(block: FieldTableBlock, width: number): Table {
    const labelWidth = Math.round(width * 0.28);
    const valueWidth = width - labelWidth;
    return new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [labelWidth, valueWidth],
      layout: TableLayoutType.FIXED,
      borders: this.borders(),
      rows: block.rows.map(
        (row) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: labelWidth, type: WidthType.DXA },
                margins: CELL_MARGIN,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: GREY.labelFill },
                children: [
                  new Paragraph({
                    style: 'KtTable',
                    children: [new TextRun({ text: cleanText(row.label), bold: true })],
                  }),
                  ...(row.reference
                    ? [
                        new Paragraph({
                          style: 'KtFieldRef',
                          children: [new TextRun(cleanText(row.reference))],
                        }),
                      ]
                    : []),
                ],
              }),
              this.cell({ blocks: row.value }, valueWidth, 'table'),
            ],
          }),
      ),
    });
  }

  private block(block: Block, width: number): (Paragraph | Table | TableOfContents)[] {
    switch (block.type) {
      case 'paragraph':
        return [this.paragraph(block, 'body')];
      case 'heading': {
        const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
          block.level - 1
        ];
        const text = new TextRun(cleanText(block.text));
        const bookmark = block.anchor ? this.bookmarks.get(block.anchor) : undefined;
        return [
          new Paragraph({
            heading: level,
            children: [bookmark ? new Bookmark({ id: bookmark, children: [text] }) : text],
          }),
        ];
      }
      case 'list':
        return this.list(block.items, block.ordered, 'body');
      case 'table':
        return [this.table(block, width), new Paragraph({ children: [] })];
      case 'fieldTable':
        return [this.fieldTable(block, width), new Paragraph({ children: [] })];
      case 'toc':
        return [
          new Paragraph({ style: 'KtTocTitle', children: [new TextRun(cleanText(block.title))] }),
          new TableOfContents(cleanText(block.title), {
            hyperlink: true,
            headingStyleRange: `1-${block.depth}`,
          }),
        ];
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'image': {
        const scale = Math.min(
          1,
          (block.maxWidthMm * PX_PER_MM) / block.image.widthPx,
          (block.maxHeightMm * PX_PER_MM) / block.image.heightPx,
        );
        return [
          new Paragraph({
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
          }),
        ];
      }
    }
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

const hasToc = (model: DocumentModel) => model.sections.some((s) => s.blocks.some((b) => b.type === 'toc'));

export function tableCellCount(model: DocumentModel): number {
  return model.sections.reduce((sum, section) => sum + cellsIn(section.blocks), 0);
}

/** The document as the bytes of a .docx file. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const mode = options.tocPageNumbers ?? 'auto';
  const estimate =
    hasToc(model) &&
    (mode === 'estimate' || (mode === 'auto' && tableCellCount(model) <= ESTIMATE_MAX_CELLS));
  // The layout engine is large: loaded only when a document needs it, so the app's first screen does not wait.
  const estimator = estimate ? (await import('docx/layout')).estimatePageNumbers : null;
  const document = new DocxWriter(model, estimator).document();
  const buffer = await Packer.toArrayBuffer(document, false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(model) },
  ]);
  return new Uint8Array(buffer);
}
