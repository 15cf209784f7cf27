import { CHANGE_ACTION_LABELS, CHANGE_COLUMN_LABELS, describeChange } from '../changes/describe';
import { capitalise } from '../model/localizedText';
import { runningLines, textCell } from '../documents/blocks';
import { coverBlocks } from '../documents/cover';
import { createContext, type BuildOptions } from '../documents/context';
import { defaultFileName } from '../documents/fileName';
import { formatDate } from '../i18n/format';
import { muted, paragraph, type Block } from '../documents/model';
import { builtDocument, type BuiltDocument } from '../documents/result';
import type { Project } from '../model/project';
import { auditTexts } from './texts';

/** "2026-11-15T09:03:12.000Z" → "2026-11-15 10:03" in the reader's time zone: a log is read by the minute. */
function timeOf(at: string): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The change log as a document for the audit pack (D-mærket 1.2.x asks for an overview kept up to date):
 * every entry, newest first, with when, what, the field and the old and new value; landscape, for the
 * seven columns.
 */
export function buildChangeLogReport(project: Project, options: BuildOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const c = auditTexts(ctx.language).changeLog;
  const entries = [...project.changeLog.entries].reverse();
  const since = formatDate(project.changeLog.since, ctx.language);
  const blocks: Block[] = [
    ...coverBlocks(ctx, c.title, c.subtitle, ctx.date, true),
    paragraph(c.intro(ctx.organisationName, since, entries.length)),
  ];
  if (entries.length === 0) blocks.push(paragraph([muted(c.none)]));
  else {
    const h = (column: keyof typeof CHANGE_COLUMN_LABELS) => CHANGE_COLUMN_LABELS[column][ctx.language];
    blocks.push({
      type: 'table',
      compact: true,
      columns: [9, 10, 14, 7, 12, 19, 19],
      header: (['when', 'area', 'item', 'action', 'field', 'before', 'after'] as const)
        .map(h)
        .map((label) => textCell(label, { bold: true })),
      rows: entries.map((entry) => {
        const d = describeChange(entry, project, ctx.language);
        return [
          textCell(timeOf(d.at)),
          textCell(d.kind),
          textCell(d.item),
          textCell(CHANGE_ACTION_LABELS[d.action][ctx.language]),
          textCell(capitalise(d.field)),
          textCell(d.before),
          textCell(d.after),
        ];
      }),
    });
  }
  const { header, footer } = runningLines(ctx, c.title, ctx.date);
  const built = builtDocument(ctx, {
    kind: 'register',
    title: c.title,
    subject: c.subtitle,
    version: ctx.date,
    keywords: ['GDPR', 'D-mærket'],
    sections: [{ orientation: 'landscape', header, footer, blocks }],
  });
  return { ...built, fileName: defaultFileName(c.fileLabel, [ctx.organisationName], ctx.date) };
}
