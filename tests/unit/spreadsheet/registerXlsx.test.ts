import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../electron/cli/commands/export';
import type { Language } from '../../../shared/i18n/languages';
import {
  ACTIVITY_STATUS_LABELS,
  TRANSFER_MECHANISM_LABELS,
  fieldLabel,
} from '../../../shared/model/vocabulary';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import { exportRegisterXlsx } from '../../../shared/spreadsheet';
import { legalBasisLabel } from '../../../shared/spreadsheet/registerSheets';
import { spreadsheetTexts } from '../../../shared/spreadsheet/texts';
import { documentProject } from '../../fixtures/documents/documentProject';

/** The register as a workbook (issue: "start from what users already have"): read back with exceljs. */

const LANGS: readonly Language[] = ['da', 'sv', 'en'];

async function open(language: Language, draft = false): Promise<ExcelJS.Workbook> {
  const { bytes } = await exportRegisterXlsx(documentProject(), { language, now: '2026-12-04', draft });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer,
  );
  return workbook;
}

const text = (cell: ExcelJS.Cell): string => (cell.value === null ? '' : String(cell.value));

/** A column's values below the header, by its header. */
function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
  let index = 0;
  sheet.getRow(1).eachCell((cell, number) => {
    if (text(cell) === header) index = number;
  });
  expect(index, header).toBeGreaterThan(0);
  const cells: ExcelJS.Cell[] = [];
  // Rows below the data carry only the drop-downs (for rows the user adds): they end the column.
  for (let row = 2; row <= sheet.rowCount && sheet.getRow(row).hasValues; row += 1) {
    cells.push(sheet.getRow(row).getCell(index));
  }
  return cells;
}

