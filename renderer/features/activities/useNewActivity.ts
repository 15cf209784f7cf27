import { useNavigate } from 'react-router';
import { createActivity } from '../../../shared/model';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { saveItem } from '../../db/items';
import { useErrorNotifier } from '../../common/useErrorNotifier';

/** Creates an empty activity in the open project and opens it (the "New activity" button and Ctrl+N). */
export function useNewActivity() {
  const db = useDatabase();
  const navigate = useNavigate();
  const { projectId } = useCurrentProject();
  const notifyError = useErrorNotifier();
  return () => {
    if (!projectId) return;
    void notifyError(async () => {
      const activity = createActivity();
      await saveItem(db, projectId, 'activities', activity);
      navigate(`/activities/${activity.id}`);
    });
  };
}
