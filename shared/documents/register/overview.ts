import { ACTIVITY_ROLE_LABELS, ACTIVITY_STATUS_LABELS } from '../../model/vocabulary';
import type { Activity } from '../../model/activity';
import { textCell } from '../blocks';
import { pick, type BuildContext } from '../context';
import { activityName, activityTransfers, countryList, vendorLabel } from '../derive';
import { unique } from '../format';
import { muted, paragraph, run, type Block, type TableCell } from '../model';
import { categoryName, recipientName, subjectName } from '../names';
import { purposeDescription, shortCitations } from '../purposes';

/** Part 2: every activity on one line of a landscape table whose header row repeats on each page. */

export interface NumberedActivity {
  readonly activity: Activity;
  /** "3.2", or "4" for processing carried out as processor (described per customer). */
  readonly number: string;
  /** The anchor of its section, when it has one of its own. */
  readonly anchor: string | null;
}

function listCell(ctx: BuildContext, items: readonly string[]): TableCell {
  const present = unique(items.filter((item) => item.trim() !== ''));
  if (present.length === 0) return { blocks: [paragraph([muted(ctx.t.common.notStated)])] };
  // One line per item, without bullets: in columns this narrow a bullet's indent costs a word its line.
  return { blocks: present.map((item) => paragraph(item)) };
}

function retentionSummary(ctx: BuildContext, activity: Activity): string {
  const r = activity.retention;
  const text = ctx.text(r.text, 'activity', activity.id, 'retention.text');
  if (text) return text;
  return r.period ? ctx.t.common.period(r.period.amount, r.period.unit) : '';
}

function row(ctx: BuildContext, { activity, number, anchor }: NumberedActivity): TableCell[] {
  const name = `${number} ${activityName(ctx, activity)}`;
  const role =
    activity.role === 'processor'
      ? [
          ACTIVITY_ROLE_LABELS.processor[ctx.language],
          ...pick(ctx.customers, activity.customerIds).map((c) => c.name),
        ]
      : [ACTIVITY_ROLE_LABELS[activity.role][ctx.language]];
  const countries = unique(activityTransfers(ctx, activity).flatMap((t) => t.countries));
  const retention = retentionSummary(ctx, activity);
  return [
    { blocks: [paragraph([run(name, { bold: true, ...(anchor ? { anchor } : {}) })])] },
    textCell(role.join('\n')),
    listCell(
      ctx,
      activity.purposes.map((p) => purposeDescription(ctx, activity, p)),
    ),
    activity.role === 'processor'
      ? textCell(ctx.t.register.overview.processorBases, { italic: true })
      : listCell(ctx, shortCitations(ctx, activity)),
    listCell(
      ctx,
      pick(ctx.dataSubjects, activity.dataSubjectIds).map((s) => subjectName(ctx, s)),
    ),
    listCell(
      ctx,
      pick(ctx.dataCategories, activity.dataCategoryIds).map((c) => categoryName(ctx, c)),
    ),
    listCell(ctx, [
      ...activity.recipients.flatMap((link) => {
        const recipient = ctx.recipients.get(link.recipientId);
        return recipient ? [recipientName(ctx, recipient)] : [];
      }),
      ...pick(ctx.vendors, activity.vendorIds).map((v) => v.name.trim() || vendorLabel(v)),
    ]),
    textCell(countries.length ? countryList(ctx, countries) : ctx.t.common.none),
    retention ? textCell(retention) : { blocks: [paragraph([muted(ctx.t.common.notStated)])] },
    textCell(
      [
        activity.owner.trim() || ctx.t.common.notStated,
        ACTIVITY_STATUS_LABELS[activity.status][ctx.language],
      ].join('\n'),
    ),
  ];
}

export function overviewPart(ctx: BuildContext, activities: readonly NumberedActivity[]): Block[] {
  const o = ctx.t.register.overview;
  const c = o.columns;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: ctx.t.register.partOverview, anchor: 'part-overview' },
    paragraph(o.intro),
  ];
  if (activities.length === 0) {
    blocks.push(paragraph([muted(ctx.t.register.noActivities)]));
    return blocks;
  }
  blocks.push({
    type: 'table',
    compact: true,
    columns: [12, 8, 15, 11, 10, 11, 11, 7, 12, 8],
    header: [
      c.activity,
      c.role,
      c.purposes,
      c.bases,
      c.subjects,
      c.data,
      c.recipients,
      c.transfers,
      c.retention,
      c.owner,
    ].map((label) => textCell(label, { bold: true })),
    rows: activities.map((entry) => row(ctx, entry)),
  });
  return blocks;
}