describe.each(LANGS)('the register as .xlsx, in %s', (language) => {
  const x = spreadsheetTexts(language);

  it('has one sheet per part, in the language, the lists sheet hidden', async () => {
    const workbook = await open(language);
    const visible = workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
    expect(visible).toEqual([
      x.sheets.controller,
      x.sheets.activities,
      x.sheets.purposes,
      x.sheets.matrix,
      x.sheets.vendors,
      x.sheets.measures,
    ]);
    expect(workbook.getWorksheet(x.sheets.lists)?.state).toBe('veryHidden');
    for (const name of visible) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('freezes the header row, filters it, sets widths and wraps text', async () => {
    const workbook = await open(language);
    for (const ws of workbook.worksheets.filter((sheet) => sheet.state === 'visible')) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getRow(1).font?.bold).toBe(true);
      ws.columns.forEach((col) => expect(col.width, ws.name).toBeGreaterThanOrEqual(10));
      expect(ws.getColumn(2).alignment?.wrapText).toBe(true);
    }
  });

  it('lists every activity with its purposes, legal bases, data, retention, status and review dates', async () => {
    const project = documentProject();
    const ws = (await open(language)).getWorksheet(x.sheets.activities)!;
    expect(column(ws, fieldLabel('activity.id', language)).map(text)).toEqual(
      project.activities.map((a) => a.id),
    );
    const customers = project.activities.find((a) => a.id === 'act-customers')!;
    const row = ws.getRow(2);
    expect(text(row.getCell(2))).toBe(customers.name[language]);
    expect(text(column(ws, fieldLabel('activity.status', language))[0]!)).toBe(
      ACTIVITY_STATUS_LABELS.active[language],
    );
    const reviewed = column(ws, fieldLabel('activity.lastReviewed', language))[0]!;
    expect(reviewed.value).toBeInstanceOf(Date);
    expect((reviewed.value as Date).toISOString().slice(0, 10)).toBe(customers.lastReviewed);
    expect(text(column(ws, x.transfers)[0]!)).toContain(TRANSFER_MECHANISM_LABELS.dpf[language]);
  });

  it('gives each purpose its legal basis as a drop-down label, with the legitimate interest beside it', async () => {
    const ws = (await open(language)).getWorksheet(x.sheets.purposes)!;
    const bases = column(ws, fieldLabel('activity.purposes.legalBases', language)).map(text);
    expect(bases).toContain(legalBasisLabel('art6-1-f', { language }));
    const interests = column(ws, fieldLabel('activity.purposes.legalBases.legitimateInterest', language)).map(
      text,
    );
    expect(interests.filter(Boolean).length).toBeGreaterThan(0);
    const validation = ws.getCell('D2').dataValidation;
    expect(validation?.type).toBe('list');
    // The drop-down reads the labels from the hidden lists sheet: every legal basis is offered.
    const [, sheet, from, to] =
      /^'(.+)'!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(validation?.formulae?.[0] ?? '') ?? [];
    expect(sheet).toBe(x.sheets.lists);
    const lists = (await open(language)).getWorksheet(x.sheets.lists)!;
    const offered: string[] = [];
    const [col, first] = (from ?? '').split('$');
    const last = Number((to ?? '').split('$')[1]);
    for (let r = Number(first); r <= last; r += 1) offered.push(text(lists.getCell(`${col}${r}`)));
    expect(offered).toContain(legalBasisLabel('art6-1-a', { language }));
    expect(offered).toContain(legalBasisLabel('art9-2-a', { language }));
  });

  it('marks the data-subject × data-category pairs the register records, and only those', async () => {
    const project = documentProject();
    const ws = (await open(language)).getWorksheet(x.sheets.matrix)!;
    const categories = project.dataCategories.map((c) => c.id);
    const pairs = new Set(
      project.activities.flatMap((a) => a.subjectData.map((l) => `${l.dataSubjectId} ${l.dataCategoryId}`)),
    );
    let marked = 0;
    project.dataSubjects.forEach((subject, r) => {
      categories.forEach((category, c) => {
        const cell = text(ws.getRow(r + 2).getCell(c + 2));
        expect(cell === 'X', `${subject.id} × ${category}`).toBe(pairs.has(`${subject.id} ${category}`));
        if (cell === 'X') marked += 1;
      });
    });
    expect(marked).toBe(pairs.size);
    expect(marked).toBeGreaterThan(0);
  });

  it('marks a draft where it opens', async () => {
    const workbook = await open(language, true);
    expect(text(workbook.worksheets[0]!.getCell('A2'))).toBe(x.draft.toUpperCase());
    expect(workbook.title).toContain(x.draft);
    expect(text((await open(language)).worksheets[0]!.getCell('A2'))).not.toBe(x.draft.toUpperCase());
  });
});

const run = promisify(execFile);
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice)
  console.warn(
    'SKIPPED: opening the .xlsx in LibreOffice needs soffice (apt-get install libreoffice-calc-nogui).',
  );

describe('kartotek export register --format xlsx', () => {
  it('writes a workbook LibreOffice opens, and refuses xlsx for a policy', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kartotek-xlsx-'));
    try {
      const file = path.join(dir, 'itguy.kartotek');
      await writeFile(
        file,
        serializeProjectFile(documentProject(), { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' }),
      );
      const out = path.join(dir, 'register.xlsx');
      const io = { stdout: () => {}, stderr: () => {} };
      expect(
        await exportCommand.run(
          ['register', file, '--lang', 'da', '--draft', '--format', 'xlsx', '--out', out],
          io,
        ),
      ).toBe(0);
      expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
      expect(
        await exportCommand.run(['policy', file, '--lang', 'da', '--format', 'xlsx', '--out', out], io),
      ).toBe(2);
      if (!hasSoffice) return;
      // LibreOffice Calc reads it: the first sheet as CSV holds the organisation's name.
      await run('soffice', ['--headless', '--convert-to', 'csv', '--outdir', dir, out], { timeout: 240_000 });
      const csv = await readFile(path.join(dir, 'register.csv'), 'utf8').catch(() => '');
      expect(csv, 'LibreOffice could not open the .xlsx (is libreoffice-calc-nogui installed?)').toContain(
        'ITGuy ApS',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
