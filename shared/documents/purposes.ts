import { citeLegalBasis, legalBasis } from '../catalog/legalBases';
import type { Activity, LegalBasisRef, Purpose } from '../model/activity';
import type { BuildContext } from './context';
import { bold, bulletList, muted, paragraph, run, type CellBlock, type TextRun } from './model';

/**
 * Purposes with their own legal bases [30(1)(b), 13(1)(c)–(d)], cited in the language's long form, the
 * legitimate interest in words. The register and the policy word the interest differently, hence `audience`.
 */

function basisRuns(
  ctx: BuildContext,
  activity: Activity,
  purpose: Purpose,
  basis: LegalBasisRef,
  audience: 'register' | 'policy',
): TextRun[] {
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
    if (audience === 'register') {
      runs.push(run('. '), run(`${ctx.t.register.activity.legitimateInterest}: `, { bold: true }));
      runs.push(interest ? run(interest) : muted(ctx.t.common.notStated));
    } else if (interest) {
      runs.push(run('. '), run(ctx.t.policy.legitimateInterestSentence(interest)));
    }
  }
  return runs;
}

export function purposeDescription(ctx: BuildContext, activity: Activity, purpose: Purpose): string {
  return ctx.text(purpose.description, 'activity', activity.id, `purposes.${purpose.id}.description`);
}

/** Each purpose in bold, followed by its own legal bases as a list. */
export function purposeBlocks(
  ctx: BuildContext,
  activity: Activity,
  audience: 'register' | 'policy',
): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const purpose of activity.purposes) {
    const description = purposeDescription(ctx, activity, purpose);
    blocks.push(
      paragraph([description ? bold(description) : muted(ctx.t.common.notStated)], { keepWithNext: true }),
    );
    if (purpose.legalBases.length === 0) {
      if (audience === 'register') blocks.push(paragraph([muted(ctx.t.register.activity.noBasis)]));
      continue;
    }
    blocks.push(
      bulletList(purpose.legalBases.map((basis) => basisRuns(ctx, activity, purpose, basis, audience))),
    );
  }
  return blocks;
}

/** The short citations of an activity's bases, each once: for the overview table. */
export function shortCitations(ctx: BuildContext, activity: Activity): string[] {
  const codes = new Set(activity.purposes.flatMap((p) => p.legalBases.map((b) => b.code)));
  return [...codes].map((code) => citeLegalBasis(code, ctx.language, 'short'));
}
