/**
 * `npm run bench` (issue 8, item 3): measures Kartotek on a synthetic register. Bundled and started by
 * run.mjs. Measurement only: nothing here changes how the app behaves.
 *
 * Method
 * - Node metrics: one warm-up run, then `runs` timed runs (performance.now() around the call); the
 *   median is the figure, min and max are kept. The process's peak rss / heapUsed (a sampler every 5 ms, so
 *   between the awaits of the async exports, and after every run) is reported for information only: it holds
 *   every measurement, the generator and the browser's driver.
 * - CLI cold start: the built CLI (dist/cli/kartotek.cjs) started as a new process for `--help`,
 *   `validate` and `check` of a small project file, side by side with bare `node -e 0`: the commands take
 *   turns within every round, so a busy machine slows all of them alike; the figure is each median over
 *   the bare node median.
 * - Register export against its floors (floor.ts): the same body written once as text by the export's own
 *   BodyWriter (the budget's floor), and the text alone as plain WordprocessingML (reported); each encoded and
 *   zipped once with jszip and hashed incrementally. Timed in turns with the export, every round running each
 *   once (after one warm-up of each), so all see the same load on a shared machine; each ratio is the median
 *   of the rounds' export / floor, which a busy neighbour slows alike.
 * - Peak memory: each measurement in a child process of its own (peakMemory.ts), which opens the project
 *   file (read, parsed, validated), does its task once and reports process.resourceUsage().maxRSS: the most
 *   memory the process ever held (the kernel's figure, not a sample), including Node itself (about 45 MiB)
 *   and the open project. Measured for the register export, its floor, and the large register: a register
 *   of LARGE_ACTIVITIES activities opened, checked, and exported as register, policy and vendor overview.
 * - Chromium metrics, against the built web version served by `vite preview`, every run in a fresh
 *   browser context (so a fresh IndexedDB). Times are taken inside the page with performance.now(), so
 *   Playwright's round trips are not counted:
 *   · cold start: the start page in the fresh context (so with an empty HTTP cache): first paint and first
 *     contentful paint from navigation, as Chromium's paint timing reports them.
 *   · open: from the hidden file input's `change` event (File → Open… and pick the file, as the e2e suite
 *     does) until the project's name appears in the header, i.e. parsed, validated and written to IndexedDB.
 *   Before the list and the keystroke are measured, the page is left to settle (no long task for 1 s):
 *   opening a project starts work of its own (the daily backup serializes the whole project, the
 *   overview runs the checks), which would otherwise land inside the measured time in some runs only.
 *   · first list render: from setting location.hash to #/activities (coming from #/organisation) until
 *     the list shows its first screenful (DOM): the count reads "N of N activities" and the rendered rows
 *     reach the bottom of the list's scroll box (or every row is rendered); and until the next animation
 *     frame after that ("frame"). The list is virtualised: only the rows in view, plus a few either side,
 *     are in the DOM, so this is the time to a usable first screen, not to N rendered rows (`rows` records
 *     how many rows were in the DOM at that moment).
 *   · filter keystroke: from the keydown of one character in the Activities search box until the
 *     "n of N activities" count changes (DOM), and until the next frame after that. The keystroke is
 *     handled in one React render (the filtering is not deferred), whose commit changes the search box,
 *     the count and the rendered rows together: the count changing means the filtered rows are in the DOM.
 */
import { execFile, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runChecks } from '../../../shared/checks';
import { exportDocument } from '../../../shared/documents';
import { parseProjectFile, serializeProjectFile } from '../../../shared/project-file';
import { chromiumLaunchOptions } from '../../../tests/support/chromium';
import { floorExport, type FloorKind } from './floor';
import { generateProject, SIZES } from './generate';

export { SIZES };

/** The large-register case of issue 18: opened, checked and exported within its memory budget. */
const LARGE_ACTIVITIES = 10_000;
const FILE_OPTIONS = { appVersion: 'bench', now: '2026-11-01T09:00:00.000Z' };

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;
const stat = (runs: number[]): Stat => ({
  median: round(median(runs)),
  min: round(Math.min(...runs)),
  max: round(Math.max(...runs)),
  runs: runs.map(round),
});

const peak = { rss: 0, heapUsed: 0 };
function sampleMemory() {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
}

/**
 * The functions timed in turns: one warm-up of each, then `runs` rounds in which each runs once, in order; so a
 * busy neighbour slows them alike.
 */
