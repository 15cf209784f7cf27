import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/commandDispatcher';
import { CLI_COMMANDS } from '../../../../electron/cli/commands';
import { validateCommand } from '../../../../electron/cli/commands/validate';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/project-files');

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

describe('kartotek validate', () => {
  let dir: string;
  let broken: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-validate-'));
    broken = path.join(dir, 'broken.kartotek');
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path.join(FIXTURES, 'v1-full.kartotek'), 'utf8'));
    json.project.vendors[0].hqCountry = 'XX';
    json.project.organisation.country = 'XX';
    await writeFile(broken, JSON.stringify(json));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is registered with the CLI, which loads its module when it runs', async () => {
    const registered = CLI_COMMANDS.find((command) => command.name === 'validate');
    expect(registered?.summary).toBe(validateCommand.summary);
    const { out, io: cliIo } = io();
    expect(await registered?.run([path.join(FIXTURES, 'v3-minimal.kartotek')], cliIo)).toBe(0);
    expect(out.stdout).toBe('valid: Minimal AB, 0 activities\n');
  });

  it('exits 0 with a short summary for a valid file', async () => {
    const { out, io: cliIo } = io();
    expect(await validateCommand.run([path.join(FIXTURES, 'v3-full.kartotek')], cliIo)).toBe(0);
    expect(out.stdout).toBe('valid: ITGuy ApS, 2 activities\n');
    expect(out.stderr).toBe('');
  });

  it('says when a file of an older format version is read as the current one', async () => {
    const { out, io: cliIo } = io();
    expect(await validateCommand.run([path.join(FIXTURES, 'v1-full.kartotek')], cliIo)).toBe(0);
    expect(out.stdout).toBe('valid: ITGuy ApS, 2 activities (file format 1, read as the current one)\n');
  });

  it('exits 1 with the message and the field path, in English or as asked', async () => {
    const en = io();
    expect(await validateCommand.run([broken], en.io)).toBe(1);
    expect(en.out.stderr).toMatch(
      /^The project file cannot be opened\. Organisation › country is not a country code Kartotek knows/,
    );
    expect(en.out.stderr).toContain('field: project.organisation.country');
    expect(en.out.stderr).toContain(
      '  - Vendor 1 “Microsoft 365” › headquarters country is not a country code Kartotek knows (two letters, e.g. DK or SE). (project.vendors[0].hqCountry)',
    );
    const da = io();
    expect(await validateCommand.run([broken, '--lang', 'da'], da.io)).toBe(1);
    expect(da.out.stderr).toMatch(
      /^Projektfilen kan ikke åbnes\. Organisation › land er ikke en landekode, Kartotek kender/,
    );
    expect(da.out.stderr).toContain('felt: project.organisation.country');
    const sv = io();
    expect(
      await runCli(['validate', '--lang=sv', broken], { version: '0', io: sv.io, commands: CLI_COMMANDS }),
    ).toBe(1);
    expect(sv.out.stderr).toMatch(/^Projektfilen kan inte öppnas\./);
  });

  it('refuses a 5,000-character name and the date 9999-12-31, saying which field, what value and the limit', async () => {
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path.join(FIXTURES, 'v3-full.kartotek'), 'utf8'));
    json.project.vendors[0].name = 'v'.repeat(5000);
    json.project.activities[0].nextReview = '9999-12-31';
    const file = path.join(dir, 'limits.kartotek');
    await writeFile(file, JSON.stringify(json));
    const before = await readFile(file, 'utf8');

    const en = io();
    expect(await validateCommand.run([file], en.io)).toBe(1);
    expect(en.out.stderr).toMatch(/^The project file cannot be opened\. Vendor 1 “v{59}…” › name is 5,000 characters long, but at most 200 are allowed\. \(There is 1 more problem in the file\.\)\n/);
    expect(en.out.stderr).toContain('field: project.vendors[0].name');
    expect(en.out.stderr).toContain(
      '  - Processing activity 1 “Support” › next review is “9999-12-31”, but a date must lie between 1 January 1990 and 31 December 2100. (project.activities[0].nextReview)',
    );
    const da = io();
    expect(await validateCommand.run([file, '--lang', 'da'], da.io)).toBe(1);
    expect(da.out.stderr).toContain('navn er 5.000 tegn lang, men højst 200 tegn er tilladt.');
    expect(da.out.stderr).toContain('næste gennemgang er »9999-12-31«, men en dato skal ligge mellem 1. januar 1990 og 31. december 2100.');
    const sv = io();
    expect(await validateCommand.run([file, '--lang', 'sv'], sv.io)).toBe(1);
    expect(sv.out.stderr).toContain('namn är 5\u00a0000 tecken lång, men högst 200 tecken är tillåtna.');
    expect(sv.out.stderr).toContain('nästa granskning är ”9999-12-31”, men ett datum ska ligga mellan 1 januari 1990 och 31 december 2100.');
    // Validating reads only: the file is as it was.
    expect(await readFile(file, 'utf8')).toBe(before);
  }); // prettier-ignore

  it('exits 1 for a file it cannot read, and 2 when called wrong', async () => {
    const missing = io();
    expect(await validateCommand.run([path.join(dir, 'nope.kartotek')], missing.io)).toBe(1);
    expect(missing.out.stderr).toMatch(/“nope.kartotek” could not be opened\. The file no longer exists/);
    for (const args of [[], ['a', 'b'], ['--lang', 'de', 'a'], ['--frobnicate', 'a']]) {
      const wrong = io();
      expect(await validateCommand.run(args, wrong.io), args.join(' ')).toBe(2);
      expect(wrong.out.stderr).toContain('Usage: kartotek validate');
    }
  });

  it('prints nothing from a file that a terminal would obey: escape sequences, carriage returns, bells', async () => {
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path.join(FIXTURES, 'v3-full.kartotek'), 'utf8'));
    json.project.name = 'Evil\u001b]0;pwned\u0007\u001b[2J\rApS\u009b31m';
    const hostile = path.join(dir, 'hostile.kartotek');
    await writeFile(hostile, JSON.stringify(json));
    for (const command of ['validate', 'check']) {
      const out = io();
      await runCli([command, hostile], { version: '0', io: out.io, commands: CLI_COMMANDS });
      const printed = out.out.stdout + out.out.stderr;
      expect(printed, command).toContain('Evil]0;pwned[2JApS31m');
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(printed, command).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  describe('as the built CLI', () => {
    const cli = path.join(ROOT, 'dist/cli/kartotek.cjs');
    beforeAll(() => {
      execFileSync(process.execPath, ['build/scripts/bundle-electron.mjs'], { cwd: ROOT, stdio: 'pipe' });
    });

    it('is built beside the main bundle, which also carries the window icon where main looks for it', async () => {
      const { resolveAppPaths } = await import('../../../../electron/appPaths');
      const paths = resolveAppPaths(path.join(ROOT, 'dist/electron'));
      for (const file of [cli, paths.preloadPath, paths.iconPath]) expect(existsSync(file), file).toBe(true);
    });

    it('exits 0 for a valid file and 1 for an invalid one, with the message', () => {
      expect(existsSync(cli)).toBe(true);
      const valid = spawnSync(
        process.execPath,
        [cli, 'validate', path.join(FIXTURES, 'v3-minimal.kartotek')],
        {
          encoding: 'utf8',
        },
      );
      expect(valid.status).toBe(0);
      expect(valid.stdout).toBe('valid: Minimal AB, 0 activities\n');
      const invalid = spawnSync(process.execPath, [cli, 'validate', broken, '--lang', 'sv'], {
        encoding: 'utf8',
      });
      expect(invalid.status).toBe(1);
      expect(invalid.stderr).toMatch(/Organisation › land är inte en landskod som Kartotek känner till/);
      expect(invalid.stderr).toContain('fält: project.organisation.country');
    });

    // Before the fix, open() waited for a writer to the pipe for ever; spawnSync would never return.
    it.skipIf(process.platform === 'win32')(
      'refuses a named pipe at once, for validate, check and export',
      () => {
        const fifo = path.join(dir, 'x.kartotek');
        execFileSync('mkfifo', [fifo]);
        for (const [args, status] of [
          [['validate', fifo], 1],
          [['check', fifo], 2],
          [['export', 'register', fifo, '--lang', 'en', '--out', path.join(dir, 'x.docx')], 1],
        ] as const) {
          const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
          expect(result.status, args[0]).toBe(status);
          expect(result.stderr, args[0]).toContain('It is not an ordinary file but a device, a named pipe');
        }
      },
    );
  });
});
