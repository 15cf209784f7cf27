import { useLiveQuery } from 'dexie-react-hooks';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { getProjectFileLink, projectDocumentState, type ProjectFileLink } from '../../db/projectFileLinks';

/** The open project's file (live) and whether it has changes not yet saved to it. */
export function useProjectFileState(): {
  link: ProjectFileLink | null;
  title: string;
  edited: boolean;
} {
  const db = useDatabase();
  const { project } = useCurrentProject();
  const projectId = project?.id;
  const link =
    useLiveQuery(async () => (projectId ? await getProjectFileLink(db, projectId) : null), [db, projectId]) ??
    null;
  return { link, ...projectDocumentState(project, link) };
}
