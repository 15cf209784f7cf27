import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { createActivity, isBlankActivity } from '../../../shared/model';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { deleteActivity, saveItem } from '../../db/items';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { itemOfRow, type KartotekDatabase } from '../../db/database';

/**
 * The activities "New activity" made in this window. Only these are discarded when left blank: a blank
 * activity that came from a file or another window is the user's data and stays.
 */
const madeHere = new Set<string>();

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
      madeHere.add(activity.id);
      navigate(`/activities/${activity.id}`);
    });
  };
}

/**
 * Deletes the activity when the editor closes (another page, another activity) if it is still exactly as
 * "New activity" made it. The change log's "added" and "removed" fold into nothing (shared/changes/coalesce).
 */
async function discardIfBlank(db: KartotekDatabase, projectId: string, id: string): Promise<boolean> {
  if (!madeHere.has(id)) return false;
  madeHere.delete(id);
  // Read and delete in one transaction: every keystroke is stored as it is typed (BufferedTextInput), so a
  // name typed before leaving is in the database when this runs, and nothing can slip in between.
  return db.transaction('rw', db.activities, db.projects, db.changes, async () => {
    const row = await db.activities.get([projectId, id]);
    if (!row || !isBlankActivity(itemOfRow(row))) return false;
    await deleteActivity(db, projectId, id);
    return true;
  });
}

/** For the activity editor: an activity the user opened with "New activity" and left blank goes. */
export function useDiscardBlankOnLeave(id: string) {
  const db = useDatabase();
  const { projectId } = useCurrentProject();
  const notifyError = useErrorNotifier();
  // The clean-up must run when the editor closes or shows another activity, not on every render.
  const latest = useRef({ db, projectId, notifyError });
  useEffect(() => {
    latest.current = { db, projectId, notifyError };
  });
  useEffect(
    () => () => {
      const { db, projectId, notifyError } = latest.current;
      if (projectId) void notifyError(() => discardIfBlank(db, projectId, id));
    },
    [id],
  );
}
