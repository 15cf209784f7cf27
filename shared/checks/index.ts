/**
 * Compliance checks: the rule engine (runChecks), the completeness score, and drift detection.
 * Pure TypeScript: runs in the renderer, in main and in the CLI alike.
 */
export * from './types';
export { runChecks, findingMessage, countBySeverity, hasErrors, groupBySeverity } from './engine';
export { RULES } from './rules';
export {
  completenessScore,
  COMPLETENESS_SECTIONS,
  SECTION_LABELS,
  type ActivityCompleteness,
  type CompletenessReport,
  type CompletenessSection,
  type SectionScore,
} from './completeness';
export { statusReasons } from './activityStatus';
export {
  describeRegisterChanges,
  diffRegister,
  driftSince,
  exportContentHash,
  latestExports,
  policyContentHash,
  registerContentHash,
} from './drift';
export { contentDigest, sameContent } from './hash';
