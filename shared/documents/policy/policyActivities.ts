import { namesStaffOrApplicants } from '../../checks/heuristics';
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

/**
 * A notice for the firm's employees or job applicants, not for visitors and customers: its audience is named
 * for them, or every data subject its activities name is. Such a notice carries no website cookie or children
 * section. The register has no field for an audience's kind, so the names decide, as the reader recognises them.
 */
export function addressesStaff(project: Project, audienceId: string | null): boolean {
  if (audienceId === null) return false;
  const audience = project.audiences.find((a) => a.id === audienceId);
  if (audience && namesStaffOrApplicants(audience.name)) return true;
  const subjectIds = new Set(
    policyActivities(project, audienceId).flatMap((a) => [
      ...a.dataSubjectIds,
      ...a.subjectData.map((link) => link.dataSubjectId),
    ]),
  );
  const subjects = project.dataSubjects.filter((s) => subjectIds.has(s.id));
  return subjects.length > 0 && subjects.every((s) => namesStaffOrApplicants(s.name));
}