async function inTurns<K extends string>(runs: number, fns: Record<K, () => unknown>) {
  const names = Object.keys(fns) as K[];
  for (const name of names) await fns[name]();
  sampleMemory();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const start = performance.now();
      await fns[name]();
      times[name].push(performance.now() - start);
      sampleMemory();
    }
  }
  /** The median over the rounds of a's time / b's. */
  const ratio = (a: K, b: K) =>
    Math.round(median(times[a].map((time, i) => time / times[b][i]!)) * 100) / 100;
  return {
    stats: Object.fromEntries(names.map((name) => [name, stat(times[name])])) as Record<K, Stat>,
    ratio,
  };
}

export interface PeakMemory {
  /** process.resourceUsage().maxRSS of the child process, MiB. */
  peakRssMiB: number;
  /** The same, once the file was opened and before the task. */
  afterOpenMiB: number;
  /** ms of each step (open, then the task's). */
  steps: Record<string, number>;
}

/** One task of peakMemory.ts on a project file, in a process of its own. */
function peakMemory(task: 'register' | 'floor' | 'large', file: string): Promise<PeakMemory> {
  const script = fileURLToPath(new URL('./peakMemory.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, task, file], { maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`peakMemory ${task} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as PeakMemory);
    });
  });
}

async function timed(runs: number, warmUps: number, fn: () => unknown): Promise<Stat> {
  for (let i = 0; i < warmUps; i++) {
    await fn();
    sampleMemory();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    sampleMemory();
  }
  return stat(times);
}

export interface NodeResults {
  fileBytes: number;
  generateMs: number;
  parseValidate: Stat;
  registerExport: Stat & { bytes: number };
  /** The register's floor (floor.ts, `body`: the same body, written once as text), timed in turns with the export. */
  registerFloor: Stat & { bytes: number };
  /** Median of export / floor over the rounds. */
  registerFloorRatio: number;
  /** The plain floor (floor.ts, `plain`: the text without the formatting), in the same rounds; and export / it. */
  registerPlainFloor: Stat & { bytes: number };
  registerPlainFloorRatio: number;
  /** Peak memory (maxRSS of a process of its own) of opening the file and exporting the register; of its floor. */
  registerMemory: PeakMemory;
  floorMemory: PeakMemory;
  /** The large register: opened, checked, exported as register, policy and vendor overview, in one process. */
  large: PeakMemory & { activities: number; fileBytes: number };
  policyExport: Stat & { bytes: number };
  checks: Stat & { findings: number };
  /** A small register (3 activities, so its pages would be laid out) with one 100,000-character word. */
  longWordExport: Stat;
  peakRssMiB: number;
  peakHeapUsedMiB: number;
}

/** The synthetic register as a project file's text. */
export function syntheticFile(): string {
  return serializeProjectFile(generateProject(), FILE_OPTIONS);
}

