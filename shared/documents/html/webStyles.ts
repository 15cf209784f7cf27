/**
 * The web page's stylesheet: one readable column, the firm's accent colour on headings, tables with header
 * cells, and print styles (no link colours, headings kept with what follows, table rows unbroken). Scoped to
 * .kt-web so a page that embeds the article keeps its own look.
 */
export const WEB_STYLESHEET = `
body{margin:0;background:#fff}
.kt-web{--kt-accent:#1F4E79;--kt-border:#BFC5CC;--kt-muted:#5B6470;max-width:46rem;margin:0 auto;padding:2rem 1.25rem 3rem;font-family:system-ui,-apple-system,"Segoe UI",Arial,"Liberation Sans",sans-serif;font-size:1rem;line-height:1.55;color:#1F2328}
.kt-web .kt-h{color:var(--kt-accent);line-height:1.25;margin:1.8em 0 .5em}
.kt-web .kt-title{font-size:2rem;margin-top:0}
.kt-web h2{font-size:1.45rem}.kt-web h3{font-size:1.15rem}.kt-web h4{font-size:1rem}
.kt-web .kt-p{margin:0 0 .8em}
.kt-web .kt-p--subtitle{font-size:1.2rem;font-weight:600}
.kt-web .kt-p--lead{color:var(--kt-muted)}
.kt-web .kt-draft{border:2px solid #B42318;color:#B42318;padding:.4em .8em;display:inline-block}
.kt-web .kt-link{color:var(--kt-accent)}
.kt-web .kt-list{margin:0 0 .8em;padding-left:1.4em}
.kt-web .kt-list li{margin-bottom:.3em}
.kt-web table{border-collapse:collapse;width:100%;margin:0 0 1.2em;font-size:.92rem}
.kt-web th,.kt-web td{border:1px solid var(--kt-border);padding:.35em .5em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
.kt-web thead th{background:#E7EBF0}
.kt-web td .kt-p,.kt-web th .kt-p{margin:0}
.kt-web .kt-muted{color:var(--kt-muted)}
.kt-web .kt-logo{height:auto}
@media print{
.kt-web{max-width:none;padding:0;font-size:10.5pt;color:#000}
.kt-web .kt-link{color:inherit;text-decoration:none}
.kt-web .kt-h{break-after:avoid;page-break-after:avoid}
.kt-web tr{break-inside:avoid;page-break-inside:avoid}
.kt-web thead{display:table-header-group}
}
`;
