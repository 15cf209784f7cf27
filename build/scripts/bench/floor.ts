/**
 * The raw floor of a document export (issue 18, item 6): the least work that turns the project into a Word file
 * with the same text, so that the export's time and memory can be read against it, measured in the same run.
 *
 * The document model is built as the export builds it (buildDocument: the text comes from there), then each text
 * of it is written once, in its final form, as plain WordprocessingML: a heading, paragraph or list item is a
 * <w:p> with one run per text run, a table a <w:tbl> of rows of cells holding those paragraphs, a field table two
 * cells a row. No styles, numbering, header or footer. The body is encoded once, zipped once with jszip (DEFLATE,
 * with the two other parts a package needs), and the text hashed incrementally (SHA-256 over the pieces as they
 * are written, instead of serialising the model to hash it).
 */
import { createHash, type Hash } from 'node:crypto';
import JSZip from 'jszip';
import type { Project } from '../../../shared/model';
import { buildDocument, type Block, type CellBlock, type TextRun } from '../../../shared/documents';

const escape = (text: string) =>
  text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));

const runs = (items: readonly TextRun[]) =>
  items.map((item) => `<w:r><w:t xml:space="preserve">${escape(item.text)}</w:t></w:r>`).join('');

const paragraph = (items: readonly TextRun[]) => `<w:p>${runs(items)}</w:p>`;

const cell = (blocks: readonly CellBlock[]) => `<w:tc>${blocks.map(block).join('') || '<w:p/>'}</w:tc>`;

function block(value: Block | CellBlock): string {
  switch (value.type) {
    case 'paragraph':
      return paragraph(value.runs);
    case 'heading':
      return paragraph([{ text: value.text }]);
    case 'toc':
      return paragraph([{ text: value.title }]);
    case 'list':
      return value.items.map(paragraph).join('');
    case 'table': {
      const rows = value.header ? [value.header, ...value.rows] : value.rows;
      return `<w:tbl>${rows.map((row) => `<w:tr>${row.map((c) => cell(c.blocks)).join('')}</w:tr>`).join('')}</w:tbl>`;
    }
    case 'fieldTable':
      return `<w:tbl>${value.rows
        .map(
          (row) =>
            `<w:tr>${cell([{ type: 'paragraph', runs: [{ text: row.label }] }])}${cell(row.value)}</w:tr>`,
        )
        .join('')}</w:tbl>`;
    case 'pageBreak':
    case 'image':
      return '';
  }
}

const NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** The floor's Word file of one document of the project, and the SHA-256 of its text (hex). */
export async function floorExport(
  project: Project,
  options: Parameters<typeof buildDocument>[1],
): Promise<{ bytes: Uint8Array; hash: string }> {
  const { document } = buildDocument(project, options);
  const hash: Hash = createHash('sha256');
  const pieces = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${NS}"><w:body>`,
  ];
  for (const section of document.sections) {
    for (const item of section.blocks) {
      const xml = block(item);
      hash.update(xml);
      pieces.push(xml);
    }
  }
  pieces.push('<w:sectPr/></w:body></w:document>');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', new TextEncoder().encode(pieces.join('')));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, hash: hash.digest('hex') };
}