export async function runNode(runs: number, log: (line: string) => void) {
  const sampler = setInterval(sampleMemory, 5);
  try {
    const start = performance.now();
    const project = generateProject();
    const fileText = serializeProjectFile(project, FILE_OPTIONS);
    const generateMs = round(performance.now() - start);
    const fileBytes = Buffer.byteLength(fileText);
    log(`generated the register in ${generateMs} ms (${(fileBytes / 1024 / 1024).toFixed(1)} MiB file)`);

    const parseValidate = await timed(runs, 1, () => {
      const parsed = parseProjectFile(fileText);
      if (!parsed.ok) throw new Error(`the synthetic file does not open: ${parsed.error.code}`);
    });
    log(`parse + validate: ${parseValidate.median} ms`);

    let registerBytes = 0;
    const floorBytes = { body: 0, plain: 0 };
    const registerOptions = { kind: 'register', language: 'da', now: '2026-11-01' } as const;
    const floor = (kind: FloorKind) => async () => {
      floorBytes[kind] = (await floorExport(project, registerOptions, kind)).bytes.byteLength;
    };
    const register = await inTurns(runs, {
      plain: floor('plain'),
      body: floor('body'),
      export: async () => {
        const result = await exportDocument(project, { ...registerOptions, tocPageNumbers: 'word' });
        registerBytes = result.bytes.byteLength;
      },
    });
    const registerExport = register.stats.export;
    log(
      `register export: ${registerExport.median} ms; its floor ${register.stats.body.median} ms ` +
        `(export / floor ${register.ratio('export', 'body')}); the plain floor ${register.stats.plain.median} ms ` +
        `(export / plain floor ${register.ratio('export', 'plain')})`,
    );

    let policyBytes = 0;
    const policyExport = await timed(Math.min(runs, 3), 1, async () => {
      const result = await exportDocument(project, { kind: 'policy', language: 'da', now: '2026-11-01' });
      policyBytes = result.bytes.byteLength;
    });
    log(`policy export: ${policyExport.median} ms`);

    // Issue 18: one unbroken word as long as the model allows used to stall the layout for hours.
    const small = { ...project, activities: project.activities.slice(0, 3) };
    const word = 'x'.repeat(100_000);
    small.activities[0] = { ...small.activities[0]!, description: { da: word } };
    const longWordExport = await timed(Math.min(runs, 3), 1, async () => {
      for (const kind of ['register', 'policy', 'vendors'] as const) {
        await exportDocument(small, { kind, language: 'da', now: '2026-11-01' });
      }
    });
    log(`register, policy and vendor list with a 100,000-character word: ${longWordExport.median} ms`);

    let findings = 0;
    const checks = await timed(runs, 1, () => {
      findings = runChecks(project, { today: '2026-11-01' }).length;
    });
    log(`checks: ${checks.median} ms (${findings} findings)`);
    sampleMemory();

    const folder = path.join(tmpdir(), 'kartotek-bench');
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, 'synthetic-register.kartotek');
    await writeFile(file, fileText);
    const registerMemory = await peakMemory('register', file);
    const floorMemory = await peakMemory('floor', file);
    log(`peak memory: register export ${registerMemory.peakRssMiB} MiB, floor ${floorMemory.peakRssMiB} MiB`);

    const largeText = serializeProjectFile(generateProject(LARGE_ACTIVITIES), FILE_OPTIONS);
    const largeFile = path.join(folder, 'large-register.kartotek');
    await writeFile(largeFile, largeText);
    const large = {
      activities: LARGE_ACTIVITIES,
      fileBytes: Buffer.byteLength(largeText),
      ...(await peakMemory('large', largeFile)),
    };
    log(
      `${LARGE_ACTIVITIES} activities (${(large.fileBytes / 1024 / 1024).toFixed(1)} MiB file): ` +
        `opened, checked and exported in ${large.peakRssMiB} MiB (${JSON.stringify(large.steps)} ms)`,
    );

    const node: NodeResults = {
      fileBytes,
      generateMs,
      parseValidate,
      registerExport: { ...registerExport, bytes: registerBytes },
      registerFloor: { ...register.stats.body, bytes: floorBytes.body },
      registerFloorRatio: register.ratio('export', 'body'),
      registerPlainFloor: { ...register.stats.plain, bytes: floorBytes.plain },
      registerPlainFloorRatio: register.ratio('export', 'plain'),
      registerMemory,
      floorMemory,
      large,
      policyExport: { ...policyExport, bytes: policyBytes },
      checks: { ...checks, findings },
      longWordExport,
      peakRssMiB: round(peak.rss / 1024 / 1024),
      peakHeapUsedMiB: round(peak.heapUsed / 1024 / 1024),
    };
    return { node, fileText };
  } finally {
    clearInterval(sampler);
  }
}

export interface CliResults {
  bareNode: Stat;
  help: Stat;
  validate: Stat;
  check: Stat;
  /** Each command's median over bare node's median, in the same rounds. */
  ratio: { help: number; validate: number; check: number };
}

/** Wall time of starting `node ARGS` until it exits, in ms. */
function startNode(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const ms = performance.now() - start;
  // 1 is `check` reporting error findings; anything else means the command did not run as measured.
  if (run.status !== 0 && !(args[1] === 'check' && run.status === 1)) {
    throw new Error(`node ${args.join(' ')} exited with ${run.status}`);
  }
  return ms;
}

