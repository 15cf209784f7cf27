import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPolicy, buildRegister, buildVendorOverview } from '../../../shared/documents';
import { createContext } from '../../../shared/documents/context';
import { activitiesByItem } from '../../../shared/documents/derive';
import { layoutCost } from '../../../shared/documents/docx/layoutCost';
import { renderDocx, renderDocxAs, type BodyForm } from '../../../shared/documents/docx/renderDocx';
import { escapeXml, objectOut, stringOut } from '../../../shared/documents/docx/xml';
import {
  bulletList,
  paragraph,
  run,
  type Block,
  type DocumentModel,
  type ListBlock,
} from '../../../shared/documents/model';
import { adversarialProject } from '../../fixtures/documents/adversarialProject';
import { documentProject } from '../../fixtures/documents/documentProject';

/**
 * renderDocx writes the body of a document without a table of contents to lay out, nearly all of a large
 * register, as XML text spliced into the word/document.xml docx writes; a document whose pages it lays out, as
 * docx's objects inside docx's body. The two must be the same document.
 */

/** A 1×1 transparent PNG. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(name)) result.set(name, await file.async('string'));
  }
  return result;
}

/**
 * The ids docx draws from counters or at random, numbered by first appearance so that two writings of a document
 * compare: relationship ids of links, bookmark ids, drawing ids, and list number ids (numbering.xml is left out:
 * its instances are made in a different order).
 */
