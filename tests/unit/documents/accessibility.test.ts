import { describe, expect, it } from 'vitest';
import { auditPackDocuments } from '../../../shared/auditPack/pack';
import { buildRegister, renderDocx } from '../../../shared/documents';
import { LANGUAGES, LANGUAGE_TAGS } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/project';
import { bitspaceAsWritten } from '../../fixtures/checks/bitspace';
import { itguyAsWritten } from '../../fixtures/checks/itguy';
import { adversarialProject } from '../../fixtures/documents/adversarialProject';
import { documentProject, swedishProject } from '../../fixtures/documents/documentProject';
import { projectFile, starterProject as starterAt } from './realProjects';
import { accessibilityProblems } from './docxAccessibility';
import { openDocx, type DocxFile } from './docxFile';

/**
 * Kartotek is an authoring tool (EN 301 549, clause 11.8): the Word files it writes conform to WCAG 2.1 AA as far
 * as a document can. Every document kind (register, each policy, vendor overview, the audit pack's documents), in
 * da, sv and en, for the starter template and the test fixtures, read from its XML (./docxAccessibility).
 */

const NOW = '2026-11-22';

const starterProject = (jurisdiction: 'DK' | 'SE'): Project => starterAt(jurisdiction, NOW);

/** A 1×1 PNG, as a logo. */
const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The document fixture with a logo and a pale accent colour, as a user may choose them. */
function brandedProject(): Project {
  const project = documentProject();
  return {
    ...project,
    branding: {
      ...project.branding,
      logo: { mediaType: 'image/png', dataBase64: PIXEL, widthPx: 1, heightPx: 1 } as never,
      accentColor: '#FFD54F',
    },
  };
}

const PROJECTS: [string, () => Project][] = [
  ['starter template, Denmark', () => starterProject('DK')],
  ['starter template, Sweden', () => starterProject('SE')],
  ['document fixture', documentProject],
  ['Swedish document fixture', swedishProject],
  ['hostile texts', adversarialProject],
  ['ITGuy as written', itguyAsWritten],
  ['Bitspace as written', bitspaceAsWritten],
  ['project file v2-full', () => projectFile('v2-full.kartotek')],
  ['logo and a pale accent colour', brandedProject],
];

describe('every Word file Kartotek writes is accessible', () => {
  for (const [name, project] of PROJECTS) {
    for (const language of LANGUAGES) {
      it(`${name}, ${language}: register, policies, vendor overview and audit-pack documents`, async () => {
        const documents = auditPackDocuments(project(), { language, now: NOW, today: NOW });
        expect(documents.length).toBeGreaterThanOrEqual(7);
        const found: { entry: string; problems: string[] }[] = [];
        for (const { entry, built } of documents) {
          const file = await openDocx(await renderDocx(built.document));
          const problems = accessibilityProblems(file, LANGUAGE_TAGS[language]);
          if (problems.length) found.push({ entry, problems });
        }
        expect(found).toEqual([]);
      });
    }
  }
});

describe('the accessibility check finds each problem', () => {
  let register: DocxFile;
  const problemsOf = (change: (file: DocxFile) => Partial<DocxFile>) =>
    accessibilityProblems({ ...register, ...change(register) }, 'en-GB');

  it('passes the register it breaks below', async () => {
    register = await openDocx(
      await renderDocx(buildRegister(brandedProject(), { language: 'en', now: NOW }).document),
    );
    expect(register.documentXml).toContain('<wp:docPr');
    expect(accessibilityProblems(register, 'en-GB')).toEqual([]);
  });

  const edit = (pattern: RegExp | string, replacement: string) => (file: DocxFile) => {
    const documentXml = file.documentXml.replace(pattern, replacement);
    expect(documentXml).not.toBe(file.documentXml);
    return { documentXml };
  };

  it('a heading that skips a level', () => {
    expect(problemsOf(edit('<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="Heading3"/>'))).toEqual([
      expect.stringMatching(/^heading level 3 follows level 1/),
    ]);
  });

  it('a logo without alternative text', () => {
    expect(problemsOf(edit(/(<wp:docPr [^>]*)descr="[^"]*"/, '$1descr=""'))).toEqual([
      expect.stringMatching(/^a picture has no alternative text/),
    ]);
  });

  it('a table whose header row does not repeat', () => {
    expect(problemsOf(edit('<w:tblHeader/>', ''))).toEqual([
      expect.stringMatching(/^a table has no header row marked to repeat/),
    ]);
  });

  it('an empty paragraph for spacing', () => {
    expect(problemsOf(edit(/(<w:p>)(<w:pPr><w:pStyle w:val="Heading1"\/>)/, '$1</w:p><w:p>$2'))).toEqual([
      expect.stringMatching(/^an empty paragraph makes space in w:body/),
    ]);
  });

  it('no document language, no title', () => {
    expect(
      problemsOf((file) => ({ stylesXml: file.stylesXml.replace(/<w:lang w:val="en-GB"\/>/, '') })),
    ).toEqual(['the document language is not set, not en-GB']);
    expect(
      problemsOf((file) => ({ coreXml: file.coreXml.replace(/<dc:title>[^<]*<\/dc:title>/, '<dc:title/>') })),
    ).toEqual(['the document has no title (docProps/core.xml dc:title)']);
  });

  it('a heading colour too light on white, a header row shading too dark for its text', () => {
    expect(
      problemsOf((file) => ({
        stylesXml: file.stylesXml.replace(
          /(<w:style [^>]*w:styleId="Heading1"[\s\S]*?<w:color w:val=")[0-9A-F]{6}/,
          '$1FFD54F',
        ),
      })),
    ).toEqual([expect.stringMatching(/^style Heading1 .* has text colour FFD54F, too light on white$/)]);
    expect(problemsOf(edit(/w:fill="E7EBF0"/g, 'w:fill="5A6470"'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/on cell shading 5A6470 is too faint$/)]),
    );
  });
});
