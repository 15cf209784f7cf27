import type { Block, CellBlock, DocumentModel, TextRun } from '../model';

/**
 * What laying out a document's pages with docx's layout engine (to number the table of contents) costs. It grows
 * with the number of table cells (seconds for a register of a few dozen activities), and with the square of the
 * longest unbroken word, since the engine tries every break inside a word wider than the line: a 5,000-character
 * word took 20 s, a 100,000-character one would take hours.
 */
export interface LayoutCost {
  readonly tableCells: number;
  /** No word is longer than MAX_WORD_LENGTH: the engine's cost is bounded by the amount of text. */
  readonly wordsFit: boolean;
}

/** Longer than any real word or web address; a word this long costs the engine a fraction of a second. */
const MAX_WORD_LENGTH = 300;

export function layoutCost(model: DocumentModel): LayoutCost {
  let cells = 0;
  let wordsFit = true;
  const words = (text: string) => {
    if (text.length > MAX_WORD_LENGTH && text.split(/\s+/).some((word) => word.length > MAX_WORD_LENGTH))
      wordsFit = false;
  };
  const runs = (list: readonly TextRun[]) => list.forEach((run) => words(run.text));
  const visit = (blocks: readonly (Block | CellBlock)[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          runs(block.runs);
          break;
        case 'heading':
          words(block.text);
          break;
        case 'list':
          block.items.forEach(runs);
          break;
        case 'toc':
          words(block.title);
          break;
        case 'table':
          for (const row of [...(block.header ? [block.header] : []), ...block.rows]) {
            for (const cell of row) {
              cells += 1;
              visit(cell.blocks);
            }
          }
          break;
        case 'fieldTable':
          for (const row of block.rows) {
            cells += 2;
            words(row.label);
            words(row.reference ?? '');
            visit(row.value);
          }
          break;
        case 'pageBreak':
        case 'image':
          break;
      }
    }
  };
  for (const section of model.sections) visit(section.blocks);
  return { tableCells: cells, wordsFit };
}
