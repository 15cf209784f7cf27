import type { Language } from '../i18n/languages';

/**
 * The one intermediate document model. Builders turn a project snapshot into it; renderDocx and renderHtml
 * turn it into a Word file and an in-app preview, so the two can never say different things.
 * It holds plain data only (no functions, no classes), so it can be compared, hashed or sent over IPC.
 */

export type DocumentKind = 'register' | 'policy' | 'vendors';

/** A run of text with simple character formatting. "\n" in `text` is a line break. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Greyed, e.g. "Not stated" in a register field the user has left empty. */
  readonly muted?: boolean;
  /** An external link (https:, http: or mailto: only; anything else is rendered as plain text). */
  readonly href?: string;
  /** A link to a heading's anchor inside the same document. */
  readonly anchor?: string;
}

/** Page number fields, for running headers and footers ("Side X af Y"). */
export interface FieldRun {
  readonly field: 'page' | 'pages';
}

export type HeaderRun = TextRun | FieldRun;

/** One line of a running header or footer: the left part, and the right part pushed to the right margin. */
export interface RunningLine {
  readonly left: readonly HeaderRun[];
  readonly right: readonly HeaderRun[];
}

type ParagraphStyle = 'body' | 'coverTitle' | 'title' | 'subtitle' | 'lead' | 'closing';

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly runs: readonly TextRun[];
  readonly style?: ParagraphStyle;
  readonly align?: 'left' | 'center' | 'right';
  /** Keep with the next block on the same page (lead-in labels). */
  readonly keepWithNext?: boolean;
}

export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** A stable id other blocks can link to; letters, digits, "-" and "_" only. */
  readonly anchor?: string;
}

export interface ListBlock {
  readonly type: 'list';
  readonly ordered: boolean;
  readonly items: readonly (readonly TextRun[])[];
}

/** What a table cell or a field-table value may hold. */
export type CellBlock = ParagraphBlock | ListBlock | TableBlock;

export interface TableCell {
  readonly blocks: readonly CellBlock[];
}

export interface TableBlock {
  readonly type: 'table';
  /** Relative column widths; the renderers scale them to the text width. */
  readonly columns: readonly number[];
  /** The header row, repeated at the top of every page the table runs onto. */
  readonly header: readonly TableCell[] | null;
  readonly rows: readonly (readonly TableCell[])[];
  /** Smaller text, for wide overview tables. */
  readonly compact?: boolean;
}

export interface FieldRow {
  readonly label: string;
  /** The legal provision the field answers, shown small under the label, e.g. "art. 30, stk. 1, litra b". */
  readonly reference?: string;
  readonly value: readonly CellBlock[];
}

/** A two-column key–value table: the register's field table of one activity. */
export interface FieldTableBlock {
  readonly type: 'fieldTable';
  readonly rows: readonly FieldRow[];
}

export interface TocBlock {
  readonly type: 'toc';
  readonly title: string;
  /** The deepest heading level listed. */
  readonly depth: 1 | 2 | 3;
}

interface PageBreakBlock {
  readonly type: 'pageBreak';
}

export interface DocumentImage {
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly dataBase64: string;
  /** Intrinsic size in pixels, read from the image data (needed to keep the aspect ratio). */
  readonly widthPx: number;
  readonly heightPx: number;
}

interface ImageBlock {
  readonly type: 'image';
  readonly image: DocumentImage;
  /** Its alternative text, for readers who cannot see it (a logo's: the organisation's name). */
  readonly alt: string;
  /** Largest width and height on the page; the image is scaled down to fit both, keeping its ratio. */
  readonly maxWidthMm: number;
  readonly maxHeightMm: number;
  readonly align?: 'left' | 'center' | 'right';
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | FieldTableBlock
  | TocBlock
  | PageBreakBlock
  | ImageBlock;

/** A part of the document with its own page settings; each starts on a new page. */
export interface DocumentSection {
  readonly orientation: 'portrait' | 'landscape';
  /** null = no running header (or footer) in this section, e.g. on the cover. */
  readonly header: RunningLine | null;
  readonly footer: RunningLine | null;
  readonly blocks: readonly Block[];
}

interface DocumentProperties {
  readonly title: string;
  readonly subject: string;
  /** The organisation the document is about (Word's "author"). */
  readonly author: string;
  readonly version: string;
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
  readonly keywords: readonly string[];
}

export interface DocumentModel {
  readonly kind: DocumentKind;
  readonly language: Language;
  readonly properties: DocumentProperties;
  /** #RRGGBB for headings and rules, or null for the default. */
  readonly accentColor: string | null;
  /** A draft (markAsDraft): the running headers say so, and the web page says so at its top. */
  readonly draft?: boolean;
  readonly sections: readonly DocumentSection[];
}

// ---------------------------------------------------------------------------------------------------------
// Small constructors, so builders read as what they say.

export const run = (text: string, format: Omit<TextRun, 'text'> = {}): TextRun => ({ text, ...format });
export const bold = (text: string): TextRun => ({ text, bold: true });
export const muted = (text: string): TextRun => ({ text, muted: true, italic: true });

export const paragraph = (
  runs: string | readonly TextRun[],
  options: Omit<ParagraphBlock, 'type' | 'runs'> = {},
): ParagraphBlock => ({
  type: 'paragraph',
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  ...options,
});

export const bulletList = (items: readonly (string | readonly TextRun[])[]): ListBlock => ({
  type: 'list',
  ordered: false,
  items: items.map((item) => (typeof item === 'string' ? [run(item)] : item)),
});

export const isFieldRun = (value: HeaderRun): value is FieldRun => 'field' in value;

/** Every heading of a document, in order: what a table of contents lists. */
export function documentHeadings(document: DocumentModel): HeadingBlock[] {
  return document.sections.flatMap((section) =>
    section.blocks.filter((block): block is HeadingBlock => block.type === 'heading'),
  );
}