/** The built CLI's start against bare node's (`rounds` rounds after one warm-up round). */
export function runCliColdStart(
  cli: string,
  projectFile: string,
  rounds: number,
  log: (line: string) => void,
) {
  const commands = {
    bareNode: ['-e', '0'],
    help: [cli, '--help'],
    validate: [cli, 'validate', projectFile],
    check: [cli, 'check', projectFile],
  } as const;
  const times = {
    bareNode: [] as number[],
    help: [] as number[],
    validate: [] as number[],
    check: [] as number[],
  };
  const names = Object.keys(commands) as (keyof typeof commands)[];
  for (let round = 0; round <= rounds; round++) {
    for (const name of names) {
      const ms = startNode(commands[name]);
      if (round > 0) times[name].push(ms);
    }
  }
  const [bareNode, help, validate, check] = names.map((name) => stat(times[name])) as [
    Stat,
    Stat,
    Stat,
    Stat,
  ];
  const ratio = (command: Stat) => Math.round((command.median / bareNode.median) * 100) / 100;
  const results: CliResults = {
    bareNode,
    help,
    validate,
    check,
    ratio: { help: ratio(help), validate: ratio(validate), check: ratio(check) },
  };
  log(
    `bare node ${bareNode.median} ms; kartotek --help ${help.median} ms (${results.ratio.help}×), ` +
      `validate ${validate.median} ms (${results.ratio.validate}×), check ${check.median} ms (${results.ratio.check}×)`,
  );
  return results;
}

export interface BrowserResults {
  firstPaint: Stat;
  firstContentfulPaint: Stat;
  open: Stat;
  listRender: Stat & { frame: Stat; rows: number };
  filterKeystroke: Stat & { frame: Stat; shownAfter: number };
}

declare global {
  interface Window {
    __benchOpen?: Promise<number>;
    __benchList?: Promise<{ dom: number; frame: number; rows: number }>;
    __benchFilter?: Promise<{ dom: number; frame: number; text: string }>;
  }
}

const PROJECT_NAME = 'Benchmark A/S';

/**
 * The start page loaded in a fresh context (empty HTTP cache and IndexedDB): ms from navigation to the
 * first paint and the first contentful paint, as Chromium reports them, once the app shows its File menu.
 */
