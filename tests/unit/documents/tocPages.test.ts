import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegister, renderDocx } from '../../../shared/documents';
import { LANGUAGES } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/project';
import { buildStarterProject } from '../../../shared/templates';

/**
 * The register's table of contents has the page each heading falls on, for a register of any size, with no
 * layout at export and nothing for Word to update on opening: LibreOffice converts the starter register and one
 * eight times its size to PDF, and each number in the contents is the page where pdftotext finds the heading.
 */

const run = promisify(execFile);
const available = (command: string, flag: string) =>
  spawnSync(command, [flag], { stdio: 'ignore' }).status === 0;
const ready = available('soffice', '--version') && available('pdftotext', '-v');
if (!ready) console.warn('SKIPPED: the contents page test needs soffice and pdftotext on PATH.');

const NOW = '2026-11-22';

function starterProject(): Project {
  let id = 0;
  return buildStarterProject({
    jurisdiction: 'DK',
    languages: LANGUAGES,
    primary: 'da',
    customers: [{ name: 'Kunde A/S', contact: 'it@kunde.example' }],
    today: NOW,
    now: `${NOW}T10:00:00.000Z`,
    ids: () => `id-${++id}`,
  });
}

/** The starter register with each activity eight times, numbered apart. */
function largeProject(): Project {
  const project = starterProject();
  const activities = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((copy) =>
    project.activities.map((activity) => ({
      ...activity,
      id: `${activity.id}-${copy}`,
      name: Object.fromEntries(Object.entries(activity.name).map(([l, n]) => [l, `${n} (${copy})`])),
    })),
  );
  return { ...project, activities } as Project;
}

const DOCUMENTS = [
  ['starter', starterProject],
  ['large', largeProject],
] as const;

/** The contents' entries, as pdftotext -layout gives them: "3.1 Name ........ 9". */
function contents(page: string): { title: string; page: number }[] {
  return [...page.matchAll(/^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/gm)].map((m) => ({
    title: m[1]!,
    page: Number(m[2]),
  }));
}

describe.skipIf(!ready)('the contents give the page of each heading (LibreOffice)', () => {
  let dir = '';
  const pages = new Map<string, string[]>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kartotek-toc-'));
    const files: string[] = [];
    for (const [name, project] of DOCUMENTS) {
      const built = buildRegister(project(), { language: 'da', now: NOW });
      const rendered = await renderDocx(built.document);
      expect(rendered.body).toBe('text');
      const file = path.join(dir, `${name}.docx`);
      await writeFile(file, rendered.bytes);
      files.push(file);
    }
    const profile = `file://${path.join(tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`)}`;
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { timeout: 540_000 },
    );
    for (const [name] of DOCUMENTS) {
      const { stdout } = await run('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'], {
        maxBuffer: 64 * 1024 * 1024,
      });
      pages.set(name, stdout.split('\f'));
    }
  }, 600_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const [name] of DOCUMENTS) {
    it(`${name} register: every entry's number is its heading's page`, () => {
      const all = pages.get(name)!;
      // The contents run from page 2 over as many pages as they need.
      const entries: { title: string; page: number }[] = [];
      for (let index = 1; index < all.length; index++) {
        const onPage = contents(all[index]!);
        if (onPage.length === 0) break;
        entries.push(...onPage);
      }
      // Every heading down to level 2: the five parts, both annexes and each activity.
      expect(entries.length).toBeGreaterThanOrEqual(name === 'large' ? 90 : 17);
      const found = entries.map(({ title }) => {
        // The heading's own line; the overview names activities too, earlier, so the last page that has it.
        let at = 0;
        all.forEach((text, index) => {
          if (index > 0 && text.split('\n').some((line) => line.trim() === title)) at = index + 1;
        });
        return { title, page: at };
      });
      expect(entries).toEqual(found);
    });
  }
});
