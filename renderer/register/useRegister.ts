import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { anyText, type LocalizedText } from '../../shared/model';
import { useCurrentProject } from '../common/CurrentProjectContext';
import { useDatabase } from '../common/DatabaseContext';
import { itemOfRow, type ItemTableName, type ItemTypes, type ProjectCore } from '../db/database';
import { listItems, updateItem, updateProjectCore } from '../db/items';
import { pendingWrites } from '../db/pendingWrites';
import { readProjectSnapshot } from '../db/snapshot';
import { useErrorNotifier } from '../common/useErrorNotifier';

/** The open project's id; register screens are only shown when a project is open. */
export function useProjectId(): string {
  const { projectId } = useCurrentProject();
  if (!projectId) throw new Error('no project is open');
  return projectId;
}

/** One table's items of the open project, live: lists update as soon as anything changes. */
export function useItems<N extends ItemTableName>(table: N): ItemTypes[N][] | undefined {
  const db = useDatabase();
  const projectId = useProjectId();
  return useLiveQuery(() => listItems(db, projectId, table), [db, projectId, table]);
}

/** One item, live; null when it does not exist (e.g. deleted), undefined while loading. */
export function useItem<N extends ItemTableName>(
  table: N,
  id: string | undefined,
): ItemTypes[N] | null | undefined {
  const db = useDatabase();
  const projectId = useProjectId();
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await db.itemTable(table).get([projectId, id]);
    return row ? itemOfRow(row) : null;
  }, [db, projectId, table, id]);
}

/**
 * Stores a change to one item at once, through the pending-writes journal (db/pendingWrites.ts) so that
 * closing the window right after typing loses nothing; failures are shown to the user, never swallowed.
 */
export function useUpdateItem<N extends ItemTableName>(table: N, id: string) {
  const db = useDatabase();
  const projectId = useProjectId();
  const notifyError = useErrorNotifier();
  const shown = useItem(table, id);
  return useCallback(
    (change: (item: ItemTypes[N]) => ItemTypes[N]) => {
      const store = () => updateItem(db, projectId, table, id, change);
      void notifyError(() =>
        shown ? pendingWrites.write({ projectId, table, itemId: id }, shown, change, store) : store(),
      );
    },
    [db, projectId, table, id, notifyError, shown],
  );
}

export function useUpdateProject() {
  const db = useDatabase();
  const projectId = useProjectId();
  const { project } = useCurrentProject();
  const notifyError = useErrorNotifier();
  return useCallback(
    (change: (core: ProjectCore) => ProjectCore) => {
      const store = () => updateProjectCore(db, projectId, change);
      void notifyError(() => {
        if (!project) return store();
        const { deletedAt: _deleted, changeLogSince: _since, ...shown } = project;
        return pendingWrites.write({ projectId, table: 'project', itemId: null }, shown, change, store);
      });
    },
    [db, projectId, project, notifyError],
  );
}

export function useDocumentLanguages(): { languages: Language[]; primary: Language } {
  const { project } = useCurrentProject();
  return project?.documentLanguages ?? { languages: ['en'], primary: 'en' };
}

/**
 * How the editor shows a user-written text in lists and chips: in the UI language when the register has
 * it, else in the primary document language, else in any language that is filled.
 */
export function useDisplayText() {
  const { i18n } = useTranslation();
  const { primary } = useDocumentLanguages();
  const ui = isLanguage(i18n.language) ? i18n.language : primary;
  return useCallback((text: LocalizedText) => anyText(text, [ui, primary, ...LANGUAGES]), [ui, primary]);
}

/** The whole open project as one plain snapshot, live: for checks, search and documents. */
export function useProjectSnapshot() {
  const db = useDatabase();
  const { projectId } = useCurrentProject();
  return useLiveQuery(() => (projectId ? readProjectSnapshot(db, projectId) : undefined), [db, projectId]);
}

/** Today's date in the user's time zone, YYYY-MM-DD (review deadlines are local dates). */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
