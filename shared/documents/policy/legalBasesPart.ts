import { citeLegalBasis, legalBasis } from '../../catalog/legalBases';
import type { Activity } from '../../model/activity';
import { LEGAL_BASIS_CODES, type LegalBasisCode } from '../../model/legalBasisCodes';
import type { BuildContext } from '../context';
import { activityName } from '../derive';
import { midSentence, withoutFullStop } from '../format';
import { bold, bulletList, run, type Block, type TextRun } from '../model';
import { POLICY_ANCHORS, activityAnchor } from './policyAnchors';

/**
 * Each legal basis the policy's activities rest on, cited once, in a sentence the reader can follow [13(1)(c)–(d)]:
 * what it is, its citation, and the activities (with the legitimate interest of each) it covers. Repeating the
 * citation under every activity is what made the policy read like the register printed out.
 */

interface Use {
  readonly activity: Activity;
  /** The user's note on the basis (e.g. the statute of a legal obligation) or the legitimate interest. */
  readonly detail: string;
}

function basisName(ctx: BuildContext, code: LegalBasisCode): string {
  const art6 = /^art6-1-([a-f])$/.exec(code)?.[1] as keyof typeof ctx.t.policy.art6Names | undefined;
  return art6 ? ctx.t.policy.art6Names[art6] : legalBasis(code).name[ctx.language];
}

function usesByBasis(ctx: BuildContext, activities: readonly Activity[]): Map<LegalBasisCode, Use[]> {
  const byCode = new Map<LegalBasisCode, Use[]>();
  for (const activity of activities) {
    for (const purpose of activity.purposes) {
      for (const basis of purpose.legalBases) {
        const field = `purposes.${purpose.id}.legalBases.${basis.code}`;
        const detail = legalBasis(basis.code).requiresLegitimateInterestText
          ? ctx.text(basis.legitimateInterest, 'activity', activity.id, `${field}.legitimateInterest`)
          : ctx.text(basis.note, 'activity', activity.id, `${field}.note`);
        const uses = byCode.get(basis.code) ?? [];
        // The same activity and detail twice (two purposes on one basis) is said once.
        if (!uses.some((u) => u.activity.id === activity.id && u.detail === detail.trim())) {
          uses.push({ activity, detail: detail.trim() });
        }
        byCode.set(basis.code, uses);
      }
    }
  }
  return byCode;
}

function useRuns(ctx: BuildContext, uses: readonly Use[]): TextRun[] {
  const runs: TextRun[] = [];
  uses.forEach((use, index) => {
    const name = activityName(ctx, use.activity);
    const separator = index === 0 ? '' : index === uses.length - 1 ? ` ${ctx.t.common.and} ` : '; ';
    runs.push(run(separator));
    if (use.detail) {
      // "at udvikle vores tjenester (Udvikling)": the interest or statute in the user's words, the activity a link.
      runs.push(
        // A name with brackets of its own is set after a dash, not in brackets within brackets.
        run(`${midSentence(withoutFullStop(use.detail))}${name.includes('(') ? ' – ' : ' ('}`),
        run(name, { anchor: activityAnchor(use.activity.id) }),
        run(name.includes('(') ? '' : ')'),
      );
    } else {
      runs.push(run(name, { anchor: activityAnchor(use.activity.id) }));
    }
  });
  return runs;
}

export function legalBasesBlocks(ctx: BuildContext, activities: readonly Activity[]): Block[] {
  const byCode = usesByBasis(ctx, activities);
  if (byCode.size === 0) return [];
  const p = ctx.t.policy;
  const items = LEGAL_BASIS_CODES.flatMap((code) => {
    const uses = byCode.get(code);
    return uses ? [[code, uses] as const] : [];
  }).map(([code, uses]): TextRun[] => [
    bold(basisName(ctx, code)),
    run(` (${citeLegalBasis(code, ctx.language, 'long')}): `),
    ...useRuns(ctx, uses),
    run('.'),
  ]);
  return [
    { type: 'heading', level: 1, text: p.basesHeading, anchor: POLICY_ANCHORS.bases },
    bulletList(items),
  ];
}
