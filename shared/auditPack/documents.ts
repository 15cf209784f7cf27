import { completenessScore, countBySeverity, runChecks, SECTION_LABELS, SEVERITIES } from '../checks';
import { runningLines, textCell } from '../documents/blocks';
import { createContext, type BuildContext, type BuildOptions } from '../documents/context';
import { coverBlocks } from '../documents/cover';
import { activityName } from '../documents/derive';
import { defaultFileName } from '../documents/fileName';
import { calendarDate, formatDate } from '../i18n/format';
import {
  bold,
  bulletList,
  muted,
  paragraph,
  run,
  type Block,
  type TableBlock,
  type TableCell,
} from '../documents/model';
import { builtDocument, type BuiltDocument, type DocumentSpec } from '../documents/result';
import type { Project } from '../model/project';
import {
  auditTexts,
  CRITERION_IDS,
  type AuditFacts,
  type AuditTexts,
  type CriterionId,
  type EvidenceStatus,
} from './texts';

/**
 * The audit pack's own documents, as DocumentModels like the register's, so renderDocx and renderHtml
 * render them. DocumentKind has no kinds of their own, so they are typed as 'register' (an extract of it).
 */

export interface FindingsReportOptions extends BuildOptions {
  /** The date review deadlines are judged by, YYYY-MM-DD. */
  readonly today: string;
}

/** The evidence files of a pack, by role, as named inside the zip. */
export interface AuditPackFiles {
  readonly index: string;
  readonly register: string;
  /** One per audience, with the audience's name ('' for the single policy covering every activity). */
  readonly policies: readonly { readonly fileName: string; readonly audience: string }[];
  readonly vendors: string;
  readonly securityMeasures: string;
  readonly findings: string;
  readonly changeLog: string;
}

export interface AuditIndexOptions extends BuildOptions {
  readonly files: AuditPackFiles;
}

type EvidenceRole = 'register' | 'policies' | 'vendors' | 'securityMeasures' | 'findings' | 'changeLog';

/** One sub-criterion as the index states it. */
export interface CriterionEvidence {
  readonly id: CriterionId;
  readonly title: string;
  readonly status: EvidenceStatus;
  readonly files: readonly string[];
  readonly shows: string;
  readonly gap: string;
}

/** A policy is evidence only of what the user confirmed: a policy of suggestions documents nothing. */
const describesConfirmed = (f: AuditFacts): EvidenceStatus =>
  f.policies > 0 && f.confirmedActivities > 0 ? 'evidenced' : 'notEvidenced';

const EVIDENCE: Readonly<
  Record<
    CriterionId,
    {
      roles: readonly EvidenceRole[];
      status: (f: AuditFacts) => EvidenceStatus;
    }
  >
> = {
  '1.1.1': { roles: ['register', 'policies'], status: (f) => (f.contactName ? 'evidenced' : 'notEvidenced') },
  '1.2.x': {
    roles: ['register', 'securityMeasures', 'changeLog'],
    // Ongoing updating is shown by the change log; an empty log shows the overview but not its upkeep.
    status: (f) => (f.confirmedActivities === 0 ? 'notEvidenced' : f.changes > 0 ? 'evidenced' : 'partial'),
  },
  '1.3.1': { roles: ['register', 'securityMeasures', 'findings'], status: () => 'partial' },
  '1.4.1': { roles: ['policies', 'register'], status: () => 'notEvidenced' },
  '4.1.1': {
    roles: ['vendors', 'register'],
    status: (f) => (f.confirmedVendors > 0 ? 'evidenced' : 'notEvidenced'),
  },
  '4.2.1/4.3.1': { roles: ['vendors', 'findings'], status: () => 'partial' },
  '5.1.1': { roles: ['policies'], status: (f) => describesConfirmed(f) },
  '5.1.2': {
    roles: ['policies', 'vendors'],
    status: (f) => (f.confirmedVendors > 0 ? describesConfirmed(f) : 'notEvidenced'),
  },
  '5.2.1': { roles: ['policies'], status: (f) => (f.cookieSection ? 'partial' : 'notEvidenced') },
  '5.3.1': { roles: ['policies'], status: () => 'partial' },
  '5.4.1': { roles: ['policies'], status: (f) => describesConfirmed(f) },
};

/** The register's facts the index quotes; `today` judges overdue reviews. */
function auditFacts(project: Project, today: string, policies: number): AuditFacts {
  const active = project.activities.filter((a) => a.status !== 'retired');
  // Review dates are evidence only where the user confirmed the activity: a template's dates are suggestions.
  const confirmed = active.filter((a) => a.confirmation.confirmedAt !== null);
  const dpia = { notAssessed: 0, notRequired: 0, required: 0, done: 0 };
  for (const activity of active) dpia[activity.dpia.status] += 1;
  const processors = project.vendors.filter((v) => v.role !== 'independentController');
  return {
    contactName: project.privacyContact.name.trim(),
    contactIsDpo: project.privacyContact.kind === 'dpo',
    activities: active.length,
    reviewed: confirmed.filter((a) => a.lastReviewed).length,
    reviewOverdue: confirmed.filter((a) => a.nextReview && a.nextReview < today).length,
    dpia,
    processors: processors.length,
    dpaSigned: processors.filter((v) => v.dpa.status === 'signed').length,
    vendors: project.vendors.length,
    securityMeasures: project.securityMeasures.length,
    policies,
    cookieSection: project.policy.includeCookieSection,
    policyVersion: project.policy.version.trim(),
    policyDate: project.policy.effectiveDate,
    changes: project.changeLog.entries.length,
    confirmedActivities: confirmed.length,
    confirmedVendors: project.vendors.filter((v) => v.confirmation.confirmedAt !== null).length,
  };
}

