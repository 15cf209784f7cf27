/**
 * The raw floors of a document export (issue 18, item 6): the least work that turns the project into a Word file
 * with the same text, so that the export's time and memory can be read against them, measured in the same run.
 * Both build the document model as the export does (buildDocument: the text comes from there), write each of its
 * blocks once, in its final form, as WordprocessingML text, encode the body once, zip it once with jszip (DEFLATE,
 * with the two other parts a package needs) and hash the text incrementally (SHA-256 over the pieces as they are
 * written, instead of serialising the model to hash it). No docx package, styles, numbering, header or footer.
 *
 * - `body`, the floor of the budget: the body the export writes, element for element, through the same BodyWriter,
 *   straight into text. What the export spends beyond it is its pipeline: docx's package, the splice, the hash,
 *   the copies between them.
 * - `plain`: the text alone, as plain paragraphs (a table a <w:tbl> of cells holding them), without the formatting
 *   the export writes (styles, cell widths and fills, numbering, bookmarks): less than half the XML. Reported, not
 *   budgeted: the export cannot write its formatting for nothing.
 */
import { createHash, type Hash } from 'node:crypto';
import JSZip from 'jszip';
import type { Project } from '../../../shared/model';
import {
  buildDocument,
  documentHeadings,
  type Block,
  type CellBlock,
  type DocumentModel,
  type HeadingBlock,
  type TextRun,
} from '../../../shared/documents';
import { BodyWriter } from '../../../shared/documents/docx/bodyXml';
import { stringOut } from '../../../shared/documents/docx/xml';

export type FloorKind = 'body' | 'plain';

const escape = (text: string) =>
  text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));

const runs = (items: readonly TextRun[]) =>
  items.map((item) => `<w:r><w:t xml:space="preserve">${escape(item.text)}</w:t></w:r>`).join('');

const paragraph = (items: readonly TextRun[]) => `<w:p>${runs(items)}</w:p>`;

const cell = (blocks: readonly CellBlock[]) => `<w:tc>${blocks.map(plainBlock).join('') || '<w:p/>'}</w:tc>`;

function plainBlock(value: Block | CellBlock): string {
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

/** The text width of a portrait and a landscape A4 page with 2 cm margins, in twips, as the export lays it out. */
const WIDTH = { portrait: 11906 - 2 * 1134, landscape: 16838 - 2 * 1134 };

/** The export's body writer, writing text, with the bookmarks and contents entries the export gives it. */
function bodyWriter(document: DocumentModel): BodyWriter<string> {
  const headings = documentHeadings(document);
  const bookmarks = new Map<string, string>();
  for (const heading of headings) {
    if (heading.anchor && !bookmarks.has(heading.anchor))
      bookmarks.set(heading.anchor, `_Kt${bookmarks.size + 1}`);
  }
  const depth = Math.max(
    0,
    ...document.sections.flatMap((s) => s.blocks).map((block) => (block.type === 'toc' ? block.depth : 0)),
  );
  const tocEntries = new Map<HeadingBlock, string>();
  for (const heading of headings) {
    if (heading.level <= depth && heading.text.trim()) tocEntries.set(heading, `_Toc${tocEntries.size + 1}`);
  }
  // The few paragraphs with a web link the export leaves to docx are written plain here.
  const hooks = { list: () => undefined, docx: () => '<w:p/>' };
  return new BodyWriter(stringOut, hooks, bookmarks, tocEntries, true);
}

function bodyBlock(writer: BodyWriter<string>, value: Block, width: number): string {
  switch (value.type) {
    case 'paragraph':
      return writer.paragraph(value, 'body');
    case 'heading':
      return writer.heading(value);
    case 'list': {
      const list = writer.listNumbering(value.ordered, 'body');
      return value.items.map((item) => writer.listItem(item, list)).join('');
    }
    case 'table':
      return writer.table(value, width) + writer.emptyParagraph();
    case 'fieldTable':
      return writer.fieldTable(value, width) + writer.emptyParagraph();
    case 'toc':
      return writer.toc(value, width);
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
  kind: FloorKind,
): Promise<{ bytes: Uint8Array; hash: string }> {
  const { document } = buildDocument(project, options);
  const writer = kind === 'body' ? bodyWriter(document) : null;
  const hash: Hash = createHash('sha256');
  const pieces = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${NS}"><w:body>`,
  ];
  for (const section of document.sections) {
    const width = WIDTH[section.orientation];
    for (const item of section.blocks) {
      const xml = writer ? bodyBlock(writer, item, width) : plainBlock(item);
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
