import JSZip from 'jszip';
import { buildPolicy } from '../documents/policy/buildPolicy';
import { buildRegister } from '../documents/register/buildRegister';
import { buildVendorOverview } from '../documents/vendors/buildVendorOverview';
import type { BuiltDocument } from '../documents/result';
import type { TextFallback } from '../documents/context';
import { renderDocx } from '../documents/docx/renderDocx';
import type { SpliceFailure } from '../documents/docx/spliceBody';
import { defaultFileName } from '../documents/fileName';
import { calendarDate } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { anyText } from '../model/localizedText';
import type { Project } from '../model/project';
import {
  auditIndexFileName,
  buildAuditIndex,
  buildFindingsReport,
  buildSecurityMeasuresOverview,
  type AuditPackFiles,
} from './documents';
import { buildChangeLogReport } from './changeLogReport';
import { auditTexts } from './texts';

export interface AuditPackOptions {
  readonly language: Language;
  /** Today, for the documents' date: a Date, a timestamp or YYYY-MM-DD. */
  readonly now: Date | string;
  /** The date review deadlines are judged by, YYYY-MM-DD. */
  readonly today: string;
}

export interface AuditPack {
  /** The .zip file. */
  readonly bytes: Uint8Array;
  /** e.g. "D-mærket revisionspakke - ITGuy ApS - 2026-11-22.zip". */
  readonly fileName: string;
  /** The files inside the zip, in order ("00 Indeks - ….docx", "01 Fortegnelse - ….docx", …). */
  readonly entries: string[];
  /** User texts shown in the primary language because the pack's language has none, over every document. */
  readonly fallbacks: readonly TextFallback[];
  /** The files written the slower way because docx's output was not as the fast path expects, and why. */
  readonly spliceFailures: readonly { readonly entry: string; readonly failure: SpliceFailure }[];
}

const numbered = (n: number, name: string) => `${String(n).padStart(2, '0')} ${name}`;

/** A document of the pack, with its file name inside the zip. */
export interface AuditPackDocument {
  readonly entry: string;
  readonly built: BuiltDocument;
}

/**
 * The documents of the D-mærket audit pack, in order: the index, the register, the policy per audience (one for
 * every activity when the project has no audiences), the vendor overview, the security-measures overview, the
 * findings report and the change log.
 */
export function auditPackDocuments(project: Project, options: AuditPackOptions): AuditPackDocument[] {
  const { language, now, today } = options;
  const common = { language, now };
  const audiences = project.audiences.length ? project.audiences : [null];
  const order = [project.documentLanguages.primary, language, 'da', 'sv', 'en'] as const;

  const documents: { role: string; audience: string; built: BuiltDocument }[] = [
    { role: 'register', audience: '', built: buildRegister(project, common) },
    ...audiences.map((audience) => ({
      role: 'policy',
      audience: audience ? anyText(audience.name, [language, ...order]) : '',
      built: buildPolicy(project, { ...common, audienceId: audience?.id ?? null }),
    })),
    { role: 'vendors', audience: '', built: buildVendorOverview(project, common) },
    { role: 'securityMeasures', audience: '', built: buildSecurityMeasuresOverview(project, common) },
    { role: 'findings', audience: '', built: buildFindingsReport(project, { ...common, today }) },
    { role: 'changeLog', audience: '', built: buildChangeLogReport(project, common) },
  ];
  const named = documents.map((d, i) => ({ ...d, entry: numbered(i + 1, d.built.fileName) }));
  const of = (role: string) => named.find((d) => d.role === role)!.entry;
  const files: AuditPackFiles = {
    index: numbered(0, auditIndexFileName(project, common)),
    register: of('register'),
    policies: named
      .filter((d) => d.role === 'policy')
      .map((d) => ({ fileName: d.entry, audience: d.audience })),
    vendors: of('vendors'),
    securityMeasures: of('securityMeasures'),
    findings: of('findings'),
    changeLog: of('changeLog'),
  };
  const index = buildAuditIndex(project, { ...common, files });
  return [{ entry: files.index, built: index }, ...named.map(({ entry, built }) => ({ entry, built }))];
}

/** The D-mærket audit pack: its documents (auditPackDocuments), all .docx, in one .zip. */
export async function buildAuditPack(project: Project, options: AuditPackOptions): Promise<AuditPack> {
  const all = auditPackDocuments(project, options);
  const rendered = await Promise.all(
    all.map(async ({ entry, built }) => ({ entry, docx: await renderDocx(built.document) })),
  );
  const date = calendarDate(options.now);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const zip = new JSZip();
  for (const { entry, docx } of rendered) {
    zip.file(entry, docx.bytes, { date: new Date(Date.UTC(year, month - 1, day)), binary: true });
  }
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });

  const seen = new Map<string, TextFallback>();
  for (const { built } of all) {
    for (const f of built.fallbacks) seen.set(`${f.owner}\u0000${f.id ?? ''}\u0000${f.field}`, f);
  }
  const org = all[0]!.built.document.properties.author;
  return {
    bytes,
    fileName: defaultFileName(auditTexts(options.language).packName, [org], date).replace(/\.docx$/, '.zip'),
    entries: rendered.map((r) => r.entry),
    fallbacks: [...seen.values()],
    spliceFailures: rendered.flatMap(({ entry, docx }) =>
      docx.spliceFailure ? [{ entry, failure: docx.spliceFailure }] : [],
    ),
  };
}
