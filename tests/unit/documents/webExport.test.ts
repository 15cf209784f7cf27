// @vitest-environment jsdom
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../electron/cli/commands/export';
import { exportWebDocument, renderDocx } from '../../../shared/documents';
import { POLICY_ANCHORS } from '../../../shared/documents/policy/policyAnchors';
import { LANGUAGE_TAGS, type Language } from '../../../shared/i18n/languages';
import { serializeProjectFile } from '../../../shared/project-file/serialize';
import { documentProject } from '../../fixtures/documents/documentProject';
import { openDocx } from './docxFile';

/**
 * The policy for a website (issue: "a policy people read — and can publish on their website"): a self-contained
 * page and a fragment for a CMS, from the same model as the .docx, so with the same words.
 */

const LANGS: readonly Language[] = ['da', 'sv', 'en'];
const BLOCKS = 'h1,h2,h3,h4,p,li,th,td';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The text of every block element, a line each (a <br> is a line break), as the .docx text is read. */
function blockText(root: ParentNode): string {
  const lines: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // A block inside another (a paragraph in a table cell) is read where it stands, once.
    if (element.querySelector(BLOCKS)) continue;
    const clone = element.cloneNode(true) as Element;
    for (const br of clone.querySelectorAll('br')) br.replaceWith('\n');
    lines.push(clone.textContent ?? '');
  }
  return lines.join('\n');
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe.each(LANGS)('the policy for a website, in %s', (language) => {
  const web = exportWebDocument(documentProject(), {
    kind: 'policy',
    language,
    audienceId: 'aud-web',
    now: '2026-12-04',
  });
  const page = parse(web.page);

  it('is a page with the document language, a title, and nothing that runs or loads', () => {
    expect(web.page.startsWith('<!doctype html>')).toBe(true);
    expect(page.documentElement.getAttribute('lang')).toBe(LANGUAGE_TAGS[language]);
    expect(page.title).toBe(web.document.properties.title);
    expect(page.querySelectorAll('script, link, iframe, object, embed')).toHaveLength(0);
    for (const element of page.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
    for (const element of page.querySelectorAll('[src]'))
      expect(element.getAttribute('src')).toMatch(/^data:image\//);
    for (const link of page.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(#[\w-]+|https?:\/\/|mailto:)/);
    }
    const style = page.querySelector('style')?.textContent ?? '';
    expect(style).not.toMatch(/@import|url\(/i);
    expect(style).toContain('@media print');
  });

  it('has one <h1>, headings that never skip a level, an id on each, and tables with header cells', () => {
    const headings = [...page.querySelectorAll('h1,h2,h3,h4')];
    expect(headings.filter((h) => h.tagName === 'H1')).toHaveLength(1);
    expect(headings[0]?.tagName).toBe('H1');
    headings.reduce((previous, heading) => {
      const level = Number(heading.tagName.slice(1));
      expect(level).toBeLessThanOrEqual(previous + 1);
      return level;
    }, 1);
    for (const heading of headings.slice(1)) expect(heading.id).toMatch(/^[\w-]+$/);
    const ids = headings.slice(1).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Links to a section keep working from edition to edition: the ids are the sections' own names.
    expect(ids).toContain(POLICY_ANCHORS.brief);
    expect(ids).toContain(POLICY_ANCHORS.rights);
    for (const table of page.querySelectorAll('table')) {
      expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(0);
    }
    for (const link of page.querySelectorAll('a[href^="#"]')) {
      expect(page.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });

  it('says the same words as the Word file', async () => {
    const docx = await openDocx(await renderDocx(web.document));
    expect(words(docx.text).length).toBeGreaterThan(500);
    expect(words(blockText(page.body))).toEqual(words(docx.text));
  });

  it('gives a fragment for a CMS: the same article without title and stylesheet, headings from <h2>', () => {
    const fragment = parse(`<body>${web.fragment}</body>`);
    expect(web.fragment).not.toMatch(/<style|<html|<head|<h1/i);
    expect(fragment.querySelector('article')?.getAttribute('lang')).toBe(LANGUAGE_TAGS[language]);
    expect(fragment.querySelector('h2,h3,h4')?.tagName).toBe('H2');
    const title = words(web.document.properties.title);
    expect(words(blockText(fragment.body))).toEqual(words(blockText(page.body)).slice(title.length));
  });

  it('marks a draft at the top, as the Word file marks every page', () => {
    const draft = exportWebDocument(documentProject(), {
      kind: 'policy',
      language,
      audienceId: 'aud-web',
      now: '2026-12-04',
      draft: true,
    });
    const mark = { da: 'UDKAST', sv: 'UTKAST', en: 'DRAFT' }[language];
    expect(parse(draft.page).querySelector('article > p')?.textContent).toBe(mark);
    expect(draft.fragment).toContain(mark);
    expect(web.page).not.toContain(mark);
  });
});

describe('kartotek export --format', () => {
  async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await exportCommand.run(args, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { code, stdout, stderr };
  }

  it('writes the web page and the fragment, and refuses a format it does not know', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kartotek-web-'));
    try {
      const file = path.join(dir, 'itguy.kartotek');
      await writeFile(
        file,
        serializeProjectFile(documentProject(), { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' }),
      );
      const html = path.join(dir, 'privatliv.html');
      const page = await run(
        'policy',
        file,
        '--lang',
        'da',
        '--audience',
        'aud-web',
        '--draft',
        '--format',
        'html',
        '--out',
        html,
      );
      expect(page.code).toBe(0);
      expect(page.stdout).toContain('html');
      const written = await readFile(html, 'utf8');
      expect(written.startsWith('<!doctype html>')).toBe(true);
      expect(written).toContain('lang="da-DK"');

      const part = path.join(dir, 'fragment.html');
      expect(
        (await run('vendors', file, '--lang', 'en', '--format', 'html-fragment', '--out', part)).code,
      ).toBe(0);
      expect(await readFile(part, 'utf8')).toMatch(/^<article /);

      const wrong = await run('policy', file, '--lang', 'da', '--format', 'pdf', '--out', html);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('--format must be one of docx, html, html-fragment, xlsx, not "pdf"');
      const pack = await run('audit-pack', file, '--lang', 'da', '--format', 'html', '--out', html);
      expect(pack.code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
