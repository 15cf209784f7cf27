import type { Language } from '../i18n/languages';
import type {
  Audience,
  Customer,
  DataCategory,
  DataSubject,
  Recipient,
  SecurityMeasure,
  Source,
  Vendor,
} from '../model/catalogs';
import { anyText, resolveText } from '../model/localizedText';
import type { JointController } from '../model/organisation';
import type { LocalizedText } from '../model/primitives';
import type { Project } from '../model/project';
import { calendarDate } from '../i18n/format';
import { documentTexts, type DocumentTexts } from './texts';

/** Where a piece of user text lives, so a missing translation can be shown and fixed on the right screen. */
type TextOwner =
  | 'organisation'
  | 'policy'
  | 'policySection'
  | 'branding'
  | 'jointController'
  | 'activity'
  | 'dataSubject'
  | 'dataCategory'
  | 'source'
  | 'recipient'
  | 'vendor'
  | 'securityMeasure'
  | 'audience';

/** A user text that has no translation in the document language, so the primary language was used. */
export interface TextFallback {
  readonly owner: TextOwner;
  /** The item's id; null for project-level settings (policy, branding). */
  readonly id: string | null;
  /** The field, as the model names it, e.g. "name", "purposes.p-1.description", "retention.text". */
  readonly field: string;
  /** The item's name in the primary language, for the list on the Documents screen. */
  readonly itemName: string;
}

export interface BuildOptions {
  readonly language: Language;
  /** Today, for the document date: a Date, a timestamp or YYYY-MM-DD. */
  readonly now: Date | string;
  /** The version label printed on the register and the vendor overview; defaults to the document date. */
  readonly version?: string;
}

type Catalog<T extends { id: string }> = ReadonlyMap<string, T>;

/** Everything a builder needs, made once per document. */
export interface BuildContext {
  readonly project: Project;
  readonly language: Language;
  readonly primary: Language;
  readonly t: DocumentTexts;
  /** The document date, YYYY-MM-DD. */
  readonly date: string;
  readonly organisationName: string;
  readonly dataSubjects: Catalog<DataSubject>;
  readonly dataCategories: Catalog<DataCategory>;
  readonly sources: Catalog<Source>;
  readonly recipients: Catalog<Recipient>;
  readonly vendors: Catalog<Vendor>;
  readonly securityMeasures: Catalog<SecurityMeasure>;
  readonly customers: Catalog<Customer>;
  readonly audiences: Catalog<Audience>;
  readonly jointControllers: Catalog<JointController>;
  /** User text in the document language, or the primary language's with the fallback recorded. */
  text(value: LocalizedText, owner: TextOwner, id: string | null, field: string): string;
  /** The fallbacks recorded so far, one per owner, id and field. */
  fallbacks(): TextFallback[];
}

const byId = <T extends { id: string }>(items: readonly T[]): Catalog<T> =>
  new Map(items.map((item) => [item.id, item]));

/** Looks up ids in a catalog, skipping any that do not exist (the project schema refuses those anyway). */
export function pick<T extends { id: string }>(catalog: Catalog<T>, ids: readonly string[]): T[] {
  return ids.map((id) => catalog.get(id)).filter((item): item is T => item !== undefined);
}

export function createContext(project: Project, options: BuildOptions): BuildContext {
  const language = options.language;
  const primary = project.documentLanguages.primary;
  const t = documentTexts(language);
  const recorded = new Map<string, TextFallback>();
  const order = [primary, 'da', 'sv', 'en'] as const;

  const lists: Record<TextOwner, readonly { id: string; name?: LocalizedText | string }[]> = {
    organisation: [],
    policy: [],
    policySection: project.policy.extraSections.map((s) => ({ id: s.id, name: s.heading })),
    branding: [],
    jointController: project.jointControllers,
    activity: project.activities,
    dataSubject: project.dataSubjects,
    dataCategory: project.dataCategories,
    source: project.sources,
    recipient: project.recipients,
    vendor: project.vendors,
    securityMeasure: project.securityMeasures,
    audience: project.audiences,
  };
  const itemName = (owner: TextOwner, id: string | null): string => {
    if (id === null) return '';
    const name = lists[owner].find((item) => item.id === id)?.name;
    return typeof name === 'string' ? name : name ? anyText(name, order) : '';
  };

  return {
    project,
    language,
    primary,
    t,
    date: calendarDate(options.now),
    organisationName:
      project.organisation.legalName.trim() || project.name.trim() || t.common.organisationFallback,
    dataSubjects: byId(project.dataSubjects),
    dataCategories: byId(project.dataCategories),
    sources: byId(project.sources),
    recipients: byId(project.recipients),
    vendors: byId(project.vendors),
    securityMeasures: byId(project.securityMeasures),
    customers: byId(project.customers),
    audiences: byId(project.audiences),
    jointControllers: byId(project.jointControllers),
    text(value, owner, id, field) {
      const resolved = resolveText(value, language, primary);
      if (resolved.fellBack) {
        const key = `${owner}\u0000${id ?? ''}\u0000${field}`;
        if (!recorded.has(key)) recorded.set(key, { owner, id, field, itemName: itemName(owner, id) });
      }
      return resolved.text.trim();
    },
    fallbacks: () => [...recorded.values()],
  };
}
