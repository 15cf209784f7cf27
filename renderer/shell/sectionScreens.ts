import { lazy, type ComponentType } from 'react';
import type { SectionKey } from './navItems';
import { CATALOG_SCREENS } from '../features/catalogs/catalogScreens';

type Screen = ComponentType<{ itemId?: string }>;

/**
 * A screen whose code loads the first time it is shown (inside AppLayout's Suspense boundary), so the app's
 * first paint does not wait for every screen; the Documents screen's builders come with it, docx only on export.
 */
const onFirstShow = (load: () => Promise<Screen>) => lazy(async () => ({ default: await load() }));

/**
 * The screen of each register section, once it has one; a section without an entry shows its
 * empty state. Screens receive the optional item id from the route (/:section/:itemId).
 */
export const SECTION_SCREENS: Partial<Record<SectionKey, Screen>> = {
  ...CATALOG_SCREENS,
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
