import type { Activity } from './activity';
import type { CatalogKey } from './collections';
import type { ExportRecord, JointController } from './organisation';

/** The parts of a project that hold ids or refer to them (the project schema refines itself with this). */
type ProjectShape = Record<CatalogKey, readonly { id: string }[]> & {
  readonly activities: readonly Activity[];
  readonly jointControllers: readonly JointController[];
  readonly exportHistory: readonly ExportRecord[];
};

export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

function ids(items: readonly { id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

/**
 * Every id an activity refers to must exist in its catalog, and ids must be unique per catalog.
 * A file that breaks this would otherwise show links to nothing, so it is refused on open.
 */
export function findDanglingReferences(project: ProjectShape): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const catalogs = {
    dataSubjects: project.dataSubjects,
    dataCategories: project.dataCategories,
    sources: project.sources,
    recipients: project.recipients,
    vendors: project.vendors,
    securityMeasures: project.securityMeasures,
    customers: project.customers,
    audiences: project.audiences,
    activities: project.activities,
    jointControllers: project.jointControllers,
  };
  for (const [key, items] of Object.entries(catalogs)) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) issues.push({ path: [key, index, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  }
  const known = {
    dataSubjects: ids(project.dataSubjects),
    dataCategories: ids(project.dataCategories),
    sources: ids(project.sources),
    recipients: ids(project.recipients),
    vendors: ids(project.vendors),
    securityMeasures: ids(project.securityMeasures),
    customers: ids(project.customers),
    audiences: ids(project.audiences),
    jointControllers: ids(project.jointControllers),
  };
  const check = (set: Set<string>, id: string, path: (string | number)[], what: string) => {
    if (!set.has(id)) issues.push({ path, message: `refers to a ${what} that does not exist ("${id}")` });
  };
  project.activities.forEach((activity, a) => {
    const at = (...rest: (string | number)[]) => ['activities', a, ...rest];
    activity.customerIds.forEach((id, i) => check(known.customers, id, at('customerIds', i), 'customer'));
    activity.jointControllerIds.forEach((id, i) =>
      check(known.jointControllers, id, at('jointControllerIds', i), 'joint controller'),
    );
    activity.dataSubjectIds.forEach((id, i) =>
      check(known.dataSubjects, id, at('dataSubjectIds', i), 'data subject category'),
    );
    activity.dataCategoryIds.forEach((id, i) =>
      check(known.dataCategories, id, at('dataCategoryIds', i), 'data category'),
    );
    activity.subjectData.forEach((link, i) => {
      check(
        known.dataSubjects,
        link.dataSubjectId,
        at('subjectData', i, 'dataSubjectId'),
        'data subject category',
      );
      check(
        known.dataCategories,
        link.dataCategoryId,
        at('subjectData', i, 'dataCategoryId'),
        'data category',
      );
    });
    activity.sourceIds.forEach((id, i) => check(known.sources, id, at('sourceIds', i), 'source'));
    activity.recipients.forEach((link, i) => {
      check(known.recipients, link.recipientId, at('recipients', i, 'recipientId'), 'recipient');
      link.dataCategoryIds.forEach((id, j) =>
        check(known.dataCategories, id, at('recipients', i, 'dataCategoryIds', j), 'data category'),
      );
    });
    activity.vendorIds.forEach((id, i) => check(known.vendors, id, at('vendorIds', i), 'vendor'));
    activity.securityMeasureIds.forEach((id, i) =>
      check(known.securityMeasures, id, at('securityMeasureIds', i), 'security measure'),
    );
    activity.audienceIds.forEach((id, i) =>
      check(known.audiences, id, at('audienceIds', i), 'policy audience'),
    );
  });
  project.exportHistory.forEach((record, i) => {
    if (record.audienceId !== null)
      check(known.audiences, record.audienceId, ['exportHistory', i, 'audienceId'], 'policy audience');
  });
  return issues;
}
