import type { Activity } from '../../model/activity';
import type { Project } from '../../model/project';

/** The activities a policy describes: in the audience, not internal only, not retired. */
export function policyActivities(project: Project, audienceId: string | null): Activity[] {
  return project.activities.filter(
    (a) =>
      !a.internalOnly &&
      a.status !== 'retired' &&
      (audienceId === null || a.audienceIds.includes(audienceId)),
  );
}
