import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from '../../../../electron/cli/commandDispatcher';
import { CLI_COMMANDS } from '../../../../electron/cli/commands';
import { createConfirmCommand } from '../../../../electron/cli/commands/confirm';
import { exportCommand } from '../../../../electron/cli/commands/export';
import { describeChange } from '../../../../shared/changes/describe';
import { confirmEverything, unconfirmedItems } from '../../../../shared/model/confirm';
import { suggestedBy } from '../../../../shared/model/confirmation';
import type { Project } from '../../../../shared/model';
import { parseProjectFile } from '../../../../shared/project-file/parse';
import { serializeProjectFile } from '../../../../shared/project-file/serialize';
import { documentProject } from '../../../fixtures/documents/documentProject';
import { openDocx } from '../../documents/docxFile';

const NOW = new Date('2026-12-03T09:00:00.000Z');
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartotek-confirm-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The document fixture, confirmed, with one activity and the policy texts left as template suggestions. */
function withSuggestions(): Project {
  const project = confirmEverything(documentProject(), {
    at: '2026-11-01T08:00:00.000Z',
    today: '2026-11-01',
  });
  // A CVR number with a valid check digit: an invalid one is an error that stops a final export.
  project.organisation.registrationNumber = '12345674';
  project.activities[0]!.confirmation = suggestedBy('template');
  project.policy = { ...project.policy, confirmation: suggestedBy('template') };
  return project;
}

async function projectFile(project: Project): Promise<string> {
  const file = path.join(dir, 'p.kartotek');
  await writeFile(
    file,
    serializeProjectFile(project, { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' }),
  );
  return file;
}

async function read(file: string): Promise<Project> {
  const parsed = parseProjectFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error('not a project file');
  return parsed.project;
}

async function cli(command: { run: typeof exportCommand.run }, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await command.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const confirm = createConfirmCommand({ now: () => NOW });

describe('kartotek export of a register or policy with suggestions', () => {
  it('exits 1 listing the unconfirmed items in the chosen language, and writes nothing', async () => {
    const out = path.join(dir, 'policy.docx');
    const file = await projectFile(withSuggestions());
    const result = await cli(
      exportCommand,
      'policy',
      file,
      '--lang',
      'da',
      '--audience',
      'aud-web',
      '--out',
      out,
    );
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr).toContain('dokumentet skrives ikke som endeligt');
    expect(result.stderr).toContain('Ikke bekræftet (2)');
    expect(result.stderr).toContain('Privatlivspolitikken er et forslag fra skabelonen');
    expect(result.stderr).toContain('--draft');
    expect(await readdir(dir)).toEqual(['p.kartotek']);
  });

  it('with --draft writes the document marked as a draft in its header, exit 0', async () => {
    const out = path.join(dir, 'register.docx');
    const file = await projectFile(withSuggestions());
    const result = await cli(exportCommand, 'register', file, '--lang', 'en', '--draft', '--out', out);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('draft');
    const docx = await openDocx(new Uint8Array(await readFile(out)));
    expect(docx.headersXml.join('')).toContain('DRAFT');
  });
});

describe('kartotek confirm', () => {
  it('is listed by --help', async () => {
    let stdout = '';
    await runCli(['--help'], {
      version: '1',
      commands: CLI_COMMANDS,
      io: { stdout: (t) => (stdout += t), stderr: () => {} },
    });
    expect(stdout).toMatch(/confirm\s+Confirm suggestions/);
    expect(stdout).toContain('--draft');
  });

  it('--all confirms everything, records it in the change log with its time, and the export then works', async () => {
    const file = await projectFile(withSuggestions());
    const result = await cli(confirm, file, '--all');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('Bekræftet 2 elementer');
    expect(result.stdout).toContain('Privatlivspolitikken (forslag fra skabelonen)');
    const project = await read(file);
    expect(unconfirmedItems(project)).toEqual([]);
    expect(project.activities[0]!.lastReviewed).toBe('2026-12-03');
    const logged = project.changeLog.entries.filter(
      (e) => e.at === NOW.toISOString() && e.path.includes('confirmation'),
    );
    expect(logged.map((e) => describeChange(e, project, 'en').after)).toEqual(['Confirmed', 'Confirmed']);
    expect(await readdir(dir)).toEqual(['p.kartotek']); // written atomically, no temporary file left

    const out = path.join(dir, 'policy.docx');
    const exported = await cli(
      exportCommand,
      'policy',
      file,
      '--lang',
      'da',
      '--audience',
      'aud-web',
      '--out',
      out,
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(EXIT_OK);
  });

  it('--item confirms one item; an unknown id exits 1 in the chosen language; neither option is a usage error', async () => {
    const project = withSuggestions();
    const file = await projectFile(project);
    const one = await cli(confirm, file, '--item', project.activities[0]!.id, '--lang', 'sv');
    expect(one.code).toBe(EXIT_OK);
    expect(one.stdout).toContain('Bekräftade 1 post');
    expect(unconfirmedItems(await read(file)).map((u) => u.key)).toEqual(['policy']);
    const again = await cli(confirm, file, '--item', project.activities[0]!.id, '--lang', 'en');
    expect(again).toMatchObject({ code: EXIT_OK, stdout: expect.stringContaining('confirmed already') });
    const unknown = await cli(confirm, file, '--item', 'nope', '--lang', 'en');
    expect(unknown.code).toBe(EXIT_FAILURE);
    expect(unknown.stderr).toContain('no item with id “nope”');
    expect((await cli(confirm, file)).code).toBe(EXIT_USAGE);
    expect((await cli(confirm, file, '--all', '--item', 'x')).code).toBe(EXIT_USAGE);
  });
});
