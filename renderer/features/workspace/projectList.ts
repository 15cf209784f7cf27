import { PROJECT_NAME_MAX, type ProjectSummary } from '../../db/workspace';

/** The workspace's two lists: the projects in use and those in "Recently deleted", each in the given order. */
export function splitProjects(summaries: readonly ProjectSummary[] | undefined) {
  return {
    active: summaries?.filter((p) => !p.deletedAt) ?? [],
    deleted: summaries?.filter((p) => p.deletedAt) ?? [],
  };
}

/** The name of a duplicate ("Copy of …"), cut to the longest name a project may have. */
export function copyName(label: string): string {
  return label.slice(0, PROJECT_NAME_MAX);
}

/** The id of the "deleted, Undo" notice, so deleting for good can take it away. */
export const deletedNoticeId = (projectId: string) => `deleted-${projectId}`;
