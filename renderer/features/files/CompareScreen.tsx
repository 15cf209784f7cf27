import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nowIso } from '../../../shared/model';
import {
  chooseAll,
  COLLECTION_KEYS,
  diffProjects,
  mergeProjects,
  type ChangeKind,
  type ItemChange,
  type MergeChoices,
  type SettingChange,
  type Side,
} from '../../../shared/project-file';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { getProjectFileLink, importProjectLinked } from '../../db/projectFileLinks';
import { readProjectSnapshot } from '../../db/snapshot';
import { EmptyState } from '../../common/EmptyState';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useFormatDateTime } from '../../common/useFormatDate';
import { capitalise } from '../../../shared/model';
import { describeFields, formatValue, type ValueWords } from './compareText';
import { fileSession, useFileSession, type IncomingFile } from '../../common/fileSession';
import { useFileActions } from '../../common/useFileActions';
import { useTakeBackup } from '../../common/useTakeBackup';
import classes from './files.module.css';

/** Dark shades with automatic text colour: readable (WCAG AA) in both themes. */
const KIND_COLORS: Record<ChangeKind, string> = { added: 'teal.9', changed: 'blue.8', removed: 'orange.9' };

function ChoiceControl({
  kind,
  label,
  value,
  onChange,
}: {
  kind: ChangeKind;
  label: string;
  value: Side;
  onChange(side: Side): void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(next) => onChange(next as Side)}
      data={[
        { value: 'local', label: t(`files.compare.choices.${kind}.local`) },
        { value: 'incoming', label: t(`files.compare.choices.${kind}.incoming`) },
      ]}
    />
  );
}

function ItemRow({ change, side, onChange }: { change: ItemChange; side: Side; onChange(side: Side): void }) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const name = change.localName ?? change.incomingName ?? change.id;
  const renamed =
    change.kind === 'changed' && change.incomingName !== null && change.incomingName !== change.localName;
  return (
    <Paper withBorder p="sm" component="li" data-testid="compare-item">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Group gap="xs" wrap="nowrap">
            <Badge color={KIND_COLORS[change.kind]} autoContrast size="sm" style={{ flexShrink: 0 }}>
              {t(`files.compare.kinds.${change.kind}`)}
            </Badge>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {renamed ? `${change.localName} → ${change.incomingName}` : name}
            </Text>
          </Group>
          {change.kind === 'changed' && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('files.compare.fieldsChanged', {
                fields: describeFields(change.fields, language, (count) =>
                  t('files.compare.andMore', { count }),
                ),
              })}
            </Text>
          )}
        </div>
        <ChoiceControl
          kind={change.kind}
          label={t('files.compare.choiceFor', { name })}
          value={side}
          onChange={onChange}
        />
      </Group>
    </Paper>
  );
}

