import type { Language } from '../i18n/languages';
import type { Project } from '../model/project';
import type { DocumentKind } from './model';
import { buildPolicy } from './policy/buildPolicy';
import { buildRegister } from './register/buildRegister';
import type { BuiltDocument } from './result';
import { buildVendorOverview } from './vendors/buildVendorOverview';

/**
 * What to build. Kept apart from exportDocument (which adds the .docx writer), so the preview loads the
 * builders without docx and jszip.
 */
export interface BuildOptions {
  readonly kind: DocumentKind;
  readonly language: Language;
  /** For kind "policy": the audience (notice); null or absent = every activity that is not internal only. */
  readonly audienceId?: string | null;
  /** Today: a Date, a timestamp or YYYY-MM-DD. */
  readonly now: Date | string;
  /** Overrides the version label (the policy's own version, or the date for the register and vendor list). */
  readonly version?: string;
}

/** Builds the chosen document from a project snapshot (pure; no rendering). */
export function buildDocument(project: Project, options: BuildOptions): BuiltDocument {
  const common = { language: options.language, now: options.now, version: options.version };
  switch (options.kind) {
    case 'register':
      return buildRegister(project, common);
    case 'policy':
      return buildPolicy(project, { ...common, audienceId: options.audienceId ?? null });
    case 'vendors':
      return buildVendorOverview(project, common);
  }
}
