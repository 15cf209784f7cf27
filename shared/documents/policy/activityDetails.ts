import type { Activity } from '../../model/activity';
import type { Audience } from '../../model/catalogs';
import { textParagraphs } from '../blocks';
import { pick, type BuildContext } from '../context';
import { activityName } from '../derive';
import { capitalise } from '../../model/localizedText';
import { joinList, midSentence, sentence, withoutFullStop } from '../format';
import { bulletList, paragraph, type Block, type HeadingBlock } from '../model';
import { audienceName, categoryName } from '../names';
import { purposeDescription } from '../purposes';
import { activityAnchor } from './policyAnchors';

/**
 * The details of each activity, as the reader recognises them: what it is for, which data, from where, and
 * what only this activity does (joint control, automated decisions). What many activities share — legal bases,
 * recipients, retention, whether the data must be given — is said once, in its own section, so nothing here
 * repeats from one activity to the next. A field the register leaves empty is left out, never filled in.
 */

/**
 * What earlier activities said: data categories already shown with their examples (later activities name them
 * only), and the data and source sentences already printed, by the activity that printed them (a later activity
 * with the same ones refers back instead of repeating them).
 */
interface Introduced {
  readonly categories: Set<string>;
  readonly sentences: Map<string, Activity>;
}

/** The sentence, or a reference back to the activity that already said it. */
function onceOnly(
  ctx: BuildContext,
  activity: Activity,
  introduced: Introduced,
  text: string,
  referBack: (name: string) => string,
): string {
  const earlier = introduced.sentences.get(text);
  if (earlier) return referBack(activityName(ctx, earlier));
  introduced.sentences.set(text, activity);
  return text;
}

function purposeBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const purposes = activity.purposes
    .map((purpose) => purposeDescription(ctx, activity, purpose).trim())
    .filter(Boolean)
    .map((text) => sentence(capitalise(text)));
  if (purposes.length === 0) return [];
  return purposes.length === 1 ? [paragraph(purposes[0] ?? '')] : [bulletList(purposes)];
}

function dataBlocks(ctx: BuildContext, activity: Activity, introduced: Introduced): Block[] {
  const items = pick(ctx.dataCategories, activity.dataCategoryIds).map((category) => {
    const name = midSentence(categoryName(ctx, category));
    if (introduced.categories.has(category.id)) return name;
    introduced.categories.add(category.id);
    const examples = ctx.text(category.description, 'dataCategory', category.id, 'description');
    return examples ? `${name} (${midSentence(withoutFullStop(examples))})` : name;
  });
  if (items.length === 0) return [];
  const text = ctx.t.policy.dataSentence(joinList(items, ctx.t.common));
  return [paragraph(onceOnly(ctx, activity, introduced, text, ctx.t.policy.sameDataAs))];
}

function sourceBlocks(ctx: BuildContext, activity: Activity, introduced: Introduced): Block[] {
  const sources = pick(ctx.sources, activity.sourceIds);
  // Data from the person, or created as they use our services, needs no source sentence (Art. 13); any other
  // source does [14(2)(f)].
  const fromYou = (s: (typeof sources)[number]) => s.kind === 'dataSubject' || s.kind === 'generated';
  const others = sources.filter((s) => !fromYou(s));
  if (others.length === 0) return [];
  const names = others.map((s) => midSentence(ctx.text(s.name, 'source', s.id, 'name'))).filter(Boolean);
  if (names.length === 0) return [];
  const alsoYou = sources.some(fromYou);
  const text = ctx.t.policy.sourcesSentence(joinList(names, ctx.t.common), alsoYou);
  return [paragraph(onceOnly(ctx, activity, introduced, text, ctx.t.policy.sameSourcesAs))];
}

