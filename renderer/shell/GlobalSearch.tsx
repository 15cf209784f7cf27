import '@mantine/spotlight/styles.css';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentProject } from '../app/CurrentProjectContext';
import { useDatabase } from '../app/DatabaseContext';
import { readProjectSnapshot } from '../db/snapshot';
import { useDisplayText } from '../register/useRegister';
import { SECTIONS } from './navItems';
import { buildSearchEntries } from './searchEntries';

/** Ctrl+K: finds any activity, catalog item or text in the open project's register and jumps to it. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const { projectId } = useCurrentProject();
  const project = useLiveQuery(
    () => (projectId ? readProjectSnapshot(db, projectId) : undefined),
    [db, projectId],
  );
  const display = useDisplayText();
  const actions = useMemo<SpotlightActionGroupData[]>(() => {
    if (!project) return [];
    const entries = buildSearchEntries(project, display);
    return SECTIONS.flatMap(({ key }) => {
      const inSection = entries.filter((entry) => entry.section === key);
      return inSection.length
        ? [
            {
              group: t(`nav.${key}`),
              actions: inSection.map((entry) => ({
                id: entry.id,
                label: entry.label || t('register.unnamed'),
                keywords: entry.keywords,
                onClick: () => navigate(entry.route),
              })),
            },
          ]
        : [];
    });
  }, [project, display, navigate, t]);

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      limit={40}
      highlightQuery
      scrollable
      maxHeight={420}
      nothingFound={t('search.nothingFound')}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('search.placeholder'),
        'aria-label': t('search.placeholder'),
      }}
    />
  );
}
