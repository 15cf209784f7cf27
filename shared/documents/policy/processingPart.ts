import type { Activity } from '../../model/activity';
import { labelled, textParagraphs } from '../blocks';
import { pick, type BuildContext } from '../context';
import { activityName, vendorLabel } from '../derive';
import { joinList, sentence } from '../format';
import { bulletList, paragraph, run, type Block, type TextRun } from '../model';
import { categoryWithKind, recipientWithKind, sourceWithKind, subjectName } from '../names';
import { purposeBlocks } from '../purposes';

/**
 * The policy's description of one activity [13(1)(c)–(e), 13(2)(a), (e), (f), 14(1)(d), 14(2)(f)].
 * Every sentence is read from the register; a field the register leaves empty is left out, never filled in.
 */

const label = (text: string): Block => ({ type: 'heading', level: 3, text });

function sourceBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const sources = pick(ctx.sources, activity.sourceIds);
  if (sources.length === 0) return [];
  // The user's own words say what "you" or "a public register" means here [14(2)(f)].
  const items = sources.map((s) => {
    const name = s.kind === 'dataSubject' ? ctx.t.policy.sourceYou : sourceWithKind(ctx, s);
    const description = ctx.text(s.description, 'source', s.id, 'description');
    return description ? `${name}: ${description}` : name;
  });
  return [label(ctx.t.policy.sourcesLabel), bulletList(items)];
}

function requirementBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const { kind, consequence } = activity.requirement;
  const fromSubject = pick(ctx.sources, activity.sourceIds).some((s) => s.kind === 'dataSubject');
  // Not assessed: nothing is claimed (a finding asks the user to choose). Art. 13(2)(e) concerns data
  // collected from the person; "voluntary" says nothing otherwise.
  if (kind === 'notAssessed' || (kind === 'voluntary' && !fromSubject)) return [];
  const runs: TextRun[] = [run(ctx.t.policy.requirement[kind])];
  const text = ctx.text(consequence, 'activity', activity.id, 'requirement.consequence');
  if (text && kind !== 'voluntary') runs.push(run(` ${ctx.t.policy.consequenceSentence(text)}`));
  return [paragraph(runs)];
}

function retentionBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const r = activity.retention;
  const text = ctx.text(r.text, 'activity', activity.id, 'retention.text');
  const from = ctx.text(r.startEvent, 'activity', activity.id, 'retention.startEvent');
  const basis = ctx.text(r.basis, 'activity', activity.id, 'retention.basis');
  const period = r.period ? ctx.t.common.period(r.period.amount, r.period.unit) : '';
  const main = text ? sentence(text) : period ? sentence(period) : '';
  if (!main && !from && !basis) return [];
  const sentences = [
    main,
    from ? ctx.t.policy.retentionFrom(from) : '',
    basis ? ctx.t.policy.retentionBasis(basis) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [label(ctx.t.policy.retentionLabel), paragraph(sentences)];
}

function recipientBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const recipients = activity.recipients.flatMap((link) => {
    const recipient = ctx.recipients.get(link.recipientId);
    return recipient ? [recipientWithKind(ctx, recipient)] : [];
  });
  const vendors = pick(ctx.vendors, activity.vendorIds);
  const processors = vendors.filter((v) => v.role !== 'independentController').map(vendorLabel);
  const controllers = vendors.filter((v) => v.role === 'independentController').map(vendorLabel);
  const items = [...recipients, ...controllers];
  if (items.length === 0 && processors.length === 0) return [];
  const blocks: Block[] = [label(ctx.t.policy.recipientsLabel)];
  if (items.length) blocks.push(bulletList(items));
  if (processors.length)
    blocks.push(paragraph(ctx.t.policy.recipientsVendors(joinList(processors, ctx.t.common))));
  return blocks;
}

function automatedBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const ad = activity.automatedDecisions;
  if (ad.status !== 'used') return [];
  const p = ctx.t.policy;
  const logic = ctx.text(ad.logic, 'activity', activity.id, 'automatedDecisions.logic');
  const significance = ctx.text(ad.significance, 'activity', activity.id, 'automatedDecisions.significance');
  return [
    label(p.automatedLabel),
    paragraph(p.automatedText),
    ...(logic ? [paragraph(labelled(p.automatedLogic, logic))] : []),
    ...(significance ? [paragraph(labelled(p.automatedSignificance, significance))] : []),
  ];
}

function jointBlocks(ctx: BuildContext, activity: Activity): Block[] {
  if (activity.role !== 'jointController') return [];
  const names = pick(ctx.jointControllers, activity.jointControllerIds)
    .map((jc) => jc.name.trim())
    .filter(Boolean);
  if (names.length === 0) return [];
  return [paragraph(labelled(ctx.t.register.activity.jointWith.label, joinList(names, ctx.t.common)))];
}

export function policyActivityBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const p = ctx.t.policy;
  const description = ctx.text(activity.description, 'activity', activity.id, 'description');
  const purposes = purposeBlocks(ctx, activity, 'policy');
  const categories = pick(ctx.dataCategories, activity.dataCategoryIds).map((c) => categoryWithKind(ctx, c));
  const subjects = pick(ctx.dataSubjects, activity.dataSubjectIds).map((s) => subjectName(ctx, s));
  return [
    { type: 'heading', level: 2, text: activityName(ctx, activity) },
    ...textParagraphs(description),
    ...jointBlocks(ctx, activity),
    ...(purposes.length ? [label(p.purposesLabel), ...purposes] : []),
    ...(categories.length ? [label(p.dataLabel), bulletList(categories)] : []),
    ...(subjects.length ? [label(p.subjectsLabel), paragraph(joinList(subjects, ctx.t.common))] : []),
    ...sourceBlocks(ctx, activity),
    ...requirementBlocks(ctx, activity),
    ...retentionBlocks(ctx, activity),
    ...recipientBlocks(ctx, activity),
    ...automatedBlocks(ctx, activity),
  ];
}
