/**
 * The preview's stylesheet, scoped to .kt-doc so it cannot touch the app around it. Pages are drawn as sheets
 * of A4 (landscape sections wider), close to what Word shows.
 */
export const PREVIEW_STYLESHEET = `
.kt-doc{--kt-accent:#1F4E79;--kt-border:#BFC5CC;--kt-muted:#6B7280;font-family:Arial,"Liberation Sans",Helvetica,sans-serif;font-size:10pt;line-height:1.35;color:#1F2328}
.kt-doc .kt-page{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.18);margin:0 auto 24px;padding:14mm 20mm;box-sizing:border-box;max-width:210mm;min-height:120mm}
.kt-doc .kt-page--landscape{max-width:297mm}
.kt-doc .kt-running{display:flex;justify-content:space-between;gap:12px;font-size:7.5pt;color:#4B5563}
.kt-doc .kt-running--header{border-bottom:1px solid var(--kt-border);padding-bottom:3px;margin-bottom:16px}
.kt-doc .kt-running--footer{border-top:1px solid var(--kt-border);padding-top:3px;margin-top:16px}
.kt-doc .kt-h{color:var(--kt-accent);font-weight:700;margin:1.2em 0 .5em;break-after:avoid}
.kt-doc .kt-h1{font-size:15pt}.kt-doc .kt-h2{font-size:12pt}.kt-doc .kt-h3{font-size:10.5pt}
.kt-doc .kt-p{margin:0 0 .5em}
.kt-doc .kt-p--coverTitle{font-size:24pt;font-weight:700;color:var(--kt-accent);margin-top:25mm}
.kt-doc .kt-p--title{font-size:22pt;font-weight:700;color:var(--kt-accent)}
.kt-doc .kt-p--subtitle{font-size:16pt;font-weight:700}
.kt-doc .kt-p--lead{font-size:12pt;color:#4B5563;margin-bottom:1.5em}
.kt-doc .kt-p--closing{margin-top:1.5em}
.kt-doc .kt-align-center{text-align:center}.kt-doc .kt-align-right{text-align:right}
.kt-doc .kt-muted{color:var(--kt-muted)}
.kt-doc .kt-link{color:var(--kt-accent)}
.kt-doc .kt-list{margin:0 0 .5em;padding-left:1.4em}
.kt-doc table{border-collapse:collapse;width:100%;table-layout:fixed;margin:0 0 1em}
.kt-doc th,.kt-doc td{border:1px solid var(--kt-border);padding:3px 5px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
.kt-doc .kt-table,.kt-doc .kt-fields{font-size:9pt}
.kt-doc .kt-table--compact{font-size:7.5pt}
.kt-doc .kt-table thead th{background:#E7EBF0}
.kt-doc .kt-fields th{width:28%;background:#F3F5F7;font-weight:400}
.kt-doc .kt-field-label{display:block;font-weight:700}
.kt-doc .kt-field-ref{display:block;font-size:7pt;color:var(--kt-muted)}
.kt-doc td .kt-p,.kt-doc th .kt-p{margin:0 0 .2em}
.kt-doc td .kt-list{margin:0 0 .2em}
.kt-doc .kt-toc ul{list-style:none;padding:0}.kt-doc .kt-toc-2{padding-left:1.2em}.kt-doc .kt-toc-3{padding-left:2.4em}
.kt-doc .kt-toc-title{font-size:15pt;font-weight:700;color:var(--kt-accent)}
.kt-doc .kt-page-break{border:0;border-top:1px dashed var(--kt-border);margin:18px 0}
.kt-doc .kt-field{color:var(--kt-muted)}
`;
