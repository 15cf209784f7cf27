import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/commandDispatcher';
import { createCheckCommand } from '../../../electron/cli/commands/check';
import { CLI_COMMANDS } from '../../../electron/cli/commands';
import type { Finding } from '../../../shared/checks';
import type { Project } from '../../../shared/model';
import { serializeProjectFile } from '../../../shared/project-file';
import { bitspaceAsWritten, bitspaceCorrected } from '../../fixtures/checks/bitspace';
import { itguyAsWritten } from '../../fixtures/checks/itguy';

let folder: string;
const files: Record<string, string> = {};

async function write(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}
const projectFile = (project: Project) =>
  serializeProjectFile(project, { appVersion: '0.1.0', now: '2025-12-01T10:00:00.000Z' });

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'kartotek-check-'));
  files.bitspace = await write('bitspace.kartotek', projectFile(bitspaceAsWritten()));
  files.itguy = await write('itguy.kartotek', projectFile(itguyAsWritten()));
  const warningsOnly = bitspaceCorrected();
  warningsOnly.policy.version = '';
  files.warnings = await write('warnings.kartotek', projectFile(warningsOnly));
  files.clean = await write('clean.kartotek', projectFile(bitspaceCorrected()));
  files.notJson = await write('broken.kartotek', '{ "format": ');
  files.notKartotek = await write('other.json', '{"hello": "world"}');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function check(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const command = createCheckCommand({ now: () => new Date(2025, 11, 1, 12) });
  const code = await runCli(['check', ...args], {
    version: '0.1.0',
    commands: [command],
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

describe('kartotek check', () => {
  it('is registered with the CLI', () => {
    expect(CLI_COMMANDS.map((c) => c.name)).toContain('check');
  });

  it('prints findings grouped by severity in the project language and exits 1 on errors', async () => {
    const { code, stdout, stderr } = await check(files.bitspace!);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Kartotek-kontroll av ”Bitspace AB”/);
    const fel = stdout.indexOf('\nFel (');
    const varningar = stdout.indexOf('\nVarningar (');
    const information = stdout.indexOf('\nInformation (');
    expect(fel).toBeGreaterThan(0);
    expect(varningar).toBeGreaterThan(fel);
    expect(information).toBeGreaterThan(varningar);
    expect(stdout).toContain('  - [privacy-shield] Integritetspolicyn nämner Privacy Shield.');
    expect(stdout).toMatch(/\d+ fel, \d+ varningar, \d+ för information\.\n$/);
  });

  it('speaks the language asked for with --lang', async () => {
    const { stdout } = await check('--lang', 'en', files.itguy!);
    expect(stdout).toMatch(/^Kartotek check of “ITGuy ApS”/);
    expect(stdout).toContain('Errors (');
    expect(stdout).toContain('[dpo-is-management] The DPO “Lasse Bloch Holmsgaard” is also the owner');
    const da = await check(files.itguy!, '--lang=da');
    expect(da.stdout).toContain('Advarsler (');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await check(files.bitspace!, '--json', '--lang', 'da');
    expect(code).toBe(EXIT_FAILURE);
    const report = JSON.parse(stdout) as {
      language: string;
      today: string;
      counts: Record<string, number>;
      findings: Finding[];
    };
    expect(report.language).toBe('da');
    expect(report.today).toBe('2025-12-01');
    expect(report.counts.error).toBe(report.findings.filter((f) => f.severity === 'error').length);
    const shield = report.findings.find((f) => f.ruleId === 'privacy-shield');
    expect(shield).toMatchObject({
      severity: 'error',
      item: { kind: 'policy' },
      fix: { screen: 'documents' },
    });
    expect(shield?.message).toMatch(/^Privatlivspolitikken nævner Privacy Shield/);
  });

  it('exits 0 when only warnings remain, and when there is nothing at all', async () => {
    const warnings = await check(files.warnings!, '--lang', 'en');
    expect(warnings.code).toBe(EXIT_OK);
    expect(warnings.stdout).toContain('[policy-undated]');
    expect(warnings.stdout).toContain('0 errors, 1 warning, 0 info.');
    const clean = await check(files.clean!, '--lang', 'en');
    expect(clean).toMatchObject({ code: EXIT_OK, stderr: '' });
    expect(clean.stdout).toContain('No findings.');
  });

  it.each([
    [[], /missing FILE/],
    [['a.kartotek', 'b.kartotek'], /give one file/],
    [['--lang', 'de', 'a.kartotek'], /--lang must be one of da, sv, en/],
    [['a.kartotek', '--lang'], /--lang needs a value/],
    [['a.kartotek', '--verbose'], /unknown option "--verbose"/],
  ])('is a usage error (exit 2): %j', async (args, message) => {
    const { code, stdout, stderr } = await check(...args);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('exits 2 on a file it cannot read or that is no project file', async () => {
    const missing = await check(path.join(folder, 'nope.kartotek'));
    expect(missing.code).toBe(EXIT_USAGE);
    expect(missing.stderr).toMatch(/“nope\.kartotek” could not be opened\. The file no longer exists/);
    for (const file of [files.notJson!, files.notKartotek!]) {
      const result = await check(file);
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(file);
    }
  });

  it('prints help', async () => {
    const { code, stdout } = await check('--help');
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/Usage: kartotek check FILE \[--json\] \[--lang da\|sv\|en\]/);
  });
});
