import type { Activity } from '../../model/activity';
import type { Customer } from '../../model/catalogs';
import { fieldRow, itemsOrMissing, valueOrMissing } from '../blocks';
import { pick, type BuildContext } from '../context';
import { activityName, transfersOf, vendorLabel, vendorsOf } from '../derive';
import { joinPhrases, sentence, unique } from '../format';
import { bold, muted, paragraph, run, type Block, type CellBlock, type TextRun } from '../model';
import { categoryName, subjectName } from '../names';
import { purposeDescription } from '../purposes';
import { measureItems, transferBlocks } from './activityFields';

/**
 * Part 4: the processor's record [30(2)] — per customer (controller): the categories of processing carried
 * out for it, sub-processors, third-country transfers and security measures.
 */

interface CustomerGroup {
  readonly customer: Customer | null;
  readonly activities: readonly Activity[];
}

/** Activities carried out as processor, grouped by customer; those without a customer last. */
function processorGroups(ctx: BuildContext): CustomerGroup[] {
  const processing = ctx.project.activities.filter((a) => a.role === 'processor');
  const groups: CustomerGroup[] = ctx.project.customers
    .map((customer) => ({
      customer,
      activities: processing.filter((a) => a.customerIds.includes(customer.id)),
    }))
    .filter((group) => group.activities.length > 0);
  const orphans = processing.filter((a) => pick(ctx.customers, a.customerIds).length === 0);
  if (orphans.length > 0) groups.push({ customer: null, activities: orphans });
  return groups;
}

function customerBlocks(ctx: BuildContext, customer: Customer | null): CellBlock[] {
  if (!customer) return [paragraph([muted(ctx.t.register.processor.customerNotStated)])];
  const lines = [
    customer.registrationNumber.trim()
      ? `${ctx.t.common.registrationNumber('other')}: ${customer.registrationNumber.trim()}`
      : '',
    customer.contact.trim(),
  ].filter(Boolean);
  return [
    paragraph([
      bold(customer.name || ctx.t.common.notStated),
      run(lines.length ? `\n${lines.join('\n')}` : ''),
    ]),
  ];
}

function categoryItems(ctx: BuildContext, activities: readonly Activity[]): TextRun[][] {
  return activities.map((activity) => {
    const description = ctx.text(activity.description, 'activity', activity.id, 'description');
    const purposes = activity.purposes.map((p) => purposeDescription(ctx, activity, p)).filter(Boolean);
    const details = [description, ...purposes].filter(Boolean).map(sentence);
    return [bold(activityName(ctx, activity)), ...(details.length ? [run(`: ${details.join(' ')}`)] : [])];
  });
}

function dataItems(ctx: BuildContext, activities: readonly Activity[]): string[] {
  const subjects = unique(activities.flatMap((a) => pick(ctx.dataSubjects, a.dataSubjectIds)));
  const categories = unique(activities.flatMap((a) => pick(ctx.dataCategories, a.dataCategoryIds)));
  return [
    joinPhrases(
      subjects.map((s) => subjectName(ctx, s)),
      ctx.t.common,
    ),
    joinPhrases(
      categories.map((c) => categoryName(ctx, c)),
      ctx.t.common,
    ),
  ].filter(Boolean);
}

export function processorPart(ctx: BuildContext, firstNumber: number): Block[] {
  const p = ctx.t.register.processor;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: ctx.t.register.partProcessor, anchor: 'part-processor' },
  ];
  const groups = processorGroups(ctx);
  if (groups.length === 0) {
    blocks.push(paragraph(p.none));
    return blocks;
  }
  blocks.push(paragraph(p.intro(ctx.organisationName)), paragraph(p.identity));
  groups.forEach((group, index) => {
    const title = group.customer?.name.trim() || p.customerNotStated;
    const vendors = vendorsOf(ctx, group.activities);
    blocks.push(
      { type: 'heading', level: 2, text: `${firstNumber}.${index + 1} ${title}` },
      {
        type: 'fieldTable',
        rows: [
          fieldRow(ctx, p.customer, customerBlocks(ctx, group.customer)),
          fieldRow(ctx, p.dpaReference, valueOrMissing(ctx, group.customer?.dpaReference ?? '')),
          fieldRow(ctx, p.categories, itemsOrMissing(ctx, categoryItems(ctx, group.activities))),
          fieldRow(ctx, p.dataInvolved, itemsOrMissing(ctx, dataItems(ctx, group.activities))),
          fieldRow(ctx, p.subProcessors, itemsOrMissing(ctx, vendors.map(vendorLabel), ctx.t.common.none)),
          fieldRow(ctx, p.transfers, transferBlocks(ctx, transfersOf(ctx, group.activities))),
          fieldRow(
            ctx,
            p.security,
            itemsOrMissing(
              ctx,
              measureItems(ctx, unique(group.activities.flatMap((a) => a.securityMeasureIds))),
            ),
          ),
        ],
      },
    );
  });
  return blocks;
}
