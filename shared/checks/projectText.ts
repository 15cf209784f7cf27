import type { Wording } from '../model/primitives';
import { LANGUAGES } from '../i18n/languages';
import type { LocalizedText } from '../model/primitives';
import type { Project } from '../model/project';
import { ITEM_KIND_LABELS, namesOf } from './format';
import type { FixScreen, FixTarget, ItemKind } from './types';

/**
 * Every user-written text of a project, each with the item it belongs to: what the text-based rules
 * (Privacy Shield, outdated authority details, continued use, translations) scan. One walk, generic
 * over the model, so a field added to the schema is covered without touching the checks.
 */

export interface ItemLocation {
  readonly kind: ItemKind;
  readonly id: string | null;
  readonly name: Wording;
  readonly screen: FixScreen;
  /** For singletons (id null): the item's path from the project root, e.g. "policy". */
  readonly rootPath: string | null;
}

/** A plain (not localised) text, e.g. a vendor's name or a DPA reference. */
interface TextEntry {
  readonly text: string;
  readonly item: ItemLocation;
  /** Path inside the item: "dpa.reference". */
  readonly field: string;
}

interface LocalizedEntry {
  readonly value: LocalizedText;
  readonly item: ItemLocation;
  /** Path inside the item, without the language: "purposes.0.description". */
  readonly field: string;
  /** False for text that no document shows (cookie text with the cookie section off, unused ADM fields). */
  readonly published: boolean;
}

export interface ProjectTexts {
  readonly texts: readonly TextEntry[];
  readonly localized: readonly LocalizedEntry[];
}

/** Every text, plain or one translation of a localised field, with where it is. */
export function forEachText(
  texts: ProjectTexts,
  visit: (text: string, item: ItemLocation, field: string) => void,
): void {
  for (const entry of texts.texts) visit(entry.text, entry.item, entry.field);
  for (const entry of texts.localized) {
    const { da, sv, en } = entry.value;
    if (da) visit(da, entry.item, entry.field);
    if (sv) visit(sv, entry.item, entry.field);
    if (en) visit(en, entry.item, entry.field);
  }
}

/** Ids, references and machine fields: never prose. */
const SKIPPED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'libraryRef',
  'createdAt',
  'updatedAt',
  'logo',
  'accentColor',
  'exportHistory',
]);

function isSkipped(key: string): boolean {
  return SKIPPED_KEYS.has(key) || key.endsWith('Id') || key.endsWith('Ids');
}

const LANGUAGE_KEYS: ReadonlySet<string> = new Set(LANGUAGES);

function isLocalizedText(value: object): value is LocalizedText {
  for (const key in value) {
    if (!LANGUAGE_KEYS.has(key)) return false;
    const text = (value as Record<string, unknown>)[key];
    if (text !== undefined && typeof text !== 'string') return false;
  }
  return true;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** Keys whose text no document shows, given the object that holds them. */
function unpublishedKey(holder: Record<string, unknown>, key: string, item: ItemLocation): boolean {
  if (item.kind === 'policy' && key === 'cookieText') return holder.includeCookieSection === false;
  if (item.kind === 'activity' && key === 'automatedDecisions') {
    return (holder.automatedDecisions as { status?: unknown } | undefined)?.status !== 'used';
  }
  return false;
}

class Collector {
  readonly texts: TextEntry[] = [];
  readonly localized: LocalizedEntry[] = [];

  walk(value: unknown, item: ItemLocation, field: string, published: boolean): void {
    if (typeof value === 'string') {
      if (value.trim()) this.texts.push({ text: value, item, field });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((child, index) => this.walk(child, item, join(field, index), published));
      return;
    }
    if (isLocalizedText(value)) {
      this.localized.push({ value, item, field, published });
      return;
    }
    const holder = value as Record<string, unknown>;
    for (const key of Object.keys(holder)) {
      if (isSkipped(key)) continue;
      this.walk(holder[key], item, join(field, key), published && !unpublishedKey(holder, key, item));
    }
  }
}

/** The one-per-project items; their kind is also their key in the project. */
export type SingletonKind = 'organisation' | 'privacyContact' | 'representative' | 'policy' | 'branding';

const SINGLETON_SCREENS: Readonly<Record<SingletonKind, FixScreen>> = {
  organisation: 'organisation',
  privacyContact: 'organisation',
  representative: 'organisation',
  policy: 'documents',
  branding: 'documents',
};

/** The catalogs as item kinds and the screens that edit them (audiences belong to the documents screen). */
export const CATALOG_ITEMS = [
  { key: 'dataSubjects', kind: 'dataSubject', screen: 'dataSubjects' },
  { key: 'dataCategories', kind: 'dataCategory', screen: 'dataCategories' },
  { key: 'sources', kind: 'source', screen: 'sources' },
  { key: 'recipients', kind: 'recipient', screen: 'recipients' },
  { key: 'vendors', kind: 'vendor', screen: 'vendors' },
  { key: 'securityMeasures', kind: 'securityMeasure', screen: 'securityMeasures' },
  { key: 'customers', kind: 'customer', screen: 'customers' },
  { key: 'audiences', kind: 'audience', screen: 'documents' },
] as const satisfies readonly { key: keyof Project; kind: ItemKind; screen: FixScreen }[];

/** The location of a singleton (named by its kind alone, e.g. "the privacy policy"). */
export function singletonLocation(kind: SingletonKind): ItemLocation {
  return { kind, id: null, name: ITEM_KIND_LABELS[kind], screen: SINGLETON_SCREENS[kind], rootPath: kind };
}

export function catalogLocation(
  catalog: (typeof CATALOG_ITEMS)[number],
  id: string,
  name: Wording,
): ItemLocation {
  return { kind: catalog.kind, id, name, screen: catalog.screen, rootPath: null };
}

export function activityLocation(id: string, name: Wording): ItemLocation {
  return { kind: 'activity', id, name, screen: 'activities', rootPath: null };
}

/** Where to fix a field of an item: inside the item when it has an id, else from the project root. */
export function fixFor(item: ItemLocation, field: string | null): FixTarget {
  if (item.id !== null) return { screen: item.screen, id: item.id, field };
  const path = field === null ? item.rootPath : item.rootPath === null ? field : `${item.rootPath}.${field}`;
  return { screen: item.screen, id: null, field: path };
}

/**
 * Collect the texts of everything the checks look at. Retired activities are left out: they are history,
 * and no document shows them.
 */
export function collectProjectTexts(project: Project): ProjectTexts {
  const primary = project.documentLanguages.primary;
  const collector = new Collector();
  for (const kind of Object.keys(SINGLETON_SCREENS) as SingletonKind[]) {
    const value = project[kind];
    if (value !== null) collector.walk(value, singletonLocation(kind), '', true);
  }
  for (const jc of project.jointControllers) {
    const item: ItemLocation = {
      kind: 'jointController',
      id: jc.id,
      name: namesOf(jc.name, primary),
      screen: 'organisation',
      rootPath: null,
    };
    collector.walk(jc, item, '', true);
  }
  for (const catalog of CATALOG_ITEMS) {
    for (const entry of project[catalog.key]) {
      collector.walk(entry, catalogLocation(catalog, entry.id, namesOf(entry.name, primary)), '', true);
    }
  }
  for (const activity of project.activities) {
    if (activity.status === 'retired') continue;
    collector.walk(activity, activityLocation(activity.id, namesOf(activity.name, primary)), '', true);
  }
  return { texts: collector.texts, localized: collector.localized };
}