async function comparable(bytes: Uint8Array): Promise<Map<string, string>> {
  const result = await parts(bytes);
  result.delete('word/numbering.xml');
  for (const [name, xml] of result) {
    const seen = new Map<string, number>();
    const label = (kind: string, value: string) => {
      const key = `${kind}${value}`;
      if (!seen.has(key)) seen.set(key, seen.size);
      return `${kind}${seen.get(key)}`;
    };
    result.set(
      name,
      xml
        .replace(/rId[a-z0-9_-]{12,}/g, (id) => label('rId', id))
        .replace(
          /(<w:bookmark(?:Start|End)[^>]*w:id=")(\d+)/g,
          (_, before: string, id: string) => before + label('b', id),
        )
        .replace(
          /(<wp:docPr id="|<pic:cNvPr id=")(\d+)/g,
          (_, before: string, id: string) => before + label('d', id),
        )
        .replace(/(<w:numId w:val=")(\d+)/g, (_, before: string, id: string) => before + label('n', id)),
    );
  }
  return result;
}

async function bothForms(model: DocumentModel, options = {}) {
  const written = async (form: BodyForm) => comparable(await renderDocxAs(model, options, form));
  return { text: await written('text'), objects: await written('objects') };
}

function withLogo() {
  const project = documentProject();
  project.branding.logo = { mediaType: 'image/png', dataBase64: PNG_1X1 };
  return project;
}

function modelWith(blocks: Block[]): DocumentModel {
  const register = buildRegister(documentProject(), { language: 'en', now: '2026-11-22' }).document;
  return { ...register, sections: [{ orientation: 'portrait', header: null, footer: null, blocks }] };
}

describe('the body written as text and as docx objects', () => {
  const cases: [string, () => DocumentModel][] = [
    ['register with a logo', () => buildRegister(withLogo(), { language: 'da', now: '2026-11-22' }).document],
    [
      'hostile register',
      () => buildRegister(adversarialProject(), { language: 'en', now: '2026-11-22' }).document,
    ],
    [
      'policy',
      () => buildPolicy(documentProject(), { language: 'sv', now: '2026-11-22', audienceId: null }).document,
    ],
    [
      'vendor overview',
      () => buildVendorOverview(withLogo(), { language: 'en', now: '2026-11-22' }).document,
    ],
  ];

  for (const [name, model] of cases) {
    it(`${name}: the same package, part for part`, async () => {
      const { text, objects } = await bothForms(model(), { tocPageNumbers: 'word' });
      expect([...text.keys()].sort()).toEqual([...objects.keys()].sort());
      for (const [part, xml] of objects) expect(text.get(part), part).toBe(xml);
    });
  }

  it('a table of contents laid out with page numbers is only written through docx objects', async () => {
    const model = buildRegister(documentProject(), { language: 'da', now: '2026-11-22' }).document;
    await expect(renderDocxAs(model, { tocPageNumbers: 'estimate' }, 'text')).rejects.toThrow();
    const files = await parts((await renderDocx(model, { tocPageNumbers: 'estimate' })).bytes);
    // Laid out: each entry's page number is written in its PAGEREF field.
    const xml = files.get('word/document.xml') ?? '';
    expect(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/.test(
        xml,
      ),
    ).toBe(true);
  });

  // docx's layout engine tries every break inside a word wider than the line: a long enough word would stall the
  // export for hours. Such a document is written without laying out its pages, whatever was asked.
  it('a 100,000-character word is exported in every document, with the table of contents left to Word', async () => {
    const word = 'x'.repeat(100_000);
    const project = documentProject();
    project.activities[0]!.description = { da: word, en: word };
    project.vendors[0]!.function = { da: word, en: word };
    const register = buildRegister(project, { language: 'da', now: '2026-11-22' }).document;
    expect(layoutCost(register).wordsFit).toBe(false);
    for (const mode of ['estimate', 'auto'] as const) {
      const rendered = await renderDocx(register, { tocPageNumbers: mode });
      expect(rendered.body, mode).toBe('text');
      expect((await parts(rendered.bytes)).get('word/document.xml')!.includes(word), mode).toBe(true);
    }
    for (const model of [
      buildPolicy(project, { language: 'en', now: '2026-11-22', audienceId: project.audiences[0]!.id })
        .document,
      buildVendorOverview(project, { language: 'en', now: '2026-11-22' }).document,
    ]) {
      const rendered = await renderDocx(model);
      expect((await parts(rendered.bytes)).get('word/document.xml')!.includes(word), model.kind).toBe(true);
    }
  });

  it('a word as long as a long web address still lets the pages be laid out', () => {
    const project = documentProject();
    const address = `https://example.com/${'a'.repeat(280)}`;
    project.activities[0]!.description = { da: address };
    expect(layoutCost(buildRegister(project, { language: 'da', now: '2026-11-22' }).document)).toMatchObject({
      wordsFit: true,
    });
    project.activities[0]!.description = { da: `${address}a`.repeat(2) };
    expect(layoutCost(buildRegister(project, { language: 'da', now: '2026-11-22' }).document).wordsFit).toBe(
      false,
    );
  });

  it('every list, link, bookmark and image of a register written as text points at something that exists', async () => {
    const model = buildRegister(withLogo(), { language: 'en', now: '2026-11-22' }).document;
    const files = await parts(await renderDocxAs(model, { tocPageNumbers: 'word' }, 'text'));
    const xml = files.get('word/document.xml')!;
    const numbering = files.get('word/numbering.xml')!;
    const relationships = files.get('word/_rels/document.xml.rels')!;

    const numbers = new Set([...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/<w:numId w:val="([^"]*)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(numbers).toContain(id);

    const relationshipIds = new Set([...relationships.matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]));
    const referenced = [...xml.matchAll(/r:(?:id|embed)="([^"]+)"/g)].map((m) => m[1]!);
    expect(referenced.some((id) => xml.includes(`r:embed="${id}"`))).toBe(true);
    for (const id of referenced) expect(relationshipIds).toContain(id);

    const starts = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g)];
    const ends = [...xml.matchAll(/<w:bookmarkEnd w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(starts.map((m) => m[2]).sort()).toEqual(ends.sort());
    expect(new Set(starts.map((m) => m[1])).size).toBe(starts.length);
    const names = new Set(starts.map((m) => m[1]));
    for (const [, anchor] of xml.matchAll(/w:anchor="([^"]+)"/g)) expect(names).toContain(anchor);

    // The splice leaves no slot or placeholder behind.
    expect(xml.includes(String.fromCharCode(2))).toBe(false);
    expect(xml).not.toContain('{kt-');
  });

  it('bullet lists share one numbering instance; each ordered list starts its own', async () => {
    const ordered = (text: string): ListBlock => ({
      type: 'list',
      ordered: true,
      items: [[run(`${text} 1`)], [run(`${text} 2`)]],
    });
    const model = modelWith([
      bulletList(['a', 'b']),
      paragraph('between'),
      bulletList(['c']),
      ordered('first'),
      paragraph('between'),
      ordered('second'),
      paragraph('end'),
    ]);
    for (const form of ['text', 'objects'] as const) {
      const xml = (await parts(await renderDocxAs(model, {}, form))).get('word/document.xml')!;
      const ids = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
      expect(ids, form).toHaveLength(7);
      const [a, b, c, first1, first2, second1, second2] = ids;
      expect(new Set([a, b, c]).size, form).toBe(1);
      expect(first1).toBe(first2);
      expect(second1).toBe(second2);
      expect(new Set([a, first1, second1]).size, form).toBe(3);
    }
  });

  it('puts cell margins on the table and keeps spaces only where the text has spaces to keep', async () => {
    const model = modelWith([
      {
        type: 'table',
        columns: [1, 1],
        header: null,
        rows: [[{ blocks: [paragraph('one two')] }, { blocks: [paragraph('  indented  twice ')] }]],
      },
      paragraph('end'),
    ]);
    const xml = (await parts(await renderDocxAs(model, {}, 'text'))).get('word/document.xml')!;
    expect(xml).toContain(
      '<w:tblCellMar><w:top w:type="dxa" w:w="50"/><w:left w:type="dxa" w:w="90"/><w:bottom w:type="dxa" w:w="50"/><w:right w:type="dxa" w:w="90"/></w:tblCellMar>',
    );
    expect(xml).not.toContain('<w:tcMar>');
    expect(xml).toContain('<w:t>one two</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">  indented  twice </w:t>');
  });
});

describe('XML text', () => {
  it('escapes as docx does: the five entities, and the control characters XML forbids dropped', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(escapeXml('tab\tline\nbell\u0007')).toBe('tab\tline\nbell');
    expect(escapeXml('Ærø – plain')).toBe('Ærø – plain');
  });

  it('stringOut writes what objectOut gives docx to write', () => {
    const write = <T>(out: {
      element(n: string, a: Record<string, string | number> | null, c: T[]): T;
      text(v: string): T;
    }) =>
      out.element('w:p', null, [
        out.element('w:pPr', null, [out.element('w:pStyle', { 'w:val': 'KtTable' }, [])]),
        out.element('w:r', null, [
          out.element('w:b', null, []),
          out.element('w:t', { 'xml:space': 'preserve' }, [out.text(' <x> ')]),
        ]),
        out.element('w:r', null, [out.element('w:t', null, [out.text('')])]),
      ]);
    expect(write(stringOut)).toBe(
      '<w:p><w:pPr><w:pStyle w:val="KtTable"/></w:pPr><w:r><w:b/><w:t xml:space="preserve"> &lt;x&gt; </w:t></w:r><w:r><w:t></w:t></w:r></w:p>',
    );
    expect(write(objectOut)).toEqual({
      'w:p': [
        { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': 'KtTable' } } }] },
        { 'w:r': [{ 'w:b': {} }, { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, ' <x> '] }] },
        { 'w:r': [{ 'w:t': [''] }] },
      ],
    });
  });
});

describe('activitiesByItem', () => {
  it('gives each item the activities that use it, once each, in register order', () => {
    const project = documentProject();
    const [first, second, third] = project.activities;
    project.activities = [
      { ...first!, vendorIds: ['v-a', 'v-b', 'v-a'] },
      { ...second!, vendorIds: [] },
      { ...third!, vendorIds: ['v-b'] },
    ];
    const using = activitiesByItem(
      createContext(project, { language: 'en', now: '2026-11-22' }),
      (a) => a.vendorIds,
    );
    expect(using.get('v-a')?.map((a) => a.id)).toEqual([first!.id]);
    expect(using.get('v-b')?.map((a) => a.id)).toEqual([first!.id, third!.id]);
    expect(using.has('v-none')).toBe(false);
  });
});
