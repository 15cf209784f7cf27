import { describe, expect, it } from 'vitest';
import { exportBlockers, exportDocument, renderHtml, hasExportBlockers } from '../../../shared/documents';
import type { Language } from '../../../shared/i18n/languages';
import { confirmEverything } from '../../../shared/model/confirm';
import { suggestedBy } from '../../../shared/model/confirmation';
import type { Project } from '../../../shared/model';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx, xmlText, type DocxFile } from './docxFile';

const MARK: Readonly<Record<Language, string>> = { da: 'UDKAST', sv: 'UTKAST', en: 'DRAFT' };

/** The text of the default header of each section of the body, by following its relationship. */
function sectionHeaders(docx: DocxFile): string[] {
  const rels = docx.parts.get('word/_rels/document.xml.rels') ?? '';
  return docx.sections.map((section) => {
    const id =
      /<w:headerReference [^>]*w:type="default"[^>]*r:id="([^"]+)"|<w:headerReference [^>]*r:id="([^"]+)"[^>]*w:type="default"/.exec(
        section.sectPr,
      );
    const rId = id?.[1] ?? id?.[2];
    if (!rId) return '';
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels);
    const part = target?.[1] ?? target?.[2] ?? '';
    return xmlText(docx.parts.get(`word/${part}`) ?? '');
  });
}

describe.each(['da', 'sv', 'en'] as const)('a draft in %s', (language) => {
  it.each(['policy', 'register'] as const)(
    '%s: the draft mark is in the header of every section, the final has none',
    async (kind) => {
      const project = documentProject();
      const draft = await exportDocument(project, {
        kind,
        language,
        now: '2026-12-03',
        draft: true,
        html: true,
      });
      const draftHeaders = sectionHeaders(await openDocx(draft.bytes));
      expect(draftHeaders.length).toBeGreaterThanOrEqual(kind === 'register' ? 2 : 1);
      for (const header of draftHeaders) expect(header).toContain(MARK[language]);
      expect(draft.html).toContain(MARK[language]);

      const final = await exportDocument(project, { kind, language, now: '2026-12-03', html: true });
      for (const header of sectionHeaders(await openDocx(final.bytes)))
        expect(header).not.toContain(MARK[language]);
      expect(final.html).not.toContain(MARK[language]);
      expect(renderHtml(final.document)).not.toContain(MARK[language]);
    },
  );
});

describe('exportBlockers', () => {
  const TODAY = '2026-12-03';
  const confirmed = (): Project =>
    confirmEverything(documentProject(), { at: '2026-12-01T08:00:00.000Z', today: '2026-12-01' });

  it('lists the unconfirmed items that reach the document, in the language asked for', () => {
    const project = confirmed();
    const activity = project.activities.find((a) => !a.internalOnly && a.status !== 'retired')!;
    activity.confirmation = suggestedBy('template');
    project.policy = { ...project.policy, confirmation: suggestedBy('template') };
    const policy = exportBlockers(project, 'policy', { today: TODAY, language: 'da' });
    expect(policy.unconfirmed.map((f) => f.item.id)).toEqual(expect.arrayContaining([null, activity.id]));
    expect(policy.unconfirmed.every((f) => f.ruleId === 'item-unconfirmed')).toBe(true);
    expect(policy.unconfirmed.find((f) => f.item.id === activity.id)!.message).toContain('skabelonen');
    expect(hasExportBlockers(policy)).toBe(true);
    // The register prints no policy texts.
    const register = exportBlockers(project, 'register', { today: TODAY, language: 'en' });
    expect(register.unconfirmed.map((f) => f.item.id)).toEqual([activity.id]);
  });

  it('leaves out what the document does not print: an internal-only activity in the policy', () => {
    const project = confirmed();
    const internal = project.activities.find((a) => a.status !== 'retired')!;
    internal.internalOnly = true;
    internal.confirmation = suggestedBy('import');
    expect(exportBlockers(project, 'policy', { today: TODAY, language: 'en' }).unconfirmed).toEqual([]);
    expect(exportBlockers(project, 'register', { today: TODAY, language: 'en' }).unconfirmed).toHaveLength(1);
  });

  it('lists error findings, and nothing when everything is confirmed and correct', () => {
    const project = confirmed();
    const blockers = exportBlockers(project, 'policy', { today: TODAY, language: 'en' });
    expect(blockers.unconfirmed).toEqual([]);
    expect(blockers.errors.every((f) => f.severity === 'error')).toBe(true);
    project.activities[0]!.purposes = [];
    expect(
      exportBlockers(project, 'register', { today: TODAY, language: 'en' }).errors.length,
    ).toBeGreaterThan(blockers.errors.length);
  });
});
