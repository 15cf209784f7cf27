import { authorityForJurisdiction } from '../../catalog/authorities';
import { countryName } from '../../i18n/format';
import type { Activity } from '../../model/activity';
import { organisationAddress } from '../blocks';
import type { BuildContext } from '../context';
import { activityName, basisUse, vendorsOf, type Transfer } from '../derive';
import { joinList, midSentence, nameMidSentence, unique, withoutFullStop } from '../format';
import { bold, bulletList, paragraph, run, type Block, type TextRun } from '../model';
import { recipientName } from '../names';
import { purposeDescription } from '../purposes';
import { POLICY_ANCHORS, activityAnchor } from './policyAnchors';

/**
 * The first part (WP260 rev.01 §§ 35–38, the "first layer"): who we are and how to reach us, what we use data for
 * (one line per activity, linked to its details), who receives it, the rights in one paragraph, the right to
 * object apart from them [21(4)], and where to complain. About 300 words: when the purposes would take it past
 * that, each line gives the activity's name only.
 */

const FIRST_PART_WORDS = 300;

const words = (blocks: readonly Block[]): number =>
  blocks
    .flatMap((block) =>
      block.type === 'paragraph'
        ? block.runs.map((r) => r.text)
        : block.type === 'list'
          ? block.items.flatMap((item) => item.map((r) => r.text))
          : block.type === 'heading'
            ? [block.text]
            : [],
    )
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;

/** "navn, e-mail": a person and how to reach them, as one phrase. */
const person = (...parts: readonly string[]): string =>
  parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');

function whoWeAre(ctx: BuildContext, contact: string): Block[] {
  const p = ctx.t.policy;
  const o = ctx.project.organisation;
  const registration = o.registrationNumber.trim()
    ? `${midSentence(ctx.t.common.registrationNumber(o.jurisdiction))} ${o.registrationNumber.trim()}`
    : '';
  const address = [organisationAddress(ctx), o.country ? countryName(o.country, ctx.language) : '']
    .filter(Boolean)
    .join(', ');
  const reach = unique([contact, o.phone.trim()].filter(Boolean));
  const sentences = [
    p.controller(ctx.organisationName, [registration, address].filter(Boolean).join(', ')),
    reach.length ? p.reachUs(joinList(reach, ctx.t.common)) : '',
  ];
  const contactPerson = ctx.project.privacyContact;
  // The address already given above is not repeated after the person's name.
  const details = person(
    contactPerson.name,
    ...[contactPerson.email, contactPerson.phone].filter((value) => !reach.includes(value.trim())),
  );
  // The owner or a manager cannot be the DPO (Art. 38(6)): such a person is presented as the contact.
  if (contactPerson.kind === 'dpo' && !contactPerson.isManagement && details) sentences.push(p.dpo(details));
  else if (details) sentences.push(p.privacyContact(details));
  if (contactPerson.kind === 'contact') sentences.push(p.noDpo);
  const rep = ctx.project.representative;
  if (rep && rep.name.trim())
    sentences.push(p.representative(person(rep.name, rep.address, rep.email, rep.phone)));
  return [paragraph(sentences.filter(Boolean).join(' '))];
}

function purposeLine(ctx: BuildContext, activity: Activity, withPurposes: boolean): TextRun[] {
  const name = run(activityName(ctx, activity), { bold: true, anchor: activityAnchor(activity.id) });
  const purposes = activity.purposes
    .map((purpose) => withoutFullStop(midSentence(purposeDescription(ctx, activity, purpose))))
    .filter(Boolean);
  return withPurposes && purposes.length ? [name, run(`: ${purposes.join('; ')}`)] : [name];
}

