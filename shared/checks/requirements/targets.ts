import type { Project } from '../../model/project';
import { namesOf } from '../format';
import { activityLocation, catalogLocation, singletonLocation, type ItemLocation } from '../projectText';
import { catalogOf, listLocation } from './sections';
import type { Requirement, RequirementContext, Scope } from './types';

/** One thing a requirement is checked on: the subject, the item a finding names, and the place of a purpose. */
export interface Target {
  readonly subject: unknown;
  readonly item: ItemLocation;
  /** The purpose's index, for scope "purpose". */
  readonly index?: number;
}

/** One requirement checked on one target. */
export interface Check {
  readonly requirement: Requirement;
  readonly target: Target;
  /** The requirement's field with the purpose's index filled in; null for a whole list. */
  readonly field: string | null;
  readonly met: boolean;
}

/**
 * The targets of every scope in one project, built once and shared by all requirements of a scope. Retired
 * activities are history: nothing is required of them.
 */
export class RequirementTargets {
  readonly context: RequirementContext;
  private readonly byScope = new Map<Scope, readonly Target[]>();

  constructor(project: Project) {
    this.context = { project, primary: project.documentLanguages.primary };
  }

  of(scope: Scope): readonly Target[] {
    let targets = this.byScope.get(scope);
    if (!targets) this.byScope.set(scope, (targets = this.build(scope)));
    return targets;
  }

  /** Every check of one requirement, in register order. */
  check(requirement: Requirement, visit: (check: Check) => void): void {
    const targets =
      requirement.scope === 'list'
        ? [{ subject: this.context.project, item: listLocation(requirement.list ?? 'activities') }]
        : this.of(requirement.scope);
    for (const target of targets) {
      if (!requirement.applies(target.subject)) continue;
      visit({
        requirement,
        target,
        field: resolveField(requirement.field, target.index),
        met: requirement.given(target.subject, this.context),
      });
    }
  }

  private build(scope: Scope): readonly Target[] {
    const { project, primary } = this.context;
    switch (scope) {
      case 'organisation':
      case 'privacyContact':
      case 'policy':
        return [{ subject: project[scope], item: singletonLocation(scope) }];
      case 'activity':
        return this.activities().map(({ activity, item }) => ({ subject: activity, item }));
      case 'purpose':
        return this.activities().flatMap(({ activity, item }) =>
          activity.purposes.map((purpose, index) => ({ subject: { activity, purpose, index }, item, index })),
        );
      case 'list':
        throw new Error('a list is its own target: see check()');
      default: {
        const catalog = catalogOf(scope);
        return project[catalog.key].map((entry) => ({
          subject: entry,
          item: catalogLocation(catalog, entry.id, namesOf(entry.name, primary)),
        }));
      }
    }
  }

  private activities() {
    const primary = this.context.primary;
    return this.context.project.activities
      .filter((activity) => activity.status !== 'retired')
      .map((activity) => ({
        activity,
        item: activityLocation(activity.id, namesOf(activity.name, primary)),
      }));
  }
}

function resolveField(field: string | null, index: number | undefined): string | null {
  return field === null || index === undefined ? field : field.replace('*', String(index));
}
