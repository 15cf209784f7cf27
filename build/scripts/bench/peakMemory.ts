/**
 * One memory measurement of the benchmark, in a process of its own (bench.ts starts it): it opens a project file
 * (read, parsed and validated, as the CLI does), does one task and prints, as one line of JSON, the process's
 * peak resident set size (process.resourceUsage().maxRSS, which the kernel keeps: every byte the process ever
 * held, not a sample), the peak after opening alone, and how long each step took.
 *
 *   node peakMemory.mjs <register|floor|large> <project file>
 *
 * - register: the register export of bench.ts; floor: its floor (floor.ts: the same body written once as text).
 * - large: the large-register case: open, run the checks, export the register, the policy and the vendor overview.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { runChecks } from '../../../shared/checks';
import { exportDocument } from '../../../shared/documents';
import { parseProjectFile } from '../../../shared/project-file';
import { floorExport } from './floor';

const NOW = '2026-11-01';
const maxRssMiB = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

async function main() {
  const [task, file] = process.argv.slice(2);
  if (!task || !file) throw new Error('usage: peakMemory.mjs <register|floor|large> <project file>');
  const steps: Record<string, number> = {};
  const step = async (name: string, fn: () => unknown) => {
    const start = performance.now();
    await fn();
    steps[name] = Math.round(performance.now() - start);
  };

  let parsed: ReturnType<typeof parseProjectFile> | undefined;
  await step('open', async () => {
    parsed = parseProjectFile(await readFile(file));
  });
  if (!parsed?.ok) throw new Error(`the file does not open: ${parsed?.error.code}`);
  const project = parsed.project;
  const afterOpenMiB = maxRssMiB();

  if (task === 'register') {
    await step('register', () =>
      exportDocument(project, { kind: 'register', language: 'da', now: NOW, tocPageNumbers: 'word' }),
    );
  } else if (task === 'floor') {
    await step('floor', () => floorExport(project, { kind: 'register', language: 'da', now: NOW }, 'body'));
  } else if (task === 'large') {
    await step('checks', () => runChecks(project, { today: NOW }));
    await step('register', () =>
      exportDocument(project, { kind: 'register', language: 'da', now: NOW, tocPageNumbers: 'word' }),
    );
    await step('policy', () => exportDocument(project, { kind: 'policy', language: 'da', now: NOW }));
    await step('vendors', () => exportDocument(project, { kind: 'vendors', language: 'da', now: NOW }));
  } else throw new Error(`unknown task ${task}`);

  console.log(JSON.stringify({ peakRssMiB: maxRssMiB(), afterOpenMiB, steps }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
