import { Packer } from 'docx';
import JSZip from 'jszip';
import { vi } from 'vitest';

/**
 * Makes docx write word/document.xml changed by `change` from now on, as a docx upgrade might: for the fast path
 * of the .docx writer to meet, which then falls back (restore with vi.restoreAllMocks).
 */
export function docxWritesDifferently(change: (documentXml: string) => string): void {
  const pack = Packer.toArrayBuffer.bind(Packer);
  vi.spyOn(Packer, 'toArrayBuffer').mockImplementation(async (...args) => {
    const zip = await JSZip.loadAsync(await pack(...args));
    zip.file('word/document.xml', change(await zip.file('word/document.xml')!.async('string')));
    return zip.generateAsync({ type: 'arraybuffer' });
  });
}

/** One more paragraph at the start of every body docx writes: the splice then finds an element it did not expect. */
export const extraParagraph = (documentXml: string) => documentXml.replace('<w:body>', '<w:body><w:p/>');
