// `npm run bench`: the performance benchmark of issue 8, item 3 (see bench.ts for what is measured and how).
//   node build/scripts/bench/run.mjs            Node and Chromium measurements
//   BENCH_RUNS=3 node build/scripts/bench/run.mjs   fewer timed runs (default 5; exports other than the register at most 3)
//   node build/scripts/bench/run.mjs --node-only      skip Chromium
//   node build/scripts/bench/run.mjs --browser-only   skip the Node timings (for working on the Chromium part)
//   A partial run keeps the figures it did not measure from the previous bench/results/latest.json (carriedOver).
// bench.ts is TypeScript importing shared/: it is bundled with esbuild (already a dev dependency), as
// generate-schema.mjs does, into node_modules/.cache so that playwright-core, left external, resolves.
// Writes bench/results/latest.json, bench/results/<date>-<shortsha>.json and the figures in README.md. Exits 0 when a figure is
// over budget (the benchmark is a report); non-zero only when the benchmark itself fails.
import { build } from 'esbuild';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { writeReadmeFigures } from './readmeFigures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PORT = 4199;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const nodeOnly = process.argv.includes('--node-only');
const browserOnly = process.argv.includes('--browser-only');
const log = (line) => console.log(line);

/**
 * The budgets of issues 8 and 18; `key` is the metric's path in the results (a Stat's median, or a number),
 * `unit` how it is counted: ms, a ratio (×) or MiB.
 */
