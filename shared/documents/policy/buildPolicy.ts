import { authorityContactLines, authorityForJurisdiction } from '../../catalog/authorities';
import { namesDirectMarketing } from '../../checks/heuristics';
import type { Activity } from '../../model/activity';
import type { Project } from '../../model/project';
import { organisationAddress, runningLines, textParagraphs } from '../blocks';
import { createContext, pick, type BuildContext, type BuildOptions } from '../context';
import {
  activityName,
  basisUse,
  countryList,
  processingCountries,
  transfersOf,
  vendorLabel,
  vendorsOf,
  type Transfer,
} from '../derive';
import { countryName, formatDate } from '../../i18n/format';
import { joinList, unique } from '../format';
import { bold, bulletList, muted, paragraph, run, type Block, type TextRun } from '../model';
import { audienceName, measureName } from '../names';
import { builtDocument, type BuiltDocument } from '../result';
import { policyActivityBlocks } from './processingPart';
import { addressesStaff, policyActivities } from './policyActivities';
import { policyChangeBlocks } from './policyChanges';

/**
 * The privacy policy (information notice, Art. 13 and 14) for one audience, built only from the register:
 * a statement appears only when the register supports it — withdrawal of consent only where a consent basis is
 * cited, objection only where Art. 6(1)(e) or (f) is, transfers only where there are any.
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
 * phone number; '' when the register has none (the sentences then point to the contact details above — the
 * firm's name alone is no way to reach it).
 */
function contactAddress(ctx: BuildContext): string {
  const o = ctx.project.organisation;
  const person = ctx.project.privacyContact;
  return (
    o.privacyEmail.trim() || o.email.trim() || person.email.trim() || o.phone.trim() || person.phone.trim()
  );
}

const h1 = (text: string): Block => ({ type: 'heading', level: 1, text });

function lines(values: readonly string[]): Block[] {
  const present = values.map((v) => v.trim()).filter(Boolean);
  return present.length ? [paragraph(present.join('\n'))] : [];
}

function controllerSection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const p = ctx.t.policy;
  const o = ctx.project.organisation;
  const blocks: Block[] = [
    h1(p.controllerHeading),
    paragraph(p.controllerText(ctx.organisationName)),
    paragraph([
      bold(ctx.organisationName),
      run(
        [
          o.registrationNumber.trim()
            ? `${ctx.t.common.registrationNumber(o.jurisdiction)}: ${o.registrationNumber.trim()}`
            : '',
          [organisationAddress(ctx), countryName(o.country, ctx.language)].filter(Boolean).join(', '),
          o.phone.trim() ? `${ctx.t.contact.phone}: ${o.phone.trim()}` : '',
          o.email.trim() ? `${ctx.t.contact.email}: ${o.email.trim()}` : '',
          o.website ? `${ctx.t.contact.website}: ${o.website}` : '',
        ]
          .filter(Boolean)
          .map((line) => `\n${line}`)
          .join(''),
      ),
    ]),
  ];
  if (o.privacyEmail.trim())
    blocks.push(paragraph([bold(`${ctx.t.contact.privacyEmail}: `), run(o.privacyEmail.trim())]));

  const jointIds = unique(
    activities.filter((a) => a.role === 'jointController').flatMap((a) => a.jointControllerIds),
  );
  const joint = pick(ctx.jointControllers, jointIds);
  if (joint.length) {
    blocks.push(
      paragraph(
        p.jointControllerText(
          joinList(
            joint.map((jc) => jc.name),
            ctx.t.common,
          ),
        ),
      ),
    );
    blocks.push(
      bulletList(
        joint.map((jc): TextRun[] => {
          const arrangement = ctx.text(jc.arrangement, 'jointController', jc.id, 'arrangement');
          return [
            bold(jc.name),
            ...(jc.contact.trim() ? [run(` – ${jc.contact.trim()}`)] : []),
            ...(arrangement ? [run(`. ${p.jointArrangement}: ${arrangement}`)] : []),
          ];
        }),
      ),
    );
  }
  const rep = ctx.project.representative;
  if (rep && rep.name.trim()) {
    blocks.push(
      paragraph(p.representativeText(rep.name.trim())),
      ...lines([rep.address, rep.email, rep.phone]),
    );
  }
  return blocks;
}

