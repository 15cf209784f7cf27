import { SECURITY_MEASURE_KIND_LABELS } from '../../model/vocabulary';
import type { Project } from '../../model/project';
import { runningLines, textCell } from '../blocks';
import { coverBlocks } from '../cover';
import { createContext, type BuildContext, type BuildOptions } from '../context';
import { activitiesByItem, activityName } from '../derive';
import { muted, paragraph, type Block, type DocumentSection } from '../model';
import { measureName } from '../names';
import { builtDocument, type BuiltDocument } from '../result';
import { splitVendors, vendorTable } from '../vendorTable';
import { activityFieldRows } from './activityFields';
import { controllerPart } from './controllerPart';
import { overviewPart, type NumberedActivity } from './overview';
import { processorPart } from './processorPart';

/**
 * The record of processing activities [Art. 30]: cover, contents, the controller, an overview of every
 * activity (landscape), one section per activity, the processor's record, and annexes of vendors and measures.
 */

const PROCESSOR_PART = 4;

function activitySections(ctx: BuildContext, numbered: readonly NumberedActivity[]): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: ctx.t.register.partActivities, anchor: 'part-activities' },
  ];
  const own = numbered.filter((n) => n.activity.role !== 'processor');
  if (own.length === 0) blocks.push(paragraph([muted(ctx.t.register.noActivities)]));
  own.forEach(({ activity, number, anchor }) => {
    blocks.push(
      {
        type: 'heading',
        level: 2,
        text: `${number} ${activityName(ctx, activity)}`,
        ...(anchor ? { anchor } : {}),
      },
      { type: 'fieldTable', rows: activityFieldRows(ctx, activity) },
    );
  });
  return blocks;
}

function vendorAnnex(ctx: BuildContext): Block[] {
  const a = ctx.t.register.annex;
  const { processors, controllers } = splitVendors(ctx.project.vendors);
  const vendors = [...processors, ...controllers];
  return [
    { type: 'heading', level: 1, text: ctx.t.register.annexVendors, anchor: 'annex-vendors' },
    paragraph(a.vendorsIntro),
    vendors.length ? vendorTable(ctx, vendors) : paragraph([muted(a.noVendors)]),
  ];
}

function securityAnnex(ctx: BuildContext): Block[] {
  const a = ctx.t.register.annex;
  const measures = ctx.project.securityMeasures;
  const usedIn = activitiesByItem(ctx, (activity) => activity.securityMeasureIds);
  return [
    { type: 'heading', level: 1, text: ctx.t.register.annexSecurity, anchor: 'annex-security' },
    paragraph(a.securityIntro),
    measures.length
      ? {
          type: 'table',
          columns: [22, 13, 40, 25],
          header: [a.measure, a.kind, a.description, a.usedIn].map((label) =>
            textCell(label, { bold: true }),
          ),
          rows: measures.map((m) => {
            const used = (usedIn.get(m.id) ?? []).map((activity) => activityName(ctx, activity));
            return [
              textCell(measureName(ctx, m), { bold: true }),
              textCell(SECURITY_MEASURE_KIND_LABELS[m.kind][ctx.language]),
              textCell(
                ctx.text(m.description, 'securityMeasure', m.id, 'description') || ctx.t.common.notStated,
              ),
              used.length
                ? { blocks: used.map((name) => paragraph(name)) }
                : textCell(ctx.t.vendorTable.notInUse, { muted: true, italic: true }),
            ];
          }),
        }
      : paragraph([muted(a.noMeasures)]),
  ];
}

function numberActivities(project: Project): NumberedActivity[] {
  let own = 0;
  return project.activities.map((activity) => {
    if (activity.role === 'processor') return { activity, number: String(PROCESSOR_PART), anchor: null };
    own += 1;
    return { activity, number: `3.${own}`, anchor: `activity-${activity.id}` };
  });
}

export function buildRegister(project: Project, options: BuildOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const t = ctx.t.register;
  const version = options.version?.trim() || ctx.date;
  const { header, footer } = runningLines(ctx, t.title, version);
  const numbered = numberActivities(project);
  const page = (orientation: 'portrait' | 'landscape', blocks: Block[]): DocumentSection => ({
    orientation,
    header,
    footer,
    blocks,
  });

  const sections: DocumentSection[] = [
    {
      orientation: 'portrait',
      header: null,
      footer: null,
      blocks: coverBlocks(ctx, t.title, t.coverBasis, version),
    },
    page('portrait', [
      { type: 'toc', title: t.toc, depth: 2 },
      { type: 'pageBreak' },
      ...controllerPart(ctx),
    ]),
    page('landscape', overviewPart(ctx, numbered)),
    page('portrait', [
      ...activitySections(ctx, numbered),
      { type: 'pageBreak' },
      ...processorPart(ctx, PROCESSOR_PART),
    ]),
    page('landscape', vendorAnnex(ctx)),
    page('portrait', securityAnnex(ctx)),
  ];

  return builtDocument(ctx, {
    kind: 'register',
    title: t.title,
    subject: t.coverBasis,
    version,
    keywords: ['GDPR', ctx.t.common.articleRef(30)],
    sections,
  });
}
