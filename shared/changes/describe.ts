import { citeLegalBasis } from '../catalog/legalBases';
import {
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_STATUS_LABELS,
  DATA_CATEGORY_KIND_LABELS,
  DPA_STATUS_LABELS,
  DPIA_STATUS_LABELS,
  JURISDICTION_LABELS,
  RECIPIENT_KIND_LABELS,
  REQUIREMENT_KIND_LABELS,
  RETENTION_UNIT_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  SOURCE_KIND_LABELS,
  TRANSFER_MECHANISM_LABELS,
  VENDOR_ROLE_LABELS,
  fieldLabels,
  fieldNoun,
  PROJECT_KEY_ROOTS,
  projectFieldPath,
} from '../model/vocabulary';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { LegalBasisCode } from '../model/legalBasisCodes';
import type { ChangeAction, ChangeEntry, ChangeTarget } from '../model/changeLog';
import { ITEM_KEYS, type ItemKey } from '../model/collections';
import type { Project } from '../model/project';
import { anyText, isLocalizedText } from '../model/localizedText';
import { wording as w, type LocalizedText, type Wording } from '../model/primitives';
import { itemDisplayName } from '../model/values';
import { countryName, formatDate } from '../i18n/format';

/**
 * A change-log entry in words, for the Change log screen and the audit pack: what (the item), which field,
 * the old and the new value. Ids are named by the items they point to, codes by their labels.
 */

/** What an entry is about: the kind of item, or the project's own settings. */
export const CHANGE_TARGET_LABELS: Readonly<Record<ChangeTarget, Wording>> = {
  project: w('Organisation og indstillinger', 'Organisation och inställningar', 'Organisation and settings'),
  ...(Object.fromEntries(ITEM_KEYS.map((key) => [key, fieldLabels(PROJECT_KEY_ROOTS[key])])) as Record<
    ItemKey,
    Wording
  >),
};

export const CHANGE_ACTION_LABELS: Readonly<Record<ChangeAction, Wording>> = {
  added: w('Tilføjet', 'Tillagd', 'Added'),
  changed: w('Ændret', 'Ändrad', 'Changed'),
  removed: w('Slettet', 'Borttagen', 'Removed'),
};

/** The columns of the change log, on the Change log screen and in the audit pack's change-log document. */
export const CHANGE_COLUMN_LABELS = {
  when: w('Tidspunkt', 'Tidpunkt', 'When'),
  area: w('Område', 'Område', 'Area'),
  item: w('Element', 'Post', 'Item'),
  action: w('Handling', 'Åtgärd', 'Action'),
  field: w('Felt', 'Fält', 'Field'),
  before: w('Før', 'Före', 'Before'),
  after: w('Efter', 'Efter', 'After'),
} as const satisfies Readonly<Record<string, Wording>>;

const EMPTY = '—';
/** A confirmation in words: the entry's own time says when, so the value says only what happened. */
const CONFIRMATION_STATES = {
  confirmed: w('Bekræftet', 'Bekräftad', 'Confirmed'),
  suggested: w('Forslag (ikke bekræftet)', 'Förslag (inte bekräftat)', 'Suggestion (not confirmed)'),
};
const YES_NO = { true: w('ja', 'ja', 'yes'), false: w('nej', 'nej', 'no') };
const DELETED_ITEM = w('(slettet)', '(borttagen)', '(deleted)');
const MAX_VALUE_CHARS = 400;

/** The catalog an id list (or id field) refers to. */
const ID_FIELDS: Readonly<Record<string, ChangeTarget>> = {
  dataSubjectIds: 'dataSubjects',
  dataCategoryIds: 'dataCategories',
  sourceIds: 'sources',
  vendorIds: 'vendors',
  securityMeasureIds: 'securityMeasures',
  customerIds: 'customers',
  audienceIds: 'audiences',
  recipientId: 'recipients',
  dataSubjectId: 'dataSubjects',
  dataCategoryId: 'dataCategories',
};

type LabelTable = Readonly<Record<string, Wording>>;