function jointBlocks(ctx: BuildContext, activity: Activity): Block[] {
  if (activity.role !== 'jointController') return [];
  const joint = pick(ctx.jointControllers, activity.jointControllerIds).filter((jc) => jc.name.trim());
  if (joint.length === 0) return [];
  const sentences = [
    ctx.t.policy.jointSentence(
      joinList(
        joint.map((jc) => (jc.contact.trim() ? `${jc.name.trim()} (${jc.contact.trim()})` : jc.name.trim())),
        ctx.t.common,
      ),
    ),
    ...joint.flatMap((jc) => {
      const arrangement = ctx.text(jc.arrangement, 'jointController', jc.id, 'arrangement');
      return arrangement ? [ctx.t.policy.jointArrangement(sentence(arrangement))] : [];
    }),
  ];
  return [paragraph(sentences.join(' '))];
}

function automatedBlocks(ctx: BuildContext, activity: Activity): Block[] {
  const ad = activity.automatedDecisions;
  if (ad.status !== 'used') return [];
  const p = ctx.t.policy;
  const logic = ctx.text(ad.logic, 'activity', activity.id, 'automatedDecisions.logic');
  const significance = ctx.text(ad.significance, 'activity', activity.id, 'automatedDecisions.significance');
  return [
    paragraph(
      [
        p.automatedText,
        logic ? p.automatedLogic(sentence(logic)) : '',
        significance ? p.automatedSignificance(sentence(significance)) : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ];
}

interface DetailOptions {
  /** The first part already lists each activity's purposes: the details do not repeat them. */
  readonly purposesListed: boolean;
}

function activityBlocks(
  ctx: BuildContext,
  activity: Activity,
  level: 2 | 3,
  introduced: Introduced,
  options: DetailOptions,
): Block[] {
  const heading: HeadingBlock = {
    type: 'heading',
    level,
    text: activityName(ctx, activity),
    anchor: activityAnchor(activity.id),
  };
  return [
    heading,
    ...textParagraphs(ctx.text(activity.description, 'activity', activity.id, 'description')),
    ...(options.purposesListed ? [] : purposeBlocks(ctx, activity)),
    ...dataBlocks(ctx, activity, introduced),
    ...sourceBlocks(ctx, activity, introduced),
    ...jointBlocks(ctx, activity),
    ...automatedBlocks(ctx, activity),
  ];
}

/**
 * A policy for every audience groups the activities under the audience they concern (the first one that lists
 * them), so customers, visitors and applicants each find their part; one audience needs no grouping.
 */
function groups(
  ctx: BuildContext,
  activities: readonly Activity[],
  grouped: boolean,
): { audience: Audience | null; activities: Activity[] }[] {
  if (!grouped) return [{ audience: null, activities: [...activities] }];
  const placed = new Set<string>();
  const result: { audience: Audience | null; activities: Activity[] }[] = [];
  for (const audience of ctx.project.audiences) {
    const members = activities.filter((a) => !placed.has(a.id) && a.audienceIds.includes(audience.id));
    members.forEach((a) => placed.add(a.id));
    if (members.length) result.push({ audience, activities: members });
  }
  const rest = activities.filter((a) => !placed.has(a.id));
  if (rest.length) result.push({ audience: null, activities: rest });
  return result;
}

export function activityDetailBlocks(
  ctx: BuildContext,
  activities: readonly Activity[],
  groupByAudience: boolean,
  options: DetailOptions,
): Block[] {
  const introduced: Introduced = { categories: new Set(), sentences: new Map() };
  const parts = groups(ctx, activities, groupByAudience);
  const several = parts.filter((part) => part.audience).length > 1;
  return parts.flatMap(({ audience, activities: members }) => {
    if (!several || !audience) return members.flatMap((a) => activityBlocks(ctx, a, 2, introduced, options));
    return [
      { type: 'heading', level: 2, text: audienceName(ctx, audience) } satisfies HeadingBlock,
      ...members.flatMap((a) => activityBlocks(ctx, a, 3, introduced, options)),
    ];
  });
}
