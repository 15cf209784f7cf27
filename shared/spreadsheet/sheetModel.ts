/**
 * A workbook as plain data: sheets of typed columns and rows of cell values. The register's sheets are built as
 * this (registerSheets.ts) and written to .xlsx by one writer (writeXlsx.ts), so what a sheet holds is tested
 * without unzipping a file, and the writer's rules — frozen header, filters, widths, wrapping, drop-downs — hold
 * for every sheet alike.
 */

/** A cell: text (may hold line breaks), a calendar date (YYYY-MM-DD, written as an Excel date), or empty. */
export type CellValue = string | { readonly date: string } | null;

export interface Column {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** A coded column: its cells are picked from these labels (an Excel drop-down list). */
  readonly choices?: readonly string[];
  /** Narrow, grey: an identifier that lets Kartotek read the sheet back into the same register. */
  readonly technical?: boolean;
}

export interface Sheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface Workbook {
  readonly title: string;
  readonly author: string;
  readonly sheets: readonly Sheet[];
}