/** The label table for a coded value, chosen by the field and what it belongs to. */
function codeLabels(target: ChangeTarget, path: readonly string[]): LabelTable | undefined {
  const field = path[path.length - 1];
  const parent = path[path.length - 2];
  if (field === 'status') {
    if (parent === 'dpa') return DPA_STATUS_LABELS;
    if (parent === 'dpia') return DPIA_STATUS_LABELS;
    return target === 'activities' ? ACTIVITY_STATUS_LABELS : undefined;
  }
  if (field === 'role') return target === 'vendors' ? VENDOR_ROLE_LABELS : ACTIVITY_ROLE_LABELS;
  if (field === 'transferMechanism' || field === 'mechanism') return TRANSFER_MECHANISM_LABELS;
  if (field === 'jurisdiction') return JURISDICTION_LABELS;
  if (field === 'unit') return RETENTION_UNIT_LABELS;
  if (field === 'kind') {
    if (parent === 'requirement') return REQUIREMENT_KIND_LABELS;
    const byTarget: Partial<Record<ChangeTarget, LabelTable>> = {
      dataCategories: DATA_CATEGORY_KIND_LABELS,
      sources: SOURCE_KIND_LABELS,
      recipients: RECIPIENT_KIND_LABELS,
      securityMeasures: SECURITY_MEASURE_KIND_LABELS,
    };
    return byTarget[target];
  }
  return undefined;
}

