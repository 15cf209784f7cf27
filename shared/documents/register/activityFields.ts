import {
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_STATUS_LABELS,
  DPIA_STATUS_LABELS,
  REQUIREMENT_KIND_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  TRANSFER_MECHANISM_LABELS,
  VENDOR_ROLE_LABELS,
} from '../../model/vocabulary';
import type { Activity } from '../../model/activity';
import { fieldRow, itemsOrMissing, labelled, notStated, textParagraphs, valueOrMissing } from '../blocks';
import { pick, type BuildContext } from '../context';
import { activityTransfers, countryList, processingCountries, type Transfer, vendorLabel } from '../derive';
import { formatDate } from '../../i18n/format';
import { joinPhrases } from '../format';
import {
  bold,
  muted,
  paragraph,
  run,
  type CellBlock,
  type FieldRow,
  type TableBlock,
  type TextRun,
} from '../model';
import {
  audienceName,
  categoryName,
  categoryWithKind,
  measureName,
  recipientWithKind,
  sourceWithKind,
  subjectName,
} from '../names';
import { purposeBlocks } from '../purposes';

/** The register's field table of one activity: every Art. 30(1)(a)–(g) element, and what an auditor asks next. */

/** More subjects than this and the matrix becomes a list: a table with many narrow columns is unreadable. */
const MATRIX_MAX_SUBJECTS = 5;

/** Which data categories about which data subject categories (Datatilsynet, 2020): a cross table, or a list. */
function subjectDataMatrix(ctx: BuildContext, activity: Activity): CellBlock[] {
  if (activity.subjectData.length === 0) return [notStated(ctx)];
  const subjectIds = [
    ...new Set([...activity.dataSubjectIds, ...activity.subjectData.map((l) => l.dataSubjectId)]),
  ];
  const categoryIds = [
    ...new Set([...activity.dataCategoryIds, ...activity.subjectData.map((l) => l.dataCategoryId)]),
  ];
  const subjects = pick(ctx.dataSubjects, subjectIds);
  const categories = pick(ctx.dataCategories, categoryIds);
  const linked = new Set(activity.subjectData.map((l) => `${l.dataSubjectId}\u0000${l.dataCategoryId}`));
  const has = (subjectId: string, categoryId: string) => linked.has(`${subjectId}\u0000${categoryId}`);

  if (subjects.length > MATRIX_MAX_SUBJECTS) {
    return itemsOrMissing(
      ctx,
      subjects.map((s): TextRun[] => [
        bold(`${subjectName(ctx, s)}: `),
        run(
          joinPhrases(
            categories.filter((c) => has(s.id, c.id)).map((c) => categoryName(ctx, c)),
            ctx.t.common,
          ),
        ),
      ]),
    );
  }
  const table: TableBlock = {
    type: 'table',
    columns: [3, ...subjects.map(() => 2)],
    compact: true,
    header: [
      { blocks: [paragraph([bold(ctx.t.register.activity.matrixCorner)])] },
      ...subjects.map((s) => ({ blocks: [paragraph([bold(subjectName(ctx, s))], { align: 'center' })] })),
    ],
    rows: categories
      .filter((c) => subjects.some((s) => has(s.id, c.id)))
      .map((c) => [
        { blocks: [paragraph(categoryName(ctx, c))] },
        ...subjects.map((s) => ({ blocks: [paragraph(has(s.id, c.id) ? 'X' : '', { align: 'center' })] })),
      ]),
  };
  return [table];
}

function transferRuns(ctx: BuildContext, transfer: Transfer): TextRun[] {
  const runs: TextRun[] = [
    bold(`${countryList(ctx, transfer.countries)}: `),
    run(
      `${transfer.party || ctx.t.common.notStated} – ${TRANSFER_MECHANISM_LABELS[transfer.mechanism][ctx.language]}`,
    ),
  ];
  if (transfer.safeguardsCopy)
    runs.push(run(`. ${ctx.t.register.activity.safeguardsCopy}: ${transfer.safeguardsCopy}`));
  return runs;
}