function SettingsTable({
  changes,
  choose,
  sideOf,
}: {
  changes: SettingChange[];
  choose(key: string, side: Side): void;
  sideOf(key: string): Side;
}) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const words: ValueWords = {
    empty: t('files.compare.values.empty'),
    yes: t('files.compare.values.yes'),
    no: t('files.compare.values.no'),
    none: t('files.compare.values.none'),
    image: t('files.compare.values.image'),
    entries: (count) => t('files.compare.values.entries', { count }),
  };
  const label = (change: SettingChange) =>
    change.section === 'project'
      ? t('files.compare.projectName')
      : capitalise(describeFields([change.path], language, () => ''));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder striped data-testid="compare-settings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('files.compare.field')}</Table.Th>
            <Table.Th scope="col">{t('files.compare.yours')}</Table.Th>
            <Table.Th scope="col">{t('files.compare.inFile')}</Table.Th>
            <Table.Th scope="col">{t('files.compare.keep')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.key} data-testid="compare-setting">
              <Table.Th scope="row" fw={500}>
                {label(change)}
              </Table.Th>
              <Table.Td className={classes.valueCell}>{formatValue(change.local, language, words)}</Table.Td>
              <Table.Td className={classes.valueCell}>
                {formatValue(change.incoming, language, words)}
              </Table.Td>
              <Table.Td>
                <ChoiceControl
                  kind="changed"
                  label={t('files.compare.choiceFor', { name: label(change) })}
                  value={sideOf(change.key)}
                  onChange={(side) => choose(change.key, side)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
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

function Compare({ file }: { file: IncomingFile }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const { openProject } = useCurrentProject();
  const takeBackup = useTakeBackup();
  const notifyError = useErrorNotifier();
  const formatDateTime = useFormatDateTime();
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [busy, setBusy] = useState(false);
  const local = useLiveQuery(
    async () => (await readProjectSnapshot(db, file.project.id)) ?? null,
    [db, file.project.id],
  );
  const diff = useMemo(() => (local ? diffProjects(local, file.project) : null), [local, file.project]);

  if (local === undefined) return null;
  if (local === null || !diff) {
    return (
      <Stack maw={900}>
        <Title order={2}>{t('files.compare.title')}</Title>
        <Alert color="orange">{t('files.compare.localGone', { name: file.project.name })}</Alert>
        <Group>
          <Button onClick={fileSession.endCompare}>{t('files.cancel')}</Button>
        </Group>
      </Stack>
    );
  }

  const sideOf = (key: string): Side => choices[key] ?? 'local';
  const choose = (key: string, side: Side) => setChoices((current) => ({ ...current, [key]: side }));
  const fromFile = [...diff.items, ...diff.settings].filter(
    (change) => sideOf(change.key) === 'incoming',
  ).length;
  const counts = {
    added: diff.items.filter((item) => item.kind === 'added').length,
    changed: diff.items.filter((item) => item.kind === 'changed').length,
    removed: diff.items.filter((item) => item.kind === 'removed').length,
    settings: diff.settings.length,
  };

  const leave = () => {
    fileSession.endCompare();
    navigate('/projects');
  };

  const apply = () =>
    notifyError(async () => {
      setBusy(true);
      try {
        if (fromFile === 0 && diff.incomingExportRecords === 0) {
          notifications.show({ message: t('files.compare.nothingTaken', { name: local.name }) });
          fileSession.endCompare();
          openProject(local.id);
          navigate('/overview');
          return;
        }
        // The project as it is now (it may have been edited while the user chose).
        const current = (await readProjectSnapshot(db, local.id)) ?? local;
        const backup = await takeBackup(current.id, 'beforeReplace');
        if (!backup.ok) {
          fileSession.showDialog({
            kind: 'problem',
            title: t('files.compare.applyProblemTitle'),
            fileName: file.fileName,
            message: backup.message,
            nothingChanged: true,
          });
          return;
        }
        const merged = mergeProjects(current, file.project, choices as MergeChoices, { now: nowIso() });
        const link = await getProjectFileLink(db, current.id);
        // A project without a file now belongs to the one it was merged with; the merge differs from
        // that file, so it starts out "not saved".
        await importProjectLinked(
          db,
          merged.project,
          'replace',
          link
            ? 'keep'
            : { path: file.path, fileName: file.fileName, syncedUpdatedAt: file.project.updatedAt },
        );
        fileSession.endCompare();
        notifications.show({
          color: 'green',
          message: t('files.compare.appliedNotice', { count: fromFile, name: merged.project.name }),
        });
        for (const adjustment of merged.adjustments) {
          notifications.show({
            color: 'blue',
            autoClose: false,
            message: t(`files.compare.adjustments.${adjustment.kind}`, { name: adjustment.name }),
          });
        }
        openProject(current.id);
        navigate('/overview');
      } finally {
        setBusy(false);
      }
    });

  const groups = COLLECTION_KEYS.map((collection) => ({
    collection,
    changes: diff.items.filter((item) => item.collection === collection),
  })).filter((group) => group.changes.length > 0);

  return (
    <Stack maw={1000} gap="lg">
      <div>
        <Group gap="xs">
          <IconArrowsDiff size={26} aria-hidden />
          <Title order={2}>{t('files.compare.title')}</Title>
        </Group>
        <Text size="sm" c="dimmed" maw={720} mt={4}>
          {t('files.compare.intro', {
            name: local.name,
            fileName: file.fileName,
            localDate: formatDateTime(local.updatedAt),
            fileDate: formatDateTime(file.project.updatedAt),
          })}
        </Text>
      </div>

      {diff.identical ? (
        <Alert color="green" title={t('files.compare.identicalTitle')}>
          {t('files.compare.identicalBody')}
        </Alert>
      ) : (
        <>
          <Group gap="xs" data-testid="compare-summary">
            {counts.added > 0 && (
              <Badge color={KIND_COLORS.added} autoContrast>
                {t('files.compare.summary.added', { count: counts.added })}
              </Badge>
            )}
            {counts.changed > 0 && (
              <Badge color={KIND_COLORS.changed} autoContrast>
                {t('files.compare.summary.changed', { count: counts.changed })}
              </Badge>
            )}
            {counts.removed > 0 && (
              <Badge color={KIND_COLORS.removed} autoContrast>
                {t('files.compare.summary.removed', { count: counts.removed })}
              </Badge>
            )}
            {counts.settings > 0 && (
              <Badge color="gray.7" autoContrast>
                {t('files.compare.summary.settings', { count: counts.settings })}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setChoices(chooseAll(diff, 'incoming'))}>
              {t('files.compare.takeAll')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setChoices(chooseAll(diff, 'local'))}>
              {t('files.compare.keepAll')}
            </Button>
          </Group>
        </>
      )}

      {diff.settings.length > 0 && (
        <section aria-labelledby="compare-settings-heading">
          <Title order={3} size="h4" mb="xs" id="compare-settings-heading">
            {t('files.compare.settingsHeading')}
          </Title>
          <SettingsTable changes={diff.settings} choose={choose} sideOf={sideOf} />
        </section>
      )}

      {groups.map(({ collection, changes }) => (
        <section key={collection} aria-labelledby={`compare-${collection}`}>
          <Title order={3} size="h4" mb="xs" id={`compare-${collection}`}>
            {collection === 'audiences' || collection === 'jointControllers'
              ? t(`files.compare.collections.${collection}`)
              : t(`nav.${collection}`)}
          </Title>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {changes.map((change) => (
              <ItemRow
                key={change.key}
                change={change}
                side={sideOf(change.key)}
                onChange={(side) => choose(change.key, side)}
              />
            ))}
          </Stack>
        </section>
      ))}

      {diff.incomingExportRecords > 0 && (
        <Text size="sm" c="dimmed">
          {t('files.compare.exportRecords', { count: diff.incomingExportRecords })}
        </Text>
      )}

      <Group justify="space-between" className={classes.applyBar}>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compare-status">
          {diff.identical ? '' : t('files.compare.status', { count: fromFile })}
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
