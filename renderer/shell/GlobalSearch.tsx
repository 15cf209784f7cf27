import '@mantine/spotlight/styles.css';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDisplayText, useProjectSnapshot } from '../register/useRegister';
import { SECTIONS } from './navItems';
import { buildSearchEntries } from './searchEntries';

/** Ctrl+K: finds any activity, catalog item or text in the open project's register and jumps to it. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const project = useProjectSnapshot();
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
