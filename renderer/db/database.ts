import Dexie, { type Table } from 'dexie';
import { ITEM_KEYS } from '../../shared/model';
import { itemToV3, projectCoreToV3 } from '../../shared/project-file/migrations';
import type {
  Activity,
  Audience,
  CatalogKey,
  ChangeEntry,
  Customer,
  DataCategory,
  DataSubject,
  Project,
  Recipient,
  SecurityMeasure,
  Source,
  Vendor,
} from '../../shared/model';

/** The project row holds everything of a project except its catalogs, activities and change log. */
export type ProjectCore = Omit<Project, CatalogKey | 'activities' | 'changeLog'>;

export interface ProjectRow extends ProjectCore {
  /** Set when the project is in "Recently deleted"; it can be restored until purged. */
  deletedAt: string | null;
  /** The change log's `since` (its entries are rows of the changes table). */
  changeLogSince: string;
}

/** One change-log entry of a project (shared/model/changeLog.ts). */
export type ChangeRow = ChangeEntry & {
  projectId: string;
  /** The entry's place in the log: entries are undone newest-first in this order. */
  seq: number;
  /** itemId, or '' for the project's own settings: IndexedDB cannot index null. */
  itemKey: string;
};

/** Catalog items and activities live in their own tables, keyed by [projectId+id]. */
export type ItemRow<T> = T & {
  projectId: string;
  /** Keeps the user's order, so a project survives file → database → file unchanged. */
  seq: number;
};

/**
 * The item a row holds: the row without the table's own keys. A copy, so the row stays as it was read. The keys
 * were added last when the row was written, and are deleted last-first, which keeps the copy's shape in V8.
 */
export function itemOfRow<T>(row: ItemRow<T>): T {
  const item: ItemRow<T> = { ...row };
  Reflect.deleteProperty(item, 'seq');
  Reflect.deleteProperty(item, 'projectId');
  return item;
}

export interface ItemTypes {
  dataSubjects: DataSubject;
  dataCategories: DataCategory;
  sources: Source;
  recipients: Recipient;
  vendors: Vendor;
  securityMeasures: SecurityMeasure;
  customers: Customer;
  audiences: Audience;
  activities: Activity;
}
export type ItemTableName = keyof ItemTypes;

export const ITEM_TABLES = ITEM_KEYS satisfies readonly ItemTableName[];

export interface SettingRow {
  key: string;
  value: unknown;
}

const DATABASE_NAME = 'kartotek';

export class KartotekDatabase extends Dexie {
  projects!: Table<ProjectRow, string>;
  dataSubjects!: Table<ItemRow<DataSubject>, [string, string]>;
  dataCategories!: Table<ItemRow<DataCategory>, [string, string]>;
  sources!: Table<ItemRow<Source>, [string, string]>;
  recipients!: Table<ItemRow<Recipient>, [string, string]>;
  vendors!: Table<ItemRow<Vendor>, [string, string]>;
  securityMeasures!: Table<ItemRow<SecurityMeasure>, [string, string]>;
  customers!: Table<ItemRow<Customer>, [string, string]>;
  audiences!: Table<ItemRow<Audience>, [string, string]>;
  activities!: Table<ItemRow<Activity>, [string, string]>;
  settings!: Table<SettingRow, string>;
  changes!: Table<ChangeRow, [string, string]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Schema versions are only ever added, never edited: an upgrade must not lose user data.
    this.version(1).stores({
      projects: 'id, name, updatedAt',
      ...Object.fromEntries(ITEM_TABLES.map((table) => [table, '[projectId+id], projectId'])),
      settings: 'key',
    });
    // Version 2: the change log. Existing projects start their log now: what came before is not known.
    this.version(2)
      .stores({ changes: '[projectId+id], projectId, [projectId+itemKey]' })
      .upgrade(async (tx) => {
        const now = new Date().toISOString();
        await tx
          .table('projects')
          .toCollection()
          .modify((row: Partial<ProjectRow>) => {
            row.changeLogSince ??= now;
          });
      });
    // Version 3: whether the user confirmed each item, and no defaults read as claims — the same change as
    // the project file's format version 3, made by the same functions so the two cannot drift apart.
    this.version(3).upgrade(async (tx) => {
      await tx
        .table('projects')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          Object.assign(row, projectCoreToV3(row));
        });
      for (const table of ITEM_TABLES) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            // itemToV3 replaces whole sub-objects (automatedDecisions), so assigning drops their old keys.
            Object.assign(row, itemToV3(table, row));
          });
      }
    });
  }

  itemTable<N extends ItemTableName>(name: N): Table<ItemRow<ItemTypes[N]>, [string, string]> {
    return this.table(name);
  }

  allTables() {
    return [this.projects, this.settings, this.changes, ...ITEM_TABLES.map((name) => this.table(name))];
  }
}
