import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  auditCriteria,
  auditTexts,
  buildAuditPack,
  buildFindingsReport,
  buildSecurityMeasuresOverview,
  CRITERION_IDS,
  type EvidenceStatus,
} from '../../../shared/auditPack';
import { runChecks } from '../../../shared/checks';
import { renderHtml } from '../../../shared/documents';
import type { Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx, XML_INVALID, type DocxFile } from '../documents/docxFile';

const NOW = '2026-11-22';
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const options = (language: Language) => ({ language, now: NOW, today: NOW });

async function openPack(bytes: Uint8Array): Promise<Map<string, DocxFile>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, DocxFile>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) files.set(name, await openDocx(await file.async('uint8array')));
  }
  return files;
}

/** The expected entries and the heading each document's body must show, per language. */
const EXPECTED: Record<Language, { entries: string[]; headings: string[][] }> = {
  da: {
    entries: [
      '00 Indeks - ITGuy ApS - 2026-11-22.docx',
      '01 Fortegnelse - ITGuy ApS - 2026-11-22.docx',
      '02 Privatlivspolitik - ITGuy ApS - Website og kunder - 2026-11-22.docx',
      '03 Privatlivspolitik - ITGuy ApS - Medarbejdere - 2026-11-22.docx',
      '04 Leverandøroversigt - ITGuy ApS - 2026-11-22.docx',
      '05 Sikkerhedsforanstaltninger - ITGuy ApS - 2026-11-22.docx',
      '06 Kontrolrapport - ITGuy ApS - 2026-11-22.docx',
      '07 Ændringslog - ITGuy ApS - 2026-11-22.docx',
    ],
    headings: [
      ['Indeks til D-mærket-dokumentation', 'Underkriterier i D-mærket', 'Pakkens indhold'],
      ['Fortegnelse over behandlingsaktiviteter'],
      ['Privatlivspolitik', 'Kundeadministration'],
      ['Privatlivspolitik', 'Personaleadministration'],
      ['Leverandøroversigt'],
      [
        'Oversigt over sikkerhedsforanstaltninger',
        'Tekniske foranstaltninger',
        'Organisatoriske foranstaltninger',
      ],
      ['Kontrolrapport', 'Fuldstændighed', 'Advarsler'],
      ['Ændringslog', 'Microsoft 365', 'Behandlingssteder'],
    ],
  },
  sv: {
    entries: [
      '00 Index - ITGuy ApS - 2026-11-22.docx',
      '01 Register över behandling - ITGuy ApS - 2026-11-22.docx',
      '02 Integritetspolicy - ITGuy ApS - Webbplats och kunder - 2026-11-22.docx',
      '03 Integritetspolicy - ITGuy ApS - Medarbetare - 2026-11-22.docx',
      '04 Leverantörsförteckning - ITGuy ApS - 2026-11-22.docx',
      '05 Säkerhetsåtgärder - ITGuy ApS - 2026-11-22.docx',
      '06 Kontrollrapport - ITGuy ApS - 2026-11-22.docx',
      '07 Ändringslogg - ITGuy ApS - 2026-11-22.docx',
    ],
    headings: [
      ['Index över underlag för D-mærket', 'Underkriterier i D-mærket', 'Paketets innehåll'],
      ['Register över behandling'],
      ['Integritetspolicy', 'Kundadministration'],
      ['Integritetspolicy', 'Personaladministration'],
      ['Leverantörsförteckning'],
      ['Översikt över säkerhetsåtgärder', 'Tekniska åtgärder', 'Organisatoriska åtgärder'],
      ['Kontrollrapport', 'Fullständighet', 'Varningar'],
      ['Ändringslogg', 'Microsoft 365', 'Behandlingsplatser'],
    ],
  },
  en: {
    entries: [
      '00 Index - ITGuy ApS - 2026-11-22.docx',
      '01 Record of processing activities - ITGuy ApS - 2026-11-22.docx',
      '02 Privacy policy - ITGuy ApS - Website and customers - 2026-11-22.docx',
      '03 Privacy policy - ITGuy ApS - Employees - 2026-11-22.docx',
      '04 Vendor overview - ITGuy ApS - 2026-11-22.docx',
      '05 Security measures - ITGuy ApS - 2026-11-22.docx',
      '06 Findings report - ITGuy ApS - 2026-11-22.docx',
      '07 Change log - ITGuy ApS - 2026-11-22.docx',
    ],
    headings: [
      ['Index of D-mærket evidence', 'D-mærket sub-criteria', 'Contents of the pack'],
      ['Record of processing activities'],
      ['Privacy policy', 'Customer administration'],
      ['Privacy policy', 'Staff administration'],
      ['Vendor overview'],
      ['Overview of security measures', 'Technical measures', 'Organisational measures'],
      ['Findings report', 'Completeness', 'Warnings'],
      ['Change log', 'Microsoft 365', 'Processing locations'],
    ],
  },
};