const COUNTRY_FIELDS = new Set(['country', 'hqCountry', 'processingLocations']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

interface FormatContext {
  readonly project: Project;
  readonly language: Language;
  readonly order: readonly Language[];
}

/** The names the log remembers for items, by "target:id": a deleted item is still named by its entries. */
const loggedNames = new WeakMap<Project, Map<string, string>>();
function loggedName(project: Project, catalog: ChangeTarget, id: string): string | undefined {
  let names = loggedNames.get(project);
  if (!names) {
    names = new Map();
    for (const entry of project.changeLog.entries) {
      if (entry.itemId && entry.itemName) names.set(`${entry.target}:${entry.itemId}`, entry.itemName);
    }
    loggedNames.set(project, names);
  }
  return names.get(`${catalog}:${id}`);
}

function itemName(ctx: FormatContext, catalog: ChangeTarget, id: string): string {
  if (catalog === 'project') return id;
  const item = (ctx.project[catalog] as readonly ({ id: string } & Record<string, unknown>)[]).find(
    (candidate) => candidate.id === id,
  );
  if (item) return itemDisplayName(item, ctx.order);
  return `${loggedName(ctx.project, catalog, id) ?? id} ${DELETED_ITEM[ctx.language]}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Text per language in the reader's language, else the primary, else any (order starts with the reader's). */
const localized = (ctx: FormatContext, value: Record<string, unknown>): string =>
  anyText(value as LocalizedText, ctx.order);

/** One value in words. `path` is the field it sits in (the last segment decides codes, ids and countries). */
function formatValue(
  ctx: FormatContext,
  target: ChangeTarget,
  path: readonly string[],
  value: unknown,
): string {
  const field = path[path.length - 1] ?? '';
  if (field === 'confirmedAt' || (field === 'confirmation' && isRecord(value))) {
    const at = field === 'confirmedAt' ? value : (value as Record<string, unknown>).confirmedAt;
    if (value === undefined) return '';
    return CONFIRMATION_STATES[typeof at === 'string' ? 'confirmed' : 'suggested'][ctx.language];
  }
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return YES_NO[`${value}`][ctx.language];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ID_FIELDS[field]) return itemName(ctx, ID_FIELDS[field], value);
    if (COUNTRY_FIELDS.has(field)) return countryName(value, ctx.language);
    if (field === 'code') return citeLegalBasis(value as LegalBasisCode, ctx.language, 'short');
    if (ISO_DATE.test(value)) return formatDate(value, ctx.language);
    return codeLabels(target, path)?.[value]?.[ctx.language] ?? value;
  }
  if (Array.isArray(value)) {
    return value
      .map((element) => formatValue(ctx, target, path, element))
      .filter(Boolean)
      .join(typeof value[0] === 'object' ? '; ' : ', ');
  }
  if (isRecord(value)) {
    if (isLocalizedText(value)) return localized(ctx, value);
    if (field === 'period' && typeof value.amount === 'number' && typeof value.unit === 'string') {
      return `${value.amount} ${formatValue(ctx, target, ['unit'], value.unit)}`;
    }
    if (field === 'purposes' && isRecord(value.description)) {
      const bases = Array.isArray(value.legalBases)
        ? value.legalBases.map((basis) =>
            formatValue(ctx, target, ['code'], (basis as { code?: unknown }).code),
          )
        : [];
      const text = localized(ctx, value.description);
      return bases.length ? `${text} (${bases.join(', ')})` : text;
    }
    if (field === 'subjectData') {
      return `${formatValue(ctx, target, ['dataSubjectId'], value.dataSubjectId)} → ${formatValue(ctx, target, ['dataCategoryId'], value.dataCategoryId)}`;
    }
    if (field === 'recipients' && typeof value.recipientId === 'string') {
      return formatValue(ctx, target, ['recipientId'], value.recipientId);
    }
    if (field === 'logo')
      return typeof value.bytes === 'number' ? `${value.mediaType} (${value.bytes} B)` : '';
    // Any other object: its fields in words, each by the same rules.
    return Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => formatValue(ctx, target, [...path.slice(0, -1), key], inner))
      .filter(Boolean)
      .join(', ');
  }
  return '';
}

/** A value of `path` (in an item of `target`) in words, in `language`; ids are named from `project`. */
export function formatChangeValue(
  project: Project,
  language: Language,
  target: ChangeTarget,
  path: readonly string[],
  value: unknown,
): string {
  const primary = project.documentLanguages.primary;
  const order = [language, primary, ...LANGUAGES.filter((l) => l !== language && l !== primary)];
  return clip(formatValue({ project, language, order }, target, path, value)) || EMPTY;
}

const isPosition = (segment: string) => /^\d+$/.test(segment);

/** A field of an item of `target` (or of the project's settings) in words: "retention period › period". */
export function fieldLabel(target: ChangeTarget, path: readonly string[], language: Language): string {
  const fromProject = target === 'project' ? [] : [target];
  const keys = path.filter((segment) => !isPosition(segment));
  return keys
    .map((key, i) => {
      const field = projectFieldPath([...fromProject, ...keys.slice(0, i + 1)]);
      return field ? fieldNoun(field, language) : key;
    })
    .join(' › ');
}

export interface DescribedChange {
  readonly id: string;
  readonly at: string;
  readonly target: ChangeTarget;
  readonly itemId: string | null;
  readonly action: ChangeAction;
  /** "Vendor", "Processing activity" … */
  readonly kind: string;
  /** The item's name (as it is now, or as it was when the entry was made); '' for project settings. */
  readonly item: string;
  /** The field in words; '' for "added" and "removed". */
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** One entry in words, in `language`; ids are named from `project` (the register as it is now). */
export function describeChange(entry: ChangeEntry, project: Project, language: Language): DescribedChange {
  const primary = project.documentLanguages.primary;
  const order = [language, primary, ...LANGUAGES.filter((l) => l !== language && l !== primary)];
  const ctx: FormatContext = { project, language, order };
  const current =
    entry.target === 'project' || entry.itemId === null
      ? undefined
      : (project[entry.target] as readonly ({ id: string } & Record<string, unknown>)[]).find(
          (item) => item.id === entry.itemId,
        );
  const changed = entry.action === 'changed';
  return {
    id: entry.id,
    at: entry.at,
    target: entry.target,
    itemId: entry.itemId,
    action: entry.action,
    kind: CHANGE_TARGET_LABELS[entry.target][language],
    item: current ? itemDisplayName(current, order) : entry.itemName,
    field: changed ? fieldLabel(entry.target, entry.path, language) : '',
    before: changed ? clip(formatValue(ctx, entry.target, entry.path, entry.before)) || EMPTY : '',
    after: changed ? clip(formatValue(ctx, entry.target, entry.path, entry.after)) || EMPTY : '',
  };
}
