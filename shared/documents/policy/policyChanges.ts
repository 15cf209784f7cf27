import { sinceExport } from '../../changes/sinceExport';
import { describeRegisterChange, diffRegister } from '../../checks/drift';
import type { RegisterContent } from '../../checks/types';
import type { Project } from '../../model/project';
import type { BuildContext } from '../context';
import { formatDate } from '../../i18n/format';
import { bulletList, paragraph, type Block } from '../model';
import { policyActivities } from './policyActivities';

/** What a policy for `audienceId` shows that "changes" can speak of: its activities and their vendors. */
function policyContent(project: Project, audienceId: string | null): RegisterContent {
  const activities = policyActivities(project, audienceId);
  const vendorIds = new Set(activities.flatMap((activity) => activity.vendorIds));
  return {
    activities,
    vendors: project.vendors.filter((vendor) => vendorIds.has(vendor.id)),
    documentLanguages: project.documentLanguages,
  };
}

/**
 * The policy's own list of changes since its previous version (the previous export for the same
 * audience), from the change log: activities added, removed or renamed, legal bases and retention
 * changed, vendors added, removed or renamed. Nothing when there was no previous version, when the
 * log does not reach back to it, or when nothing the policy shows has changed.
 */
export function policyChangeBlocks(ctx: BuildContext, project: Project, audienceId: string | null): Block[] {
  const since = sinceExport(project, 'policy', audienceId, ctx.language);
  if (since.status !== 'known') return [];
  const changes = diffRegister(policyContent(since.before, audienceId), policyContent(project, audienceId));
  if (changes.length === 0) return [];
  return [
    paragraph(
      ctx.t.policy.changesSince(
        since.previous.versionLabel.trim(),
        formatDate(since.previous.at, ctx.language),
      ),
    ),
    bulletList(changes.map((change) => describeRegisterChange(change, ctx.language))),
  ];
}
