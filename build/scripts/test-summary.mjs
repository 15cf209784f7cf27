// Reads the output of `npm test` (vitest + Playwright) and prints one closing line that any CI can
// read: "tests: N passed, N failed, N skipped". Exits non-zero when nothing ran or anything failed.
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex -- stripping the terminal's colour codes is the point
const log = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split('\n')) {
  const vitest = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/);
  if (vitest) {
    passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
    skipped += Number(vitest[1].match(/(\d+) skipped/)?.[1] ?? 0);
    continue;
  }
  const playwright = line.match(/^\s+(\d+) (passed|failed|skipped|flaky)\b/);
  if (playwright) {
    const count = Number(playwright[1]);
    if (playwright[2] === 'passed' || playwright[2] === 'flaky') passed += count;
    else if (playwright[2] === 'failed') failed += count;
    else skipped += count;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
