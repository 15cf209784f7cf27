import ExcelJS from 'exceljs';
import type { CellValue, Sheet, Workbook } from './sheetModel';

/**
 * Writes a workbook (sheetModel.ts) as .xlsx with exceljs, the same way for every sheet: a bold header row that
 * stays in view (frozen) and filters, the columns' widths, wrapped text, dates as dates, and a drop-down on every
 * coded column. The drop-downs read their labels from one hidden sheet, since Excel keeps an inline list to 255
 * characters and the legal bases alone are longer.
 */

/** Rows under the last one that still offer the drop-downs, for rows the user adds. */
const SPARE_ROWS = 200;
const HEADER_FILL = 'FFE7EBF0';

/** 1 → A, 27 → AA. */
function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name inside a formula: quoted, with its own quotes doubled. */
const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A YYYY-MM-DD date at noon UTC, so no time zone moves it to another day. */
function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  const [year, month, day] = value.date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  for (const row of sheet.rows) ws.addRow(row.map(cellValue));
  sheet.columns.forEach((column, index) => {
    const col = ws.getColumn(index + 1);
    col.alignment = { vertical: 'top', wrapText: true };
    if (column.technical) col.font = { color: { argb: 'FF6B7280' } };
    if (sheet.rows.some((row) => row[index] !== null && typeof row[index] === 'object'))
      col.numFmt = 'yyyy-mm-dd';
  });
  const last = columnLetter(sheet.columns.length);
  ws.autoFilter = { from: 'A1', to: `${last}${Math.max(1, sheet.rows.length + 1)}` };
  return ws;
}

const listKey = (choices: readonly string[]): string => choices.join('\u0000');

/** A drop-down on each coded column, from its data rows down to SPARE_ROWS more. */
function addDropDowns(ws: ExcelJS.Worksheet, sheet: Sheet, ranges: ReadonlyMap<string, string>): void {
  sheet.columns.forEach((column, index) => {
    const range = column.choices ? ranges.get(listKey(column.choices)) : undefined;
    if (!range) return;
    const letter = columnLetter(index + 1);
    for (let row = 2; row <= sheet.rows.length + SPARE_ROWS + 1; row += 1) {
      ws.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
      };
    }
  });
}

/** The hidden sheet of drop-down labels: one column per coded column; returns each list's range. */
function addLists(workbook: ExcelJS.Workbook, model: Workbook, name: string): Map<string, string> {
  const ranges = new Map<string, string>();
  const ws = workbook.addWorksheet(name, { state: 'veryHidden' });
  let column = 0;
  for (const sheet of model.sheets) {
    for (const c of sheet.columns) {
      if (!c.choices || c.choices.length === 0) continue;
      const key = listKey(c.choices);
      if (ranges.has(key)) continue;
      column += 1;
      const letter = columnLetter(column);
      c.choices.forEach((choice, index) => (ws.getCell(`${letter}${index + 1}`).value = choice));
      ranges.set(key, `${sheetRef(name)}!$${letter}$1:$${letter}$${c.choices.length}`);
    }
  }
  return ranges;
}

export async function writeXlsx(model: Workbook, listsSheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kartotek';
  workbook.title = model.title;
  workbook.company = model.author;
  // Fixed, so the same register gives the same file (the export's own time is in the file name).
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  // The lists sheet is added last, after the visible sheets, so the first sheet is the one that opens.
  const sheets = model.sheets.map((sheet) => [addSheet(workbook, sheet), sheet] as const);
  const ranges = addLists(workbook, model, listsSheetName);
  for (const [ws, sheet] of sheets) addDropDowns(ws, sheet, ranges);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
