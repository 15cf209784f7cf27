import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAuditPack } from '../../../shared/auditPack';
import { documentProject } from '../../fixtures/documents/documentProject';

/**
 * LibreOffice opens every document of one audit pack: each .docx in the zip is converted to PDF. CI installs
 * LibreOffice; where it is missing the test is skipped, and says so.
 */

const run = promisify(execFile);
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice) {
  console.warn(
    'SKIPPED: the audit pack LibreOffice test needs soffice on PATH (apt-get install libreoffice-writer-nogui).',
  );
}

describe.skipIf(!hasSoffice)('LibreOffice opens every document of the audit pack', () => {
  let dir = '';
  let profile = '';

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('converts each .docx of a Danish pack to a PDF', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kartotek-auditpack-lo-'));
    const pack = await buildAuditPack(documentProject(), {
      language: 'da',
      now: '2026-11-22',
      today: '2026-11-22',
    });
    const zip = await JSZip.loadAsync(pack.bytes);
    const files: string[] = [];
    for (const [i, entry] of pack.entries.entries()) {
      // Plain names on disk: soffice is given paths, and the PDF keeps the base name.
      const file = path.join(dir, `doc-${i}.docx`);
      await writeFile(file, await zip.file(entry)!.async('uint8array'));
      files.push(file);
    }
    // One profile per run, so parallel runs do not fight over LibreOffice's lock.
    profile = path.join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { timeout: 540_000 },
    );
    for (const [i, entry] of pack.entries.entries()) {
      const pdf = await readFile(path.join(dir, `doc-${i}.pdf`)).catch(() => null);
      expect(pdf, `${entry} was not converted`).not.toBeNull();
      expect(pdf!.subarray(0, 5).toString(), entry).toBe('%PDF-');
      expect(pdf!.length, entry).toBeGreaterThan(1000);
    }
  });
});
