import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditPackDocuments } from '../../../shared/auditPack/pack';
import { buildVendorOverview, describeSpliceFailure, renderDocx } from '../../../shared/documents';
import { spliceDocumentXml } from '../../../shared/documents/docx/spliceBody';
import { TextBody } from '../../../shared/documents/docx/textBody';
import { LANGUAGES } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/project';
import { bitspaceAsWritten } from '../../fixtures/checks/bitspace';
import { itguyAsWritten } from '../../fixtures/checks/itguy';
import { adversarialProject } from '../../fixtures/documents/adversarialProject';
import { documentProject, swedishProject } from '../../fixtures/documents/documentProject';
import { projectFile, starterProject as starterAt } from './realProjects';
import { openDocx } from './docxFile';
import { docxWritesDifferently, extraParagraph } from './docxWritesDifferently';

/**
 * The fast path of the .docx writer (shared/documents/docx/spliceBody) relies on what docx writes; when docx's
 * output changes, renderDocx falls back to the slower object path and says why. These tests fail when that
 * happens to the project's real documents, so a docx upgrade that breaks the fast path does not go unnoticed.
 */

const NOW = '2026-11-22';

const starterProject = (jurisdiction: 'DK' | 'SE'): Project => starterAt(jurisdiction, NOW);

const PROJECTS: [string, () => Project][] = [
  ['starter template, Denmark', () => starterProject('DK')],
  ['starter template, Sweden', () => starterProject('SE')],
  ['document fixture', documentProject],
  ['Swedish document fixture', swedishProject],
  ['hostile texts', adversarialProject],
  ['ITGuy as written', itguyAsWritten],
  ['Bitspace as written', bitspaceAsWritten],
  ['project file v2-full', () => projectFile('v2-full.kartotek')],
];

describe('the fast path writes every real document', () => {
  for (const [name, project] of PROJECTS) {
    for (const language of LANGUAGES) {
      it(`${name}, ${language}: register, policies, vendor overview and audit-pack documents`, async () => {
        // The audit pack's documents are the register, each policy, the vendor overview and the pack's own.
        const documents = auditPackDocuments(project(), { language, now: NOW, today: NOW });
        expect(documents.length).toBeGreaterThanOrEqual(7);
        for (const { entry, built } of documents) {
          // 'word': the table of contents is left to Word, so the register takes the fast path too.
          const rendered = await renderDocx(built.document, { tocPageNumbers: 'word' });
          expect({ entry, body: rendered.body, failure: rendered.spliceFailure }).toEqual({
            entry,
            body: 'text',
            failure: null,
          });
        }
      });
    }
  }
});

describe('when docx writes something the splice does not expect', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renderDocx writes the document the slower way and says why', async () => {
    docxWritesDifferently(extraParagraph);
    const model = buildVendorOverview(documentProject(), { language: 'en', now: NOW }).document;
    const rendered = await renderDocx(model);
    expect(rendered.body).toBe('objects');
    expect(rendered.spliceFailure).toMatchObject({ reason: 'element-count' });
    expect(describeSpliceFailure(rendered.spliceFailure!)).toMatch(/^docx wrote \d+ body elements, not \d+$/);
    // The file is still whole: the slower path wrote it.
    const { text } = await openDocx(rendered);
    expect(text).toContain(model.properties.title);
  });

  it('names each way the XML docx wrote can differ', () => {
    const body = new TextBody();
    const { sink } = body.section();
    sink.xml('w:p', () => '<w:p><w:pPr><w:numPr><w:numId w:val="{kt-bullet-0}"/></w:numPr></w:pPr></w:p>');
    const sectPr = '<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>';
    const numbered = new Map([['{kt-bullet-0}', '7']]);
    const splice = (written: string, ids = numbered) => spliceDocumentXml(written, body, ids);

    const spliced = splice(`<w:document><w:body>${sectPr}</w:body></w:document>`);
    if (!spliced.ok) throw new Error(`not spliced: ${spliced.failure.reason}`);
    expect(new TextDecoder().decode(spliced.bytes)).toBe(
      `<w:document><w:body><w:p><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:p>${sectPr}</w:body></w:document>`,
    );
    expect(splice('<w:document></w:document>')).toEqual({ ok: false, failure: { reason: 'no-body' } });
    expect(splice('<w:document><w:body><w:p/></w:body></w:document>')).toEqual({
      ok: false,
      failure: { reason: 'no-section-properties' },
    });
    expect(splice(`<w:document><w:body><w:p/>${sectPr}</w:body></w:document>`)).toEqual({
      ok: false,
      failure: { reason: 'element-count', expected: 0, found: 1 },
    });
    expect(splice(`<w:document><w:body>${sectPr}</w:body></w:document>`, new Map())).toEqual({
      ok: false,
      failure: { reason: 'unnumbered-list', list: '{kt-bullet-0}' },
    });
  });
});