const BUDGETS = [
  { metric: 'Cold first contentful paint (web build)', key: 'browser.firstContentfulPaint', budget: 1000 },
  { metric: 'Open project file (Chromium, into IndexedDB)', key: 'browser.open', budget: 1000 },
  { metric: 'First render of the Activities list', key: 'browser.listRender', budget: 300 },
  { metric: 'Filter keystroke (count updated)', key: 'browser.filterKeystroke', budget: 50 },
  { metric: 'Register export (.docx)', key: 'node.registerExport', budget: 3000 },
  { metric: 'Register export / its floor, same run', key: 'node.registerFloorRatio', budget: 1.3, unit: '×' },
  { metric: 'Register export, peak memory', key: 'node.registerMemory.peakRssMiB', budget: 250, unit: 'MiB' },
  { metric: 'Policy export (.docx)', key: 'node.policyExport', budget: 1500 },
  { metric: 'Full check run', key: 'node.checks', budget: 200 },
  { metric: 'All three documents with a 100,000-character word', key: 'node.longWordExport', budget: 5000 },
  {
    metric: '10,000 activities: open, check, export all, peak memory',
    key: 'node.large.peakRssMiB',
    budget: 1536,
    unit: 'MiB',
  },
  { metric: 'CLI cold start (--help) over bare node', key: 'cli.ratio.help', budget: 1.5, unit: '×' },
  { metric: 'CLI validate over bare node', key: 'cli.ratio.validate', budget: 1.5, unit: '×' },
  { metric: 'CLI check over bare node', key: 'cli.ratio.check', budget: 1.5, unit: '×' },
].map((row) => ({ unit: 'ms', ...row }));
/** Reported without a budget. */
const INFO = [
  { metric: 'Project file parse + validate (Node)', key: 'node.parseValidate' },
  { metric: 'Register floor (same body as text, jszip, same run)', key: 'node.registerFloor' },
  { metric: 'Register plain floor (text alone, no formatting)', key: 'node.registerPlainFloor' },
  { metric: 'Register export / its plain floor', key: 'node.registerPlainFloorRatio', unit: '×' },
  { metric: 'Register floor, peak memory', key: 'node.floorMemory.peakRssMiB', unit: 'MiB' },
  { metric: 'Cold first paint (web build)', key: 'browser.firstPaint' },
  { metric: 'First list render, to next frame', key: 'browser.listRender.frame' },
  { metric: 'Filter keystroke, to next frame', key: 'browser.filterKeystroke.frame' },
].map((row) => ({ unit: 'ms', ...row }));

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** bench.ts, and peakMemory.ts beside it, which bench.ts starts in processes of their own. */
async function bundleBench() {
  const outdir = path.join(root, 'node_modules/.cache/kartotek-bench');
  await build({
    entryPoints: ['bench', 'peakMemory'].map((name) => path.join(root, `build/scripts/bench/${name}.ts`)),
    outdir,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['playwright-core'],
    // CommonJS dependencies bundled into an ES module still call require() for Node built-ins (under a name of its
    // own: fflate's Node build imports createRequire itself).
    banner: {
      js: "import { createRequire as benchRequire } from 'node:module'; const require = benchRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(path.join(outdir, 'bench.mjs')).href}?t=${Date.now()}`);
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed`)),
    );
  });
}

/** `vite preview` of dist/renderer, in its own process group so that stopping it stops its children. */
async function startPreview() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      if ((await fetch(BASE_URL)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopPreview(server);
  throw new Error(`vite preview did not start on ${BASE_URL}:\n${output}`);
}

function stopPreview(server) {
  if (server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** A metric's figure: a Stat's median, or the number itself (a ratio, MiB). */
const valueAt = (results, key) => {
  const value = key.split('.').reduce((object, part) => object?.[part], results);
  return typeof value === 'number' ? value : value?.median;
};
const fmt = (value, unit) => {
  if (value === undefined) return '—';
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value} ms`;
  return unit === '×' ? `${value}×` : `${value} ${unit}`;
};

function table(results) {
  const rows = [
    ...BUDGETS.map(({ metric, key, budget, unit }) => {
      const value = valueAt(results, key);
      const verdict = value === undefined ? 'SKIPPED' : value <= budget ? 'PASS' : 'OVER';
      return { metric, value, budget, unit, verdict };
    }),
    ...INFO.map(({ metric, key, unit }) => ({
      metric,
      value: valueAt(results, key),
      budget: undefined,
      unit,
      verdict: '',
    })),
  ];
  const widths = [Math.max(...rows.map((r) => r.metric.length)), 10, 11, 7];
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  log('');
  log(line(['Metric (median)', 'Value', 'Budget', 'Result']));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) {
    log(line([r.metric, fmt(r.value, r.unit), r.budget ? `≤ ${fmt(r.budget, r.unit)}` : '', r.verdict]));
  }
  if (results.node) {
    log(
      `Peak memory of the whole benchmark process (Node): rss ${results.node.peakRssMiB} MiB, ` +
        `heapUsed ${results.node.peakHeapUsedMiB} MiB; ` +
        `file ${(results.node.fileBytes / 1024 / 1024).toFixed(1)} MiB`,
    );
  }
  return rows;
}

async function main() {
  // Recorded first: the commit whose code is measured.
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain').length > 0;
  const bench = await bundleBench();
  const startedAt = new Date();
  log(`Kartotek benchmark: ${JSON.stringify(bench.SIZES)}; ${runs} timed runs after a warm-up`);

  let node = null;
  let fileText;
  if (browserOnly) {
    fileText = bench.syntheticFile();
  } else {
    log('\nNode');
    ({ node, fileText } = await bench.runNode(runs, log));
  }

  let cli = null;
  if (!browserOnly) {
    log('\nCLI (dist/cli, rebuilt now)');
    await run('node', ['build/scripts/bundle-electron.mjs']);
    cli = bench.runCliColdStart(
      path.join(root, 'dist/cli/kartotek.cjs'),
      path.join(root, 'tests/fixtures/project-files/v3-full.kartotek'),
      Math.max(9, runs * 3),
      log,
    );
  }

  let browser = null;
  if (!nodeOnly) {
    if (!existsSync(path.join(root, 'dist/renderer/index.html'))) {
      log('\ndist/renderer is missing: building it with vite');
      await run('npx', ['vite', 'build']);
    }
    log(`\nChromium (web build in dist/renderer, served on ${BASE_URL})`);
    const server = await startPreview();
    try {
      browser = await bench.runBrowser(BASE_URL, fileText, runs, log);
    } finally {
      stopPreview(server);
    }
  }

  // A partial run (--browser-only, --node-only) keeps the other parts' figures of the previous run, saying so.
  const measured = { node, cli, browser };
  const carriedOver = {};
  const previousPath = path.join(root, 'bench/results/latest.json');
  if ((browserOnly || nodeOnly) && existsSync(previousPath)) {
    const previous = JSON.parse(await readFile(previousPath, 'utf8'));
    for (const part of browserOnly ? ['node', 'cli'] : ['browser']) {
      if (!previous[part]) continue;
      measured[part] = previous[part];
      const from = previous.carriedOver?.[part] ?? { date: previous.date, commit: previous.commit };
      carriedOver[part] = from;
    }
  }

  const results = {
    date: startedAt.toISOString(),
    commit,
    dirty,
    machine: {
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryMiB: Math.round(os.totalmem() / 1024 / 1024),
      node: process.version,
    },
    sizes: bench.SIZES,
    runs,
    ...measured,
    ...(Object.keys(carriedOver).length ? { carriedOver } : {}),
  };
  const rows = table(results);
  results.budgets = rows
    .filter((r) => r.budget !== undefined)
    .map(({ metric, value, budget, unit, verdict }) =>
      unit === 'ms'
        ? { metric, valueMs: value ?? null, budgetMs: budget, verdict }
        : { metric, value: value ?? null, budget, unit, verdict },
    );

  const folder = path.join(root, 'bench/results');
  await mkdir(folder, { recursive: true });
  // Formatted as Prettier would, so `npm run format:check` stays clean with the results committed.
  const latest = path.join(folder, 'latest.json');
  const text = await prettier.format(JSON.stringify(results), {
    ...(await prettier.resolveConfig(latest)),
    filepath: latest,
  });
  const stamp = startedAt.toISOString().slice(0, 19).replace(/:/g, '');
  const named = path.join(folder, `${stamp}-${commit.slice(0, 7)}.json`);
  await writeFile(latest, text);
  await writeFile(named, text);
  await writeReadmeFigures(root, results);
  log(`\nwrote bench/results/latest.json, ${path.relative(root, named)} and the figures in README.md`);
  const over = rows.filter((r) => r.verdict === 'OVER');
  if (over.length) log(`${over.length} metric(s) over budget: ${over.map((r) => r.metric).join('; ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
