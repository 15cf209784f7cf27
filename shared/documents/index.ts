/** The document pipeline: project snapshot → document model → .docx and HTML preview. */
export * from './model';
export type { BuildOptions, TextFallback, TextOwner } from './context';
export type { BuiltDocument } from './result';
export { buildRegister } from './register/buildRegister';
export {
  buildPolicy,
  policyActivities,
  UnknownAudienceError,
  type PolicyOptions,
} from './policy/buildPolicy';
export { buildVendorOverview } from './vendors/buildVendorOverview';
export { renderDocx, type DocxOptions, type RenderedDocx, type TocPageNumbers } from './docx/renderDocx';
export { describeSpliceFailure, type SpliceFailure } from './docx/spliceBody';
export { renderHtml, renderHtmlPage } from './html/renderHtml';
export { PREVIEW_STYLESHEET } from './html/previewStyles';
export { defaultFileName, sanitizeFileNamePart } from './fileName';
export {
  buildDocument,
  documentHash,
  exportDocument,
  type ExportOptions,
  type ExportResult,
} from './exportDocument';
export { markAsDraft } from './draft';
export {
  exportBlockers,
  hasExportBlockers,
  type ExportBlockers,
  type ExportBlockerOptions,
} from './exportBlockers';
