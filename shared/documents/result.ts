import type { BuildContext, TextFallback } from './context';
import { defaultFileName } from './fileName';
import type { DocumentKind, DocumentModel, DocumentSection } from './model';

/** What a builder returns: the document, the translations it had to borrow, and a default file name. */
export interface BuiltDocument {
  readonly document: DocumentModel;
  /** User texts missing in the document language, shown in the primary language instead. */
  readonly fallbacks: readonly TextFallback[];
  /** e.g. "Fortegnelse - ITGuy ApS - 2026-11-22.docx", safe on Windows, macOS and Linux. */
  readonly fileName: string;
  /** The edition date the document prints (YYYY-MM-DD), '' when it prints none: the export records this one. */
  readonly editionDate: string;
}

export interface DocumentSpec {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly subject: string;
  readonly version: string;
  readonly keywords: readonly string[];
  readonly sections: readonly DocumentSection[];
  /** What the file name says after the kind and the organisation, e.g. the policy's audience. */
  readonly fileNameParts?: readonly string[];
  /** The edition date printed in the document, if it prints one. */
  readonly editionDate?: string;
}

/** The finished document: properties every kind shares (author = the organisation, date, accent colour). */
export function builtDocument(ctx: BuildContext, spec: DocumentSpec): BuiltDocument {
  return {
    document: {
      kind: spec.kind,
      language: ctx.language,
      properties: {
        title: spec.title,
        subject: spec.subject,
        author: ctx.organisationName,
        version: spec.version,
        date: ctx.date,
        keywords: spec.keywords,
      },
      accentColor: ctx.project.branding.accentColor || null,
      sections: spec.sections,
    },
    fallbacks: ctx.fallbacks(),
    fileName: defaultFileName(
      ctx.t.fileName[spec.kind],
      [ctx.organisationName, ...(spec.fileNameParts ?? [])],
      ctx.date,
    ),
    editionDate: spec.editionDate ?? '',
  };
}
