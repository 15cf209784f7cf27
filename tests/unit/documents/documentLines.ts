import type { Block, CellBlock, DocumentModel, TextRun } from '../../../shared/documents/model';

/** Where a line of a document's text stands: what the wording checks judge it by. */
type LineKind = 'heading' | 'paragraph' | 'item' | 'header' | 'cell' | 'label' | 'value';

export interface DocumentLine {
  readonly kind: LineKind;
  readonly text: string;
  /** The heading the line stands under (the nearest one above it). */
  readonly under: string;
}

const runsText = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

/** Every piece of text a reader sees in the document's body, in order, with what kind of block holds it. */
export function documentLines(document: DocumentModel): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let under = '';
  const push = (kind: LineKind, text: string) => {
    for (const part of text.split('\n')) if (part.trim() !== '') lines.push({ kind, text: part, under });
  };
  const cell = (blocks: readonly CellBlock[], kind: LineKind) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') push(kind, runsText(block.runs));
      else if (block.type === 'list') for (const item of block.items) push(kind, runsText(item));
      else visit(block);
    }
  };
  const visit = (block: Block) => {
    switch (block.type) {
      case 'heading':
        under = block.text;
        push('heading', block.text);
        break;
      case 'paragraph':
        push('paragraph', runsText(block.runs));
        break;
      case 'list':
        for (const item of block.items) push('item', runsText(item));
        break;
      case 'table':
        for (const c of block.header ?? []) cell(c.blocks, 'header');
        for (const row of block.rows) for (const c of row) cell(c.blocks, 'cell');
        break;
      case 'fieldTable':
        for (const row of block.rows) {
          push('label', row.label);
          cell(row.value, 'value');
        }
        break;
      default:
        break;
    }
  };
  for (const section of document.sections) for (const block of section.blocks) visit(block);
  return lines;
}
