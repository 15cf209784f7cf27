import type { ComponentType } from 'react';
import type { SectionKey } from '../../shell/navItems';
import { CATALOG_SCREENS } from '../catalogs/catalogScreens';
import { ActivitiesScreen } from '../activities/ActivitiesScreen';
import { OverviewScreen } from '../overview/OverviewScreen';
import { DocumentsScreen } from '../documents/DocumentsScreen';
import { OrganisationScreen } from '../organisation/OrganisationScreen';
import { ChangeLogScreen } from '../changes/ChangeLogScreen';

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
