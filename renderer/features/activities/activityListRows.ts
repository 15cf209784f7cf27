import { ACTIVITY_ROLE_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { ACTIVITY_STATUSES, type Activity, type LocalizedText } from '../../../shared/model';

export type SortKey = 'name' | 'status' | 'role' | 'nextReview' | 'updated';
export interface ListSort {
  key: SortKey;
  descending: boolean;
}

/** The policy filter's value for activities that are in no policy. */
export const INTERNAL_ONLY = '\u0000internal';

export interface ListFilters {
  status: string | null;
  role: string | null;
  /** An audience's id, INTERNAL_ONLY, or null for all. */
  audience: string | null;
  /** The search text as typed. */
  query: string;
}

/** One activity as the list shows it, with what sorting and searching need worked out once. */
export interface ActivityListRow {
  activity: Activity;
  /** The name as displayed (UI language first). */
  name: string;
  /** Every user-written text the search looks in, lower-cased: name, description, purposes, owner. */
  searchText: string;
}

const texts = (text: LocalizedText) => Object.values(text).filter(Boolean);

/**
 * The list's rows, worked out once per change of the register (not per keystroke): a search then only
 * compares strings. The search text holds the texts in every language, never the JSON keys or ids.
 */
export function toListRows(
  activities: readonly Activity[],
  display: (text: LocalizedText) => string,
): ActivityListRow[] {
  return activities.map((activity) => ({
    activity,
    name: display(activity.name),
    searchText: [
      ...texts(activity.name),
      ...texts(activity.description),
      ...activity.purposes.flatMap((purpose) => [
        ...texts(purpose.description),
        ...purpose.legalBases.flatMap((basis) => [...texts(basis.legitimateInterest), ...texts(basis.note)]),
      ]),
      activity.owner,
    ]
      .join('\n')
      .toLocaleLowerCase(),
  }));
}

/** The rows in the chosen order; rows that tie keep the register's order. */
export function sortRows(rows: readonly ActivityListRow[], sort: ListSort, language: Language) {
  const collator = new Intl.Collator(language);
  const value = (row: ActivityListRow): string => {
    const a = row.activity;
    switch (sort.key) {
      case 'name':
        return row.name.toLocaleLowerCase();
      case 'status':
        return String(ACTIVITY_STATUSES.indexOf(a.status));
      case 'role':
        return ACTIVITY_ROLE_LABELS[a.role][language];
      case 'nextReview':
        return a.nextReview || '9999';
      case 'updated':
        return a.updatedAt;
    }
  };
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  const direction = sort.descending ? -1 : 1;
  keyed.sort((a, b) => collator.compare(a.key, b.key) * direction);
  return keyed.map(({ row }) => row);
}

/** The rows that pass every filter and contain the search text. */
export function filterRows(rows: readonly ActivityListRow[], filters: ListFilters): ActivityListRow[] {
  const needle = filters.query.trim().toLocaleLowerCase();
  const { status, role, audience } = filters;
  if (!needle && !status && !role && !audience) return rows as ActivityListRow[];
  return rows.filter(
    ({ activity: a, searchText }) =>
      (!status || a.status === status) &&
      (!role || a.role === role) &&
      (!audience ||
        (audience === INTERNAL_ONLY
          ? a.internalOnly
          : !a.internalOnly && a.audienceIds.includes(audience))) &&
      (!needle || searchText.includes(needle)),
  );
}
