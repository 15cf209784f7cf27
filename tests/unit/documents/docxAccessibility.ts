import { contrastRatio, TEXT_CONTRAST } from '../../../shared/documents/docx/contrast';
import type { DocxFile } from './docxFile';

/**
 * What a .docx must be for people using screen readers, magnifiers or high contrast (WCAG 2.1 AA as it applies to
 * documents; EN 301 549 clause 10 for documents, 11.8 for what an authoring tool writes), read from its XML:
 * heading levels that never skip, alternative text on every picture, a repeating header row on every data table,
 * no empty paragraph used for spacing, the document's language and title, and text colours with enough contrast.
 * Each problem is one line, so a test can list them all.
 */

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own character data (w:t text), entities left as written. */
  text: string;
}

/** A small XML reader for the parts Kartotek writes: elements, attributes and text; no DTD, no CDATA. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag =
    /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
  for (const match of xml.matchAll(tag)) {
    const [, close, name, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      top.text += text;
      continue;
    }
    if (!name) continue;
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attributeText ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[a[1]!] = a[2] ?? a[3] ?? '';
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is not closed`);
  return root;
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const children = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

function* descendants(element: XmlElement, name: string): Generator<XmlElement> {
  for (const c of element.children) {
    if (c.name === name) yield c;
    yield* descendants(c, name);
  }
}

const hasDescendant = (element: XmlElement, name: string) => !descendants(element, name).next().done;

/** The text a paragraph shows: its w:t contents. */
const paragraphText = (p: XmlElement) => [...descendants(p, 'w:t')].map((t) => t.text).join('');

/**
 * Whether a paragraph is there only to make space: no text, picture, break, tab or field, and not one
 * WordprocessingML requires (one that holds its section's properties, ends a table cell or the body, or keeps two
 * tables apart).
 */
function isSpacingParagraph(p: XmlElement, siblings: readonly XmlElement[], index: number): boolean {
  if (paragraphText(p).trim() !== '') return false;
  for (const name of ['w:drawing', 'w:pict', 'w:br', 'w:fldChar', 'w:fldSimple', 'w:sectPr']) {
    if (hasDescendant(p, name)) return false;
  }
  const previous = siblings[index - 1]?.name;
  const next = siblings.slice(index + 1).find((s) => s.name !== 'w:sectPr' && s.name !== 'w:tcPr')?.name;
  // A cell holds at least one paragraph, and ends with one after a nested table.
  if (next === undefined && (previous === undefined || previous === 'w:tcPr' || previous === 'w:tbl'))
    return false;
  if (previous === 'w:tbl' && next === 'w:tbl') return false;
  return true;
}

function paragraphStyleId(p: XmlElement): string | undefined {
  const pPr = child(p, 'w:pPr');
  return pPr ? child(pPr, 'w:pStyle')?.attributes['w:val'] : undefined;
}

