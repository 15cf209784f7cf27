/** The D-mærket audit pack: the pack's own documents, the index of sub-criteria and the .zip itself. */
export { auditCriteria, buildFindingsReport, buildSecurityMeasuresOverview } from './documents';
export { buildAuditPack } from './pack';
export { auditTexts, CRITERION_IDS, type EvidenceStatus } from './texts';
