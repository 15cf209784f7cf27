import type { ComponentType } from 'react';
import type { SectionKey } from './navItems';
import { CATALOG_SCREENS } from '../features/catalogs/catalogScreens';
import { ActivitiesScreen } from '../features/activities/ActivitiesScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { OrganisationScreen } from '../features/organisation/OrganisationScreen';
import { ChangeLogScreen } from '../features/changes/ChangeLogScreen';

/**
 * The screen of each register section, once it has one; a section without an entry shows its
 * empty state. Screens receive the optional item id from the route (/:section/:itemId).
 */
export const SECTION_SCREENS: Partial<Record<SectionKey, ComponentType<{ itemId?: string }>>> = {
  ...CATALOG_SCREENS,
  activities: ActivitiesScreen,
  overview: OverviewScreen,
  documents: DocumentsScreen,
  organisation: OrganisationScreen,
  changes: ChangeLogScreen,
};
