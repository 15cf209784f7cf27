import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../../../electron/cli/commandDispatcher';
import { exportCommand } from '../../../electron/cli/commands/export';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from '../documents/docxFile';
import { docxWritesDifferently, extraParagraph } from '../documents/docxWritesDifferently';

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartotek-auditpack-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function projectFile(): Promise<string> {
  const file = path.join(dir, 'itguy.kartotek');
  await writeFile(
    file,
    serializeProjectFile(documentProject(), { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' }),
  );
  return file;
}

async function exportCli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await exportCommand.run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('kartotek export audit-pack', () => {
  it('writes the pack as a .zip and exits 0', async () => {
    const out = path.join(dir, 'pack.zip');
    const result = await exportCli('audit-pack', await projectFile(), '--lang', 'sv', '--out', out);
    expect(result).toMatchObject({ code: EXIT_OK, stderr: '' });
    expect(result.stdout).toContain(out);
    expect(result.stdout).toContain('audit-pack, sv, 8 files');
    const zip = await JSZip.loadAsync(await readFile(out));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(8);
    expect(names[0]).toMatch(/^00 Index - ITGuy ApS - \d{4}-\d{2}-\d{2}\.docx$/);
    expect(names.some((n) => n.startsWith('01 Register över behandling'))).toBe(true);
    const index = await openDocx(await zip.file(names[0]!)!.async('uint8array'));
    expect(index.text).toContain('Underkriterier i D-mærket');
    expect(index.text).toContain('Kan inte styrkas med registret');
    // Written atomically: no temporary file is left beside it.
    expect((await readdir(dir)).sort()).toEqual(['itguy.kartotek', 'pack.zip']);
  });

  it('says in one line, in the chosen language, how many Word files were written the slower way', async () => {
    docxWritesDifferently(extraParagraph);
    const out = path.join(dir, 'pack.zip');
    const result = await exportCli('audit-pack', await projectFile(), '--lang', 'da', '--out', out);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toMatch(
      /^bemærk: \d+ af Word-filerne blev skrevet ad den langsommere vej, fordi docx skrev andet end ventet \(docx wrote \d+ body elements, not \d+\); indholdet er det samme\.\n$/,
    );
    expect(Object.keys((await JSZip.loadAsync(await readFile(out))).files)).toHaveLength(8);
  });

  it.each([
    [['audit-pack', 'f.kartotek', '--out', 'x.zip'], '--lang is required'],
    [['audit-pack', 'f.kartotek', '--lang', 'da'], '--out is required: the .zip file'],
    [
      ['audit-pack', 'f.kartotek', '--lang', 'da', '--out', 'x.zip', '--audience', 'a'],
      'only applies to a policy',
    ],
  ])('exits 2 with a message for %j', async (args, message) => {
    const result = await exportCli(...args);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('export audit-pack FILE');
  });

  it('exits 1 for a missing project file or output folder', async () => {
    const missing = await exportCli(
      'audit-pack',
      path.join(dir, 'none.kartotek'),
      '--lang',
      'da',
      '--out',
      path.join(dir, 'x.zip'),
    );
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stderr).toMatch(/none\.kartotek/);
    const noFolder = await exportCli(
      'audit-pack',
      await projectFile(),
      '--lang',
      'da',
      '--out',
      path.join(dir, 'no', 'x.zip'),
    );
    expect(noFolder.code).toBe(EXIT_FAILURE);
    expect(noFolder.stderr).toContain('cannot write');
  });

  it('shows audit-pack in --help', async () => {
    const result = await exportCli('--help');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('audit-pack');
  });
});