/** The styles of styles.xml by id: its run colour, and what it is based on. */
function styleColours(styles: XmlElement): Map<string, { color?: string; basedOn?: string; name?: string }> {
  const out = new Map<string, { color?: string; basedOn?: string; name?: string }>();
  for (const style of descendants(styles, 'w:style')) {
    const id = style.attributes['w:styleId'];
    if (!id) continue;
    const rPr = child(style, 'w:rPr');
    const color = rPr ? child(rPr, 'w:color')?.attributes['w:val'] : undefined;
    const basedOn = child(style, 'w:basedOn')?.attributes['w:val'];
    const name = child(style, 'w:name')?.attributes['w:val'];
    out.set(id, {
      ...(color && color !== 'auto' ? { color } : {}),
      ...(basedOn ? { basedOn } : {}),
      ...(name ? { name } : {}),
    });
  }
  return out;
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** Every accessibility problem of the document, one line each; [] when there is none. */
export function accessibilityProblems(file: DocxFile, languageTag: string): string[] {
  const problems: string[] = [];
  const document = parseXml(file.documentXml);
  const styles = parseXml(file.stylesXml);
  const body = [...descendants(document, 'w:body')][0];
  if (!body) return ['word/document.xml has no body'];

  // Headings: the first is level 1 and none goes more than one level deeper than the one before.
  let previousLevel = 0;
  for (const p of descendants(body, 'w:p')) {
    const level = HEADING_STYLE.exec(paragraphStyleId(p) ?? '')?.[1];
    if (!level) continue;
    const text = paragraphText(p);
    if (Number(level) > previousLevel + 1) {
      problems.push(`heading level ${level} follows level ${previousLevel}: "${text}"`);
    }
    previousLevel = Number(level);
  }

  // Pictures: alternative text.
  for (const docPr of descendants(body, 'wp:docPr')) {
    if (!(docPr.attributes.descr ?? '').trim()) {
      problems.push(`a picture has no alternative text (wp:docPr "${docPr.attributes.name ?? ''}")`);
    }
  }

  // Tables: a data table's first row is its header row, repeated on each page. A field table (label | value, the
  // labels shaded as row headers) is a list of fields: its headers are its first column, which Word cannot mark.
  for (const table of descendants(body, 'w:tbl')) {
    const rows = children(table, 'w:tr');
    const firstCells = rows.map((row) => children(row, 'w:tc')[0]);
    const isFieldTable =
      children(child(table, 'w:tblGrid') ?? table, 'w:gridCol').length === 2 &&
      firstCells.every((cell) => {
        const tcPr = cell && child(cell, 'w:tcPr');
        return Boolean(tcPr && child(tcPr, 'w:shd'));
      });
    if (isFieldTable) continue;
    const [first, ...rest] = rows;
    const repeats = (row: XmlElement | undefined) => {
      const trPr = row && child(row, 'w:trPr');
      return Boolean(trPr && child(trPr, 'w:tblHeader'));
    };
    if (!repeats(first)) {
      const text = first ? paragraphText(first).slice(0, 60) : '';
      problems.push(`a table has no header row marked to repeat (first row: "${text}")`);
    }
    if (rest.some(repeats)) problems.push('a table marks a row other than its first as a header row');
  }

  // Paragraphs: none empty for spacing, in the body or in a cell.
  const visit = (parent: XmlElement) => {
    parent.children.forEach((c, index) => {
      if (c.name === 'w:p' && isSpacingParagraph(c, parent.children, index)) {
        const before = parent.children[index - 1];
        const after = parent.children[index + 1];
        problems.push(
          `an empty paragraph makes space in ${parent.name} (between ${before?.name ?? 'start'} "${before ? paragraphText(before).slice(0, 40) : ''}" and ${after?.name ?? 'end'} "${after ? paragraphText(after).slice(0, 40) : ''}")`,
        );
      }
      if (c.name !== 'w:p') visit(c);
    });
  };
  visit(body);
  for (const sdt of descendants(body, 'w:sdtContent')) visit(sdt);

  // Language and title.
  const defaults = [...descendants(styles, 'w:docDefaults')][0];
  const lang = defaults ? [...descendants(defaults, 'w:lang')][0]?.attributes['w:val'] : undefined;
  if (lang !== languageTag)
    problems.push(`the document language is ${lang ?? 'not set'}, not ${languageTag}`);
  const core = parseXml(file.coreXml);
  const title = [...descendants(core, 'dc:title')][0]?.text.trim() ?? '';
  if (!title) problems.push('the document has no title (docProps/core.xml dc:title)');

  // Colours: text in every style, and the default text on every cell shading, reads at 4.5:1.
  const colours = styleColours(styles);
  const defaultRun = defaults ? [...descendants(defaults, 'w:color')][0]?.attributes['w:val'] : undefined;
  const textColour = defaultRun && defaultRun !== 'auto' ? defaultRun : '000000';
  for (const [id, style] of colours) {
    if (style.color && contrastRatio(style.color, 'FFFFFF') < TEXT_CONTRAST) {
      problems.push(`style ${id} (${style.name ?? ''}) has text colour ${style.color}, too light on white`);
    }
  }
  const fills = new Set([...descendants(body, 'w:shd')].map((s) => s.attributes['w:fill'] ?? 'auto'));
  const textColours = new Set([
    textColour,
    ...[...descendants(body, 'w:color')].map((c) => c.attributes['w:val']),
  ]);
  for (const fill of fills) {
    if (fill === 'auto') continue;
    for (const colour of textColours) {
      if (colour && colour !== 'auto' && contrastRatio(colour, fill) < TEXT_CONTRAST) {
        problems.push(`text colour ${colour} on cell shading ${fill} is too faint`);
      }
    }
  }
  for (const colour of textColours) {
    if (colour && colour !== 'auto' && contrastRatio(colour, 'FFFFFF') < TEXT_CONTRAST) {
      problems.push(`text colour ${colour} is too light on white`);
    }
  }
  return problems;
}
