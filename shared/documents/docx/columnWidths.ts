import type { CellBlock, TableBlock, TextRun } from '../model';
import { textWidthPt } from './fontMetrics';

/**
 * A table's column widths in twips: the model's relative widths, widened where a column's longest word would not
 * fit on a line (Word and LibreOffice would break it mid-word, "kundeforholde-t"), the width taken from the columns
 * that have room to spare. Linear in the table's text.
 */

const TWIPS_PER_PT = 20;

export interface CellFont {
  /** Text size in points: the table's paragraph style. */
  readonly sizePt: number;
  /** Room a cell's text does not get: the cell margins, left and right, in twips. */
  readonly marginTwips: number;
  /** The indent of a bullet list's items in a cell, in twips. */
  readonly listIndentTwips: number;
}

/** No column is widened beyond this share of the table for one long word (a web address): it breaks instead. */
const MAX_SHARE = 0.3;
/** What the columns with the longest words keep at least of what they need, when not every column can have it. */
const SHORTFALL = 0.8;
/** Rounding in the layout engines: a word exactly as wide as its line may still wrap. */
const SLACK_TWIPS = 40;

function longestWord(runs: readonly TextRun[], sizePt: number, bold: boolean): number {
  let widest = 0;
  for (const run of runs) {
    // Word and LibreOffice may break a line after a hyphen or a slash (a web address), so a word ends there too.
    for (const word of run.text.split(/\s+|(?<=[-/])/)) {
      if (word) widest = Math.max(widest, textWidthPt(word, sizePt, bold || Boolean(run.bold)));
    }
  }
  return widest * TWIPS_PER_PT;
}

/** The width the cell's longest word needs, in twips (nested tables are left to break as they must). */
function neededWidth(blocks: readonly CellBlock[], font: CellFont, header: boolean): number {
  let needed = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') needed = Math.max(needed, longestWord(block.runs, font.sizePt, header));
    else if (block.type === 'list') {
      for (const item of block.items) {
        needed = Math.max(needed, longestWord(item, font.sizePt, header) + font.listIndentTwips);
      }
    }
  }
  return needed === 0 ? 0 : needed + font.marginTwips + SLACK_TWIPS;
}

export function columnWidths(block: TableBlock, width: number, font: CellFont): number[] {
  const total = block.columns.reduce((sum, w) => sum + w, 0) || 1;
  const weights = block.columns.map((w) => w / total);
  const needed = weights.map(() => 0);
  const measure = (row: readonly { blocks: readonly CellBlock[] }[], header: boolean) =>
    row.forEach((cell, index) => {
      if (index < needed.length) {
        needed[index] = Math.max(
          needed[index]!,
          Math.min(neededWidth(cell.blocks, font, header), width * MAX_SHARE),
        );
      }
    });
  if (block.header) measure(block.header, true);
  block.rows.forEach((row) => measure(row, false));

  // Columns that need more than their share get what they need; the rest share what is left by their weights.
  const fixed = new Set<number>();
  for (;;) {
    const fixedWidth = [...fixed].reduce((sum, i) => sum + needed[i]!, 0);
    const freeWeight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const remaining = width - fixedWidth;
    if (freeWeight === 0 || remaining <= 0) break;
    const grow = weights.findIndex((w, i) => !fixed.has(i) && (w / freeWeight) * remaining < needed[i]!);
    if (grow === -1) {
      return weights.map((w, i) => Math.floor(fixed.has(i) ? needed[i]! : (w / freeWeight) * remaining));
    }
    fixed.add(grow);
  }
  // Not every longest word fits. The columns whose longest words are shortest get what they need (a role, a
  // country, "Dataansvarlig" never breaks), as long as the others keep SHORTFALL of theirs; the others share the
  // rest by what they need, and their longest words may break.
  const order = needed.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
  const widths = needed.map(() => 0);
  let budget = width;
  let rest = needed.reduce((sum, n) => sum + n, 0);
  let k = 0;
  for (; k < order.length; k++) {
    const [need, index] = order[k]!;
    if (budget - need < SHORTFALL * (rest - need)) break;
    widths[index] = need;
    budget -= need;
    rest -= need;
  }
  for (const [need, index] of order.slice(k)) widths[index] = rest > 0 ? (need / rest) * budget : 0;
  return widths.map((w) => Math.floor(w));
}
