import type { Activity } from '../../model/activity';
import type { ItemKind, RuleId } from '../types';
import { ACTIVITY_REQUIREMENTS } from './activity';
import { CATALOG_REQUIREMENTS } from './catalogs';
import { ORGANISATION_REQUIREMENTS } from './organisation';
import { POLICY_REQUIREMENTS } from './policy';
import { kindOf } from './sections';
import type { Requirement } from './types';

/**
 * The one table of what a register must state: the completeness score counts it, the "missing X" rules
 * report it, and the editors mark its fields required (README.md).
 */
export const REQUIREMENTS: readonly Requirement[] = [
  ...ORGANISATION_REQUIREMENTS,
  ...POLICY_REQUIREMENTS,
  ...ACTIVITY_REQUIREMENTS,
  ...CATALOG_REQUIREMENTS,
];

const byId: ReadonlyMap<string, Requirement> = new Map(REQUIREMENTS.map((r) => [r.id, r]));

export function requirementById(id: string): Requirement | undefined {
  return byId.get(id);
}

/** The requirements a rule reports, in table order. */
export function requirementsOf(rule: RuleId): readonly Requirement[] {
  return REQUIREMENTS.filter((requirement) => requirement.rule === rule);
}

/** Rules that only say "X is missing": each is the finding of one or more requirements. */
export const REQUIREMENT_RULE_IDS: ReadonlySet<RuleId> = new Set(REQUIREMENTS.map((r) => r.rule));

/** "purposes.2.legalBases" against "purposes.*.legalBases": the index, or -1 for a plain match, or null. */
function matchField(pattern: string, path: string): number | null {
  if (!pattern.includes('*')) return pattern === path ? -1 : null;
  const [head, tail] = pattern.split('*') as [string, string];
  if (!path.startsWith(head) || !path.endsWith(tail)) return null;
  const index = path.slice(head.length, path.length - tail.length);
  return /^\d+$/.test(index) ? Number(index) : null;
}

/**
 * Whether a form marks a field required: exactly when a requirement on that field applies to the item.
 * `path` is the field inside the item as the findings name it ("retention.text", "purposes.0.legalBases").
 */
export function isRequired(kind: ItemKind, path: string, item: unknown): boolean {
  return REQUIREMENTS.some((requirement) => {
    if (requirement.field === null || kindOf(requirement) !== kind) return false;
    const index = matchField(requirement.field, path);
    if (index === null) return false;
    if (requirement.scope !== 'purpose') return requirement.applies(item);
    const activity = item as Activity;
    const purpose = activity.purposes[index];
    return purpose !== undefined && requirement.applies({ activity, purpose, index });
  });
}

export { cite, citeAll } from './citation';
export {
  COMPLETENESS_SECTIONS,
  kindOf,
  SECTION_LABELS,
  sectionOf,
  type CompletenessSection,
} from './sections';
export { RequirementTargets, type Check } from './targets';
export type { Requirement } from './types';
