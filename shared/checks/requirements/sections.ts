import type { Wording } from '../../model/primitives';
import { CATALOG_ITEMS, type ItemLocation } from '../projectText';
import type { ItemKind } from '../types';
import type { CatalogKey, Requirement } from './types';

/** The completeness report's sections, in the order the Overview shows them. */
export const COMPLETENESS_SECTIONS = [
  'organisation',
  'policy',
  'activities',
  ...CATALOG_ITEMS.map((c) => c.key),
] as const;
export type CompletenessSection = (typeof COMPLETENESS_SECTIONS)[number];

export const SECTION_LABELS: Readonly<Record<CompletenessSection, Wording>> = {
  organisation: { da: 'Organisation', sv: 'Organisation', en: 'Organisation' },
  policy: { da: 'Politikindstillinger', sv: 'Policyinställningar', en: 'Policy settings' },
  activities: { da: 'Aktiviteter', sv: 'Behandlingar', en: 'Activities' },
  dataSubjects: { da: 'Registrerede', sv: 'Registrerade', en: 'Data subjects' },
  dataCategories: { da: 'Oplysningskategorier', sv: 'Personuppgiftskategorier', en: 'Data categories' },
  sources: { da: 'Kilder', sv: 'Källor', en: 'Sources' },
  recipients: { da: 'Modtagere', sv: 'Mottagare', en: 'Recipients' },
  vendors: { da: 'Leverandører', sv: 'Leverantörer', en: 'Vendors' },
  securityMeasures: { da: 'Sikkerhedsforanstaltninger', sv: 'Säkerhetsåtgärder', en: 'Security measures' },
  customers: { da: 'Kunder', sv: 'Kunder', en: 'Customers' },
  audiences: { da: 'Målgrupper', sv: 'Målgrupper', en: 'Audiences' },
};

/** The section a requirement counts in. */
export function sectionOf(requirement: Requirement): CompletenessSection {
  switch (requirement.scope) {
    case 'organisation':
    case 'privacyContact':
      return 'organisation';
    case 'policy':
      return 'policy';
    case 'activity':
    case 'purpose':
      return 'activities';
    case 'list':
      return requirement.list ?? 'activities';
    default:
      return requirement.scope;
  }
}

/** The item kind a requirement is about: a purpose's is its activity. */
export function kindOf(requirement: Requirement): ItemKind {
  switch (requirement.scope) {
    case 'organisation':
    case 'privacyContact':
    case 'policy':
      return requirement.scope;
    case 'activity':
    case 'purpose':
      return 'activity';
    case 'list':
      return requirement.list === null || requirement.list === 'activities'
        ? 'activity'
        : catalogOf(requirement.list).kind;
    default:
      return catalogOf(requirement.scope).kind;
  }
}

export function catalogOf(key: CatalogKey) {
  return CATALOG_ITEMS.find((catalog) => catalog.key === key)!;
}

/** A whole list as the item of a finding: no id, named by its section ("Aktiviteter", "Registrerede"). */
export function listLocation(list: 'activities' | CatalogKey): ItemLocation {
  return {
    kind: list === 'activities' ? 'activity' : catalogOf(list).kind,
    id: null,
    name: SECTION_LABELS[list],
    screen: list === 'activities' ? 'activities' : catalogOf(list).screen,
    rootPath: null,
  };
}
