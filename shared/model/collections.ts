/** The catalogs of a project, in the order screens and documents list them. */
export const CATALOG_KEYS = [
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'vendors',
  'securityMeasures',
  'customers',
  'audiences',
] as const;
export type CatalogKey = (typeof CATALOG_KEYS)[number];

/** Every list of items with ids a project holds: the catalogs, then the activities. */
export const ITEM_KEYS = [...CATALOG_KEYS, 'activities'] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];
