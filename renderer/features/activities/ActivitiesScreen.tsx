import { ActivityEditor } from './ActivityEditor';
import { ActivityList } from './ActivityList';

/** /activities shows the list; /activities/:id one activity's editor. */
export function ActivitiesScreen({ itemId }: { itemId?: string }) {
  return itemId ? <ActivityEditor key={itemId} id={itemId} /> : <ActivityList />;
}
