import { describe, expect, it } from 'vitest';
import {
  buildPolicy,
  buildRegister,
  buildVendorOverview,
  exportDocument,
  renderDocx,
  renderHtml,
  renderHtmlPage,
  type DocumentModel,
} from '../../../shared/documents';
import { documentTexts } from '../../../shared/documents/texts';
import { TRANSFER_MECHANISM_LABELS } from '../../../shared/model/vocabulary';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx, sectionStartingWith } from './docxFile';

/** A 1×1 transparent PNG. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('vendor overview', () => {
  it('lists processors with entity, function, locations, mechanism and DPA; independent controllers apart', async () => {
    const t = documentTexts('da');
    const built = buildVendorOverview(documentProject(), { language: 'da', now: '2026-11-22' });
    expect(built.fileName).toBe('Leverandøroversigt - ITGuy ApS - 2026-11-22.docx');
    const docx = await openDocx(await renderDocx(built.document));
    const processors = docx.text.slice(
      docx.text.indexOf(t.vendors.processorsHeading),
      docx.text.indexOf(t.vendors.controllersHeading),
    );
    for (const value of [
      'Microsoft Ireland Operations Ltd',
      'E-mail og dokumenter',
      'Irland, Nederlandene og USA',
      TRANSFER_MECHANISM_LABELS.dpf.da,
      '15. januar 2025',
      'Hetzner Online GmbH',
      'Underdatabehandler',
    ]) {
      expect(processors).toContain(value);
    }
    expect(processors).not.toContain('EURid');
    const controllers = docx.text.slice(docx.text.indexOf(t.vendors.controllersHeading));
    expect(controllers).toContain('EURid vzw');
    expect(controllers).toContain('Selvstændig dataansvarlig');
    expect(docx.sections.every((s) => s.orientation === 'landscape' && s.width > s.height)).toBe(true);
    expect(docx.documentXml).toContain('<w:tblHeader/>');
  });

  it('summarises the third-country transfers, or says there are none', async () => {
    const t = documentTexts('en');
    const project = documentProject();
    const withTransfers = await openDocx(
      await renderDocx(buildVendorOverview(project, { language: 'en', now: '2026-11-22' }).document),
    );
    expect(withTransfers.text).toContain(
      t.vendors.transferLine(
        'Mailchimp (The Rocket Science Group LLC)',
        'United States',
        TRANSFER_MECHANISM_LABELS.dpf.en,
      ),
    );
    project.vendors = project.vendors.filter((v) =>
      v.processingLocations.every((c) => c === 'DE' || c === 'FI' || c === 'BE'),
    );
    const without = await openDocx(
      await renderDocx(buildVendorOverview(project, { language: 'en', now: '2026-11-22' }).document),
    );
    expect(without.text).toContain(t.vendors.transfersNone);
  });
});

describe('HTML preview', () => {
  const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\'';

  function hostileProject() {
    const project = documentProject();
    project.organisation.legalName = hostile;
    project.activities[0]!.name = { da: hostile, sv: hostile, en: hostile };
    project.activities[0]!.description = { da: `Linje 1\nLinje 2 ${hostile}` };
    project.policy.introduction = { da: hostile };
    project.branding.accentColor = '#1864ab';
    project.branding.logo = { mediaType: 'image/png', dataBase64: PNG_1X1 };
    return project;
  }

  it('escapes user text: no script element, no event handler, no unescaped markup', () => {
    for (const built of [
      buildRegister(hostileProject(), { language: 'da', now: '2026-11-22' }),
      buildPolicy(hostileProject(), { language: 'da', audienceId: 'aud-web', now: '2026-11-22' }),
    ]) {
      const html = renderHtml(built.document);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img src=x/i);
      const tags = html.match(/<[^>]+>/g) ?? [];
      // An event handler is an attribute: text inside an attribute's (escaped) value, as the logo's alt, is not one.
      const attributeNames = (tag: string) => tag.replace(/"[^"]*"/g, '""');
      expect(tags.filter((tag) => /\son\w+\s*=/i.test(attributeNames(tag)))).toEqual([]);
      expect(tags.filter((tag) => /^<(script|iframe|object|embed|link|meta|base|form)/i.test(tag))).toEqual(
        [],
      );
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('&amp; &quot;quotes&quot; &#39;single&#39;');
    }
  });

  it('uses no external resources: the logo is a data: URL and links are only http(s)/mailto', () => {
    const html = renderHtmlPage(
      buildRegister(hostileProject(), { language: 'da', now: '2026-11-22' }).document,
    );
    expect(html).toContain(`src="data:image/png;base64,${PNG_1X1}"`);
    const sources = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    for (const source of sources)
      expect(source).toMatch(/^(data:image\/(png|jpeg);base64,|#[\w-]+$|https?:\/\/|mailto:)/);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(html).toContain('style="--kt-accent:#1864AB"');
    expect(html).toContain('lang="da-DK"');
  });

  it('drops a javascript: link and an invalid colour instead of rendering them', () => {
    const model: DocumentModel = {
      kind: 'policy',
      language: 'en',
      properties: { title: 't', subject: '', author: 'a', version: '1', date: '2026-11-22', keywords: [] },
      accentColor: 'red;background:url(http://evil)',
      sections: [
        {
          orientation: 'portrait',
          header: null,
          footer: null,
          blocks: [{ type: 'paragraph', runs: [{ text: 'click', href: 'javascript:alert(1)' }] }],
        },
      ],
    };
    const html = renderHtml(model);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('evil');
    expect(html).toContain('click');
  });

  it('shows the same text as the Word file: every heading and paragraph of the model', async () => {
    const result = await exportDocument(documentProject(), {
      kind: 'policy',
      language: 'sv',
      audienceId: 'aud-web',
      now: '2026-11-22',
      html: true,
    });
    const docx = await openDocx(result.bytes);
    const html = result.html!;
    const unescape = (s: string) =>
      s
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"');
    for (const block of result.document.sections.flatMap((s) => s.blocks)) {
      const text =
        block.type === 'heading'
          ? block.text
          : block.type === 'paragraph'
            ? block.runs.map((r) => r.text).join('')
            : null;
      if (!text) continue;
      expect(docx.text).toContain(text.split('\n')[0]);
      expect(unescape(html)).toContain(text.split('\n')[0]);
    }
  });

  it('renders the logo into the .docx cover, scaled to fit', async () => {
    const project = documentProject();
    project.branding.logo = { mediaType: 'image/png', dataBase64: PNG_1X1 };
    const docx = await openDocx(
      await renderDocx(buildRegister(project, { language: 'en', now: '2026-11-22' }).document),
    );
    expect(docx.documentXml).toContain('<pic:pic');
    expect([...docx.parts.keys()].some((k) => k.startsWith('word/_rels/'))).toBe(true);
    expect(sectionStartingWith(docx, 'Record of processing activities')).toBeDefined();
  });
});

describe('exportDocument', () => {
  it('returns bytes, file name, fallbacks and a document that does not change with the time of day', async () => {
    const a = await exportDocument(documentProject(), {
      kind: 'register',
      language: 'en',
      now: '2026-11-22',
    });
    const b = await exportDocument(documentProject(), {
      kind: 'register',
      language: 'en',
      now: '2026-11-22T15:00:00',
    });
    expect(a.fileName).toBe('Record of processing activities - ITGuy ApS - 2026-11-22.docx');
    expect(a.fallbacks).toEqual([]);
    expect(b.document).toEqual(a.document);
    expect(a.bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const changed = documentProject();
    changed.activities[0]!.owner = 'Someone Else';
    const c = await exportDocument(changed, { kind: 'register', language: 'en', now: '2026-11-22' });
    expect(c.document).not.toEqual(a.document);
  });
});
