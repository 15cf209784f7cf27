import { LANGUAGES } from '../../shared/i18n/languages';
import { anyText, CATALOG_KEYS, type LocalizedText, type Project } from '../../shared/model';

export interface SearchEntry {
  id: string;
  /** Where the item lives: a navigation section key (activities, vendors …). */
  section: string;
  label: string;
  /** Every text of the item in every language, so a search finds words inside descriptions too. */
  keywords: string[];
  route: string;
}

function texts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.trim()) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) texts(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      if (key !== 'id' && !key.endsWith('Id') && !key.endsWith('Ids')) texts(item, into);
  }
  return into;
}

const SEARCHABLE_CATALOGS = CATALOG_KEYS.filter((key) => key !== 'audiences');

/** Every activity, catalog item and organisation text of a project, as entries of the global search. */
export function buildSearchEntries(
  project: Project,
  display: (text: LocalizedText) => string,
): SearchEntry[] {
  const name = (value: string | LocalizedText) =>
    typeof value === 'string' ? value : display(value) || anyText(value, LANGUAGES);
  const entries: SearchEntry[] = project.activities.map((activity) => ({
    id: `activities:${activity.id}`,
    section: 'activities',
    label: name(activity.name),
    keywords: texts({ ...activity, name: activity.name }),
    route: `/activities/${activity.id}`,
  }));
  for (const key of SEARCHABLE_CATALOGS) {
    for (const item of project[key] as { id: string; name: string | LocalizedText }[]) {
      entries.push({
        id: `${key}:${item.id}`,
        section: key,
        label: name(item.name),
        keywords: texts(item),
        route: `/${key}/${item.id}`,
      });
    }
  }
  entries.push({
    id: 'organisation',
    section: 'organisation',
    label: project.organisation.legalName || project.name,
    keywords: texts([
      project.organisation,
      project.privacyContact,
      project.representative,
      project.jointControllers,
      project.policy,
    ]),
    route: '/organisation',
  });
  return entries;
}
