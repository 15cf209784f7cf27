/**
 * Compliance checks: the rule engine (runChecks), the completeness score, and drift detection.
 * Pure TypeScript: runs in the renderer, in main and in the CLI alike.
 */
export * from './types';
export { runChecks, findingMessage, ruleById, countBySeverity, hasErrors, groupBySeverity } from './engine';
export type { FindingCounts } from './engine';
export { RULES } from './rules';
export type { Rule } from './rule';
export {
  completenessScore,
  COMPLETENESS_SECTIONS,
  SECTION_LABELS,
  type ActivityCompleteness,
  type ActivityStatus,
  type CompletenessOptions,
  type CompletenessReport,
  type CompletenessSection,
  type MissingEntry,
  type SectionScore,
} from './completeness';
export { statusReasons } from './activityStatus';
export {
  describeRegisterChange,
  describeRegisterChanges,
  diffRegister,
  driftSince,
  exportContentHash,
  isContentHash,
  latestExports,
  policyContentHash,
  PolicyDigests,
  policySnapshot,
  registerContentHash,
  type Drift,
  type RegisterChange,
} from './drift';
export { contentDigest, sameContent } from './hash';
