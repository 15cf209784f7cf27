import { runChecks } from '../checks/engine';
import { referencedIds } from '../checks/references';
import type { Finding, ItemKind } from '../checks/types';
import type { Language } from '../i18n/languages';
import type { Project } from '../model/project';
import { policyActivities } from './policy/policyActivities';

/**
 * Why a document may not be written as final: the suggestions it would print that the user has not
 * confirmed, and the error findings of the register. With any of them, the app and the CLI refuse the
 * final document and offer to confirm, or to write a draft marked as such on every page.
 */
export interface ExportBlockers {
  /** `item-unconfirmed` findings of the items that reach this document. */
  readonly unconfirmed: readonly Finding[];
  /** Error findings about this document's content (an internal-only activity's gap does not stop a policy). */
  readonly errors: readonly Finding[];
}

export interface ExportBlockerOptions {
  /** For a policy: its audience; null = every activity that is not internal only. */
  readonly audienceId?: string | null;
  /** YYYY-MM-DD, the caller's local date (for the checks). */
  readonly today: string;
  /** The language of the findings' messages. */
  readonly language: Language;
}

const CATALOG_KIND_KEYS = {
  dataSubject: 'dataSubjects',
  dataCategory: 'dataCategories',
  source: 'sources',
  recipient: 'recipients',
  vendor: 'vendors',
  securityMeasure: 'securityMeasures',
  customer: 'customers',
  audience: 'audiences',
} as const satisfies Partial<Record<ItemKind, keyof Project>>;

/** Whether a finding's item is printed in the document: the register has no policy texts and no audiences. */
function reachesDocument(project: Project, kind: 'register' | 'policy', audienceId: string | null) {
  const activities =
    kind === 'policy'
      ? policyActivities(project, audienceId)
      : project.activities.filter((a) => a.status !== 'retired');
  const activityIds = new Set(activities.map((a) => a.id));
  const used = referencedIds(activities);
  return (finding: Finding): boolean => {
    const { kind: itemKind, id } = finding.item;
    if (itemKind === 'policy') return kind === 'policy';
    if (itemKind === 'activity') return id !== null && activityIds.has(id);
    if (itemKind === 'audience')
      return kind === 'policy' && (audienceId === null ? used.audiences.has(id!) : id === audienceId);
    if (itemKind in CATALOG_KIND_KEYS) {
      const key = CATALOG_KIND_KEYS[itemKind as keyof typeof CATALOG_KIND_KEYS];
      // The register's annexes list every vendor and security measure, used or not.
      if (kind === 'register' && (key === 'vendors' || key === 'securityMeasures')) return true;
      return id !== null && used[key].has(id);
    }
    return true;
  };
}

/** What stands between the project and a final register or policy; both lists empty = it may be final. */
export function exportBlockers(
  project: Project,
  kind: 'register' | 'policy',
  options: ExportBlockerOptions,
): ExportBlockers {
  const findings = runChecks(project, { today: options.today, language: options.language });
  const reaches = reachesDocument(project, kind, options.audienceId ?? null);
  return {
    unconfirmed: findings.filter((f) => f.ruleId === 'item-unconfirmed' && reaches(f)),
    errors: findings.filter((f) => f.severity === 'error' && reaches(f)),
  };
}

export const hasExportBlockers = (blockers: ExportBlockers): boolean =>
  blockers.unconfirmed.length > 0 || blockers.errors.length > 0;
