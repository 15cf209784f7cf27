import { LANGUAGE_TAGS } from '../../i18n/languages';
import { cleanText, safeColor, safeHref } from '../cleanText';
import {
  documentHeadings,
  isFieldRun,
  type Block,
  type CellBlock,
  type DocumentModel,
  type DocumentSection,
  type FieldTableBlock,
  type HeaderRun,
  type HeadingBlock,
  type ParagraphBlock,
  type RunningLine,
  type TableBlock,
  type TableCell,
  type TextRun,
} from '../model';
import { WEB_STYLESHEET } from './webStyles';

/**
 * Renders the document model to HTML, the same words as the Word file, in two forms:
 * - `preview`: the in-app preview, page by page section with running headers, as Word shows it;
 * - `web`: for a website — one flowing article, the title as <h1> and the sections one level below it, each
 *   section's id its heading's anchor (so "…/privatliv#rights" keeps working from edition to edition), and no
 *   page furniture. A draft says so at the top.
 * Every text is escaped; the output holds no script, no event handler and no external resource (the logo is a
 * data: URL), and is styled by class names, so it can be shown under the app's CSP and pasted into a CMS.
 */

type HtmlMode = 'preview' | 'web';

const DRAFT_NOTICE = { da: 'Udkast', sv: 'Utkast', en: 'Draft' } as const;

function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

class HtmlWriter {
  private readonly ids = new Map<HeadingBlock, string>();
  private readonly anchors = new Map<string, string>();

  constructor(
    private readonly model: DocumentModel,
    private readonly mode: HtmlMode = 'preview',
    /** Web only: leave out the title, which the page of a CMS gives itself. */
    private readonly withTitle = true,
  ) {
    const used = new Set<string>();
    documentHeadings(model).forEach((heading, index) => {
      // On the web a section's id is its anchor, stable across editions; the preview numbers its headings.
      const anchorId = mode === 'web' && heading.anchor && !used.has(heading.anchor) ? heading.anchor : null;
      const id = anchorId ?? `kt-h${index + 1}`;
      used.add(id);
      this.ids.set(heading, id);
      if (heading.anchor && !this.anchors.has(heading.anchor)) this.anchors.set(heading.anchor, id);
    });
  }

  /** The document as one article for a website: no pages, no running lines. */
  web(): string {
    const m = this.model;
    const accent = safeColor(m.accentColor);
    const blocks = m.sections
      .flatMap((section) => section.blocks)
      .filter((block) => this.withTitle || !(block.type === 'paragraph' && block.style === 'title'));
    return [
      `<article class="kt-doc kt-web kt-doc--${m.kind}" lang="${LANGUAGE_TAGS[m.language]}"`,
      accent ? ` style="--kt-accent:${accent}"` : '',
      '>',
      m.draft
        ? `<p class="kt-draft"><strong>${escapeHtml(DRAFT_NOTICE[m.language].toUpperCase())}</strong></p>`
        : '',
      blocks.map((b) => this.block(b)).join(''),
      '</article>',
    ].join('');
  }

  document(): string {
    const m = this.model;
    const accent = safeColor(m.accentColor);
    return [
      `<article class="kt-doc kt-doc--${m.kind}" lang="${LANGUAGE_TAGS[m.language]}"`,
      accent ? ` style="--kt-accent:${accent}"` : '',
      '>',
      ...m.sections.map((section) => this.section(section)),
      '</article>',
    ].join('');
  }

  private section(section: DocumentSection): string {
    return [
      `<section class="kt-page kt-page--${section.orientation}">`,
      this.running(section.header, 'header'),
      `<div class="kt-body">${section.blocks.map((b) => this.block(b)).join('')}</div>`,
      this.running(section.footer, 'footer'),
      '</section>',
    ].join('');
  }

  private running(line: RunningLine | null, where: 'header' | 'footer'): string {
    if (!line) return '';
    const part = (runs: readonly HeaderRun[]) => runs.map((r) => this.headerRun(r)).join('');
    return `<div class="kt-running kt-running--${where}"><span>${part(line.left)}</span><span>${part(line.right)}</span></div>`;
  }

  private headerRun(value: HeaderRun): string {
    // The preview has no pages: the page fields are shown as placeholders.
    return isFieldRun(value) ? `<span class="kt-field kt-field--${value.field}">#</span>` : this.run(value);
  }