function contactSection(ctx: BuildContext): Block[] {
  const p = ctx.t.policy;
  const person = ctx.project.privacyContact;
  const details = lines([person.name, person.email, person.phone]);
  if (person.kind === 'dpo' && !person.isManagement && details.length)
    return [h1(p.dpoHeading), paragraph(p.dpoText), ...details];
  // The owner or a manager cannot be the DPO (Art. 38(6)); such a person is presented as the contact, and the
  // policy neither calls them DPO nor says none is appointed: the checks tell the user to fix the register.
  const noDpo = person.kind === 'contact' ? [paragraph(p.noDpo)] : [];
  if (details.length === 0 && noDpo.length === 0) return [];
  return [h1(p.contactHeading), ...noDpo, ...(details.length ? [paragraph(p.contactText), ...details] : [])];
}

function vendorSection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const p = ctx.t.policy;
  const vendors = vendorsOf(ctx, activities);
  if (vendors.length === 0) return [];
  const processors = vendors.filter((v) => v.role !== 'independentController');
  const controllers = vendors.filter((v) => v.role === 'independentController');
  const blocks: Block[] = [h1(p.vendorsHeading)];
  if (processors.length) {
    const allSigned = processors.every((v) => v.dpa.status === 'signed');
    blocks.push(paragraph(allSigned ? `${p.vendorsIntro} ${p.vendorsDpa}` : p.vendorsIntro), {
      type: 'table',
      columns: [35, 40, 25],
      header: [p.vendorColumns.vendor, p.vendorColumns.function, p.vendorColumns.country].map((text) => ({
        blocks: [paragraph([bold(text)])],
      })),
      rows: processors.map((v) => [
        { blocks: [paragraph(vendorLabel(v))] },
        { blocks: [paragraph(ctx.text(v.function, 'vendor', v.id, 'function'))] },
        { blocks: [paragraph(processingCountries(ctx, v))] },
      ]),
    });
  }
  if (controllers.length) {
    blocks.push(
      paragraph(p.independentIntro),
      bulletList(
        controllers.map((v): TextRun[] => {
          const fn = ctx.text(v.function, 'vendor', v.id, 'function');
          return [bold(vendorLabel(v)), ...(fn ? [run(` – ${fn}`)] : [])];
        }),
      ),
    );
  }
  return blocks;
}

function transferSection(ctx: BuildContext, transfers: readonly Transfer[]): Block[] {
  if (transfers.length === 0) return [];
  const p = ctx.t.policy;
  const contact = contactAddress(ctx);
  const needsCopy = (t: Transfer) =>
    t.mechanism === 'scc' || t.mechanism === 'bcr' || t.mechanism === 'art49';
  return [
    h1(p.transfersHeading),
    paragraph(p.transfersIntro),
    bulletList(
      transfers.map((t): TextRun[] => [
        bold(p.transferLine(t.party || ctx.t.common.notStated, countryList(ctx, t.countries))),
        run(`: ${p.mechanismText[t.mechanism]}.`),
        ...(t.safeguardsCopy ? [run(` ${t.safeguardsCopy}`)] : []),
      ]),
    ),
    ...(transfers.some((t) => needsCopy(t) && !t.safeguardsCopy)
      ? [paragraph(p.safeguardsCopy(contact))]
      : []),
  ];
}

function securitySection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const measures = pick(ctx.securityMeasures, unique(activities.flatMap((a) => a.securityMeasureIds)));
  if (measures.length === 0) return [];
  return [
    h1(ctx.t.policy.securityHeading),
    paragraph(ctx.t.policy.securityIntro),
    bulletList(measures.map((m) => measureName(ctx, m))),
  ];
}

