import { createContext, type BuildOptions } from '../documents/context';
import { defaultFileName } from '../documents/fileName';
import type { Project } from '../model/project';
import { markWorkbookAsDraft, registerWorkbook } from './registerSheets';
import { spreadsheetTexts } from './texts';
import { writeXlsx } from './writeXlsx';

/**
 * The register as an .xlsx workbook (the spreadsheet auditors and customers ask for, and the one users start
 * from): the sheets of registerSheets.ts, written by writeXlsx.ts. Pure: runs in the renderer, in main and in
 * the CLI; exceljs is loaded only by the code that exports.
 */
export async function exportRegisterXlsx(
  project: Project,
  options: BuildOptions & { readonly draft?: boolean },
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const ctx = createContext(project, options);
  const workbook = registerWorkbook(project, options);
  const bytes = await writeXlsx(
    options.draft ? markWorkbookAsDraft(workbook, ctx.language) : workbook,
    spreadsheetTexts(ctx.language).sheets.lists,
  );
  const fileName = defaultFileName(ctx.t.fileName.register, [ctx.organisationName], ctx.date).replace(
    /\.docx$/,
    '.xlsx',
  );
  return { bytes, fileName };
}
