import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportDocument, sanitizeFileNamePart } from '../../../shared/documents';
import type { Language } from '../../../shared/i18n/languages';
import { ProjectSchema } from '../../../shared/model';
import {
  adversarialProject,
  EMOJI,
  LONG_FIELD,
  MARKER,
  RTL,
} from '../../fixtures/documents/adversarialProject';
import { openDocx, XML_INVALID } from './docxFile';

const KINDS = ['register', 'policy', 'vendors'] as const;

describe('adversarial text', () => {
  it('is a project the app accepts (so it can reach the exports)', () => {
    expect(ProjectSchema.safeParse(adversarialProject()).success).toBe(true);
  });

  describe.each<Language>(['da', 'sv', 'en'])('in %s', (language) => {
    it.each(KINDS)('%s: every XML part stays valid, and the text survives escaped', async (kind) => {
      const result = await exportDocument(adversarialProject(), {
        kind,
        language,
        audienceId: kind === 'policy' ? 'aud-web' : null,
        now: '2026-11-22',
        html: true,
      });
      const docx = await openDocx(result.bytes);
      for (const [name, xml] of docx.parts) {
        expect(xml, name).not.toMatch(XML_INVALID);
        expect(xml, name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      }
      // Specials are escaped in the XML and come back as they were typed.
      expect(docx.documentXml).not.toContain('<tag attr');
      expect(docx.text).toContain('<tag attr="v"> & ');
      expect(docx.coreXml).toContain('Evil &amp; Co &lt;ApS&gt;');
      expect(docx.text).toContain(EMOJI);
      if (kind !== 'vendors') expect(docx.text).toContain(RTL);
      // mammoth reads the package with a real XML parser: it must not fail, and finds the same text.
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(result.bytes) });
      expect(value).toContain(kind === 'vendors' ? 'Evil & Co' : MARKER);
      // The preview holds no control characters either, and no unescaped markup.
      expect(result.html).not.toMatch(XML_INVALID);
      expect(result.html).not.toContain('<tag attr');
    });
  });

  it('keeps a 20,000-character field whole', async () => {
    const result = await exportDocument(adversarialProject(), {
      kind: 'register',
      language: 'en',
      now: '2026-11-22',
    });
    const docx = await openDocx(result.bytes);
    expect(docx.text).toContain(LONG_FIELD.trim());
  });

  it('makes a safe file name of a hostile organisation name', async () => {
    const result = await exportDocument(adversarialProject(), {
      kind: 'register',
      language: 'da',
      now: '2026-11-22',
    });
    expect(result.fileName).toMatch(/^Fortegnelse - Evil & Co ApS .* - 2026-11-22\.docx$/);
    expect(result.fileName).not.toMatch(/[<>:"/\\|?*]/);
    expect([...result.fileName].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
    expect(sanitizeFileNamePart(' ..a/b\\c:d*e?f"g<h>i|j\u0007. ')).toBe('a b c d e f g h i j');
    expect(sanitizeFileNamePart('x'.repeat(500))).toHaveLength(80);
    expect(sanitizeFileNamePart('...')).toBe('');
    expect(sanitizeFileNamePart('a\ud800b')).toBe('ab');
  });
});
