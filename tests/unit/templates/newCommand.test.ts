import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/commandDispatcher';
import { CLI_COMMANDS } from '../../../electron/cli/commands';
import { createNewCommand } from '../../../electron/cli/commands/new';
import { runChecks } from '../../../shared/checks';
import { ProjectSchema } from '../../../shared/model';
import { parseProjectFile } from '../../../shared/project-file/parse';

const FIXED_NOW = new Date(2026, 2, 2, 10, 30); // local time: 2 March 2026

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartotek-new-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const command = createNewCommand({ now: () => FIXED_NOW, appVersion: '9.9.9' });
  const code = await command.run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

async function readProject(file: string) {
  const text = await readFile(file, 'utf8');
  const parsed = parseProjectFile(text);
  if (!parsed.ok) throw new Error(`not a valid project file: ${JSON.stringify(parsed.error)}`);
  expect(ProjectSchema.safeParse(parsed.project).success).toBe(true);
  return { ...parsed, json: JSON.parse(text) as Record<string, unknown> };
}

describe('kartotek new', () => {
  it('writes a valid project file with the organisation, Danish defaults and the starter register', async () => {
    const out = path.join(dir, 'itguy.kartotek');
    const result = await run([
      '--template',
      'it-firm',
      '--lang',
      'da',
      '--out',
      out,
      '--name',
      'Eksempel IT ApS',
      '--cvr',
      '12345674',
      '--address',
      'Eksempelvej 1',
      '--postcode',
      '8000',
      '--city',
      'Aarhus C',
      '--email',
      'info@eksempel-it.example',
      '--phone',
      '+45 70 20 30 40',
      '--website',
      'eksempel-it.example',
      '--privacy-email=privatliv@eksempel-it.example',
      '--languages',
      'da,en',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain(`Created ${out}`);
    // Without --customers the processor activity is left out, in one line that says how to include it.
    const leftOut = result.stdout.split('\n').filter((line) => /left out/i.test(line));
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0]).toMatch(/IT operations for customers.*itOperations.*--customers "/);

    const { project, appVersion, savedAt, json } = await readProject(out);
    expect(json.format).toBe('kartotek-project');
    expect(appVersion).toBe('9.9.9');
    expect(savedAt).toBe(FIXED_NOW.toISOString());
    expect(project.name).toBe('Eksempel IT ApS');
    expect(project.organisation).toEqual({
      legalName: 'Eksempel IT ApS',
      registrationNumber: '12345674',
      street: 'Eksempelvej 1',
      postcode: '8000',
      city: 'Aarhus C',
      country: 'DK',
      phone: '+45 70 20 30 40',
      email: 'info@eksempel-it.example',
      website: 'https://eksempel-it.example',
      privacyEmail: 'privatliv@eksempel-it.example',
      jurisdiction: 'DK',
    });
    expect(project.documentLanguages).toEqual({ languages: ['da', 'en'], primary: 'da' });
    expect(project.activities).toHaveLength(11);
    expect(project.activities.some((a) => a.role === 'processor')).toBe(false);
    expect(project.customers).toEqual([]);
    expect(project.activities[0]!.lastReviewed).toBe('');
    expect(project.activities[0]!.nextReview).toBe('2027-03-02');
    // No vendor the user did not name; the suggestions are listed for --vendors.
    expect(project.vendors).toEqual([]);
    expect(result.stdout).toMatch(/Other suggested vendors \(--vendors\): .*visma-e-conomic/);
    // No temporary file is left beside the result.
    expect(await readdir(dir)).toEqual(['itguy.kartotek']);
  });

  it('takes Swedish defaults from --lang sv and the jurisdiction from --country', async () => {
    const se = path.join(dir, 'se.kartotek');
    expect(
      (await run(['--template', 'it-firm', '--lang', 'sv', '--out', se, '--org-nr', '556000-0001'])).code,
    ).toBe(EXIT_OK);
    const { project } = await readProject(se);
    expect(project.organisation).toMatchObject({
      jurisdiction: 'SE',
      country: 'SE',
      registrationNumber: '556000-0001',
    });
    expect(project.vendors).toEqual([]);

    const no = path.join(dir, 'no.kartotek');
    expect((await run(['--template', 'it-firm', '--lang', 'en', '--out', no, '--country', 'no'])).code).toBe(
      EXIT_OK,
    );
    expect((await readProject(no)).project.organisation).toMatchObject({ jurisdiction: 'NO', country: 'NO' });

    const other = path.join(dir, 'other.kartotek');
    expect(
      (await run(['--template', 'it-firm', '--lang', 'da', '--out', other, '--jurisdiction', 'other'])).code,
    ).toBe(EXIT_OK);
    expect((await readProject(other)).project.organisation).toMatchObject({
      jurisdiction: 'other',
      country: '',
    });
  });

  it('builds a subset of activities and vendors', async () => {
    const out = path.join(dir, 'subset.kartotek');
    const result = await run([
      '--template=it-firm',
      '--lang=en',
      `--out=${out}`,
      '--activities',
      'website,invoicing',
      '--vendors',
      'cookiebot,dinero',
      '--jurisdiction',
      'DK',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const { project } = await readProject(out);
    expect(project.activities.map((a) => a.name.en)).toEqual([
      'Website visitors and cookies',
      'Invoicing and bookkeeping',
    ]);
    expect(project.vendors.map((v) => v.libraryRef?.id)).toEqual(['cookiebot', 'dinero']);

    const none = path.join(dir, 'none.kartotek');
    expect(
      (await run(['--template', 'it-firm', '--lang', 'da', '--out', none, '--vendors', 'none'])).code,
    ).toBe(EXIT_OK);
    expect((await readProject(none)).project.vendors).toEqual([]);
  });

  it('includes the processor activity with --customers, linked to the customers named', async () => {
    const out = path.join(dir, 'customers.kartotek');
    const result = await run([
      '--template',
      'it-firm',
      '--lang',
      'da',
      '--out',
      out,
      '--name',
      'Eksempel IT ApS',
      '--address',
      'Eksempelvej 1',
      '--postcode',
      '8000',
      '--city',
      'Aarhus C',
      '--email',
      'info@eksempel-it.example',
      '--phone',
      '+45 70 20 30 40',
      '--privacy-email',
      'privatliv@eksempel-it.example',
      '--customers',
      ' Kunde A/S ;Tandlæge B ApS; ',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).not.toMatch(/left out/i);
    expect(result.stdout).toMatch(/12 activities, .*2 customers/);
    expect(result.stdout).toMatch(
      /data processing agreement with each customer of "IT operations for customers/,
    );
    const { project } = await readProject(out);
    expect(project.activities).toHaveLength(12);
    expect(project.customers.map((c) => c.name)).toEqual(['Kunde A/S', 'Tandlæge B ApS']);
    const processor = project.activities.find((a) => a.role === 'processor')!;
    expect(processor.customerIds).toEqual(project.customers.map((c) => c.id));
    // A register written by the command passes the checks without errors once the organisation is given.
    const errors = runChecks(project, { today: '2026-03-02' }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);

    const subset = path.join(dir, 'subset-customers.kartotek');
    const chosen = await run([
      '--template',
      'it-firm',
      '--lang',
      'en',
      '--out',
      subset,
      '--activities',
      'itOperations,support',
      '--customers',
      'Customer A Ltd',
    ]);
    expect(chosen.code).toBe(EXIT_OK);
    expect(chosen.stdout).not.toMatch(/left out/i);
    const { project: small } = await readProject(subset);
    expect(small.activities.map((a) => a.role)).toEqual(['controller', 'processor']);
    expect(small.customers.map((c) => c.name)).toEqual(['Customer A Ltd']);
  });

  it('says nothing about the processor activity when --activities leaves it out', async () => {
    const out = path.join(dir, 'chosen.kartotek');
    const result = await run([
      '--template',
      'it-firm',
      '--lang',
      'da',
      '--out',
      out,
      '--activities',
      'website',
    ]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).not.toMatch(/left out|customer/i);
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const out = path.join(dir, 'existing.kartotek');
    await writeFile(out, 'keep me');
    const refused = await run(['--template', 'it-firm', '--lang', 'da', '--out', out]);
    expect(refused.code).toBe(EXIT_FAILURE);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(refused.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe('keep me');

    const forced = await run(['--template', 'it-firm', '--lang', 'da', '--out', out, '--force']);
    expect(forced.code).toBe(EXIT_OK);
    await readProject(out);
  });

  it('fails with exit 1 when the folder does not exist or the target is a folder', async () => {
    const missing = await run([
      '--template',
      'it-firm',
      '--lang',
      'da',
      '--out',
      path.join(dir, 'nope', 'x.kartotek'),
    ]);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stderr).toMatch(/does not exist/);
    const folder = await run(['--template', 'it-firm', '--lang', 'da', '--out', dir]);
    expect(folder.code).toBe(EXIT_FAILURE);
    expect(folder.stderr).toMatch(/is a folder/);
  });

  it.each([
    [['--lang', 'da', '--out', 'x.kartotek'], /missing --template/],
    [['--template', 'it-firm', '--out', 'x.kartotek'], /missing --lang/],
    [['--template', 'it-firm', '--lang', 'da'], /missing --out/],
    [['--template', 'law-firm', '--lang', 'da', '--out', 'x'], /--template must be one of it-firm/],
    [['--template', 'it-firm', '--lang', 'de', '--out', 'x'], /--lang must be one of da, sv, en/],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--colour', 'red'], /unknown option "--colour"/],
    [['--template', 'it-firm', '--lang', 'da', '--out'], /--out needs a value/],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', 'extra'], /unexpected argument "extra"/],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--languages', 'sv,en'],
      /must include the primary/,
    ],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--languages', 'da,de'],
      /--languages may only hold/,
    ],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--jurisdiction', 'DE'],
      /--jurisdiction must be one of/,
    ],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--cvr', '1', '--org-nr', '2'],
      /registration number once/,
    ],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--activities', 'payroll'], /unknown: payroll/],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--vendors', 'acme'],
      /not in the vendor library/,
    ],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--email', 'nope'], /organisation\.email/],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--country', 'XX'], /ISO 3166-1/],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--force=yes'], /--force takes no value/],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--activities', 'website,itOperations'],
      /--activities includes the processor activity itOperations, which needs --customers/,
    ],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--activities', 'website', '--customers', 'A'],
      /--customers is only used by the processor activity itOperations/,
    ],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--customers', ' ; '], /--customers takes/],
    [['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--customers', 'A; a'], /listed twice/],
    [
      ['--template', 'it-firm', '--lang', 'da', '--out', 'x', '--vendors', 'acronis'],
      /not suggested for any/,
    ],
  ])('%j is a usage error (exit 2) and writes nothing', async (args, message) => {
    // Relative names are resolved against the temporary folder, so nothing could land in the checkout.
    const result = await run(
      args.map((arg) => (arg === 'x' || arg === 'x.kartotek' ? path.join(dir, arg) : arg)),
    );
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(await readdir(dir)).toEqual([]);
  });

  it('prints its help with --help, listing the activities', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/Usage: kartotek new --template it-firm/);
    expect(result.stdout).toMatch(/securityLogging/);
    expect(result.stdout).toMatch(/--customers "A; B"/);
    expect(result.stderr).toBe('');
  });

  it('is registered with the CLI and runs through the dispatcher', async () => {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
    await runCli(['--help'], { version: '1.0.0', commands: CLI_COMMANDS, io });
    expect(stdout).toMatch(/^\s+new\s+Create a project file from a starter template/m);
    const out = path.join(dir, 'via-cli.kartotek');
    const code = await runCli(['new', '--template', 'it-firm', '--lang', 'sv', '--out', out], {
      version: '1.0.0',
      commands: CLI_COMMANDS,
      io,
    });
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    expect((await readProject(out)).project.organisation.jurisdiction).toBe('SE');
  });
});
