/** The document pipeline: project snapshot → document model → .docx and HTML preview. */
export * from './model';
export type { TextFallback } from './context';
export type { BuiltDocument } from './result';
export { buildRegister } from './register/buildRegister';
export { buildPolicy, UnknownAudienceError, type PolicyOptions } from './policy/buildPolicy';
export { buildVendorOverview } from './vendors/buildVendorOverview';
export { renderDocx } from './docx/renderDocx';
export { describeSpliceFailure, type SpliceFailure } from './docx/spliceBody';
export { renderHtml, renderHtmlPage } from './html/renderHtml';
export { sanitizeFileNamePart } from './fileName';
export { buildDocument } from './buildDocument';
export { exportDocument, exportWebDocument, type ExportOptions } from './exportDocument';
export { exportBlockers, hasExportBlockers, type ExportBlockers } from './exportBlockers';
