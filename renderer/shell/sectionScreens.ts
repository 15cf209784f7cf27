import { lazy, type ComponentType } from 'react';
import type { SectionKey } from './navItems';
import type { CATALOG_SCREENS } from '../features/catalogs/catalogScreens';

type CatalogKey = keyof typeof CATALOG_SCREENS;

type Screen = ComponentType<{ itemId?: string }>;

/**
 * A screen whose code loads the first time it is shown (inside AppLayout's Suspense boundary), so the app's
 * first paint does not wait for every screen; the Documents screen's builders come with it, docx only on export.
 */
const onFirstShow = (load: () => Promise<Screen>) => lazy(async () => ({ default: await load() }));

/** The catalog screens share one chunk (the catalog editors, their forms and lists). */
const catalogScreen = (key: CatalogKey) =>
  onFirstShow(async () => (await import('../features/catalogs/catalogScreens')).CATALOG_SCREENS[key]);

/**
 * The screen of each register section, once it has one; a section without an entry shows its
 * empty state. Screens receive the optional item id from the route (/:section/:itemId).
 */
export const SECTION_SCREENS: Partial<Record<SectionKey, Screen>> = {
  dataSubjects: catalogScreen('dataSubjects'),
  dataCategories: catalogScreen('dataCategories'),
  sources: catalogScreen('sources'),
  recipients: catalogScreen('recipients'),
  vendors: catalogScreen('vendors'),
  securityMeasures: catalogScreen('securityMeasures'),
  customers: catalogScreen('customers'),
  activities: onFirstShow(
    async () => (await import('../features/activities/ActivitiesScreen')).ActivitiesScreen,
  ),
  overview: onFirstShow(async () => (await import('../features/overview/OverviewScreen')).OverviewScreen),
  documents: onFirstShow(async () => (await import('../features/documents/DocumentsScreen')).DocumentsScreen),
  organisation: onFirstShow(
    async () => (await import('../features/organisation/OrganisationScreen')).OrganisationScreen,
  ),
  changes: onFirstShow(async () => (await import('../features/changes/ChangeLogScreen')).ChangeLogScreen),
};
