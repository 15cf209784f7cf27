import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportOptions } from '../../../shared/documents';
import { adversarialProject, MARKER } from '../../fixtures/documents/adversarialProject';
import { documentProject } from '../../fixtures/documents/documentProject';

/**
 * A real word processor opens the files: LibreOffice converts them to PDF, and pdftotext finds the expected
 * text in it. CI installs LibreOffice; where it is missing these tests are skipped, and say so.
 */

const run = promisify(execFile);
const available = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
const hasSoffice = available('soffice');
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

if (!hasSoffice || !hasPdftotext) {
  console.warn(
    `SKIPPED: LibreOffice conversion tests need ${[!hasSoffice && 'soffice', !hasPdftotext && 'pdftotext'].filter(Boolean).join(' and ')} on PATH (apt-get install libreoffice-writer-nogui poppler-utils).`,
  );
}

const DOCUMENTS: {
  name: string;
  project: () => ReturnType<typeof documentProject>;
  options: ExportOptions;
}[] = [
  {
    name: 'register-da',
    project: documentProject,
    options: { kind: 'register', language: 'da', now: '2026-11-22', tocPageNumbers: 'estimate' },
  },
  {
    name: 'policy-sv',
    project: documentProject,
    options: { kind: 'policy', language: 'sv', audienceId: 'aud-web', now: '2026-11-22' },
  },
  {
    name: 'adversarial-register-en',
    project: adversarialProject,
    options: { kind: 'register', language: 'en', now: '2026-11-22' },
  },
  {
    name: 'adversarial-policy-da',
    project: adversarialProject,
    options: { kind: 'policy', language: 'da', audienceId: 'aud-web', now: '2026-11-22' },
  },
];

describe.skipIf(!hasSoffice || !hasPdftotext)('LibreOffice opens the exports', () => {
  let dir = '';
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kartotek-lo-'));
    const files: string[] = [];
    for (const document of DOCUMENTS) {
      const result = await exportDocument(document.project(), document.options);
      const file = path.join(dir, `${document.name}.docx`);
      await writeFile(file, result.bytes);
      files.push(file);
    }
    // One profile per run, so parallel runs do not fight over LibreOffice's lock.
    const profile = `file://${path.join(tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`)}`;
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { timeout: 540_000 },
    );
    for (const document of DOCUMENTS) {
      const pdf = path.join(dir, `${document.name}.pdf`);
      // Reading order, not layout: a sentence wrapped in a table cell comes back as one run of words.
      const { stdout } = await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
      pdfText.set(document.name, stdout.replace(/[^\S\f]+/g, ' '));
    }
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('converts every file to a PDF', async () => {
    for (const document of DOCUMENTS) {
      const pdf = await stat(path.join(dir, `${document.name}.pdf`));
      expect(pdf.size, document.name).toBeGreaterThan(1000);
      const head = (await readFile(path.join(dir, `${document.name}.pdf`))).subarray(0, 5).toString();
      expect(head).toBe('%PDF-');
    }
  });

  it('shows the register: title, citation, authority, page numbers and the filled-in contents', () => {
    const text = pdfText.get('register-da')!;
    expect(text).toContain('Fortegnelse over behandlingsaktiviteter');
    expect(text).toContain('databeskyttelsesforordningens artikel 6, stk. 1, litra f');
    expect(text).toContain('Carl Jacobsens Vej 35');
    expect(text).toMatch(/Side 2 af \d+/);
    // The table of contents carries page numbers worked out at export.
    expect(text).toMatch(/3\.1 Kundeadministration ?\.{3,} ?\d+/);
  });

  it('shows the Swedish policy: citations, consent withdrawal and IMY', () => {
    const text = pdfText.get('policy-sv')!;
    expect(text).toContain('Integritetspolicy');
    expect(text).toContain('artikel 6.1 a i dataskyddsförordningen');
    expect(text).toContain('kan du när som helst återkalla det');
    expect(text).toContain('Datatilsynet');
    expect(text).toMatch(/Sida 1 av \d+/);
  });

  it('opens the adversarial files, with the 20,000-character field running over several pages', () => {
    for (const name of ['adversarial-register-en', 'adversarial-policy-da']) {
      const text = pdfText.get(name)!;
      expect(text).toContain(MARKER);
      expect(text).toContain('<tag attr="v"> &');
      expect(text.split('\f').length).toBeGreaterThan(3);
    }
  });
});
