import type { BuildContext } from './context';
import {
  bulletList,
  muted,
  paragraph,
  run,
  type CellBlock,
  type FieldRow,
  type HeaderRun,
  type ParagraphBlock,
  type RunningLine,
  type TableCell,
  type TextRun,
} from './model';
import type { FieldLabel } from './texts/types';

/** Building blocks shared by the register, the policy and the vendor overview. */

/** User text as paragraphs: a blank line starts a new paragraph, a single line break stays a line break. */
export function textParagraphs(
  text: string,
  options: Omit<ParagraphBlock, 'type' | 'runs'> = {},
): ParagraphBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(part, options));
}

/** The greyed "Not stated" a register shows for a field the user has left empty. */
export function notStated(ctx: BuildContext): ParagraphBlock {
  return paragraph([muted(ctx.t.common.notStated)]);
}

/** User text, or "Not stated". */
export function valueOrMissing(ctx: BuildContext, text: string): CellBlock[] {
  const blocks = textParagraphs(text);
  return blocks.length > 0 ? blocks : [notStated(ctx)];
}

/** One item as a paragraph, several as a bullet list, none as "Not stated" (or the given text). */
export function itemsOrMissing(
  ctx: BuildContext,
  items: readonly (string | readonly TextRun[])[],
  empty?: string,
): CellBlock[] {
  const present = items.filter((item) => (typeof item === 'string' ? item.trim() !== '' : item.length > 0));
  if (present.length === 0) return [empty ? paragraph(empty) : notStated(ctx)];
  if (present.length === 1) {
    const only = present[0]!;
    return [paragraph(typeof only === 'string' ? [run(only)] : only)];
  }
  return [bulletList(present)];
}

/** A label followed by a value on one line: "Periode: 5 år". */
export function labelled(label: string, value: string): TextRun[] {
  return [run(`${label}: `, { bold: true }), run(value)];
}

export function fieldRow(ctx: BuildContext, label: FieldLabel, value: readonly CellBlock[]): FieldRow {
  const ref = label.ref;
  return {
    label: label.label,
    ...(ref ? { reference: ctx.t.common.articleRef(ref[0], ref[1], ref[2]) } : {}),
    value,
  };
}

export function textCell(text: string, format: Omit<TextRun, 'text'> = {}): TableCell {
  return { blocks: [paragraph([run(text, format)])] };
}

/** "Side X af Y" as runs with page fields. */
function pageOfRuns(ctx: BuildContext): HeaderRun[] {
  const [before, middle, after] = ctx.t.common.pageOf;
  const runs: HeaderRun[] = [run(before), { field: 'page' }, run(middle), { field: 'pages' }];
  if (after) runs.push(run(after));
  return runs;
}

/** The running header and footer every page after the cover carries: who, what, which version, which page. */
export function runningLines(
  ctx: BuildContext,
  title: string,
  version: string,
): { header: RunningLine; footer: RunningLine } {
  const footerText = ctx.text(ctx.project.branding.footerText, 'branding', null, 'footerText');
  return {
    header: {
      left: [run(ctx.organisationName, { bold: true })],
      right: [run(`${title} · ${ctx.t.common.version} ${version}`)],
    },
    footer: {
      left: [run(footerText || ctx.organisationName)],
      right: pageOfRuns(ctx),
    },
  };
}

/** The contact lines of the organisation, each present field once. */
export function organisationAddress(ctx: BuildContext): string {
  const o = ctx.project.organisation;
  const cityLine = [o.postcode, o.city].filter((s) => s.trim()).join(' ');
  return [o.street, cityLine].filter((s) => s.trim()).join(', ');
}
