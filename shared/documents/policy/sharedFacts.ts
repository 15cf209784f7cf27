import type { Activity } from '../../model/activity';
import { capitalise } from '../../model/localizedText';
import { pick, type BuildContext } from '../context';
import {
  activityName,
  countryList,
  processingCountries,
  vendorLabel,
  vendorsOf,
  type Transfer,
} from '../derive';
import { joinList, midSentence, sentence, withoutFullStop } from '../format';
import { bold, bulletList, paragraph, run, type Block, type TableCell, type TextRun } from '../model';
import { recipientName } from '../names';
import { POLICY_ANCHORS, activityAnchor } from './policyAnchors';

/**
 * What several activities share, said once: who receives the data [13(1)(e)–(f)], how long it is kept [13(2)(a)],
 * and whether the person must give it [13(2)(e)]. Each line names the activities it applies to, as links.
 */

const h1 = (text: string, anchor: string): Block => ({ type: 'heading', level: 1, text, anchor });

/** "Levering, Support og Fakturering", each name a link to its activity. */
function activityLinks(ctx: BuildContext, activities: readonly Activity[]): TextRun[] {
  const names = activities.map((activity) => activityName(ctx, activity));
  // "Kundeportal og Nyhedsbreve og markedsføring" reads as three: names that hold the word "og" (or a comma)
  // are set apart with semicolons instead.
  const and = ` ${ctx.t.common.and} `;
  const apart = names.some((name) => name.includes(and) || name.includes(','));
  return activities.flatMap((activity, index) => [
    ...(index === 0 ? [] : [run(apart ? '; ' : index === activities.length - 1 ? and : ', ')]),
    run(names[index] ?? '', { anchor: activityAnchor(activity.id) }),
  ]);
}

/** Which of the activities hold an item: all of them is said as such, not listed. */
function usedBy(
  ctx: BuildContext,
  activities: readonly Activity[],
  holds: (activity: Activity) => boolean,
): TextRun[] | 'all' {
  const using = activities.filter(holds);
  return using.length === activities.length && activities.length > 1 ? 'all' : activityLinks(ctx, using);
}

function vendorTable(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const p = ctx.t.policy;
  const processors = vendorsOf(ctx, activities).filter((v) => v.role !== 'independentController');
  if (processors.length === 0) return [];
  const allSigned = processors.every((v) => v.dpa.status === 'signed');
  const cell = (runs: readonly TextRun[]): TableCell => ({ blocks: [paragraph(runs)] });
  const used = processors.map((v) => usedBy(ctx, activities, (a) => a.vendorIds.includes(v.id)));
  // A column that says "all activities" on every row says nothing: it is left out.
  const withUse = used.some((u) => u !== 'all');
  const c = p.vendorColumns;
  return [
    paragraph(allSigned ? `${p.vendorsIntro} ${p.vendorsDpa}` : p.vendorsIntro),
    {
      type: 'table',
      columns: withUse ? [28, 32, 18, 22] : [35, 40, 25],
      header: [c.vendor, c.function, c.country, ...(withUse ? [c.usedFor] : [])].map((text) =>
        cell([bold(text)]),
      ),
      rows: processors.map((v, index) => {
        const use = used[index] ?? 'all';
        return [
          cell([run(vendorLabel(v))]),
          cell([run(ctx.text(v.function, 'vendor', v.id, 'function'))]),
          cell([run(processingCountries(ctx, v))]),
          ...(withUse ? [cell(use === 'all' ? [run(p.allActivities)] : use)] : []),
        ];
      }),
    },
  ];
}

/** Vendors that are controllers themselves, and the register's other recipients, each with what it receives for. */
function otherRecipients(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const p = ctx.t.policy;
  const items: TextRun[][] = [];
  for (const vendor of vendorsOf(ctx, activities).filter((v) => v.role === 'independentController')) {
    const fn = ctx.text(vendor.function, 'vendor', vendor.id, 'function');
    const used = usedBy(ctx, activities, (a) => a.vendorIds.includes(vendor.id));
    items.push([
      bold(vendorLabel(vendor)),
      ...(fn ? [run(` – ${midSentence(withoutFullStop(fn))}`)] : []),
      ...(used === 'all' ? [] : [run(` (${p.onlyFor} `), ...used, run(')')]),
    ]);
  }
  const recipientIds = [...new Set(activities.flatMap((a) => a.recipients.map((link) => link.recipientId)))];
  for (const recipient of pick(ctx.recipients, recipientIds)) {
    const description = ctx.text(recipient.description, 'recipient', recipient.id, 'description');
    const used = usedBy(ctx, activities, (a) =>
      a.recipients.some((link) => link.recipientId === recipient.id),
    );
    items.push([
      bold(recipientName(ctx, recipient)),
      ...(description ? [run(` – ${midSentence(withoutFullStop(description))}`)] : []),
      ...(used === 'all' ? [] : [run(` (${p.onlyFor} `), ...used, run(')')]),
    ]);
  }
  return items.length ? [paragraph(p.othersIntro), bulletList(items)] : [];
}

