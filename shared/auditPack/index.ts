/** The D-mærket audit pack: the pack's own documents, the index of sub-criteria and the .zip itself. */
export {
  auditCriteria,
  auditFacts,
  buildAuditIndex,
  buildFindingsReport,
  buildSecurityMeasuresOverview,
  type AuditIndexOptions,
  type AuditPackFiles,
  type CriterionEvidence,
  type FindingsReportOptions,
} from './documents';
export { buildAuditPack, type AuditPack, type AuditPackOptions } from './pack';
export { auditTexts, CRITERION_IDS, type AuditTexts, type CriterionId, type EvidenceStatus } from './texts';