export function transferBlocks(ctx: BuildContext, transfers: readonly Transfer[]): CellBlock[] {
  return itemsOrMissing(
    ctx,
    transfers.map((transfer) => transferRuns(ctx, transfer)),
    ctx.t.register.activity.noTransfers,
  );
}

function retentionBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  const a = ctx.t.register.activity;
  const r = activity.retention;
  const text = ctx.text(r.text, 'activity', activity.id, 'retention.text');
  const from = ctx.text(r.startEvent, 'activity', activity.id, 'retention.startEvent');
  const basis = ctx.text(r.basis, 'activity', activity.id, 'retention.basis');
  const blocks: CellBlock[] = textParagraphs(text);
  if (r.period)
    blocks.push(paragraph(labelled(a.retentionPeriod, ctx.t.common.period(r.period.amount, r.period.unit))));
  if (from) blocks.push(paragraph(labelled(a.retentionFrom, from)));
  if (basis) blocks.push(paragraph(labelled(a.retentionBasis, basis)));
  return blocks.length > 0 ? blocks : [notStated(ctx)];
}

function vendorRuns(ctx: BuildContext, activity: Activity): TextRun[][] {
  return pick(ctx.vendors, activity.vendorIds).map((v) => {
    const fn = ctx.text(v.function, 'vendor', v.id, 'function');
    const details = [VENDOR_ROLE_LABELS[v.role][ctx.language], fn, processingCountries(ctx, v)].filter(
      Boolean,
    );
    return [bold(vendorLabel(v)), run(` – ${details.join(' – ')}`)];
  });
}

export function measureItems(ctx: BuildContext, ids: readonly string[]): string[] {
  return pick(ctx.securityMeasures, ids).map(
    (m) =>
      `${measureName(ctx, m)} (${SECURITY_MEASURE_KIND_LABELS[m.kind][ctx.language].toLocaleLowerCase()})`,
  );
}

function recipientItems(ctx: BuildContext, activity: Activity): TextRun[][] {
  return activity.recipients.flatMap((link) => {
    const recipient = ctx.recipients.get(link.recipientId);
    if (!recipient) return [];
    const runs: TextRun[] = [run(recipientWithKind(ctx, recipient))];
    const data = pick(ctx.dataCategories, link.dataCategoryIds).map((c) => categoryName(ctx, c));
    if (data.length)
      runs.push(run(` – ${ctx.t.register.activity.matrixCorner}: ${joinPhrases(data, ctx.t.common)}`));
    return [runs];
  });
}

function automatedBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  const a = ctx.t.register.activity;
  const ad = activity.automatedDecisions;
  if (ad.status === 'notAssessed') return [paragraph([muted(ctx.t.common.notStated)])];
  if (ad.status === 'notUsed') return [paragraph(a.automatedNotUsed)];
  const logic = ctx.text(ad.logic, 'activity', activity.id, 'automatedDecisions.logic');
  const significance = ctx.text(ad.significance, 'activity', activity.id, 'automatedDecisions.significance');
  return [
    paragraph(ctx.t.common.yes),
    paragraph([bold(`${a.automatedLogic}: `), logic ? run(logic) : muted(ctx.t.common.notStated)]),
    paragraph([
      bold(`${a.automatedSignificance}: `),
      significance ? run(significance) : muted(ctx.t.common.notStated),
    ]),
  ];
}

function dpiaBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  const a = ctx.t.register.activity;
  const reason = ctx.text(activity.dpia.reason, 'activity', activity.id, 'dpia.reason');
  const blocks: CellBlock[] = [paragraph(DPIA_STATUS_LABELS[activity.dpia.status][ctx.language])];
  if (activity.dpia.date)
    blocks.push(paragraph(labelled(a.dpiaDate, formatDate(activity.dpia.date, ctx.language))));
  if (reason) blocks.push(paragraph(labelled(a.dpiaReason, reason)));
  return blocks;
}

function requirementBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  const consequence = ctx.text(
    activity.requirement.consequence,
    'activity',
    activity.id,
    'requirement.consequence',
  );
  const blocks: CellBlock[] = [paragraph(REQUIREMENT_KIND_LABELS[activity.requirement.kind][ctx.language])];
  if (consequence) blocks.push(paragraph(labelled(ctx.t.register.activity.consequence, consequence)));
  return blocks;
}

function reviewBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  const a = ctx.t.register.activity;
  const date = (value: string) => formatDate(value, ctx.language) || ctx.t.common.notStated;
  return [
    paragraph(labelled(a.lastReviewed, date(activity.lastReviewed))),
    paragraph(labelled(a.nextReview, date(activity.nextReview))),
    paragraph(labelled(a.lastChanged, date(activity.updatedAt))),
  ];
}

function audienceBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  if (activity.internalOnly) return [paragraph(ctx.t.register.activity.internalOnly)];
  return itemsOrMissing(
    ctx,
    pick(ctx.audiences, activity.audienceIds).map((audience) => audienceName(ctx, audience)),
  );
}

function jointControllerItems(ctx: BuildContext, activity: Activity): TextRun[][] {
  return pick(ctx.jointControllers, activity.jointControllerIds).map((jc) => {
    const arrangement = ctx.text(jc.arrangement, 'jointController', jc.id, 'arrangement');
    return [
      bold(jc.name || ctx.t.common.notStated),
      ...(jc.contact ? [run(` – ${jc.contact}`)] : []),
      ...(arrangement ? [run(`: ${arrangement}`)] : []),
    ];
  });
}

/** The full field table of an activity for which the organisation is (joint) controller. */
export function activityFieldRows(ctx: BuildContext, activity: Activity): FieldRow[] {
  const a = ctx.t.register.activity;
  const description = ctx.text(activity.description, 'activity', activity.id, 'description');
  const rows: FieldRow[] = [
    fieldRow(ctx, a.description, valueOrMissing(ctx, description)),
    fieldRow(ctx, a.role, [paragraph(ACTIVITY_ROLE_LABELS[activity.role][ctx.language])]),
  ];
  if (activity.role === 'jointController') {
    rows.push(fieldRow(ctx, a.jointWith, itemsOrMissing(ctx, jointControllerItems(ctx, activity))));
  }
  const purposes = purposeBlocks(ctx, activity);
  rows.push(
    fieldRow(ctx, a.purposes, purposes.length ? purposes : [notStated(ctx)]),
    fieldRow(
      ctx,
      a.dataSubjects,
      itemsOrMissing(
        ctx,
        pick(ctx.dataSubjects, activity.dataSubjectIds).map((s) => subjectName(ctx, s)),
      ),
    ),
    fieldRow(
      ctx,
      a.dataCategories,
      itemsOrMissing(
        ctx,
        pick(ctx.dataCategories, activity.dataCategoryIds).map((c) => categoryWithKind(ctx, c)),
      ),
    ),
    fieldRow(ctx, a.matrix, subjectDataMatrix(ctx, activity)),
    fieldRow(
      ctx,
      a.sources,
      itemsOrMissing(
        ctx,
        pick(ctx.sources, activity.sourceIds).map((s) => sourceWithKind(ctx, s)),
      ),
    ),
    fieldRow(ctx, a.recipients, itemsOrMissing(ctx, recipientItems(ctx, activity), ctx.t.common.none)),
    fieldRow(ctx, a.vendors, itemsOrMissing(ctx, vendorRuns(ctx, activity), ctx.t.common.none)),
    fieldRow(ctx, a.transfers, transferBlocks(ctx, activityTransfers(ctx, activity))),
    fieldRow(ctx, a.retention, retentionBlocks(ctx, activity)),
    fieldRow(ctx, a.security, itemsOrMissing(ctx, measureItems(ctx, activity.securityMeasureIds))),
    fieldRow(ctx, a.requirement, requirementBlocks(ctx, activity)),
    fieldRow(ctx, a.automated, automatedBlocks(ctx, activity)),
    fieldRow(ctx, a.dpia, dpiaBlocks(ctx, activity)),
    fieldRow(ctx, a.owner, valueOrMissing(ctx, activity.owner)),
    fieldRow(ctx, a.status, [paragraph(ACTIVITY_STATUS_LABELS[activity.status][ctx.language])]),
    fieldRow(ctx, a.audiences, audienceBlocks(ctx, activity)),
    fieldRow(ctx, a.review, reviewBlocks(ctx, activity)),
  );
  return rows;
}
