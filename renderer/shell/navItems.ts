import {
  IconAddressBook,
  IconBuilding,
  IconBuildingStore,
  IconCategory,
  IconDatabaseImport,
  IconFileText,
  IconHistory,
  IconLayoutDashboard,
  IconListDetails,
  IconSend,
  IconShieldLock,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

/** The register's screens, in navigation order. The path is also the route. */
export const SECTIONS = [
  { key: 'overview', icon: IconLayoutDashboard, group: 'register' },
  { key: 'activities', icon: IconListDetails, group: 'register' },
  { key: 'dataSubjects', icon: IconUsers, group: 'catalogs' },
  { key: 'dataCategories', icon: IconCategory, group: 'catalogs' },
  { key: 'sources', icon: IconDatabaseImport, group: 'catalogs' },
  { key: 'recipients', icon: IconSend, group: 'catalogs' },
  { key: 'vendors', icon: IconBuildingStore, group: 'catalogs' },
  { key: 'securityMeasures', icon: IconShieldLock, group: 'catalogs' },
  { key: 'customers', icon: IconAddressBook, group: 'catalogs' },
  { key: 'organisation', icon: IconBuilding, group: 'project' },
  { key: 'documents', icon: IconFileText, group: 'project' },
  { key: 'changes', icon: IconHistory, group: 'project' },
] as const satisfies readonly { key: string; icon: Icon; group: 'register' | 'catalogs' | 'project' }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];
export const PROJECTS_ICON = IconUsersGroup;

export function isSectionKey(value: string | undefined): value is SectionKey {
  return SECTIONS.some((section) => section.key === value);
}
