import { createContext, useContext, type ReactNode } from 'react';
import type { StoragePersistence } from '../db/workspace';

/**
 * What the app starts from once the database is open and the edits of a closed window are replayed
 * (main.tsx): null before, while the app's frame is already shown. Screens and everything else that
 * reads or writes the database wait for it (AppLayout).
 */
export interface WorkspaceStart {
  initialProjectId: string | null;
  persistence: StoragePersistence;
}

const WorkspaceStartContext = createContext<WorkspaceStart | null>(null);

export function WorkspaceStartProvider({
  start,
  children,
}: {
  start: WorkspaceStart | null;
  children: ReactNode;
}) {
  return <WorkspaceStartContext.Provider value={start}>{children}</WorkspaceStartContext.Provider>;
}

/** The workspace's start, or null while the database is still opening. */
export function useWorkspaceStart(): WorkspaceStart | null {
  return useContext(WorkspaceStartContext);
}
