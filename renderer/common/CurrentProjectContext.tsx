import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ProjectRow } from '../db/database';
import { rememberLastProject } from '../db/workspace';
import { useDatabase } from './DatabaseContext';

interface CurrentProjectValue {
  projectId: string | null;
  /** The open project's row, live; undefined when none is open. */
  project: ProjectRow | undefined;
  loading: boolean;
  openProject(projectId: string | null): void;
}

const CurrentProjectContext = createContext<CurrentProjectValue | null>(null);

export function CurrentProjectProvider({
  initialProjectId,
  children,
}: {
  /** The project open at start; undefined while the database is still opening (nothing is read then). */
  initialProjectId: string | null | undefined;
  children: ReactNode;
}) {
  const db = useDatabase();
  const [projectId, setProjectId] = useState(initialProjectId);
  // Known once the database is open (main.tsx renders the frame before).
  if (projectId === undefined && initialProjectId !== undefined) setProjectId(initialProjectId);
  // Tagged with the id it was read for: a live query keeps its previous result until the new one is in,
  // and the result read before the start (nothing) does not count as "no project".
  const read = useLiveQuery(
    async () => ({ for: projectId, row: projectId ? ((await db.projects.get(projectId)) ?? null) : null }),
    [db, projectId],
    'loading' as const,
  );
  const row = read === 'loading' || read.for === undefined ? ('loading' as const) : read.row;
  const loading = projectId === undefined || row === 'loading';
  // A project that was deleted (or purged) is no longer open.
  const project = row && row !== 'loading' && !row.deletedAt ? row : undefined;
  const openProject = useCallback(
    (id: string | null) => {
      setProjectId(id);
      void rememberLastProject(db, id);
    },
    [db],
  );
  const value = useMemo(
    () => ({ projectId: project ? (projectId ?? null) : null, project, loading, openProject }),
    [project, projectId, loading, openProject],
  );
  return <CurrentProjectContext.Provider value={value}>{children}</CurrentProjectContext.Provider>;
}

export function useCurrentProject(): CurrentProjectValue {
  const value = useContext(CurrentProjectContext);
  if (!value) throw new Error('useCurrentProject outside CurrentProjectProvider');
  return value;
}
