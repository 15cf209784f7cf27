import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/project-files');

/** Every project file fixture: v<N>-<name>.kartotek, one pair per format version ever written. */
export function projectFileFixtures(): { name: string; version: number; text: string }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.kartotek'))
    .sort()
    .map((name) => ({
      name,
      version: Number(/^v(\d+)-/.exec(name)?.[1] ?? NaN),
      text: readFileSync(path.join(FIXTURE_DIR, name), 'utf8'),
    }));
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}
