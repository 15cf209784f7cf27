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
  initialProjectId: string | null;
  children: ReactNode;
}) {
  const db = useDatabase();
  const [projectId, setProjectId] = useState(initialProjectId);
  const row = useLiveQuery(
    async () => (projectId ? ((await db.projects.get(projectId)) ?? null) : null),
    [db, projectId],
    'loading' as const,
  );
  const loading = row === 'loading';
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
    () => ({ projectId: project ? projectId : null, project, loading, openProject }),
    [project, projectId, loading, openProject],
  );
  return <CurrentProjectContext.Provider value={value}>{children}</CurrentProjectContext.Provider>;
}

export function useCurrentProject(): CurrentProjectValue {
  const value = useContext(CurrentProjectContext);
  if (!value) throw new Error('useCurrentProject outside CurrentProjectProvider');
  return value;
}