/** The index's text from one criterion id to the next: that criterion's table row. */
function criterionRow(text: string, id: string, language: Language): string {
  const ids = CRITERION_IDS as readonly string[];
  const start = text.indexOf(`${id}\n`);
  if (start === -1) return '';
  const next = ids[ids.indexOf(id) + 1];
  const end = text.indexOf(next ? `${next}\n` : auditTexts(language).index.gapsHeading, start + 1);
  return end === -1 ? '' : text.slice(start, end);
}

describe.each(['da', 'sv', 'en'] as const)('the audit pack in %s', (language) => {
  it('is a zip holding every expected .docx, each parsing with its headings in the language', async () => {
    const pack = await buildAuditPack(documentProject(), options(language));
    const expected = EXPECTED[language];
    expect(pack.entries).toEqual(expected.entries);
    expect(pack.fileName).toBe(`${auditTexts(language).packName} - ITGuy ApS - 2026-11-22.zip`);
    const files = await openPack(pack.bytes);
    expect([...files.keys()].sort()).toEqual([...expected.entries].sort());
    expected.entries.forEach((entry, i) => {
      const docx = files.get(entry)!;
      expect(docx.documentXml, entry).toContain('<w:body>');
      expect(XML_INVALID.test(docx.documentXml), entry).toBe(false);
      for (const heading of expected.headings[i]!) expect(docx.text, entry).toContain(heading);
    });
    // The change log lists the sample project's entry with its old and new value.
    const log = files.get(expected.entries[7]!)!;
    expect(log.text).toMatch(/Irland|Ireland/);
    expect(log.text).toMatch(/USA|United States/);
  });

  it('has an index naming every sub-criterion, its evidence files and what the register cannot evidence', async () => {
    const project = documentProject();
    const pack = await buildAuditPack(project, options(language));
    const index = (await openPack(pack.bytes)).get(pack.entries[0]!)!;
    const t = auditTexts(language).index;
    const expectedStatus: Partial<Record<(typeof CRITERION_IDS)[number], EvidenceStatus>> = {
      '1.1.1': 'evidenced',
      '1.2.x': 'evidenced',
      '1.3.1': 'partial',
      '1.4.1': 'notEvidenced',
      '4.1.1': 'evidenced',
      '5.2.1': project.policy.includeCookieSection ? 'partial' : 'notEvidenced',
      '5.4.1': 'evidenced',
    };
    for (const id of CRITERION_IDS) {
      const row = criterionRow(index.text, id, language);
      expect(row, id).toContain(auditTexts(language).criteria[id].title);
      const status = expectedStatus[id];
      if (status) expect(row, id).toContain(t.status[status]);
    }
    expect(criterionRow(index.text, '1.4.1', language)).toContain(auditTexts(language).criteria['1.4.1'].gap);
    expect(criterionRow(index.text, '4.1.1', language)).toContain(pack.entries[4]);
    expect(criterionRow(index.text, '5.1.1', language)).toContain(pack.entries[2]);
    expect(criterionRow(index.text, '5.1.1', language)).toContain(pack.entries[3]);
    // Every file is listed in the contents, the change log with what it holds.
    for (const entry of pack.entries) expect(index.text).toContain(entry);
    expect(index.text).toContain(t.fileDescriptions.changeLog);
    expect(criterionRow(index.text, '1.2.x', language)).toContain(pack.entries[7]);
    // The "cannot evidence" section repeats the criteria the register cannot evidence.
    const gaps = index.text.slice(index.text.indexOf(t.gapsHeading));
    expect(gaps).toContain(`1.4.1 ${auditTexts(language).criteria['1.4.1'].title}`);
    expect(gaps).toContain(`1.3.1 ${auditTexts(language).criteria['1.3.1'].title}`);
  });
});