/** Transfers to the same countries on the same mechanism, in one line: the mechanism's sentence is said once. */
function byMechanism(transfers: readonly Transfer[]): Transfer[][] {
  const groups = new Map<string, Transfer[]>();
  for (const transfer of transfers) {
    const key = JSON.stringify([transfer.mechanism, transfer.countries, transfer.safeguardsCopy]);
    groups.set(key, [...(groups.get(key) ?? []), transfer]);
  }
  return [...groups.values()];
}

function transferBlocks(ctx: BuildContext, transfers: readonly Transfer[], contact: string): Block[] {
  if (transfers.length === 0) return [];
  const p = ctx.t.policy;
  const needsCopy = (t: Transfer) =>
    t.mechanism === 'scc' || t.mechanism === 'bcr' || t.mechanism === 'art49';
  return [
    { type: 'heading', level: 2, text: p.transfersHeading, anchor: POLICY_ANCHORS.transfers },
    paragraph(p.transfersIntro),
    bulletList(
      byMechanism(transfers).map((group): TextRun[] => {
        const first = group[0] as Transfer;
        const parties = joinList(
          group.map((t) => t.party || ctx.t.common.notStated),
          ctx.t.common,
        );
        return [
          bold(p.transferLine(parties, countryList(ctx, first.countries))),
          run(`: ${p.mechanismText[first.mechanism]}.`),
          ...(first.safeguardsCopy ? [run(` ${first.safeguardsCopy}`)] : []),
        ];
      }),
    ),
    ...(transfers.some((t) => needsCopy(t) && !t.safeguardsCopy)
      ? [paragraph(p.safeguardsCopy(contact))]
      : []),
  ];
}

export function recipientBlocks(
  ctx: BuildContext,
  activities: readonly Activity[],
  transfers: readonly Transfer[],
  contact: string,
): Block[] {
  const body = [...vendorTable(ctx, activities), ...otherRecipients(ctx, activities)];
  const transfer = transferBlocks(ctx, transfers, contact);
  if (body.length === 0 && transfer.length === 0) return [];
  return [h1(ctx.t.policy.recipientsHeading, POLICY_ANCHORS.recipients), ...body, ...transfer];
}

/** One activity's retention as sentences: the period or the user's rule, from when, and why. */
function retentionText(ctx: BuildContext, activity: Activity): string {
  const r = activity.retention;
  const text = ctx.text(r.text, 'activity', activity.id, 'retention.text');
  const from = ctx.text(r.startEvent, 'activity', activity.id, 'retention.startEvent');
  const basis = ctx.text(r.basis, 'activity', activity.id, 'retention.basis');
  const period = r.period ? ctx.t.common.period(r.period.amount, r.period.unit) : '';
  const main = text || period;
  return [
    main ? sentence(capitalise(main)) : '',
    // A start the rule already names ("… efter udgangen af regnskabsåret") is not said twice.
    from && !main.toLocaleLowerCase().includes(withoutFullStop(from).toLocaleLowerCase())
      ? ctx.t.policy.retentionFrom(midSentence(withoutFullStop(from)))
      : '',
    basis ? ctx.t.policy.retentionBasis(midSentence(withoutFullStop(basis))) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Lines that say the same for several activities, grouped: one line per distinct text, in first-use order. */
function grouped(
  ctx: BuildContext,
  activities: readonly Activity[],
  textOf: (activity: Activity) => string,
): TextRun[][] {
  const byText = new Map<string, Activity[]>();
  for (const activity of activities) {
    const text = textOf(activity);
    if (!text) continue;
    byText.set(text, [...(byText.get(text) ?? []), activity]);
  }
  return [...byText].map(([text, members]) => [
    ...activityLinks(ctx, members).map((r) => ({ ...r, bold: true })),
    run(`: ${text}`),
  ]);
}

export function retentionBlocks(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const lines = grouped(ctx, activities, (a) => retentionText(ctx, a));
  if (lines.length === 0) return [];
  return [h1(ctx.t.policy.retentionHeading, POLICY_ANCHORS.retention), bulletList(lines)];
}

function requirementText(ctx: BuildContext, activity: Activity): string {
  const { kind, consequence } = activity.requirement;
  const fromSubject = pick(ctx.sources, activity.sourceIds).some((s) => s.kind === 'dataSubject');
  // Not assessed: nothing is claimed (a finding asks the user to choose). Art. 13(2)(e) concerns data
  // collected from the person; "voluntary" says nothing otherwise.
  if (kind === 'notAssessed' || (kind === 'voluntary' && !fromSubject)) return '';
  const text = ctx.text(consequence, 'activity', activity.id, 'requirement.consequence');
  const p = ctx.t.policy;
  return text && kind !== 'voluntary'
    ? `${p.requirement[kind]} ${p.consequenceSentence(sentence(text))}`
    : p.requirement[kind];
}

export function requirementBlocks(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const lines = grouped(ctx, activities, (a) => requirementText(ctx, a));
  if (lines.length === 0) return [];
  return [h1(ctx.t.policy.requirementHeading, POLICY_ANCHORS.requirement), bulletList(lines)];
}
