import type { Activity } from './activity';
import type { CatalogKey } from './project';

/** A reference target an activity can point at: a catalog item or a joint controller. */
export type ReferencedKey = CatalogKey | 'jointControllers';

/** The activity fields that refer to items of each catalog, as the editor names them. */
type UsageField =
  | 'dataSubjects'
  | 'dataCategories'
  | 'subjectData'
  | 'sources'
  | 'recipients'
  | 'recipientData'
  | 'vendors'
  | 'securityMeasures'
  | 'customers'
  | 'audiences'
  | 'jointControllers';

export interface Usage {
  activityId: string;
  fields: UsageField[];
}

function fieldsUsing(activity: Activity, key: ReferencedKey, id: string): UsageField[] {
  const fields: UsageField[] = [];
  const add = (used: boolean, field: UsageField) => used && fields.push(field);
  switch (key) {
    case 'dataSubjects':
      add(activity.dataSubjectIds.includes(id), 'dataSubjects');
      add(
        activity.subjectData.some((link) => link.dataSubjectId === id),
        'subjectData',
      );
      break;
    case 'dataCategories':
      add(activity.dataCategoryIds.includes(id), 'dataCategories');
      add(
        activity.subjectData.some((link) => link.dataCategoryId === id),
        'subjectData',
      );
      add(
        activity.recipients.some((link) => link.dataCategoryIds.includes(id)),
        'recipientData',
      );
      break;
    case 'sources':
      add(activity.sourceIds.includes(id), 'sources');
      break;
    case 'recipients':
      add(
        activity.recipients.some((link) => link.recipientId === id),
        'recipients',
      );
      break;
    case 'vendors':
      add(activity.vendorIds.includes(id), 'vendors');
      break;
    case 'securityMeasures':
      add(activity.securityMeasureIds.includes(id), 'securityMeasures');
      break;
    case 'customers':
      add(activity.customerIds.includes(id), 'customers');
      break;
    case 'audiences':
      add(activity.audienceIds.includes(id), 'audiences');
      break;
    case 'jointControllers':
      add(activity.jointControllerIds.includes(id), 'jointControllers');
      break;
  }
  return fields;
}

/** Where an item is used: which activities, and in which of their fields. */
export function findUsages(activities: readonly Activity[], key: ReferencedKey, id: string): Usage[] {
  return activities.flatMap((activity) => {
    const fields = fieldsUsing(activity, key, id);
    return fields.length ? [{ activityId: activity.id, fields }] : [];
  });
}

/** The activity without any reference to the item, so deleting the item leaves no dangling link. */
export function withoutReferences(activity: Activity, key: ReferencedKey, id: string): Activity {
  const drop = (ids: readonly string[]) => ids.filter((other) => other !== id);
  switch (key) {
    case 'dataSubjects':
      return {
        ...activity,
        dataSubjectIds: drop(activity.dataSubjectIds),
        subjectData: activity.subjectData.filter((link) => link.dataSubjectId !== id),
      };
    case 'dataCategories':
      return {
        ...activity,
        dataCategoryIds: drop(activity.dataCategoryIds),
        subjectData: activity.subjectData.filter((link) => link.dataCategoryId !== id),
        recipients: activity.recipients.map((link) => ({
          ...link,
          dataCategoryIds: drop(link.dataCategoryIds),
        })),
      };
    case 'sources':
      return { ...activity, sourceIds: drop(activity.sourceIds) };
    case 'recipients':
      return { ...activity, recipients: activity.recipients.filter((link) => link.recipientId !== id) };
    case 'vendors':
      return { ...activity, vendorIds: drop(activity.vendorIds) };
    case 'securityMeasures':
      return { ...activity, securityMeasureIds: drop(activity.securityMeasureIds) };
    case 'customers':
      return { ...activity, customerIds: drop(activity.customerIds) };
    case 'audiences':
      return { ...activity, audienceIds: drop(activity.audienceIds) };
    case 'jointControllers':
      return { ...activity, jointControllerIds: drop(activity.jointControllerIds) };
  }
}
