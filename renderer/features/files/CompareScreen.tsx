import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Project } from '../../../shared/model';
import { chooseAll, diffProjects, type ProjectDiff, type Side } from '../../../shared/project-file';
import { useDatabase } from '../../common/DatabaseContext';
import { EmptyState } from '../../common/EmptyState';
import { ScreenHeader } from '../../common/ScreenHeader';
import { fileSession, useFileSession, type IncomingFile } from '../../common/fileSession';
import { useFileActions } from '../../common/useFileActions';
import { useFormatDateTime } from '../../common/useFormatDate';
import { readProjectSnapshot } from '../../db/snapshot';
import { CompareItemRow } from './CompareItemRow';
import { CompareSettingsTable } from './CompareSettingsTable';
import { CompareSummary } from './CompareSummary';
import { changesByCollection, collectionHeadingKey, diffCounts, sideOf, takenFromFile } from './compareView';
import classes from './files.module.css';
import { useApplyMerge } from './useApplyMerge';

/**
 * The consultant's round trip: what the file adds, changes and removes compared with the project
 * here — activities, catalog items and settings — and for each, which version to keep. Nothing is
 * written until "Apply"; then a backup is taken, and the merged project replaces the local one.
 */
export function CompareScreen() {
  const { compare: file } = useFileSession();
  if (!file) return <NothingToCompare />;
  return <Compare key={`${file.project.id}:${file.project.updatedAt}:${file.fileName}`} file={file} />;
}

function NothingToCompare() {
  const { t } = useTranslation();
  const { run } = useFileActions();
  return (
    <Stack maw={900}>
      <Title order={2}>{t('files.compare.title')}</Title>
      <EmptyState
        title={t('files.compare.noneTitle')}
        body={t('files.compare.noneBody')}
        action={<Button onClick={() => void run('open')}>{t('files.compare.openFile')}</Button>}
      />
    </Stack>
  );
}

function LocalProjectGone({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Stack maw={900}>
      <Title order={2}>{t('files.compare.title')}</Title>
      <Alert color="orange">{t('files.compare.localGone', { name })}</Alert>
      <Group>
        <Button onClick={fileSession.endCompare}>{t('files.cancel')}</Button>
      </Group>
    </Stack>
  );
}

function Compare({ file }: { file: IncomingFile }) {
  const db = useDatabase();
  const local = useLiveQuery(
    async () => (await readProjectSnapshot(db, file.project.id)) ?? null,
    [db, file.project.id],
  );
  const diff = useMemo(() => (local ? diffProjects(local, file.project) : null), [local, file.project]);
  if (local === undefined) return null;
  if (local === null || !diff) return <LocalProjectGone name={file.project.name} />;
  return <Differences file={file} local={local} diff={diff} />;
}

function CompareHeader({ file, local }: { file: IncomingFile; local: Project }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const intro = t('files.compare.intro', {
    name: local.name,
    fileName: file.fileName,
    localDate: formatDateTime(local.updatedAt),
    fileDate: formatDateTime(file.project.updatedAt),
  });
  return <ScreenHeader icon={IconArrowsDiff} title={t('files.compare.title')} intro={[intro]} />;
}

/** A titled group of differences, named for screen readers by its heading. */
function CompareSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      {children}
    </section>
  );
}

function Differences({ file, local, diff }: { file: IncomingFile; local: Project; diff: ProjectDiff }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const { apply, busy } = useApplyMerge(file, local, diff, choices);
  const choose = (key: string, side: Side) => setChoices((current) => ({ ...current, [key]: side }));
  const leave = () => {
    fileSession.endCompare();
    navigate('/projects');
  };

  return (
    <Stack maw={1000} gap="lg">
      <CompareHeader file={file} local={local} />

      {diff.identical ? (
        <Alert color="green" title={t('files.compare.identicalTitle')}>
          {t('files.compare.identicalBody')}
        </Alert>
      ) : (
        <CompareSummary
          counts={diffCounts(diff)}
          takeAll={() => setChoices(chooseAll(diff, 'incoming'))}
          keepAll={() => setChoices(chooseAll(diff, 'local'))}
        />
      )}

      {diff.settings.length > 0 && (
        <CompareSection id="compare-settings-heading" title={t('files.compare.settingsHeading')}>
          <CompareSettingsTable changes={diff.settings} choices={choices} choose={choose} />
        </CompareSection>
      )}

      {changesByCollection(diff).map(({ collection, changes }) => (
        <CompareSection
          key={collection}
          id={`compare-${collection}`}
          title={t(collectionHeadingKey(collection))}
        >
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {changes.map((change) => (
              <CompareItemRow
                key={change.key}
                change={change}
                side={sideOf(choices, change.key)}
                onChange={(side) => choose(change.key, side)}
              />
            ))}
          </Stack>
        </CompareSection>
      ))}

      {diff.incomingExportRecords > 0 && (
        <Text size="sm" c="dimmed">
          {t('files.compare.exportRecords', { count: diff.incomingExportRecords })}
        </Text>
      )}

      <Group justify="space-between" className={classes.applyBar}>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compare-status">
          {diff.identical ? '' : t('files.compare.status', { count: takenFromFile(diff, choices) })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={leave}>
            {t('files.cancel')}
          </Button>
          {!diff.identical && (
            <Button onClick={() => void apply()} loading={busy}>
              {t('files.compare.apply')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
