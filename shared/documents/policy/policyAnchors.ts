/**
 * The policy's link targets: one per section and per activity, so the first part can point to the details and a
 * website can link to a section (the HTML page gives each the same id).
 */
export const POLICY_ANCHORS = {
  brief: 'brief',
  details: 'details',
  bases: 'legal-bases',
  recipients: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  requirement: 'must-you-provide',
  security: 'security',
  rights: 'rights',
  processor: 'as-processor',
  changes: 'changes',
} as const;

export const activityAnchor = (activityId: string): string => `activity-${activityId}`;