  private run(value: TextRun): string {
    let html = escapeHtml(value.text).replace(/\n/g, '<br>');
    if (value.bold) html = `<strong>${html}</strong>`;
    if (value.italic) html = `<em>${html}</em>`;
    if (value.muted) html = `<span class="kt-muted">${html}</span>`;
    const href = safeHref(value.href);
    if (href) return `<a class="kt-link" href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
    const target = value.anchor ? this.anchors.get(value.anchor) : undefined;
    if (target) return `<a class="kt-link" href="#${target}">${html}</a>`;
    return html;
  }

  private runs(runs: readonly TextRun[]): string {
    return runs.map((r) => this.run(r)).join('');
  }

  private paragraph(block: ParagraphBlock): string {
    if (this.mode === 'web' && block.style === 'title') {
      return `<h1 class="kt-h kt-title">${this.runs(block.runs)}</h1>`;
    }
    const classes = ['kt-p', `kt-p--${block.style ?? 'body'}`];
    if (block.align && block.align !== 'left') classes.push(`kt-align-${block.align}`);
    return `<p class="${classes.join(' ')}">${this.runs(block.runs)}</p>`;
  }

  private cellBlocks(blocks: readonly CellBlock[]): string {
    return blocks.map((b) => this.block(b)).join('');
  }

  private cell(tag: 'td' | 'th', cell: TableCell): string {
    const scope = tag === 'th' ? ' scope="col"' : '';
    return `<${tag}${scope}>${this.cellBlocks(cell.blocks)}</${tag}>`;
  }

  private table(block: TableBlock): string {
    const total = block.columns.reduce((sum, w) => sum + w, 0) || 1;
    const cols = block.columns.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
    const head = block.header
      ? `<thead><tr>${block.header.map((c) => this.cell('th', c)).join('')}</tr></thead>`
      : '';
    const body = block.rows.map((row) => `<tr>${row.map((c) => this.cell('td', c)).join('')}</tr>`).join('');
    const classes = block.compact ? 'kt-table kt-table--compact' : 'kt-table';
    return `<table class="${classes}"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`;
  }

  private fieldTable(block: FieldTableBlock): string {
    const rows = block.rows
      .map((row) => {
        const ref = row.reference ? `<span class="kt-field-ref">${escapeHtml(row.reference)}</span>` : '';
        return `<tr><th scope="row"><span class="kt-field-label">${escapeHtml(row.label)}</span>${ref}</th><td>${this.cellBlocks(row.value)}</td></tr>`;
      })
      .join('');
    return `<table class="kt-fields"><tbody>${rows}</tbody></table>`;
  }

  private toc(title: string, depth: number): string {
    const items = documentHeadings(this.model)
      .filter((heading) => heading.level <= depth)
      .map(
        (heading) =>
          `<li class="kt-toc-${heading.level}"><a class="kt-link" href="#${this.ids.get(heading)}">${escapeHtml(heading.text)}</a></li>`,
      );
    return `<nav class="kt-toc"><p class="kt-toc-title">${escapeHtml(title)}</p><ul>${items.join('')}</ul></nav>`;
  }

  private block(block: Block): string {
    switch (block.type) {
      case 'paragraph':
        return this.paragraph(block);
      case 'heading': {
        // On the web the title is the page's <h1>, so the sections sit one level below it.
        const level = this.mode === 'web' ? block.level + 1 : block.level;
        return `<h${level} class="kt-h kt-h${block.level}" id="${this.ids.get(block)}">${escapeHtml(block.text)}</h${level}>`;
      }
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag} class="kt-list">${block.items.map((item) => `<li>${this.runs(item)}</li>`).join('')}</${tag}>`;
      }
      case 'table':
        return this.table(block);
      case 'fieldTable':
        return this.fieldTable(block);
      case 'toc':
        return this.toc(block.title, block.depth);
      case 'pageBreak':
        return this.mode === 'web' ? '' : '<hr class="kt-page-break">';
      case 'image': {
        const { mediaType, dataBase64 } = block.image;
        if (!BASE64.test(dataBase64)) return '';
        const style = `max-width:${block.maxWidthMm}mm;max-height:${block.maxHeightMm}mm`;
        return `<p class="kt-p kt-image kt-align-${block.align ?? 'left'}"><img class="kt-logo" alt="${escapeHtml(block.alt)}" src="data:${mediaType};base64,${dataBase64}" style="${style}"></p>`;
      }
    }
  }
}

/** The document as an HTML fragment (an <article>), to be shown with PREVIEW_STYLESHEET. */
export function renderHtml(model: DocumentModel): string {
  return new HtmlWriter(model).document();
}

/**
 * A complete, self-contained web page of the document, for a website: one article with its own stylesheet
 * (screen and print), no script and no external resource.
 */
export function renderHtmlPage(model: DocumentModel): string {
  return [
    '<!doctype html>',
    `<html lang="${LANGUAGE_TAGS[model.language]}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.properties.title)}</title>`,
    `<style>${WEB_STYLESHEET}</style></head><body>`,
    new HtmlWriter(model, 'web').web(),
    '</body></html>',
  ].join('');
}

/**
 * The document as a fragment to paste into a website's editor (CMS): the same article without the title (the
 * CMS page has its own) and without a stylesheet (the site's styles apply); headings start at <h2>.
 */
export function renderHtmlFragment(model: DocumentModel): string {
  return new HtmlWriter(model, 'web', false).web();
}
