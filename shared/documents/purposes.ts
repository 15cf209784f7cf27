import { citeLegalBasis, legalBasis } from '../catalog/legalBases';
import type { Activity, LegalBasisRef, Purpose } from '../model/activity';
import type { BuildContext } from './context';
import { bold, bulletList, muted, paragraph, run, type CellBlock, type TextRun } from './model';

/**
 * The register's purposes with their own legal bases [30(1)(b)], cited in the language's long form, the
 * legitimate interest in words. (The policy cites each basis once: policy/legalBasesPart.ts.)
 */

function basisRuns(ctx: BuildContext, activity: Activity, purpose: Purpose, basis: LegalBasisRef): TextRun[] {
  const entry = legalBasis(basis.code);
  const field = `purposes.${purpose.id}.legalBases.${basis.code}`;
  const runs: TextRun[] = [
    run(ctx.t.common.citeBasis(entry.name[ctx.language], citeLegalBasis(basis.code, ctx.language, 'long'))),
  ];
  const note = ctx.text(basis.note, 'activity', activity.id, `${field}.note`);
  if (note) runs.push(run(` – ${note}`));
  if (entry.requiresLegitimateInterestText) {
    const interest = ctx.text(
      basis.legitimateInterest,
      'activity',
      activity.id,
      `${field}.legitimateInterest`,
    );
    runs.push(run('. '), run(`${ctx.t.register.activity.legitimateInterest}: `, { bold: true }));
    runs.push(interest ? run(interest) : muted(ctx.t.common.notStated));
  }
  return runs;
}

export function purposeDescription(ctx: BuildContext, activity: Activity, purpose: Purpose): string {
  return ctx.text(purpose.description, 'activity', activity.id, `purposes.${purpose.id}.description`);
}

/** Each purpose in bold, followed by its own legal bases as a list. */
export function purposeBlocks(ctx: BuildContext, activity: Activity): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const purpose of activity.purposes) {
    const description = purposeDescription(ctx, activity, purpose);
    blocks.push(
      paragraph([description ? bold(description) : muted(ctx.t.common.notStated)], { keepWithNext: true }),
    );
    if (purpose.legalBases.length === 0) {
      blocks.push(paragraph([muted(ctx.t.register.activity.noBasis)]));
      continue;
    }
    blocks.push(bulletList(purpose.legalBases.map((basis) => basisRuns(ctx, activity, purpose, basis))));
  }
  return blocks;
}

/** The short citations of an activity's bases, each once: for the overview table. */
export function shortCitations(ctx: BuildContext, activity: Activity): string[] {
  const codes = new Set(activity.purposes.flatMap((p) => p.legalBases.map((b) => b.code)));
  return [...codes].map((code) => citeLegalBasis(code, ctx.language, 'short'));
}
