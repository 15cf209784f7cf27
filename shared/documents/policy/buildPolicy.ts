import { authorityContactLines, authorityForJurisdiction } from '../../catalog/authorities';
import { namesDirectMarketing } from '../../checks/heuristics';
import type { Activity } from '../../model/activity';
import type { Project } from '../../model/project';
import { runningLines, textParagraphs } from '../blocks';
import { createContext, pick, type BuildContext, type BuildOptions } from '../context';
import { activityName, transfersOf } from '../derive';
import { formatDate } from '../../i18n/format';
import { joinList, unique } from '../format';
import { bold, bulletList, muted, paragraph, run, type Block } from '../model';
import { audienceName, measureName } from '../names';
import { builtDocument, type BuiltDocument } from '../result';
import { activityDetailBlocks } from './activityDetails';
import { briefBlocks } from './briefPart';
import { legalBasesBlocks } from './legalBasesPart';
import { POLICY_ANCHORS } from './policyAnchors';
import { addressesStaff, policyActivities } from './policyActivities';
import { policyChangeBlocks } from './policyChanges';
import { recipientBlocks, requirementBlocks, retentionBlocks } from './sharedFacts';

/**
 * The privacy policy (information notice, Art. 13 and 14) for one audience, layered as WP260 rev.01 recommends:
 * a first part of about 300 words, then the details — each activity once, and what activities share said once.
 * Built only from the register: a statement appears only when the register supports it — withdrawal of consent
 * only where a consent basis is cited, objection only where Art. 6(1)(e) or (f) is, transfers only where there are.
 */

export interface PolicyOptions extends BuildOptions {
  /** The audience (notice) to build; null or absent = every activity that is not internal only. */
  readonly audienceId?: string | null;
}

export class UnknownAudienceError extends Error {
  constructor(readonly audienceId: string) {
    super(`the project has no policy audience "${audienceId}"`);
    this.name = 'UnknownAudienceError';
  }
}

/**
 * Where data subjects write: the privacy e-mail, else the organisation's, else the contact person's, else a
 * phone number; '' when the register has none (the sentences then point to the contact details at the top).
 */
function contactAddress(ctx: BuildContext): string {
  const o = ctx.project.organisation;
  const person = ctx.project.privacyContact;
  return (
    o.privacyEmail.trim() || o.email.trim() || person.email.trim() || o.phone.trim() || person.phone.trim()
  );
}

const h1 = (text: string, anchor?: string): Block => ({
  type: 'heading',
  level: 1,
  text,
  ...(anchor ? { anchor } : {}),
});

/** Whether automated decisions are used, said once [13(2)(f), 14(2)(g)], only when every activity was assessed. */
function automatedStatement(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const statuses = activities.map((a) => a.automatedDecisions.status);
  if (statuses.length === 0 || statuses.includes('notAssessed') || !statuses.includes('notUsed')) return [];
  const p = ctx.t.policy;
  return [paragraph(statuses.includes('used') ? p.automatedNotUsedOther : p.automatedNotUsed)];
}

function detailsPart(
  ctx: BuildContext,
  own: readonly Activity[],
  groupByAudience: boolean,
  purposesListed: boolean,
): Block[] {
  const p = ctx.t.policy;
  return [
    h1(p.detailsHeading, POLICY_ANCHORS.details),
    ...(own.length
      ? [
          ...activityDetailBlocks(ctx, own, groupByAudience, { purposesListed }),
          ...automatedStatement(ctx, own),
        ]
      : [paragraph([muted(p.noActivities)])]),
  ];
}

function securityPart(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const measures = pick(ctx.securityMeasures, unique(activities.flatMap((a) => a.securityMeasureIds)));
  if (measures.length === 0) return [];
  return [
    h1(ctx.t.policy.securityHeading, POLICY_ANCHORS.security),
    paragraph(ctx.t.policy.securityIntro),
    bulletList(measures.map((m) => measureName(ctx, m))),
  ];
}

/** The rights in detail: their limits, what an objection does, how fast we answer [12(3)], and the authority [77]. */
function rightsPart(ctx: BuildContext, contact: string): Block[] {
  const p = ctx.t.policy;
  const authority = authorityForJurisdiction(ctx.project.organisation.jurisdiction);
  const complaint: Block[] = authority
    ? (() => {
        const [name, ...rest] = authorityContactLines(authority, ctx.language);
        return [
          paragraph(p.complaintText(authority.name[ctx.language])),
          paragraph([bold(name ?? ''), run(rest.map((line) => `\n${line}`).join(''))]),
          paragraph(p.complaintElsewhere),
        ];
      })()
    : [paragraph(p.complaintOther)];
  return [
    h1(p.rightsHeading, POLICY_ANCHORS.rights),
    paragraph(p.rightsLimits),
    paragraph(p.exerciseRights(contact)),
    ...complaint,
  ];
}

