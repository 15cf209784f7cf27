import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** What the test uses of build/scripts/bench/readmeFigures.mjs (a plain .mjs script, without declarations). */
interface ReadmeFiguresModule {
  readmeWithFigures(readme: string, results: unknown, readmePath: string): Promise<string>;
}

describe("the README's performance figures", () => {
  it('are those of bench/results/latest.json (npm run bench writes both)', async () => {
    const { readmeWithFigures } = (await import(
      path.join(ROOT, 'build/scripts/bench/readmeFigures.mjs')
    )) as ReadmeFiguresModule;
    const readmePath = path.join(ROOT, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    const results: unknown = JSON.parse(await readFile(path.join(ROOT, 'bench/results/latest.json'), 'utf8'));
    expect(readme).toBe(await readmeWithFigures(readme, results, readmePath));
  });
});
