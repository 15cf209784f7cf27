import {
  AlignmentType,
  BorderStyle,
  bookmarkUniqueNumericId,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  TableLayoutType,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { cleanText, safeHref } from '../cleanText';
import type {
  CellBlock,
  FieldRow,
  FieldTableBlock,
  HeadingBlock,
  ParagraphBlock,
  TableBlock,
  TableCell as ModelCell,
  TextRun as ModelRun,
  TocBlock,
} from '../model';
import { columnWidths } from './columnWidths';
import type { Attributes, XmlOut } from './xml';

/**
 * The body of the document, block by block, as the XML docx's components would write (Paragraph, TextRun,
 * Bookmark, InternalHyperlink, Table, TableRow, TableCell, and TableOfContents once docx fills it in): element for
 * element, attribute for attribute, with three differences that neither Word nor LibreOffice shows (LibreOffice
 * renders the pages pixel for pixel the same): the cell margins are the table's (w:tblCellMar) rather than each
 * cell's, xml:space="preserve" is only on text with spaces to keep, and bullet lists share a numbering instance.
 * Each is a tenth or more of a large register's XML. Written through an XmlOut, as docx's objects or as text.
 */

export const GREY = {
  border: 'BFC5CC',
  headerFill: 'E7EBF0',
  labelFill: 'F3F5F7',
  // 4.5:1 or more on white and on both shadings (WCAG 2.1, 1.4.3).
  muted: '5F6673',
  text: '1F2328',
};
const CELL_MARGIN = { top: 50, bottom: 50, left: 90, right: 90 };

export type CellMode = 'body' | 'table' | 'compact';

/** The text size of KtTable and KtCompact (documentStyles.ts), and the indent of a bullet list in a table. */
export const TABLE_TEXT_PT = { table: 9, compact: 7.5 } as const;
export const TABLE_LIST_INDENT = 200;

const PARAGRAPH_STYLE: Record<NonNullable<ParagraphBlock['style']>, string | undefined> = {
  body: undefined,
  coverTitle: 'KtCoverTitle',
  title: 'KtTitle',
  subtitle: 'KtSubtitle',
  lead: 'KtLead',
  closing: 'KtClosing',
};

export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const HEADING_STYLES = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
export const headingStyle = (level: HeadingBlock['level']) => HEADING_STYLES[level];

/** The paragraph style of a model paragraph, in the body or in a table. */
const paragraphStyle = (block: ParagraphBlock, mode: CellMode): string | undefined =>
  mode === 'body' ? PARAGRAPH_STYLE[block.style ?? 'body'] : mode === 'compact' ? 'KtCompact' : 'KtTable';

/** A web link makes docx add a relationship, so a paragraph with one is left to docx's own Paragraph. */
const hasWebLink = (runs: readonly ModelRun[]) => runs.some((r) => safeHref(r.href) !== null);

/**
 * Whether a text needs xml:space="preserve" to keep its white space: some at either end, two in a row, or a tab or
 * line break. docx marks every w:t so; a single space between words is kept without it, so only texts that need it
 * get it (in a large register, the attribute was a tenth of the XML).
 */
const needsPreserve = (text: string) => /^\s|\s$|\s\s|[\t\n\r]/.test(text);

const PRESERVE: Attributes = { 'xml:space': 'preserve' };

/** A list's numbering: which definition, which instance of it, and the paragraph style of its items. */
export interface ListNumbering {
  readonly reference: 'kt-number' | 'kt-bullet' | 'kt-bullet-table';
  readonly instance: number;
  readonly style: 'KtCompact' | 'KtTable' | undefined;
}

/** The placeholder docx writes for a list's number id, and fills in once the ids are known. */
export const listKey = (list: { readonly reference: string; readonly instance: number }) =>
  `{${list.reference}-${list.instance}}`;

/** What BodyWriter leaves to its caller. */
export interface BodyHooks<T> {
  /** A list item is about to be written with listKey(list): its numbering instance must exist in the file. */
  list(list: ListNumbering): void;
  /** A paragraph docx writes itself (a paragraph with a web link: docx adds the link's relationship). */
  docx(paragraph: Paragraph): T;
}

// ---------------------------------------------------------------------------------------------------------
// As docx components, where docx must write the element itself.

/** One model run: "\n" becomes a line break; links become hyperlinks. */
export function docxRuns(value: ModelRun, bookmarks: ReadonlyMap<string, string>): ParagraphChild[] {
  const parts = cleanText(value.text).split('\n');
  const textRuns = parts.map(
    (part, index) =>
      new TextRun({
        text: part,
        ...(index > 0 ? { break: 1 } : {}),
        ...(value.bold ? { bold: true } : {}),
        ...(value.italic ? { italics: true } : {}),
        ...(value.muted ? { color: GREY.muted } : {}),
        ...(value.href || value.anchor ? { style: 'Hyperlink' } : {}),
      }),
  );
  const href = safeHref(value.href);
  if (href) return [new ExternalHyperlink({ link: href, children: textRuns })];
  const bookmark = value.anchor ? bookmarks.get(value.anchor) : undefined;
  if (bookmark) return [new InternalHyperlink({ anchor: bookmark, children: textRuns })];
  return textRuns;
}

/** The space above a body paragraph that follows a table, in place of an empty paragraph between them. */
const SPACE_AFTER_TABLE = 160;

export function docxParagraph(
  block: ParagraphBlock,
  mode: CellMode,
  bookmarks: ReadonlyMap<string, string>,
  afterTable = false,
): Paragraph {
  const style = paragraphStyle(block, mode);
  return new Paragraph({
    ...(style ? { style } : {}),
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    // In a table, keep-with-next would chain whole rows together: only body paragraphs keep with the next.
    ...(block.keepWithNext && mode === 'body' ? { keepNext: true } : {}),
    ...(afterTable ? { spacing: { before: SPACE_AFTER_TABLE } } : {}),
    children: block.runs.flatMap((r) => docxRuns(r, bookmarks)),
  });
}

export function docxListItem(
  runs: readonly ModelRun[],
  list: ListNumbering,
  bookmarks: ReadonlyMap<string, string>,
): Paragraph {
  return new Paragraph({
    ...(list.style ? { style: list.style } : { spacing: { after: 60 } }),
    numbering: { reference: list.reference, level: 0, instance: list.instance },
    children: runs.flatMap((r) => docxRuns(r, bookmarks)),
  });
}

// ---------------------------------------------------------------------------------------------------------

export class BodyWriter<T> {
  private listInstance = 0;

  constructor(
    private readonly out: XmlOut<T>,
    private readonly hooks: BodyHooks<T>,
    /** Word bookmark names of the model's anchors. */
    private readonly bookmarks: ReadonlyMap<string, string>,
    /** The headings a table of contents written by toc() lists, with their "_Toc" bookmarks. */
    private readonly tocEntries: ReadonlyMap<HeadingBlock, string>,
    /**
     * Whether an element may stand in several places, such as the label cell each activity's field table has: only
     * for XML text, not for docx's objects, as docx's page-number pass lays out and rewrites each where it is.
     */
    private readonly shareElements: boolean,
  ) {}

  /** What make() gives for the key, made on first use: elements without content of their own, mostly properties. */
  private once<K>(made: Map<K, T>, key: K, make: () => T): T {
    let element = made.get(key);
    if (element === undefined) {
      element = make();
      made.set(key, element);
    }
    return element;
  }

  /** Made once per document, by key. */
  private readonly made = new Map<string, T>();
  private readonly pStyleByStyle = new Map<string, T>();
  private readonly pPrByStyle = new Map<string, T>();
  private readonly pPrByList = new Map<ListNumbering, T>();
  /** By combination of a link's style, bold, italic and muted. */
  private readonly rPrByFormat = new Map<number, T>();

  private empty(name: string): T {
    return this.out.element(name, null, []);
  }

  private attributed(name: string, attributes: Attributes): T {
    return this.out.element(name, attributes, []);
  }

  private value(name: string, value: string | number): T {
    return this.attributed(name, { 'w:val': value });
  }

  private width(name: string, twips: number): T {
    return this.attributed(name, { 'w:type': 'dxa', 'w:w': Math.floor(twips) });
  }

  // --- Properties ---------------------------------------------------------------------------------------

  private styleElement(style: string): T {
    return this.once(this.pStyleByStyle, style, () => this.value('w:pStyle', style));
  }

  /** What TextRun writes for a link's style, bold, italic and muted. */
  private runProperties(value: ModelRun): T | null {
    const link = Boolean(value.href || value.anchor);
    const key = (link ? 1 : 0) | (value.bold ? 2 : 0) | (value.italic ? 4 : 0) | (value.muted ? 8 : 0);
    if (key === 0) return null;
    return this.once(this.rPrByFormat, key, () => {
      const children: T[] = [];
      if (link) children.push(this.value('w:rStyle', 'Hyperlink'));
      if (value.bold) children.push(this.empty('w:b'), this.empty('w:bCs'));
      if (value.italic) children.push(this.empty('w:i'), this.empty('w:iCs'));
      if (value.muted) children.push(this.value('w:color', GREY.muted));
      return this.out.element('w:rPr', null, children);
    });
  }

  /** What Paragraph writes for a style, an alignment, keep-with-next and the space above it after a table. */
  private paragraphProperties(
    style: string | undefined,
    align: ParagraphBlock['align'],
    keepNext: boolean,
    afterTable: boolean,
  ) {
    if (!align && !keepNext && !afterTable) return style ? this.styleProperties(style) : null;
    return this.once(this.made, `pPr ${style ?? ''} ${align ?? ''} ${keepNext} ${afterTable}`, () => {
      const children: T[] = [];
      if (style) children.push(this.styleElement(style));
      if (keepNext) children.push(this.empty('w:keepNext'));
      if (afterTable) children.push(this.attributed('w:spacing', { 'w:before': SPACE_AFTER_TABLE }));
      if (align) children.push(this.value('w:jc', ALIGN[align]));
      return this.out.element('w:pPr', null, children);
    });
  }

  /** `<w:pPr><w:pStyle w:val="…"/></w:pPr>`, the properties of nearly every paragraph. */
  private styleProperties(style: string): T {
    return this.once(this.pPrByStyle, style, () =>
      this.out.element('w:pPr', null, [this.styleElement(style)]),
    );
  }

  /** What TableCell writes for a width and a fill; the margins are the table's. */
  private cellProperties(width: number, fill: string | undefined): T {
    return this.once(this.made, `tcPr ${width} ${fill ?? ''}`, () =>
      this.out.element('w:tcPr', null, [
        this.width('w:tcW', width),
        ...(fill
          ? [this.attributed('w:shd', { 'w:fill': fill, 'w:color': 'auto', 'w:val': ShadingType.CLEAR })]
          : []),
      ]),
    );
  }

  private tableProperties(width: number): T {
    const border = { 'w:val': BorderStyle.SINGLE, 'w:color': GREY.border, 'w:sz': 4 };
    return this.once(this.made, `tblPr ${width}`, () =>
      this.out.element('w:tblPr', null, [
        this.width('w:tblW', width),
        this.once(this.made, 'tblBorders', () =>
          this.out.element(
            'w:tblBorders',
            null,
            ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) =>
              this.attributed(side, border),
            ),
          ),
        ),
        this.attributed('w:tblLayout', { 'w:type': TableLayoutType.FIXED }),
        this.once(this.made, 'tblCellMar', () =>
          this.out.element('w:tblCellMar', null, [
            this.width('w:top', CELL_MARGIN.top),
            this.width('w:left', CELL_MARGIN.left),
            this.width('w:bottom', CELL_MARGIN.bottom),
            this.width('w:right', CELL_MARGIN.right),
          ]),
        ),
      ]),
    );
  }

  private tableGrid(widths: readonly number[]): T {
    return this.out.element(
      'w:tblGrid',
      null,
      widths.map((w) => this.attributed('w:gridCol', { 'w:w': Math.floor(w) })),
    );
  }

  /** A header row: kept on one page, and repeated at the top of every page the table runs onto. */
  private headerRowProperties(): T {
    return this.once(this.made, 'trPr header', () =>
      this.out.element('w:trPr', null, [this.empty('w:cantSplit'), this.empty('w:tblHeader')]),
    );
  }

  // --- Runs and paragraphs ------------------------------------------------------------------------------

  /** A run of text, after a line break when `lineBreak`: what `new TextRun({ text, break: 1 })` writes. */
  private textRun(text: string, properties: T | null, lineBreak: boolean): T {
    const children: T[] = [];
    if (properties !== null) children.push(properties);
    if (lineBreak) children.push(this.once(this.made, 'br', () => this.empty('w:br')));
    children.push(this.out.element('w:t', needsPreserve(text) ? PRESERVE : null, [this.out.text(text)]));
    return this.out.element('w:r', null, children);
  }

  /** A model run's XML runs, appended to `out`; a link inside the document wraps them in a hyperlink. */
  private runs(value: ModelRun, out: T[]): void {
    const properties = this.runProperties(value);
    const text = cleanText(value.text);
    const bookmark = value.anchor ? this.bookmarks.get(value.anchor) : undefined;
    const runs: T[] = [];
    if (!text.includes('\n')) runs.push(this.textRun(text, properties, false));
    else text.split('\n').forEach((part, index) => runs.push(this.textRun(part, properties, index > 0)));
    if (bookmark) out.push(this.out.element('w:hyperlink', { 'w:history': 1, 'w:anchor': bookmark }, runs));
    else out.push(...runs);
  }

  /** A paragraph; `afterTable`: a body paragraph right after a table, which gets the space an empty one gave. */
  paragraph(block: ParagraphBlock, mode: CellMode, afterTable = false): T {
    if (hasWebLink(block.runs)) {
      return this.hooks.docx(docxParagraph(block, mode, this.bookmarks, afterTable));
    }
    const children: T[] = [];
    const properties = this.paragraphProperties(
      paragraphStyle(block, mode),
      block.align,
      Boolean(block.keepWithNext && mode === 'body'),
      afterTable,
    );
    if (properties !== null) children.push(properties);
    for (const r of block.runs) this.runs(r, children);
    return this.out.element('w:p', null, children);
  }

  /** `<w:p/>`, as `new Paragraph({ children: [] })` writes: between two tables, which Word would otherwise join. */
  emptyParagraph(): T {
    return this.empty('w:p');
  }

  /**
   * A new list. An ordered list gets a numbering instance of its own, so it starts at 1; bullet lists share one,
   * as a bullet has no number to restart (an instance per list made a large register's numbering.xml a megabyte).
   */
  listNumbering(ordered: boolean, mode: CellMode): ListNumbering {
    if (ordered) this.listInstance += 1;
    return {
      reference: ordered ? 'kt-number' : mode === 'body' ? 'kt-bullet' : 'kt-bullet-table',
      instance: ordered ? this.listInstance : 0,
      style: mode === 'compact' ? 'KtCompact' : mode === 'table' ? 'KtTable' : undefined,
    };
  }

  listItem(runs: readonly ModelRun[], list: ListNumbering): T {
    if (hasWebLink(runs)) return this.hooks.docx(docxListItem(runs, list, this.bookmarks));
    this.hooks.list(list);
    // What Paragraph writes for a numbered paragraph: without a style of its own, Word's list paragraph style.
    const properties = this.once(this.pPrByList, list, () => {
      const numbering = this.out.element('w:numPr', null, [
        this.value('w:ilvl', 0),
        this.value('w:numId', listKey(list)),
      ]);
      return list.style
        ? this.out.element('w:pPr', null, [this.styleElement(list.style), numbering])
        : this.out.element('w:pPr', null, [
            this.styleElement('ListParagraph'),
            numbering,
            this.attributed('w:spacing', { 'w:after': 60 }),
          ]);
    });
    const children: T[] = [properties];
    for (const r of runs) this.runs(r, children);
    return this.out.element('w:p', null, children);
  }

  /**
   * A heading, in the bookmark its anchor's links go to, and in the "_Toc" bookmark of its table-of-contents
   * entry when tocXml writes one: what a Paragraph with a heading style and Bookmarks writes.
   */
  heading(block: HeadingBlock): T {
    let content = [this.textRun(cleanText(block.text), null, false)];
    const bookmark = (name: string | undefined) => {
      if (!name) return;
      const id = bookmarkUniqueNumericId();
      content = [
        this.attributed('w:bookmarkStart', { 'w:name': name, 'w:id': id }),
        ...content,
        this.attributed('w:bookmarkEnd', { 'w:id': id }),
      ];
    };
    bookmark(block.anchor ? this.bookmarks.get(block.anchor) : undefined);
    bookmark(this.tocEntries.get(block));
    return this.out.element('w:p', null, [this.styleProperties(headingStyle(block.level)), ...content]);
  }

  // --- Tables -------------------------------------------------------------------------------------------

  private cellContent(blocks: readonly CellBlock[], width: number, mode: CellMode, out: T[]): void {
    const start = out.length;
    for (const block of blocks) {
      if (block.type === 'paragraph') out.push(this.paragraph(block, mode));
      else if (block.type === 'list') {
        const list = this.listNumbering(block.ordered, mode);
        for (const item of block.items) out.push(this.listItem(item, list));
      } else {
        // Word needs a paragraph after a nested table, or it merges the table with the cell's end.
        out.push(
          this.table(block, width),
          this.out.element('w:p', null, [this.styleProperties('KtCompact')]),
        );
      }
    }
    if (out.length === start) out.push(this.out.element('w:p', null, [this.styleProperties('KtTable')]));
  }

  private cell(cell: ModelCell, width: number, properties: T, mode: CellMode): T {
    const children: T[] = [properties];
    this.cellContent(cell.blocks, width - CELL_MARGIN.left - CELL_MARGIN.right, mode, children);
    return this.out.element('w:tc', null, children);
  }

  table(block: TableBlock, width: number): T {
    const mode: CellMode = block.compact ? 'compact' : 'table';
    const widths = columnWidths(block, width, {
      sizePt: TABLE_TEXT_PT[mode],
      marginTwips: CELL_MARGIN.left + CELL_MARGIN.right,
      listIndentTwips: TABLE_LIST_INDENT,
    });
    const plain = widths.map((w) => this.cellProperties(w, undefined));
    const cells = (row: readonly ModelCell[], header = false) =>
      row.map((c, i) => {
        const cellWidth = widths[i] ?? 0;
        const properties = header ? this.cellProperties(cellWidth, GREY.headerFill) : plain[i];
        return this.cell(c, cellWidth, properties ?? this.cellProperties(cellWidth, undefined), mode);
      });
    const rows: T[] = [];
    // docx leaves out a row without cells.
    if (block.header?.length) {
      rows.push(this.out.element('w:tr', null, [this.headerRowProperties(), ...cells(block.header, true)]));
    }
    // Other rows may break across pages: a row kept whole moves to the next page and leaves white space behind.
    for (const row of block.rows) {
      if (row.length === 0) continue;
      rows.push(this.out.element('w:tr', null, cells(row)));
    }
    return this.out.element('w:tbl', null, [this.tableProperties(width), this.tableGrid(widths), ...rows]);
  }

  fieldTable(block: FieldTableBlock, width: number): T {
    const labelWidth = Math.round(width * 0.28);
    const valueWidth = width - labelWidth;
    const valueProperties = this.cellProperties(valueWidth, undefined);
    const rows = block.rows.map((row) =>
      this.out.element('w:tr', null, [
        this.labelCell(row, labelWidth),
        this.cell({ blocks: row.value }, valueWidth, valueProperties, 'table'),
      ]),
    );
    return this.out.element('w:tbl', null, [
      this.tableProperties(width),
      this.tableGrid([labelWidth, valueWidth]),
      ...rows,
    ]);
  }

  /** A field table's label cell: the label in bold, the provision it answers under it. */
  private labelCell(row: FieldRow, width: number): T {
    const make = () => {
      const children = [
        this.cellProperties(width, GREY.labelFill),
        this.out.element('w:p', null, [
          this.styleProperties('KtTable'),
          this.textRun(cleanText(row.label), this.runProperties({ text: '', bold: true }), false),
        ]),
      ];
      if (row.reference) {
        children.push(
          this.out.element('w:p', null, [
            this.styleProperties('KtFieldRef'),
            this.textRun(cleanText(row.reference), null, false),
          ]),
        );
      }
      return this.out.element('w:tc', null, children);
    };
    return this.shareElements
      ? this.once(this.made, `label ${width}\u0000${row.label}\u0000${row.reference ?? ''}`, make)
      : make();
  }

  // --- Table of contents --------------------------------------------------------------------------------

  /**
   * The table of contents: an entry per heading that links to the heading's "_Toc" bookmark, with its page number
   * as a PAGEREF field. It is not a TOC field: LibreOffice shows a TOC field's entries as written, while it lays
   * out a PAGEREF field like any other field, so each number is the page the heading falls on, for a register of
   * any size, at no cost here. Word updates a PAGEREF field when it prints or saves a PDF, and on F9; no field is
   * marked dirty, so Word does not ask to update fields when it opens the file.
   */
  toc(block: TocBlock, width: number): T {
    const fieldChar = (type: string) => this.attributed('w:fldChar', { 'w:fldCharType': type });
    const entries = [...this.tocEntries].filter(([heading]) => heading.level <= block.depth);
    const content = entries.map(([heading, bookmark]) => {
      const title = cleanText(heading.text).replace(/\t/g, ' ').replace(/\n/g, ' ');
      const link = this.out.element('w:hyperlink', { 'w:history': 1, 'w:anchor': bookmark }, [
        this.out.element('w:r', null, [this.out.element('w:t', PRESERVE, [this.out.text(title)])]),
        this.out.element('w:r', null, [this.empty('w:tab')]),
        this.out.element('w:r', null, [
          fieldChar('begin'),
          this.out.element('w:instrText', PRESERVE, [this.out.text(` PAGEREF ${bookmark} \\h `)]),
          fieldChar('separate'),
        ]),
        this.out.element('w:r', null, [fieldChar('end')]),
      ]);
      const properties = this.once(this.made, `pPr toc ${heading.level} ${width}`, () =>
        this.out.element('w:pPr', null, [
          this.styleElement(`TOC${heading.level}`),
          this.out.element('w:tabs', null, [
            this.attributed('w:tab', { 'w:val': TabStopType.RIGHT, 'w:pos': width, 'w:leader': 'dot' }),
          ]),
        ]),
      );
      return this.out.element('w:p', null, [properties, link]);
    });
    return this.out.element('w:sdt', null, [
      this.out.element('w:sdtPr', null, [
        this.value('w:alias', cleanText(block.title)),
        this.out.element('w:docPartObj', null, [
          this.value('w:docPartGallery', 'Table of Contents'),
          this.empty('w:docPartUnique'),
        ]),
      ]),
      this.out.element('w:sdtContent', null, content),
    ]);
  }
}