function processorPart(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const processing = activities.filter((a) => a.role === 'processor');
  if (processing.length === 0) return [];
  const p = ctx.t.policy;
  const customers = pick(ctx.customers, unique(processing.flatMap((a) => a.customerIds)));
  const allDpa = customers.length > 0 && customers.every((c) => c.dpaReference.trim() !== '');
  const text = p.processorText(
    joinList(
      processing.map((a) => activityName(ctx, a)),
      ctx.t.common,
    ),
  );
  return [
    h1(p.processorHeading, POLICY_ANCHORS.processor),
    paragraph(allDpa ? `${text} ${p.processorDpa}` : text),
  ];
}

const sameHeading = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function settingsSections(ctx: BuildContext, audienceId: string | null): Block[] {
  const p = ctx.t.policy;
  const s = ctx.project.policy;
  const blocks: Block[] = [];
  const section = (heading: string, body: string) => (body ? [h1(heading), ...textParagraphs(body)] : []);
  // The cookie and children texts speak of the website and its services: not to employees or applicants.
  if (!addressesStaff(ctx.project, audienceId)) {
    if (s.includeCookieSection) {
      blocks.push(...section(p.cookiesHeading, ctx.text(s.cookieText, 'policy', null, 'cookieText')));
    }
    blocks.push(
      ...section(p.childrenHeading, ctx.text(s.childrenStatement, 'policy', null, 'childrenStatement')),
    );
  }
  for (const extra of s.extraSections) {
    const heading = ctx.text(extra.heading, 'policySection', extra.id, 'heading');
    const body = ctx.text(extra.body, 'policySection', extra.id, 'body');
    // A heading with nothing under it is an empty section: left out.
    if (!body) continue;
    // A section under a heading the policy already has ("Børn") goes under that heading, not under a second one.
    const same = blocks.findIndex((b) => b.type === 'heading' && sameHeading(b.text, heading));
    if (heading && same >= 0) {
      const next = blocks.findIndex((b, i) => i > same && b.type === 'heading' && b.level === 1);
      blocks.splice(next < 0 ? blocks.length : next, 0, ...textParagraphs(body));
    } else blocks.push(...(heading ? [h1(heading)] : []), ...textParagraphs(body));
  }
  const changesText = ctx.text(s.changesText, 'policy', null, 'changesText');
  const changes = policyChangeBlocks(ctx, ctx.project, audienceId);
  if (changesText || changes.length) {
    blocks.push(h1(p.changesHeading, POLICY_ANCHORS.changes), ...textParagraphs(changesText), ...changes);
  }
  return blocks;
}

/** A purpose or activity that is direct marketing: the right to object to it is stated apart [21(2)–(4)]. */
const isMarketing = (activity: Activity): boolean =>
  namesDirectMarketing(activity.name) ||
  activity.purposes.some((purpose) => namesDirectMarketing(purpose.description));

export function buildPolicy(project: Project, options: PolicyOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const p = ctx.t.policy;
  const audienceId = options.audienceId ?? null;
  const audience = audienceId === null ? null : ctx.audiences.get(audienceId);
  if (audience === undefined) throw new UnknownAudienceError(audienceId ?? '');

  const activities = policyActivities(project, audienceId);
  const own = activities.filter((a) => a.role !== 'processor');
  const title = ctx.text(project.policy.title, 'policy', null, 'title') || p.defaultTitle;
  const version = options.version?.trim() || project.policy.version.trim() || ctx.date;
  // Only the recorded date is printed: an export date would claim an edition nobody decided on. An undated
  // policy is a finding ('policy-undated'), not something the document papers over.
  const editionDate = project.policy.effectiveDate;
  const effective = editionDate ? formatDate(editionDate, ctx.language) : '';
  const audienceLabel = audience ? audienceName(ctx, audience) : '';
  const introduction = ctx.text(project.policy.introduction, 'policy', null, 'introduction');
  const { header, footer } = runningLines(ctx, title, version);
  const contact = contactAddress(ctx);
  const transfers = transfersOf(ctx, own);
  const brief = briefBlocks(ctx, { own, transfers, contact, marketing: own.some(isMarketing) });

  const blocks: Block[] = [
    paragraph(title, { style: 'title' }),
    ...(audienceLabel ? [paragraph(p.audience(audienceLabel), { style: 'subtitle' })] : []),
    paragraph(p.effective(effective, version), { style: 'lead' }),
    ...textParagraphs(introduction),
    ...brief.blocks,
    ...detailsPart(ctx, own, audienceId === null, brief.purposesListed),
    ...legalBasesBlocks(ctx, own),
    ...recipientBlocks(ctx, own, transfers, contact),
    ...retentionBlocks(ctx, own),
    ...requirementBlocks(ctx, own),
    ...securityPart(ctx, own),
    ...rightsPart(ctx, contact),
    ...processorPart(ctx, activities),
    // The edition and date stand once, under the title: the closing line that repeated them is gone.
    ...settingsSections(ctx, audienceId),
  ];

  return builtDocument(ctx, {
    kind: 'policy',
    title,
    subject: audienceLabel || title,
    version,
    keywords: ['GDPR', ctx.t.common.articleRef(13), ctx.t.common.articleRef(14)],
    sections: [{ orientation: 'portrait', header, footer, blocks }],
    fileNameParts: [audienceLabel],
    editionDate,
  });
}
