// The README's performance figures come from the bench: run.mjs rewrites the table between the two markers
// below from the results it has just written, and tests/unit/build/readmeFigures.test.ts fails when the README
// and bench/results/latest.json disagree. `node build/scripts/bench/readmeFigures.mjs` rewrites the table from
// the committed latest.json.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const START = '<!-- bench figures: written by npm run bench from bench/results/latest.json -->';
const END = '<!-- end of bench figures -->';

const fmt = (value, unit) => {
  if (value === null || value === undefined) return '—';
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value} ms`;
  return unit === '×' ? `${value}×` : `${value} ${unit}`;
};

/** The figures of a bench result (bench/results/*.json) as a Markdown table, with the run they come from. */
function figures(results) {
  const rows = results.budgets.map((row) => {
    const unit = row.unit ?? 'ms';
    const value = unit === 'ms' ? row.valueMs : row.value;
    const budget = unit === 'ms' ? row.budgetMs : row.budget;
    return `| ${row.metric} | ${fmt(value, unit)} | ≤ ${fmt(budget, unit)} | ${row.verdict} |`;
  });
  const carried = Object.entries(results.carriedOver ?? {}).map(
    ([part, from]) =>
      `the ${part === 'cli' ? 'CLI' : part === 'node' ? 'Node' : 'Chromium'} figures from the run of ${from.date.slice(0, 10)} (commit ${from.commit.slice(0, 7)})`,
  );
  return [
    `Figures of the run of ${results.date.slice(0, 10)} (commit ${results.commit.slice(0, 7)}${results.dirty ? ', with uncommitted changes' : ''}; ${results.machine.cpus} cores, Node ${results.machine.node.replace(/^v/, '').split('.')[0]}; ${results.runs} timed runs${carried.length ? `; ${carried.join(' and ')}` : ''}), from \`bench/results/latest.json\`:`,
    '',
    '| metric (median) | measured | budget | result |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The README with its figures replaced by those of `results`, formatted as Prettier formats the README. */
export async function readmeWithFigures(readme, results, readmePath) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${START}" … "${END}" block`);
  const text = `${readme.slice(0, start + START.length)}\n\n${figures(results)}\n\n${readme.slice(end)}`;
  return prettier.format(text, { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath });
}

export async function writeReadmeFigures(root, results) {
  const readmePath = path.join(root, 'README.md');
  await writeFile(
    readmePath,
    await readmeWithFigures(await readFile(readmePath, 'utf8'), results, readmePath),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const results = JSON.parse(await readFile(path.join(root, 'bench/results/latest.json'), 'utf8'));
  await writeReadmeFigures(root, results);
}