async function coldStart(page: Page) {
  await page.goto('/');
  await page.getByTestId('file-menu').waitFor();
  // An observer, buffered: the paint entries may be reported a little after the menu is in the DOM.
  return page.evaluate(
    () =>
      new Promise<{ firstPaint: number; firstContentfulPaint: number }>((resolve) => {
        const seen = new Map<string, number>();
        new PerformanceObserver((list, observer) => {
          for (const entry of list.getEntries()) seen.set(entry.name, entry.startTime);
          const contentful = seen.get('first-contentful-paint');
          if (contentful === undefined) return;
          observer.disconnect();
          resolve({ firstPaint: seen.get('first-paint') ?? contentful, firstContentfulPaint: contentful });
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** File → Open… with the synthetic file; ms from the input's change event to the project being open. */
async function openProject(page: Page, file: string): Promise<number> {
  await page.evaluate((name) => {
    window.__benchOpen = new Promise<number>((resolve) => {
      let start = 0;
      document.addEventListener(
        'change',
        (event) => {
          if ((event.target as HTMLInputElement).type === 'file') start = performance.now();
        },
        { capture: true },
      );
      const isOpen = () => document.querySelector('[data-testid="current-project"]')?.textContent === name;
      const observer = new MutationObserver(() => {
        if (start && isOpen()) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, PROJECT_NAME);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('file-menu').click();
  await page.getByRole('menuitem', { name: /^(Open…|Åbn…|Öppna…)/ }).click();
  await (await chooser).setFiles(file);
  return page.evaluate(() => window.__benchOpen!);
}

/**
 * Resolves once the page has run no long task (≥ 50 ms) for `quietMs`, or after `maxMs`: so that work the
 * app started earlier (e.g. the daily backup after opening) is not counted in the next measurement.
 */
async function settle(page: Page, quietMs = 1000, maxMs = 20_000) {
  await page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let lastBusy = start;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            lastBusy = Math.max(lastBusy, entry.startTime + entry.duration);
          }
        });
        observer.observe({ type: 'longtask' });
        const check = () => {
          const now = performance.now();
          if (now - lastBusy >= quiet || now - start >= max) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
    [quietMs, maxMs] as const,
  );
}

/**
 * From #/organisation to #/activities: ms until the list of `total` activities shows its first screenful
 * (the count reads "total of total" and the rendered rows fill the list's scroll box), and until the next
 * frame; `rows` is how many rows were in the DOM then.
 */
async function renderList(page: Page, total: number) {
  await page.evaluate(() => (location.hash = '#/organisation'));
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="activity-table"]'));
  await settle(page);
  return page.evaluate((expected) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return new Promise<{ dom: number; frame: number; rows: number }>((resolve) => {
      const start = performance.now();
      const count = () => document.querySelectorAll('[data-testid="activity-row"]').length;
      /** The nearest ancestor that scrolls: the virtualised list's own scroll box. */
      const scrollBox = (element: Element) => {
        let node = element.parentElement;
        while (node && !/(auto|scroll)/.test(getComputedStyle(node).overflowY)) node = node.parentElement;
        return node;
      };
      const firstScreenShown = () => {
        const shown = document.querySelector('[data-testid="activity-count"]')?.textContent ?? '';
        if (!shown.startsWith(`${expected} of ${expected} `)) return false;
        const rows = document.querySelectorAll('[data-testid="activity-table"] [data-testid="activity-row"]');
        const last = rows[rows.length - 1];
        if (!last) return false;
        if (rows.length >= expected) return true;
        const box = scrollBox(last);
        return !!box && last.getBoundingClientRect().bottom >= box.getBoundingClientRect().bottom;
      };
      const observer = new MutationObserver(() => {
        if (!firstScreenShown()) return;
        observer.disconnect();
        const dom = performance.now() - start;
        void frame().then(() => resolve({ dom, frame: performance.now() - start, rows: count() }));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      location.hash = '#/activities';
    });
  }, total);
}

/** One character typed into the empty search box: ms until the "n of N" count changes, and to the next frame. */
async function filterKeystroke(page: Page, key: string) {
  const search = page.getByRole('search').getByRole('textbox', { name: 'Search' });
  const shown = page.getByText(/^\d+ of \d+ activities$/);
  await search.fill('');
  await shown.filter({ hasText: `${SIZES.activities} of ${SIZES.activities}` }).waitFor();
  await search.focus();
  await settle(page);
  const input = await search.elementHandle();
  const live = await shown.elementHandle();
  await page.evaluate(
    ([inputElement, liveElement]) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      window.__benchFilter = new Promise((resolve) => {
        let start = 0;
        inputElement!.addEventListener('keydown', () => (start = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          observer.disconnect();
          const dom = performance.now() - start;
          void frame().then(() =>
            resolve({ dom, frame: performance.now() - start, text: liveElement!.textContent ?? '' }),
          );
        });
        observer.observe(liveElement!, { childList: true, subtree: true, characterData: true });
      });
    },
    [input, live] as const,
  );
  await page.keyboard.press(key);
  return page.evaluate(() => window.__benchFilter!);
}

export async function runBrowser(
  baseURL: string,
  fileText: string,
  runs: number,
  log: (line: string) => void,
): Promise<BrowserResults> {
  const folder = path.join(tmpdir(), 'kartotek-bench');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'synthetic-register.kartotek');
  await writeFile(file, fileText);

  const browser: Browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const firstPaint: number[] = [];
    const firstContentfulPaint: number[] = [];
    const open: number[] = [];
    const listDom: number[] = [];
    const listFrame: number[] = [];
    const filterDom: number[] = [];
    const filterFrame: number[] = [];
    let rows = 0;
    let shownAfter = 0;
    // One warm-up round (not counted): the first context pays for compiling the app's scripts.
    for (let pass = 0; pass <= runs; pass++) {
      const context = await browser.newContext({
        baseURL,
        locale: 'en-GB',
        viewport: { width: 1280, height: 800 },
      });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(120_000);
        const paint = await coldStart(page);
        const openMs = await openProject(page, file);
        const list = await renderList(page, SIZES.activities);
        const filter = await filterKeystroke(page, '7');
        const shown = Number(/^(\d+)/.exec(filter.text)?.[1] ?? NaN);
        if (!(shown < SIZES.activities)) throw new Error(`the keystroke did not filter: "${filter.text}"`);
        if (pass === 0) continue;
        firstPaint.push(paint.firstPaint);
        firstContentfulPaint.push(paint.firstContentfulPaint);
        open.push(openMs);
        listDom.push(list.dom);
        listFrame.push(list.frame);
        filterDom.push(filter.dom);
        filterFrame.push(filter.frame);
        rows = list.rows;
        shownAfter = shown;
        log(
          `  run ${pass}: first contentful paint ${round(paint.firstContentfulPaint)} ms, open ${round(openMs)} ms, list ${round(list.dom)} ms, filter ${round(filter.dom)} ms`,
        );
      } finally {
        await context.close();
      }
    }
    return {
      firstPaint: stat(firstPaint),
      firstContentfulPaint: stat(firstContentfulPaint),
      open: stat(open),
      listRender: { ...stat(listDom), frame: stat(listFrame), rows },
      filterKeystroke: { ...stat(filterDom), frame: stat(filterFrame), shownAfter },
    };
  } finally {
    await browser.close();
  }
}