/** Every sub-criterion with its status, evidence files and what the pack does and does not show. */
export function auditCriteria(
  project: Project,
  options: { language: BuildOptions['language']; today: string; files: AuditPackFiles },
): CriterionEvidence[] {
  const t = auditTexts(options.language);
  const facts = auditFacts(project, options.today, options.files.policies.length);
  const filesOf = (role: EvidenceRole): string[] => {
    const f = options.files;
    if (role === 'policies') return f.policies.map((p) => p.fileName);
    return [f[role]];
  };
  return CRITERION_IDS.map((id) => {
    const texts = t.criteria[id];
    const status = EVIDENCE[id].status(facts);
    const gap = texts.gap;
    return {
      id,
      title: texts.title,
      status,
      files: EVIDENCE[id].roles.flatMap(filesOf),
      shows: texts.shows(facts),
      gap,
    };
  });
}

const header = (cells: readonly string[]): TableCell[] => cells.map((c) => textCell(c, { bold: true }));

function finish(
  ctx: BuildContext,
  label: string,
  spec: Omit<DocumentSpec, 'kind' | 'version' | 'sections'> & { blocks: Block[] },
): BuiltDocument {
  const { header: head, footer } = runningLines(ctx, spec.title, ctx.date);
  const built = builtDocument(ctx, {
    kind: 'register',
    title: spec.title,
    subject: spec.subject,
    version: ctx.date,
    keywords: spec.keywords,
    sections: [{ orientation: 'portrait', header: head, footer, blocks: spec.blocks }],
  });
  return { ...built, fileName: defaultFileName(label, [ctx.organisationName], ctx.date) };
}

function cover(ctx: BuildContext, title: string, subtitle: string): Block[] {
  return coverBlocks(ctx, title, subtitle, ctx.date, true);
}

/** The technical and organisational measures of the register [Art. 32], with the activities they serve. */
export function buildSecurityMeasuresOverview(project: Project, options: BuildOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const s = auditTexts(ctx.language).security;
  const active = project.activities.filter((a) => a.status !== 'retired');
  const table = (kind: 'technical' | 'organisational'): Block => {
    const measures = project.securityMeasures.filter((m) => m.kind === kind);
    if (!measures.length) return paragraph([muted(s.none)]);
    const rows = measures.map((measure): TableCell[] => {
      const users = active.filter((a) => a.securityMeasureIds.includes(measure.id));
      const description = ctx.text(measure.description, 'securityMeasure', measure.id, 'description');
      return [
        textCell(ctx.text(measure.name, 'securityMeasure', measure.id, 'name'), { bold: true }),
        { blocks: [paragraph(description ? [run(description)] : [muted(ctx.t.common.notStated)])] },
        {
          blocks: [
            users.length ? bulletList(users.map((a) => activityName(ctx, a))) : paragraph([muted(s.unused)]),
          ],
        },
      ];
    });
    const block: TableBlock = {
      type: 'table',
      columns: [3, 5, 3],
      header: header([s.measureColumn, s.descriptionColumn, s.activitiesColumn]),
      rows,
      compact: true,
    };
    return block;
  };
  const uncovered = active.filter((a) => a.securityMeasureIds.length === 0);
  const blocks: Block[] = [
    ...cover(ctx, s.title, s.subtitle),
    paragraph(s.intro(ctx.organisationName, formatDate(ctx.date, ctx.language))),
    { type: 'heading', level: 1, text: s.technicalHeading },
    table('technical'),
    { type: 'heading', level: 1, text: s.organisationalHeading },
    table('organisational'),
    { type: 'heading', level: 1, text: s.uncoveredHeading },
    ...(uncovered.length
      ? [paragraph(s.uncoveredIntro), bulletList(uncovered.map((a) => activityName(ctx, a)))]
      : [paragraph(s.uncoveredNone)]),
  ];
  return finish(ctx, s.fileLabel, {
    title: s.title,
    subject: s.subtitle,
    keywords: ['GDPR', ctx.t.common.articleRef(32)],
    blocks,
  });
}

