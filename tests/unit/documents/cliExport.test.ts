import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/commandDispatcher';
import { CLI_COMMANDS } from '../../../electron/cli/commands';
import { exportCommand } from '../../../electron/cli/commands/export';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import type { Project } from '../../../shared/model';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from './docxFile';
import { docxWritesDifferently, extraParagraph } from './docxWritesDifferently';

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartotek-export-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** The fixture without its deliberately incomplete internal activity: a register that may be exported as final. */
function complete(): Project {
  const project = documentProject();
  project.activities = project.activities.filter((a) => a.id !== 'act-internal');
  // A CVR number with a valid check digit: an invalid one is an error that stops a final export.
  project.organisation.registrationNumber = '12345674';
  return project;
}

async function projectFile(project: Project = complete(), name = 'itguy.kartotek'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(
    file,
    serializeProjectFile(project, { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' }),
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

describe('kartotek export', () => {
  it('is registered with the CLI', async () => {
    expect(CLI_COMMANDS.find((command) => command.name === 'export')?.summary).toBe(exportCommand.summary);
    let stdout = '';
    await runCli(['--help'], {
      version: '1',
      commands: CLI_COMMANDS,
      io: { stdout: (t) => (stdout += t), stderr: () => {} },
    });
    expect(stdout).toMatch(/export\s+Write the register/);
  });

  it('writes the register as .docx and exits 0', async () => {
    const out = path.join(dir, 'register.docx');
    const result = await exportCli('register', await projectFile(), '--lang', 'da', '--out', out);
    expect(result).toMatchObject({ code: EXIT_OK, stderr: '' });
    expect(result.stdout).toContain(out);
    const docx = await openDocx(new Uint8Array(await readFile(out)));
    expect(docx.coreXml).toContain('<dc:title>Fortegnelse over behandlingsaktiviteter</dc:title>');
    // Written atomically: no temporary file is left beside it.
    expect((await readdir(dir)).sort()).toEqual(['itguy.kartotek', 'register.docx']);
  });

  it('finds the audience by name in any language, or by id, and accepts --opt=value', async () => {
    const file = await projectFile();
    const byName = path.join(dir, 'staff.docx');
    expect(
      (await exportCli('policy', file, '--lang=sv', '--audience', 'medarbejdere', `--out=${byName}`)).code,
    ).toBe(EXIT_OK);
    const text = (await openDocx(new Uint8Array(await readFile(byName)))).text;
    expect(text).toContain('Integritetspolicy');
    expect(text).toContain('Personaladministration');
    expect(text).not.toContain('Kundadministration');
    const byId = path.join(dir, 'web.docx');
    expect(
      (await exportCli('policy', file, '--lang', 'en', '--audience', 'aud-web', '--out', byId)).code,
    ).toBe(EXIT_OK);
    expect((await openDocx(new Uint8Array(await readFile(byId)))).text).toContain('Customer administration');
  });

  it('writes the vendor overview', async () => {
    const out = path.join(dir, 'vendors.docx');
    expect((await exportCli('vendors', await projectFile(), '--lang', 'en', '--out', out)).code).toBe(
      EXIT_OK,
    );
    expect((await openDocx(new Uint8Array(await readFile(out)))).text).toContain('Vendor overview');
  });

  it('says in one line, in the chosen language, when the Word file was written the slower way', async () => {
    docxWritesDifferently(extraParagraph);
    const out = path.join(dir, 'vendors.docx');
    const result = await exportCli('vendors', await projectFile(), '--lang', 'sv', '--out', out);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toMatch(
      /^obs: Word-filen skrevs på det långsammare sättet eftersom docx skrev något annat än väntat \(docx wrote \d+ body elements, not \d+\); innehållet är detsamma\.\n$/,
    );
    expect((await openDocx(new Uint8Array(await readFile(out)))).text).toContain('Leverantörsförteckning');
  });

  it('lists missing translations on stderr but still exports', async () => {
    const project = complete();
    project.activities[0]!.name = { da: 'Kundeadministration' };
    const out = path.join(dir, 'r.docx');
    const result = await exportCli('register', await projectFile(project), '--lang', 'en', '--out', out);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toContain('no "en" translation');
    expect(result.stderr).toContain('activity "Kundeadministration": name');
  });

  it('refuses an unknown audience and lists the ones there are', async () => {
    const result = await exportCli(
      'policy',
      await projectFile(),
      '--lang',
      'da',
      '--audience',
      'Kunder',
      '--out',
      path.join(dir, 'x.docx'),
    );
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr).toContain('no audience "Kunder"');
    expect(result.stderr).toContain('aud-web');
    expect(result.stderr).toContain('Website og kunder');
  });

  it('asks for --audience when the project has several', async () => {
    const result = await exportCli(
      'policy',
      await projectFile(),
      '--lang',
      'da',
      '--out',
      path.join(dir, 'x.docx'),
    );
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toContain('several policy audiences');
  });

  it.each([
    [['register'], 'name the project file'],
    [['brochure', 'f.kartotek', '--lang', 'da', '--out', 'x.docx'], 'choose what to export'],
    [['register', 'f.kartotek', '--out', 'x.docx'], '--lang is required'],
    [
      ['register', 'f.kartotek', '--lang', 'fi', '--out', 'x.docx'],
      '--lang must be one of da, sv, en, not "fi"',
    ],
    [['register', 'f.kartotek', '--lang', 'da'], '--out is required'],
    [
      ['register', 'f.kartotek', '--lang', 'da', '--out', 'x.docx', '--audience', 'a'],
      'only applies to a policy',
    ],
    [
      ['register', 'f.kartotek', '--lang', 'da', '--out', 'x.docx', '--colour', 'red'],
      'unknown option "--colour"',
    ],
  ])('exits 2 with a message for %j', async (args, message) => {
    const result = await exportCli(...args);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: kartotek export');
    expect(result.stdout).toBe('');
  });

  it('exits 1 with a clear message for a missing file', async () => {
    const result = await exportCli(
      'register',
      path.join(dir, 'missing.kartotek'),
      '--lang',
      'da',
      '--out',
      path.join(dir, 'x.docx'),
    );
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr).toMatch(/missing\.kartotek/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('exits 1 for a file that is not JSON', async () => {
    const file = path.join(dir, 'broken.kartotek');
    await writeFile(file, '{ "format": "kartotek-project", ');
    const result = await exportCli('register', file, '--lang', 'da', '--out', path.join(dir, 'x.docx'));
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr).toMatch(/damaged|incomplete|JSON/i);
  });

  it('exits 1 for an invalid project and names the field', async () => {
    const file = await projectFile();
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.project.activities[0].vendorIds.push('no-such-vendor');
    await writeFile(file, JSON.stringify(json));
    const result = await exportCli('register', file, '--lang', 'da', '--out', path.join(dir, 'x.docx'));
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr).toContain('project.activities[0].vendorIds[3]');
    expect((await readdir(dir)).includes('x.docx')).toBe(false);
  });

  it('exits 1 when the output folder does not exist', async () => {
    const result = await exportCli(
      'register',
      await projectFile(),
      '--lang',
      'da',
      '--out',
      path.join(dir, 'no', 'x.docx'),
    );
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr).toContain('cannot write');
  });

  it('prints its usage for --help', async () => {
    const result = await exportCli('--help');
    expect(result).toMatchObject({ code: EXIT_OK, stderr: '' });
    expect(result.stdout).toContain('--audience');
  });
});
