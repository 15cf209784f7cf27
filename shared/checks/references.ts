import type { Activity } from '../model/activity';
import type { CATALOG_ITEMS } from './projectText';

export type CatalogKey = (typeof CATALOG_ITEMS)[number]['key'];

/** Every catalog id the given activities refer to, per catalog: lists, the subject/data matrix and recipient links. */
export function referencedIds(activities: readonly Activity[]): Record<CatalogKey, Set<string>> {
  const used: Record<CatalogKey, Set<string>> = {
    dataSubjects: new Set(),
    dataCategories: new Set(),
    sources: new Set(),
    recipients: new Set(),
    vendors: new Set(),
    securityMeasures: new Set(),
    customers: new Set(),
    audiences: new Set(),
  };
  for (const a of activities) {
    a.dataSubjectIds.forEach((id) => used.dataSubjects.add(id));
    a.dataCategoryIds.forEach((id) => used.dataCategories.add(id));
    for (const link of a.subjectData) {
      used.dataSubjects.add(link.dataSubjectId);
      used.dataCategories.add(link.dataCategoryId);
    }
    for (const link of a.recipients) {
      used.recipients.add(link.recipientId);
      link.dataCategoryIds.forEach((id) => used.dataCategories.add(id));
    }
    a.sourceIds.forEach((id) => used.sources.add(id));
    a.vendorIds.forEach((id) => used.vendors.add(id));
    a.securityMeasureIds.forEach((id) => used.securityMeasures.add(id));
    a.customerIds.forEach((id) => used.customers.add(id));
    a.audienceIds.forEach((id) => used.audiences.add(id));
  }
  return used;
}
