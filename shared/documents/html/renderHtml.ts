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
import { PREVIEW_STYLESHEET } from './previewStyles';

/**
 * Renders the document model to HTML for the in-app preview: the same content as the Word file, page by page
 * section. Every text is escaped; the output holds no script, no event handler and no external resource (the
 * logo is a data: URL), and is styled by class names (PREVIEW_STYLESHEET), so it can be shown under the app's CSP.
 */

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

  constructor(private readonly model: DocumentModel) {
    documentHeadings(model).forEach((heading, index) => {
      const id = `kt-h${index + 1}`;
      this.ids.set(heading, id);
      if (heading.anchor && !this.anchors.has(heading.anchor)) this.anchors.set(heading.anchor, id);
    });
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
      case 'heading':
        return `<h${block.level} class="kt-h kt-h${block.level}" id="${this.ids.get(block)}">${escapeHtml(block.text)}</h${block.level}>`;
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
        return '<hr class="kt-page-break">';
      case 'image': {
        const { mediaType, dataBase64 } = block.image;
        if (!BASE64.test(dataBase64)) return '';
        const style = `max-width:${block.maxWidthMm}mm;max-height:${block.maxHeightMm}mm`;
        return `<p class="kt-p kt-image kt-align-${block.align ?? 'left'}"><img class="kt-logo" alt="" src="data:${mediaType};base64,${dataBase64}" style="${style}"></p>`;
      }
    }
  }
}

/** The document as an HTML fragment (an <article>), to be shown with PREVIEW_STYLESHEET. */
export function renderHtml(model: DocumentModel): string {
  return new HtmlWriter(model).document();
}

/** A complete, self-contained HTML page of the document: the preview fragment with its stylesheet. */
export function renderHtmlPage(model: DocumentModel): string {
  return [
    '<!doctype html>',
    `<html lang="${LANGUAGE_TAGS[model.language]}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(model.properties.title)}</title>`,
    `<style>${PREVIEW_STYLESHEET}</style></head><body>`,
    renderHtml(model),
    '</body></html>',
  ].join('');
}
