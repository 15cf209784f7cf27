import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegister, renderDocx } from '../../../shared/documents';
import { documentTexts } from '../../../shared/documents/texts';
import { TRANSFER_MECHANISM_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { documentProject, swedishProject } from '../../fixtures/documents/documentProject';
import { openDocx, sectionStartingWith, XML_INVALID, type DocxFile } from './docxFile';

/** What the fixture's fully filled activity (act-customers) must show, per language. */
const EXPECTED: Record<
  Language,
  {
    title: string;
    activity: string;
    next: string;
    citations: string[];
    values: string[];
    pageOf: string;
    tag: string;
    hosting: string;
    purpose2: string;
  }
> = {
  da: {
    title: 'Fortegnelse over behandlingsaktiviteter',
    activity: '3.1 Kundeadministration',
    next: '3.2 Nyhedsbrev',
    citations: [
      'databeskyttelsesforordningens artikel 6, stk. 1, litra b',
      'databeskyttelsesforordningens artikel 6, stk. 1, litra f',
      'databeskyttelsesforordningens artikel 6, stk. 1, litra c',
    ],
    values: [
      'Levering af IT-ydelser',
      'Kontakt med kundens medarbejdere',
      'bogføringsloven § 10',
      'Kontaktpersoner hos kunder',
      'Kontaktoplysninger',
      'Fakturaoplysninger',
      'CVR-registret',
      'Revisor',
      'Microsoft 365 (Microsoft Ireland Operations Ltd)',
      'Hetzner (Hetzner Online GmbH)',
      'EURid (EURid vzw)',
      'USA',
      'Indien',
      'Support Partner Pvt Ltd',
      '5 år efter regnskabsårets udløb',
      'To-faktor-godkendelse',
      'Uddannelse af medarbejdere',
      'Lasse Holm',
      '1. oktober 2027',
    ],
    pageOf: 'Side ',
    tag: 'da-DK',
    hosting: '4 Hosting for kunder',
    purpose2: 'Bogføring',
  },
  sv: {
    title: 'Register över behandling',
    activity: '3.1 Kundadministration',
    next: '3.2 Nyhetsbrev',
    citations: [
      'artikel 6.1 b i dataskyddsförordningen',
      'artikel 6.1 f i dataskyddsförordningen',
      'artikel 6.1 c i dataskyddsförordningen',
    ],
    values: [
      'Leverans av IT-tjänster',
      'Kontakt med kundens anställda',
      'bokföringslagen 7 kap. 2 §',
      'Kontaktpersoner hos kunder',
      'Kontaktuppgifter',
      'Fakturauppgifter',
      'CVR-registret',
      'Revisor',
      'Microsoft 365 (Microsoft Ireland Operations Ltd)',
      'USA',
      'Indien',
      '7 år efter räkenskapsårets utgång',
      'Tvåfaktorsautentisering',
      'Lasse Holm',
      '1 oktober 2027',
    ],
    pageOf: 'Sida ',
    tag: 'sv-SE',
    hosting: '4 Hosting för kunder',
    purpose2: 'Bokföring',
  },
  en: {
    title: 'Record of processing activities',
    activity: '3.1 Customer administration',
    next: '3.2 Newsletter',
    citations: ['Article 6(1)(b) GDPR', 'Article 6(1)(f) GDPR', 'Article 6(1)(c) GDPR'],
    values: [
      'Delivering IT services',
      'Contact with the customer’s staff',
      'Danish Bookkeeping Act, section 10',
      'Contact persons at customers',
      'Contact details',
      'Invoicing data',
      'Auditor',
      'United States',
      'India',
      '5 years after the end of the financial year',
      'Two-factor authentication',
      'Lasse Holm',
      '1 October 2027',
    ],
    pageOf: 'Page ',
    tag: 'en-GB',
    hosting: '4 Hosting for customers',
    purpose2: 'Bookkeeping',
  },
};

const LANGS: Language[] = ['da', 'sv', 'en'];
const files = new Map<Language, DocxFile>();

beforeAll(async () => {
  for (const language of LANGS) {
    const built = buildRegister(documentProject(), { language, now: '2026-11-22' });
    files.set(language, await openDocx(await renderDocx(built.document)));
  }
});

const file = (language: Language) => files.get(language)!;

function activitySection(language: Language): string {
  const { text } = file(language);
  const start = text.lastIndexOf(EXPECTED[language].activity);
  const end = text.lastIndexOf(EXPECTED[language].next);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe.each(LANGS)('register in %s', (language) => {
  const t = documentTexts(language);
  const expected = EXPECTED[language];

  it('names the controller with its contact details, DPO, joint controllers and authority [30(1)(a)]', () => {
    const { text } = file(language);
    const controller = between(text, t.register.partController, t.register.partOverview);
    for (const value of [
      'ITGuy ApS',
      '12345678',
      'Eksempelvej 1',
      'info@itguy.example',
      'privacy@itguy.example',
    ]) {
      expect(controller).toContain(value);
    }
    expect(controller).toContain(t.register.controller.dpo.label);
    expect(controller).toContain('Mette Hansen');
    expect(controller).toContain('dpo@itguy.example');
    expect(controller).toContain(t.register.controller.jointControllers.label);
    expect(controller).toContain('Partner A/S');
    expect(controller).toContain('Carl Jacobsens Vej 35');
  });

  it('shows every Art. 30(1)(b)–(g) element of a fully filled activity, each under its own label', () => {
    const section = activitySection(language);
    const a = t.register.activity;
    for (const label of [
      a.purposes,
      a.dataSubjects,
      a.dataCategories,
      a.matrix,
      a.recipients,
      a.vendors,
      a.transfers,
      a.retention,
      a.security,
    ]) {
      expect(section).toContain(label.label);
      expect(section).toContain(t.common.articleRef(label.ref![0], label.ref![1], label.ref![2]));
    }
    for (const label of [a.sources, a.requirement, a.automated, a.dpia, a.owner, a.review]) {
      expect(section).toContain(label.label);
    }
    for (const value of expected.values) expect(section).toContain(value);
    expect(section).toContain(TRANSFER_MECHANISM_LABELS.dpf[language]);
    expect(section).toContain(TRANSFER_MECHANISM_LABELS.scc[language]);
  });

  it("cites each purpose's own legal bases in the language's citation form", () => {
    const section = activitySection(language);
    for (const citation of expected.citations) expect(section).toContain(citation);
    // Bookkeeping cites only Art. 6(1)(c): the bases are not one block pasted under every purpose.
    const bookkeeping = section.slice(
      section.indexOf(`\n${expected.purpose2}\n`),
      section.indexOf(t.register.activity.dataSubjects.label),
    );
    expect(bookkeeping).toContain(expected.citations[2]);
    expect(bookkeeping).not.toContain(expected.citations[0]);
    expect(bookkeeping).not.toContain(expected.citations[1]);
  });

  it('draws the subject × data matrix as a table nested in the field table', () => {
    const xml = file(language).documentXml;
    const start = xml.lastIndexOf(expected.activity);
    const nested = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<w:tbl>/.test(xml.slice(start, start + 40_000));
    expect(nested).toBe(true);
  });

  it('puts the overview in a landscape section whose header row repeats', () => {
    const overview = sectionStartingWith(file(language), t.register.partOverview);
    expect(overview).toBeDefined();
    expect(overview!.orientation).toBe('landscape');
    expect(overview!.width).toBeGreaterThan(overview!.height);
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(overview!.xml)?.[0] ?? '';
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(xmlTextOf(firstRow)).toContain(t.register.overview.columns.bases);
    // Every activity is a row of the overview, the processing done as processor too.
    expect(overview!.text).toContain(expected.activity);
    expect(overview!.text).toContain(expected.hosting);
  });

  it('keeps the activities and the controller part in portrait sections, annex A landscape', () => {
    const docx = file(language);
    for (const heading of [t.register.partActivities, t.register.annexSecurity]) {
      const section = sectionStartingWith(docx, heading)!;
      expect(section.orientation).toBe('portrait');
      expect(section.width).toBeLessThan(section.height);
    }
    expect(sectionStartingWith(docx, t.register.partActivities)!.text).toContain(expected.next);
    expect(sectionStartingWith(docx, t.register.annexVendors)!.orientation).toBe('landscape');
  });

  it('has the processor part per customer and annexes of vendors and measures', () => {
    const { text } = file(language);
    const processor = between(text, t.register.partProcessor, t.register.annexVendors);
    expect(processor).toContain('Kunde A/S');
    expect(processor).toContain('DBA-2025-01');
    expect(processor).toContain(t.register.processor.subProcessors.label);
    const vendors = between(text, t.register.annexVendors, t.register.annexSecurity);
    for (const value of [
      'Hetzner Online GmbH',
      'HRB 6089',
      'Mailchimp',
      'The Rocket Science Group LLC',
      'Hetzner AVV',
    ]) {
      expect(vendors).toContain(value);
    }
    expect(vendors).toContain(t.vendorTable.mechanism);
    expect(vendors).toContain(t.common.onlyEuEea);
    const measures = text.slice(text.lastIndexOf(t.register.annexSecurity));
    expect(measures).toContain(expected.values.find((v) => /faktor|Two-factor/i.test(v))!);
  });

  it('sets w:lang, the core properties and a table of contents that needs no updating', () => {
    const docx = file(language);
    expect(docx.stylesXml).toContain(`<w:lang w:val="${expected.tag}"/>`);
    expect(docx.coreXml).toContain(`<dc:title>${expected.title}</dc:title>`);
    expect(docx.coreXml).toContain('<dc:creator>ITGuy ApS</dc:creator>');
    expect(docx.coreXml).toContain(`<dc:language>${expected.tag}</dc:language>`);
    expect(docx.coreXml).toContain('2026-11-22T00:00:00Z');
    // Each entry's page number is a PAGEREF field, which LibreOffice lays out and Word updates when it prints; no
    // TOC field (LibreOffice shows its entries as written) and nothing dirty (Word would ask to update fields).
    expect(docx.documentXml).toMatch(/<w:instrText[^>]*> PAGEREF _Toc1 \\h <\/w:instrText>/);
    expect(docx.documentXml).not.toMatch(/<w:instrText[^>]*>\s*TOC /);
    expect(docx.documentXml).not.toContain('w:dirty');
    expect(docx.settingsXml).not.toContain('updateFields');
  });

  it('writes organisation, title, version and "page X of Y" in the running header and footer', () => {
    const docx = file(language);
    const header = docx.headersXml.map(xmlTextOf).find((h) => h.includes(expected.title)) ?? '';
    expect(header).toContain('ITGuy ApS');
    expect(header).toContain(`${t.common.version} 2026-11-22`);
    const footer = docx.footersXml.find((f) => f.includes('NUMPAGES')) ?? '';
    expect(xmlTextOf(footer)).toContain(expected.pageOf);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it('contains no XML-invalid character and no outdated authority or transfer mechanism', () => {
    for (const xml of file(language).parts.values()) expect(xml).not.toMatch(XML_INVALID);
    const { text } = file(language);
    expect(text).not.toMatch(/Datainspektionen|Privacy Shield|Borgergade/i);
  });
});

/** The text from the last occurrence of `from` (the heading, after the contents) to the last of `to`. */
function between(text: string, from: string, to: string): string {
  return text.slice(text.lastIndexOf(from), text.lastIndexOf(to));
}

function xmlTextOf(xml: string): string {
  return xml.replace(/<[^>]+>/g, '');
}

describe('register details', () => {
  it('names IMY for a Swedish organisation, in every language', async () => {
    for (const language of LANGS) {
      const built = buildRegister(swedishProject(), { language, now: '2026-11-22' });
      const { text } = await openDocx(await renderDocx(built.document));
      expect(text).toMatch(/Integritetsskyddsmyndigheten[ ,(]+IMY\)/);
      expect(text).toContain('Box 8114');
      expect(text).not.toContain('Datainspektionen');
      expect(text).not.toContain('Carl Jacobsens Vej');
    }
  });

  it('falls back to the primary language for a missing translation and reports it', () => {
    const project = documentProject();
    project.activities[0]!.name = { da: 'Kundeadministration' };
    project.vendors[1]!.function = { da: 'Hosting af servere' };
    const built = buildRegister(project, { language: 'sv', now: '2026-11-22' });
    expect(built.fallbacks).toEqual(
      expect.arrayContaining([
        { owner: 'activity', id: 'act-customers', field: 'name', itemName: 'Kundeadministration' },
        { owner: 'vendor', id: 'v-hetzner', field: 'function', itemName: 'Hetzner' },
      ]),
    );
    const headings = built.document.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'heading');
    expect(headings.map((h) => h.type === 'heading' && h.text)).toContain('3.1 Kundeadministration');
    expect(buildRegister(documentProject(), { language: 'sv', now: '2026-11-22' }).fallbacks).toEqual([]);
  });

  it('gives a default file name with kind, organisation and date', () => {
    const name = (language: Language) =>
      buildRegister(documentProject(), { language, now: '2026-11-22' }).fileName;
    expect(name('da')).toBe('Fortegnelse - ITGuy ApS - 2026-11-22.docx');
    expect(name('sv')).toBe('Register över behandling - ITGuy ApS - 2026-11-22.docx');
    expect(name('en')).toBe('Record of processing activities - ITGuy ApS - 2026-11-22.docx');
  });

  it('shows "Not stated" for empty fields rather than leaving them out', () => {
    const project = documentProject();
    project.activities[0] = {
      ...project.activities[0]!,
      retention: { text: {}, period: null, startEvent: {}, basis: {}, ruleId: null },
      securityMeasureIds: [],
    };
    const built = buildRegister(project, { language: 'da', now: '2026-11-22' });
    const json = JSON.stringify(built.document);
    expect(json).toContain('"Ikke angivet"');
  });

  it('says so when there is no processing as processor, instead of an empty part', async () => {
    const project = documentProject();
    project.activities = project.activities.filter((a) => a.role !== 'processor');
    const { text } = await openDocx(
      await renderDocx(buildRegister(project, { language: 'en', now: '2026-11-22' }).document),
    );
    expect(text).toContain(documentTexts('en').register.processor.none);
  });
});
