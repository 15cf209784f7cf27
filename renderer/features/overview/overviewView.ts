import type { CompletenessSection, Finding, Severity } from '../../../shared/checks';

/** How many findings of one severity are listed before "Show all". */
export const FIRST_FINDINGS = 25;

/** The colour a score is drawn in: teal from 90 %, yellow from 60 %, red below. */
export function scoreColour(score: number): 'teal' | 'yellow' | 'red' {
  return score >= 90 ? 'teal' : score >= 60 ? 'yellow' : 'red';
}

/** The screen where a completeness section is filled in: the policy and the audiences live on the organisation screen. */
export function sectionRoute(section: CompletenessSection): string {
  return `/${section === 'policy' || section === 'audiences' ? 'organisation' : section}`;
}

/** The findings of one severity, the first FIRST_FINDINGS of them unless the user asked for all. */
export function shownFindings(findings: readonly Finding[], severity: Severity, showAll: boolean) {
  const all = findings.filter((finding) => finding.severity === severity);
  return { all, shown: showAll ? all : all.slice(0, FIRST_FINDINGS) };
}