function recipientsSentences(
  ctx: BuildContext,
  activities: readonly Activity[],
  transfers: readonly Transfer[],
) {
  const p = ctx.t.policy;
  const vendors = vendorsOf(ctx, activities);
  const processors = vendors.filter((v) => v.role !== 'independentController');
  const others = [
    ...vendors
      .filter((v) => v.role === 'independentController')
      .map((v) => v.name.trim() || v.legalEntity.trim()),
    ...unique(activities.flatMap((a) => a.recipients.map((link) => link.recipientId))).flatMap((id) => {
      const recipient = ctx.recipients.get(id);
      if (!recipient) return [];
      // "vores bank", "revisor": generic recipients read in lower case; an authority is a name.
      const name = recipientName(ctx, recipient);
      return [recipient.kind === 'authority' ? nameMidSentence(name) : midSentence(name)];
    }),
  ].filter(Boolean);
  const countries = unique(transfers.flatMap((t) => t.countries)).map((code) =>
    countryName(code, ctx.language),
  );
  return [
    processors.length ? p.processorsBrief(processors.length) : '',
    others.length ? p.othersBrief(joinList(unique(others), ctx.t.common)) : '',
    countries.length ? p.transfersBrief(joinList(countries, ctx.t.common)) : '',
  ].filter(Boolean);
}

/** The complaint sentence, with the authority's name linking to its address in the details. */
function complaintRuns(sentence: string, authority: string | null): TextRun[] {
  const at = authority ? sentence.indexOf(authority) : -1;
  if (!authority || at < 0) return [run(sentence)];
  return [
    run(sentence.slice(0, at)),
    run(authority, { anchor: POLICY_ANCHORS.rights }),
    run(sentence.slice(at + authority.length)),
  ];
}

function rightsBlocks(
  ctx: BuildContext,
  own: readonly Activity[],
  contact: string,
  marketing: boolean,
): Block[] {
  const p = ctx.t.policy;
  const use = basisUse(own);
  const rights = [
    p.rightsBrief(use.portability),
    use.consent ? p.withdrawBrief : '',
    use.automated ? p.automatedBrief : '',
    p.exerciseBrief(contact),
  ].filter(Boolean);
  const objection = p.objectionBrief(use.objection, marketing);
  const authority = authorityForJurisdiction(ctx.project.organisation.jurisdiction);
  const authorityName = authority ? authority.name[ctx.language] : null;
  return [
    paragraph(rights.join(' ')),
    ...(objection ? [paragraph([bold(p.objectionLead), run(objection)])] : []),
    paragraph(complaintRuns(p.complaintBrief(authorityName), authorityName)),
  ];
}

export interface BriefInput {
  /** Those done as controller: their purposes, recipients and rights. */
  readonly own: readonly Activity[];
  readonly transfers: readonly Transfer[];
  /** Where data subjects write ('' when the register has no address). */
  readonly contact: string;
  /** Whether a purpose is direct marketing (Art. 21(2)–(4)). */
  readonly marketing: boolean;
}

/** The first part, and whether it lists each activity's purposes (then the details need not repeat them). */
export function briefBlocks(
  ctx: BuildContext,
  input: BriefInput,
): { blocks: Block[]; purposesListed: boolean } {
  const p = ctx.t.policy;
  const heading: Block = { type: 'heading', level: 1, text: p.briefHeading, anchor: POLICY_ANCHORS.brief };
  const recipients = recipientsSentences(ctx, input.own, input.transfers);
  const build = (withPurposes: boolean): Block[] => [
    heading,
    ...whoWeAre(ctx, input.contact),
    ...(input.own.length
      ? [paragraph(p.purposesLead), bulletList(input.own.map((a) => purposeLine(ctx, a, withPurposes)))]
      : []),
    ...(recipients.length ? [paragraph(recipients.join(' '))] : []),
    ...rightsBlocks(ctx, input.own, input.contact, input.marketing),
  ];
  const full = build(true);
  if (words(full) <= FIRST_PART_WORDS) return { blocks: full, purposesListed: true };
  return { blocks: build(false), purposesListed: false };
}
