import JSZip from 'jszip';
import type { RenderedDocx } from '../../../shared/documents/docx/renderDocx';

/** A rendered .docx opened for assertions: its XML parts, and the text of its body section by section. */
export interface DocxFile {
  readonly documentXml: string;
  readonly stylesXml: string;
  readonly coreXml: string;
  readonly settingsXml: string;
  readonly headersXml: string[];
  readonly footersXml: string[];
  /** Every XML part of the package, by path. */
  readonly parts: ReadonlyMap<string, string>;
  /** The body's text: w:t contents, paragraphs separated by newlines. */
  readonly text: string;
  /** The body split at each section's end, with that section's w:sectPr. */
  readonly sections: readonly DocxSection[];
}

/** The section whose text starts with the given heading (the table of contents lists it too, further in). */
export function sectionStartingWith(file: DocxFile, heading: string): DocxSection | undefined {
  return file.sections.find((s) => s.text.trimStart().startsWith(heading));
}

export interface DocxSection {
  readonly xml: string;
  readonly text: string;
  readonly sectPr: string;
  readonly orientation: string | null;
  readonly width: number;
  readonly height: number;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The visible text of some WordprocessingML: runs joined, a newline per paragraph and line break. */
export function xmlText(xml: string): string {
  return decodeEntities(
    xml
      .replace(/<w:br\/>/g, '\n')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
      .replace(/<(?!\/?w:t[ >])[^>]+>/g, '')
      .replace(/<\/?w:t[^>]*>/g, ''),
  );
}

function splitSections(body: string): DocxSection[] {
  const sections: DocxSection[] = [];
  const pattern = /<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g;
  let start = 0;
  for (const match of body.matchAll(pattern)) {
    // A section ends with the paragraph that holds its w:sectPr (the last one holds the body's own).
    const close = body.indexOf('</w:p>', match.index);
    const end = close === -1 ? body.length : close + '</w:p>'.length;
    const xml = body.slice(start, end);
    const sectPr = match[0];
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(sectPr)?.[1] ?? '';
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(pgSz)?.[1] ?? null;
    sections.push({
      xml,
      text: xmlText(xml),
      sectPr,
      orientation: attr('w:orient'),
      width: Number(attr('w:w')),
      height: Number(attr('w:h')),
    });
    start = end;
  }
  return sections;
}

/** Opens the bytes of a .docx, or what renderDocx gives. */
export async function openDocx(file: Uint8Array | RenderedDocx): Promise<DocxFile> {
  const zip = await JSZip.loadAsync(file instanceof Uint8Array ? file : file.bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async('string'));
  }
  const get = (name: string) => parts.get(name) ?? '';
  const documentXml = get('word/document.xml');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  return {
    documentXml,
    stylesXml: get('word/styles.xml'),
    coreXml: get('docProps/core.xml'),
    settingsXml: get('word/settings.xml'),
    headersXml: [...parts].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml),
    footersXml: [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml),
    parts,
    text: xmlText(body),
    sections: splitSections(body),
  };
}

/** Characters XML 1.0 does not allow: no Word or LibreOffice will open a part holding one. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
export const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