describe('the audit pack', () => {
  const files = {
    index: 'i.docx',
    register: 'r.docx',
    policies: [{ fileName: 'p.docx', audience: '' }],
    vendors: 'v.docx',
    securityMeasures: 's.docx',
    findings: 'f.docx',
    changeLog: 'c.docx',
  };

  it('holds one policy for every activity when the project has no audiences', async () => {
    const project = documentProject();
    project.audiences = [];
    for (const activity of project.activities) activity.audienceIds = [];
    const pack = await buildAuditPack(project, options('en'));
    expect(pack.entries.filter((e) => e.includes('Privacy policy'))).toEqual([
      '02 Privacy policy - ITGuy ApS - 2026-11-22.docx',
    ]);
    expect(pack.entries).toHaveLength(7);
    const policy = (await openPack(pack.bytes)).get(pack.entries[2]!)!;
    expect(policy.text).toContain('Customer administration');
    expect(policy.text).toContain('Staff administration');
  });

  it('sanitises file names made from user text', async () => {
    const project = documentProject();
    project.organisation.legalName = 'A/S "Bad:Name" <x>|?*. ';
    const pack = await buildAuditPack(project, options('da'));
    for (const name of [pack.fileName, ...pack.entries]) {
      expect(name).not.toMatch(/[<>:"/\\|?*]/);
    }
    expect(pack.entries[0]).toBe('00 Indeks - A S Bad Name x - 2026-11-22.docx');
    expect(Object.keys((await JSZip.loadAsync(pack.bytes)).files)).toEqual(pack.entries);
  });

  it('judges 1.1.1 and 5.2.1 from the register', () => {
    const project: Project = documentProject();
    project.privacyContact.name = '';
    project.policy.includeCookieSection = true;
    const byId = new Map(auditCriteria(project, { language: 'en', today: NOW, files }).map((c) => [c.id, c]));
    expect(byId.get('1.1.1')!.status).toBe('notEvidenced');
    expect(byId.get('5.2.1')!.status).toBe('partial');
    expect(byId.get('5.2.1')!.shows).toBe('Only that the privacy policy has a cookie section.');
    project.policy.includeCookieSection = false;
    project.privacyContact.name = 'Mette Hansen';
    const again = new Map(
      auditCriteria(project, { language: 'en', today: NOW, files }).map((c) => [c.id, c]),
    );
    expect(again.get('5.2.1')!.status).toBe('notEvidenced');
    expect(again.get('1.1.1')!.status).toBe('evidenced');
    expect(again.get('1.1.1')!.shows).toContain('Mette Hansen');
    // 1.2.x (kept up to date) is evidenced by a change log with entries; an empty one shows no upkeep.
    expect(again.get('1.2.x')!.status).toBe('evidenced');
    expect(again.get('1.2.x')!.files).toContain('c.docx');
    project.changeLog = { ...project.changeLog, entries: [] };
    const empty = new Map(
      auditCriteria(project, { language: 'en', today: NOW, files }).map((c) => [c.id, c]),
    );
    expect(empty.get('1.2.x')!.status).toBe('partial');
    expect(again.get('1.2.x')!.gap).toBe('A full IT asset inventory beyond the vendors is not included.');
    expect(again.get('1.3.1')!.shows).toMatch(/^Only the data protection impact assessment \(DPIA\) status/);
    expect(again.get('1.4.1')!.gap).toContain("Management's approval is not recorded in Kartotek");
  });

  it('lists the security measures with the activities they apply to, and those without any', () => {
    const project = documentProject();
    const lonely = project.activities.find((a) => a.status !== 'retired')!;
    lonely.securityMeasureIds = [];
    const built = buildSecurityMeasuresOverview(project, { language: 'en', now: NOW });
    const html = renderHtml(built.document);
    const measure = project.securityMeasures[0]!;
    expect(html).toContain(measure.name.en!);
    expect(html).toContain('Activities without recorded measures');
    expect(html).toContain(lonely.name.en!);
  });

  it('reports the findings of runChecks with their messages, and says so when there are none of a kind', () => {
    const clean = renderHtml(
      buildFindingsReport(documentProject(), { language: 'da', now: NOW, today: NOW }).document,
    );
    expect(clean).not.toContain('activity-no-purpose');
    const project = documentProject();
    project.activities[0]!.purposes = [];
    const built = buildFindingsReport(project, { language: 'da', now: NOW, today: NOW });
    const html = renderHtml(built.document);
    const finding = runChecks(project, { today: NOW, language: 'da' }).find(
      (f) => f.ruleId === 'activity-no-purpose',
    )!;
    expect(html).toContain('activity-no-purpose');
    expect(html).toContain(escapeHtml(finding.message));
    expect(html).toContain('Fejl (');
    expect(html).toContain('Samlet fuldstændighed');
    expect(built.fileName).toBe('Kontrolrapport - ITGuy ApS - 2026-11-22.docx');
  });
});
