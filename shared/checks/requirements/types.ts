import type { Wording } from '../../model/primitives';
import type { Language } from '../../i18n/languages';
import type { Activity, Purpose } from '../../model/activity';
import type { Organisation, PolicySettings, PrivacyContact } from '../../model/organisation';
import type { Project } from '../../model/project';
import type { CATALOG_ITEMS } from '../projectText';
import type { FindingParams, RuleId, Severity } from '../types';
import type { Citation } from './citation';

export type CatalogKey = (typeof CATALOG_ITEMS)[number]['key'];

/** One purpose of an activity, with its place in the activity's list. */
interface PurposeOf {
  readonly activity: Activity;
  readonly purpose: Purpose;
  readonly index: number;
}

/**
 * What a requirement is about, by scope: the organisation, its privacy contact, the policy settings, each
 * activity that is not retired, each purpose of one, each catalog entry — or a whole list ("list": the
 * project, for "at least one activity" or "at least one data subject category").
 */
type ScopeSubjects = {
  readonly organisation: Organisation;
  readonly privacyContact: PrivacyContact;
  readonly policy: PolicySettings;
  readonly activity: Activity;
  readonly purpose: PurposeOf;
  readonly list: Project;
} & { readonly [K in CatalogKey]: Project[K][number] };
export type Scope = keyof ScopeSubjects;

export interface RequirementContext {
  readonly project: Project;
  /** Texts count in the primary document language; translations are the missing-translation rule's business. */
  readonly primary: Language;
}

export interface RequirementDefinition<S extends Scope> {
  /** Stable: "activity.retention", "vendor.transferMechanism", "dataSubjects.empty" (the completeness report's key). */
  readonly id: string;
  readonly scope: S;
  /** For scope "list": which list must not be empty. */
  readonly list?: 'activities' | CatalogKey;
  /** Path inside the item; "*" stands for the purpose's index ("purposes.*.legalBases"). Null for a whole list. */
  readonly field: string | null;
  /** What is missing, in words: "opbevaringsperiode" / "lagringstid" / "retention period". */
  readonly noun: Wording;
  /** When the requirement applies to the subject; always when absent. Reads the subject only, so a form can ask. */
  readonly applies?: (subject: ScopeSubjects[S]) => boolean;
  /** Whether it is met: built from the model's own predicates. */
  readonly given: (subject: ScopeSubjects[S], context: RequirementContext) => boolean;
  /** error: the law requires it; warning: expected; info: housekeeping. */
  readonly severity: Severity;
  /** The rule whose finding reports it unmet. */
  readonly rule: RuleId;
  /** What it rests on; empty for what good practice expects but no article requires. */
  readonly articles: readonly Citation[];
  /** The finding's parameters, for rules whose messages say more than the noun; by default kind, name, requirement. */
  readonly params?: (subject: ScopeSubjects[S], names: Wording, context: RequirementContext) => FindingParams;
}

/** A requirement with its subject type erased, as the table holds it. */
export interface Requirement {
  readonly id: string;
  readonly scope: Scope;
  readonly list: 'activities' | CatalogKey | null;
  readonly field: string | null;
  readonly noun: Wording;
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly articles: readonly Citation[];
  applies(subject: unknown): boolean;
  given(subject: unknown, context: RequirementContext): boolean;
  params(subject: unknown, names: Wording, context: RequirementContext): FindingParams | null;
}

export function defineRequirement<S extends Scope>(definition: RequirementDefinition<S>): Requirement {
  // The table only ever hands a requirement subjects of its own scope (see targets.ts).
  type Subject = ScopeSubjects[S];
  return {
    id: definition.id,
    scope: definition.scope,
    list: definition.list ?? null,
    field: definition.field,
    noun: definition.noun,
    severity: definition.severity,
    rule: definition.rule,
    articles: definition.articles,
    applies: (subject) => definition.applies?.(subject as Subject) ?? true,
    given: (subject, context) => definition.given(subject as Subject, context),
    params: (subject, names, context) => definition.params?.(subject as Subject, names, context) ?? null,
  };
}