function rightsSection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const p = ctx.t.policy;
  const use = basisUse(activities.filter((a) => a.role !== 'processor'));
  const r = p.rights;
  const rights = [
    r.access,
    r.rectification,
    r.erasure,
    r.restriction,
    ...(use.portability ? [r.portability] : []),
    ...(use.objection ? [r.objection] : []),
    ...(use.consent ? [r.withdrawConsent] : []),
    ...(use.automated ? [r.automated] : []),
  ];
  return [
    h1(p.rightsHeading),
    paragraph(p.rightsIntro),
    bulletList(rights.map(([name, text]): TextRun[] => [bold(`${name}. `), run(text)])),
    paragraph(p.exerciseRights(contactAddress(ctx))),
  ];
}

/**
 * Whether automated decisions are used, said once [13(2)(f), 14(2)(g)]: the activities that use them describe
 * them; "not used" is stated only when every activity was assessed, so it never covers one nobody assessed.
 */
function automatedSection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const statuses = activities.map((a) => a.automatedDecisions.status);
  if (statuses.length === 0 || statuses.includes('notAssessed') || !statuses.includes('notUsed')) return [];
  const p = ctx.t.policy;
  return [
    h1(p.automatedLabel),
    paragraph(statuses.includes('used') ? p.automatedNotUsedOther : p.automatedNotUsed),
  ];
}

/** The right to object to direct marketing, apart from the other rights [21(2)–(4)]. */
function marketingSection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const marketing = activities.some(
    (a) =>
      namesDirectMarketing(a.name) || a.purposes.some((purpose) => namesDirectMarketing(purpose.description)),
  );
  if (!marketing) return [];
  const p = ctx.t.policy;
  return [h1(p.marketingObjectionHeading), paragraph(p.marketingObjection(contactAddress(ctx)))];
}

function complaintSection(ctx: BuildContext): Block[] {
  const p = ctx.t.policy;
  const authority = authorityForJurisdiction(ctx.project.organisation.jurisdiction);
  if (!authority) return [h1(p.complaintHeading), paragraph(p.complaintOther)];
  const [name, ...rest] = authorityContactLines(authority, ctx.language);
  return [
    h1(p.complaintHeading),
    paragraph(p.complaintText(authority.name[ctx.language])),
    paragraph([bold(name ?? ''), run(rest.map((line) => `\n${line}`).join(''))]),
    paragraph(p.complaintElsewhere),
  ];
}

function processorSection(ctx: BuildContext, activities: readonly Activity[]): Block[] {
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
  return [h1(p.processorHeading), paragraph(allDpa ? `${text} ${p.processorDpa}` : text)];
}

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
    if (body) blocks.push(...(heading ? [h1(heading)] : []), ...textParagraphs(body));
  }
  const changesText = ctx.text(s.changesText, 'policy', null, 'changesText');
  const changes = policyChangeBlocks(ctx, ctx.project, audienceId);
  if (changesText || changes.length) {
    blocks.push(h1(p.changesHeading), ...textParagraphs(changesText), ...changes);
  }
  return blocks;
}

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

  const blocks: Block[] = [
    paragraph(title, { style: 'title' }),
    ...(audienceLabel ? [paragraph(p.audience(audienceLabel), { style: 'subtitle' })] : []),
    paragraph(p.effective(effective, version), { style: 'lead' }),
    ...textParagraphs(introduction),
    ...controllerSection(ctx, activities),
    ...contactSection(ctx),
    h1(p.processingHeading),
    paragraph(p.processingIntro),
    ...(own.length ? own.flatMap((a) => policyActivityBlocks(ctx, a)) : [paragraph([muted(p.noActivities)])]),
    ...vendorSection(ctx, own),
    ...transferSection(ctx, transfersOf(ctx, own)),
    ...automatedSection(ctx, own),
    ...securitySection(ctx, own),
    ...rightsSection(ctx, own),
    ...marketingSection(ctx, own),
    ...complaintSection(ctx),
    ...processorSection(ctx, activities),
    ...settingsSections(ctx, audienceId),
    paragraph(p.closing(effective, version), { style: 'closing' }),
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
