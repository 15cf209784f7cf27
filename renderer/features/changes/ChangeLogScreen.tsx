import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previousExport } from '../../../shared/changes';
import { isLanguage } from '../../../shared/i18n/languages';
import { EmptyState } from '../../common/EmptyState';
import { useFormatDateTime } from '../../common/useFormatDate';
import { useProjectSnapshot } from '../../register/useRegister';
import { ChangeFilterBar, type ChangeFilterState } from './ChangeFilterBar';
import { ChangeTable } from './ChangeTable';
import { describedLog, existingItemKeys, filterChanges, predatesLog } from './changeFilters';

/** Rows rendered at first and per "Show more": a long log stays quick to open. */
export const CHANGE_PAGE = 200;

/**
 * The change log (issue 7, item 4): every change to the register, newest first, with when, what, and
 * the old and new value; filtered by area, by text, or to the changes since a document's last export.
 */
export function ChangeLogScreen() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const formatDateTime = useFormatDateTime();
  const project = useProjectSnapshot();
  const [filter, setFilter] = useState<ChangeFilterState>({ span: 'all', area: null, query: '' });
  const query = useDeferredValue(filter.query);
  const [limit, setLimit] = useState(CHANGE_PAGE);

  const described = useMemo(() => (project ? describedLog(project, language) : []), [project, language]);
  const existing = useMemo(() => (project ? existingItemKeys(project) : new Set<string>()), [project]);
  if (!project) return null;

  const lastExport = filter.span === 'all' ? undefined : previousExport(project.exportHistory, filter.span);
  const shown = filterChanges(described, { after: lastExport?.at ?? null, area: filter.area, query });

  return (
    <Stack maw={1400}>
      <div>
        <Title order={2}>{t('section.changesTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('changes.keptSince', { date: formatDateTime(project.changeLog.since) })}
        </Text>
      </div>
      {described.length === 0 ? (
        <EmptyState title={t('changes.empty')} />
      ) : (
        <>
          <ChangeFilterBar
            filter={filter}
            onChange={(next) => {
              setFilter(next);
              setLimit(CHANGE_PAGE);
            }}
            exportHistory={project.exportHistory}
            language={language}
          />
          {predatesLog(lastExport, project.changeLog.since) && (
            <Alert color="yellow">
              {t('changes.beforeLog', {
                date: formatDateTime(lastExport.at),
                since: formatDateTime(project.changeLog.since),
              })}
            </Alert>
          )}
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="change-count">
            {t('changes.count', { shown: shown.length, count: described.length })}
          </Text>
          {shown.length === 0 ? (
            <Text>{t('changes.noMatch')}</Text>
          ) : (
            <ChangeTable changes={shown.slice(0, limit)} existing={existing} language={language} />
          )}
          {shown.length > limit && (
            <Button variant="default" onClick={() => setLimit(limit + CHANGE_PAGE)} w="fit-content">
              {t('changes.showMore', { count: Math.min(CHANGE_PAGE, shown.length - limit) })}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
