import type { Language } from '../i18n/languages';
import type { Project } from '../model/project';
import { CheckContext } from './context';
import { fixFor } from './projectText';
import type { Rule } from './rule';
import { RULES } from './rules';
import { SEVERITIES, type CheckOptions, type Finding, type RuleId, type Severity } from './types';

const rulesById: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
const ruleOrder: ReadonlyMap<RuleId, number> = new Map(RULES.map((rule, index) => [rule.id, index]));
const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function ruleById(id: RuleId): Rule {
  const rule = rulesById.get(id);
  if (!rule) throw new Error(`no such rule: ${id}`);
  return rule;
}

/**
 * Run every rule over a project. Pure and synchronous: no clock (pass `today`), no I/O.
 * Findings come sorted by severity (errors first), then by rule, then in register order.
 */
export function runChecks(project: Project, options: CheckOptions): Finding[] {
  const context = new CheckContext(project, options);
  const language = options.language ?? context.primary;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    rule.run(context, (report) => {
      const { item, field, params } = report;
      const key = [rule.id, item.kind, item.id ?? '', field ?? '', report.discriminator ?? ''].join('|');
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        item: { kind: item.kind, id: item.id, field, name: item.name },
        fix: fixFor(item, field),
        params,
        message: rule.render(params, language),
        key,
      });
    });
  }
  return findings.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0),
  );
}

/** A finding's message in another language (e.g. after the user switches the UI language). */
export function findingMessage(finding: Pick<Finding, 'ruleId' | 'params'>, language: Language): string {
  return ruleById(finding.ruleId).render(finding.params, language);
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countBySeverity(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** Findings grouped by severity, in SEVERITIES order. */
export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups = Object.fromEntries(SEVERITIES.map((s) => [s, [] as Finding[]])) as Record<
    Severity,
    Finding[]
  >;
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}