/** runChecks and completenessScore as a dated document: what Kartotek found wrong or missing that day. */
export function buildFindingsReport(project: Project, options: FindingsReportOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const f = auditTexts(ctx.language).findings;
  const findings = runChecks(project, { today: options.today, language: ctx.language });
  const counts = countBySeverity(findings);
  const completeness = completenessScore(project, { findings, today: options.today });
  const blocks: Block[] = [
    ...cover(ctx, f.title, f.subtitle),
    paragraph(f.intro(ctx.organisationName, formatDate(ctx.date, ctx.language))),
    paragraph([bold(f.summary(counts.error, counts.warning, counts.info))]),
    { type: 'heading', level: 1, text: f.completenessHeading },
    paragraph(f.overall(completeness.overall)),
    {
      type: 'table',
      columns: [4, 2, 2],
      header: header([f.sectionColumn, f.scoreColumn, f.missingColumn]),
      rows: completeness.sections
        .filter((section) => section.applicable)
        .map((section) => [
          textCell(SECTION_LABELS[section.section][ctx.language]),
          textCell(`${section.score} %`),
          textCell(String(section.missing.length)),
        ]),
      compact: true,
    },
  ];
  for (const severity of SEVERITIES) {
    const some = findings.filter((finding) => finding.severity === severity);
    blocks.push({ type: 'heading', level: 1, text: `${f.severityHeadings[severity]} (${some.length})` });
    blocks.push(
      some.length
        ? {
            type: 'table',
            columns: [3, 7, 3],
            header: header([f.concernsColumn, f.findingColumn, f.ruleColumn]),
            rows: some.map((finding) => [
              textCell(finding.item.name[ctx.language]),
              textCell(finding.message),
              textCell(finding.ruleId),
            ]),
            compact: true,
          }
        : paragraph([muted(f.noFindings)]),
    );
  }
  return finish(ctx, f.fileLabel, {
    title: f.title,
    subject: f.subtitle,
    keywords: ['GDPR', 'D-mærket'],
    blocks,
  });
}

/** The default file name of the index ("Indeks - ITGuy ApS - 2026-11-22.docx"). */
export function auditIndexFileName(project: Project, options: BuildOptions): string {
  const ctx = createContext(project, options);
  return defaultFileName(auditTexts(ctx.language).index.fileLabel, [ctx.organisationName], ctx.date);
}

function statusRuns(t: AuditTexts, status: EvidenceStatus) {
  return [run(t.index.status[status], { bold: status !== 'evidenced', italic: status === 'notEvidenced' })];
}

/** The index: what is in the pack, and per D-mærket sub-criterion what it evidences and what it cannot. */
export function buildAuditIndex(project: Project, options: AuditIndexOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const t = auditTexts(ctx.language);
  const i = t.index;
  const files = options.files;
  const criteria = auditCriteria(project, {
    language: ctx.language,
    today: calendarDate(options.now),
    files,
  });

  const contents: TableCell[][] = [
    [textCell(files.index), textCell(i.fileDescriptions.index)],
    [textCell(files.register), textCell(i.fileDescriptions.register)],
    ...files.policies.map((p) => [
      textCell(p.fileName),
      textCell(p.audience ? i.policyFor(p.audience) : i.fileDescriptions.policy),
    ]),
    [textCell(files.vendors), textCell(i.fileDescriptions.vendors)],
    [textCell(files.securityMeasures), textCell(i.fileDescriptions.securityMeasures)],
    [textCell(files.findings), textCell(i.fileDescriptions.findings)],
    [textCell(files.changeLog), textCell(i.fileDescriptions.changeLog)],
  ];

  const rows: TableCell[][] = criteria.map((c) => [
    { blocks: [paragraph([bold(c.id)]), paragraph(c.title)] },
    {
      blocks: [c.files.length ? bulletList(c.files) : paragraph([muted(i.noFile)])],
    },
    { blocks: [paragraph(statusRuns(t, c.status))] },
    {
      blocks: [
        paragraph([run(`${i.showsLabel}: `, { bold: true }), run(c.shows)]),
        ...(c.gap ? [paragraph([run(`${i.gapLabel}: `, { bold: true }), run(c.gap)])] : []),
      ],
    },
  ]);

  const gaps = criteria.filter((c) => c.status !== 'evidenced' || c.gap);
  const blocks: Block[] = [
    ...cover(ctx, i.title, i.subtitle),
    paragraph(i.intro(ctx.organisationName, formatDate(ctx.date, ctx.language))),
    { type: 'heading', level: 1, text: i.contentsHeading },
    {
      type: 'table',
      columns: [5, 6],
      header: header([i.fileColumn, i.contentColumn]),
      rows: contents,
      compact: true,
    },
    { type: 'heading', level: 1, text: i.criteriaHeading },
    paragraph(i.criteriaIntro),
    {
      type: 'table',
      columns: [3, 4, 2, 6],
      header: header([i.criterionColumn, i.evidenceColumn, i.statusColumn, i.explanationColumn]),
      rows,
      compact: true,
    },
    { type: 'heading', level: 1, text: i.gapsHeading },
    paragraph(i.gapsIntro),
    bulletList(
      gaps.map((c) => [bold(`${c.id} ${c.title}`), run(` (${i.status[c.status]}): ${c.gap || c.shows}`)]),
    ),
    paragraph([muted(i.disclaimer)], { style: 'closing' }),
  ];
  return finish(ctx, i.fileLabel, {
    title: i.title,
    subject: i.subtitle,
    keywords: ['GDPR', 'D-mærket'],
    blocks,
  });
}
