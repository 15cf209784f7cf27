import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 18: `kartotek --help`, `validate` and `check` start without the document code, and without what
 * the command does not need for the file at hand. The built CLI runs with a module-loader hook that records
 * every module it loads; esbuild's metafile says which sources each loaded file holds.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/project-files/v3-minimal.kartotek');
const RECORDER = pathToFileURL(path.join(ROOT, 'tests/support/moduleLog/register.mjs')).href;
const FUNCTION_COUNTER = pathToFileURL(path.join(ROOT, 'tests/support/functionLog/register.mjs')).href;
/** The messages for a file that cannot be opened, in every language: needed only when one fails. */
const FAILURE_MESSAGES =
  /(^|\/)shared\/project-file\/(describe|fieldLabels)\.ts$|(^|\/)shared\/model\/vocabulary\//;
/** The export's code: the docx writer, the zip library and its deflate, and the document pipeline. */
const DOCUMENT_CODE = /node_modules\/(docx|jszip|pako)\/|(^|\/)shared\/(documents|auditPack)\//;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

describe('the built CLI loads only what the command needs', () => {
  let buildDir: string;
  let metafile: Metafile;

  beforeAll(async () => {
    buildDir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-coldstart-'));
    execFileSync(process.execPath, ['build/scripts/bundle-electron.mjs', '--out', buildDir], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    metafile = JSON.parse(await readFile(path.join(buildDir, 'cli/metafile.json'), 'utf8')) as Metafile;
  });
  afterAll(async () => {
    await rm(buildDir, { recursive: true, force: true });
  });

  /** The sources (as esbuild names them) in every bundle file the CLI loaded for these arguments. */
  async function sourcesLoadedBy(args: readonly string[], maxStatus = 2): Promise<string[]> {
    const log = path.join(
      buildDir,
      `modules-${args
        .join('-')
        .replace(/[^\w-]/g, '_')
        .slice(-80)}.log`,
    );
    const run = spawnSync(
      process.execPath,
      ['--import', RECORDER, path.join(buildDir, 'cli/kartotek.cjs'), ...args],
      { cwd: ROOT, env: { ...process.env, KARTOTEK_MODULE_LOG: log }, encoding: 'utf8' },
    );
    // 0, or 1 for `check` on a project with error findings; 2 would mean the command never got going.
    expect(run.status, run.stderr).toBeLessThan(maxStatus);
    const loaded = (await readFile(log, 'utf8'))
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => fileURLToPath(url))
      .filter((file) => file.startsWith(path.join(buildDir, 'cli')) && file.endsWith('.mjs'));
    expect(loaded, 'the recorder saw the CLI load').toContain(path.join(buildDir, 'cli/kartotek.mjs'));
    return loaded.flatMap((file) => {
      const output = metafile.outputs[path.relative(ROOT, file).split(path.sep).join('/')];
      if (!output) throw new Error(`${file} is not in the metafile`);
      return Object.keys(output.inputs);
    });
  }

  it.each([
    ['--help', ['--help']],
    ['validate', ['validate', FIXTURE]],
    ['check', ['check', FIXTURE]],
  ])('%s loads no document code', async (_name, args) => {
    const sources = await sourcesLoadedBy(args);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => DOCUMENT_CODE.test(source))).toEqual([]);
  });

  it('validate of a valid file loads none of the failure messages; of an invalid one, it does', async () => {
    const valid = await sourcesLoadedBy(['validate', FIXTURE]);
    expect(valid.filter((source) => FAILURE_MESSAGES.test(source))).toEqual([]);

    const invalidFile = path.join(buildDir, 'invalid.kartotek');
    const file = JSON.parse(await readFile(FIXTURE, 'utf8')) as { project: { name: unknown } };
    file.project.name = 42;
    await writeFile(invalidFile, JSON.stringify(file));
    const invalid = await sourcesLoadedBy(['validate', invalidFile], 3);
    expect(invalid.some((source) => /(^|\/)shared\/project-file\/describe\.ts$/.test(source))).toBe(true);
  });

  it('check of a valid file loads no message for a file that fails', async () => {
    const sources = await sourcesLoadedBy(['check', FIXTURE]);
    expect(sources.some((source) => /(^|\/)shared\/checks\//.test(source))).toBe(true);
    expect(sources.filter((source) => /(^|\/)shared\/project-file\/describe\.ts$/.test(source))).toEqual([]);
  });

  /** How many functions the process compiled from text (`new Function`) while running these arguments. */
  function functionsCompiledBy(args: readonly string[]): number {
    const run = spawnSync(process.execPath, ['--import', FUNCTION_COUNTER, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const count = /functions compiled from text: (\d+)/.exec(run.stderr);
    if (!count) throw new Error(`no count in: ${run.stderr}`);
    return Number(count[1]);
  }

  it('validate and check parse the file without compiling zod fast paths', () => {
    // The counter counts: a process that compiles two functions reports two.
    expect(functionsCompiledBy(['-e', "new Function('a', 'return a'); Function('return 1')"])).toBe(2);
    const cli = path.join(buildDir, 'cli/kartotek.cjs');
    const full = path.join(ROOT, 'tests/fixtures/project-files/v3-full.kartotek');
    expect(functionsCompiledBy([cli, 'validate', full])).toBe(0);
    expect(functionsCompiledBy([cli, 'check', full])).toBe(0);
  });

  it('export loads the document code when it exports', async () => {
    const out = path.join(buildDir, 'register.docx');
    const sources = await sourcesLoadedBy([
      'export',
      'register',
      FIXTURE,
      '--lang',
      'da',
      '--draft',
      '--out',
      out,
    ]);
    expect(sources.some((source) => /node_modules\/docx\//.test(source))).toBe(true);
    expect(sources.some((source) => /(^|\/)shared\/documents\//.test(source))).toBe(true);
  });
});
