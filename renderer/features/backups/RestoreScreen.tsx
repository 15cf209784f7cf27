import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGUAGE_TAGS } from '../../../shared/i18n/languages';
import type { AppInfo } from '../../../shared/platform/contract';
import type { BackupInfo } from '../../../shared/platform/fileContract';
import {
  describeFileProblem,
  describeProjectFileProblem,
  parseProjectFile,
} from '../../../shared/project-file';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { importProjectLinked } from '../../db/projectFileLinks';
import { PROJECT_NAME_MAX } from '../../db/workspace';
import { platform } from '../../platform/platform';
import { EmptyState } from '../../common/EmptyState';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useFormatDateTime } from '../../common/useFormatDate';
import { fileSession } from '../../common/fileSession';
import { useTakeBackup } from '../../common/useTakeBackup';

const ALL = '*';

function useFormatSize() {
  const [language] = useUiLanguage();
  return (bytes: number) => {
    const [unit, value] =
      bytes >= 1024 * 1024
        ? (['megabyte', bytes / (1024 * 1024)] as const)
        : (['kilobyte', Math.max(bytes / 1024, 0.1)] as const);
    return new Intl.NumberFormat(LANGUAGE_TAGS[language], {
      style: 'unit',
      unit,
      maximumFractionDigits: value < 10 ? 1 : 0,
    }).format(value);
  };
}

/**
 * The automatic backups (shared/project-file/backups.ts says when they are taken and how long they
 * are kept): when, of what, why, how big and what they hold. Restoring one adds it as a new project
 * and changes nothing that exists; a project that no longer exists comes back under its own id.
 */
export function RestoreScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const [language] = useUiLanguage();
  const { openProject } = useCurrentProject();
  const takeBackup = useTakeBackup();
  const notifyError = useErrorNotifier();
  const formatDateTime = useFormatDateTime();
  const formatSize = useFormatSize();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [filter, setFilter] = useState<string>(ALL);
  const [restoring, setRestoring] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    platform.listBackups().then(
      (list) => live && setBackups(list),
      (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
    );
    void platform.getAppInfo().then((appInfo) => live && setInfo(appInfo));
    return () => {
      live = false;
    };
  }, []);

  const projects = [
    ...new Map((backups ?? []).map((backup) => [backup.projectId, backup.projectName ?? backup.projectId])),
  ].sort((a, b) => a[1].localeCompare(b[1]));
  const shown = (backups ?? []).filter((backup) => filter === ALL || backup.projectId === filter);

  const problem = (message: string) =>
    fileSession.showDialog({
      kind: 'problem',
      title: t('files.backups.restoreProblemTitle'),
      fileName: null,
      message,
      nothingChanged: true,
    });

  const restore = (backup: BackupInfo) =>
    notifyError(async () => {
      setRestoring(backup.id);
      try {
        const read = await platform.readBackup(backup.id);
        if (read.status === 'failed') return problem(describeFileProblem(read.problem, 'open', language));
        const parsed = parseProjectFile(read.text);
        if (!parsed.ok) return problem(describeProjectFileProblem(parsed.error, language));
        // The project of that id as it is now, in case the restored copy is not what the user wanted.
        const safety = await takeBackup(parsed.project.id, 'beforeRestore');
        if (!safety.ok) notifications.show({ color: 'yellow', autoClose: false, message: safety.message });
        let result = await importProjectLinked(db, parsed.project, 'new', null);
        if (result.status === 'exists') {
          const name = t('files.backups.restoredName', {
            name: parsed.project.name,
            date: formatDateTime(backup.createdAt),
          }).slice(0, PROJECT_NAME_MAX);
          result = await importProjectLinked(db, parsed.project, 'keepBoth', null, { name });
        }
        if (result.status !== 'imported') return;
        const restored = await db.projects.get(result.projectId);
        notifications.show({
          color: 'green',
          message: t('files.backups.restoredNotice', { name: restored?.name ?? parsed.project.name }),
        });
        openProject(result.projectId);
        navigate('/overview');
      } finally {
        setRestoring(null);
      }
    });

  const contents = (backup: BackupInfo) =>
    backup.activityCount === null || backup.vendorCount === null
      ? t('files.backups.unreadable')
      : `${t('files.backups.activities', { count: backup.activityCount })} · ${t('files.backups.vendors', {
          count: backup.vendorCount,
        })}`;

  return (
    <Stack maw={1000}>
      <div>
        <Group gap="xs">
          <IconHistory size={26} aria-hidden />
          <Title order={2}>{t('files.backups.title')}</Title>
        </Group>
        <Text size="sm" c="dimmed" maw={720} mt={4}>
          {t('files.backups.intro')}
        </Text>
        {info && (
          <Text size="sm" c="dimmed" maw={720} mt={4}>
            {info.host === 'web'
              ? t('files.backups.whereWeb')
              : t('files.backups.whereDesktop', { folder: info.dataDirectory ?? '' })}
          </Text>
        )}
      </div>

      {failed && <Alert color="red">{t('files.backups.listFailed', { message: failed })}</Alert>}
      {backups === null && !failed && <Loader size="sm" aria-label={t('files.backups.loading')} />}
      {backups?.length === 0 && (
        <EmptyState title={t('files.backups.emptyTitle')} body={t('files.backups.emptyBody')} />
      )}

      {backups && backups.length > 0 && (
        <>
          <Select
            label={t('files.backups.filter')}
            maw={360}
            allowDeselect={false}
            value={filter}
            onChange={(value) => setFilter(value ?? ALL)}
            data={[
              { value: ALL, label: t('files.backups.allProjects') },
              ...projects.map(([id, name]) => ({ value: id, label: name })),
            ]}
          />
          <Table.ScrollContainer minWidth={760}>
            <Table
              verticalSpacing="sm"
              highlightOnHover
              withTableBorder
              aria-label={t('files.backups.title')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('files.backups.when')}</Table.Th>
                  <Table.Th scope="col">{t('files.backups.project')}</Table.Th>
                  <Table.Th scope="col">{t('files.backups.reason')}</Table.Th>
                  <Table.Th scope="col">{t('files.backups.contents')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('files.backups.size')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('files.backups.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((backup) => {
                  const name = backup.projectName ?? t('files.backups.unknownProject');
                  const when = formatDateTime(backup.createdAt);
                  return (
                    <Table.Tr key={backup.id} data-testid="backup-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
                      <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {name}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={backup.reason === 'daily' ? 'gray' : 'blue'}>
                          {t(`files.backups.reasons.${backup.reason}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{contents(backup)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatSize(backup.sizeBytes)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconRestore size={14} aria-hidden />}
                          disabled={
                            backup.projectName === null || (restoring !== null && restoring !== backup.id)
                          }
                          loading={restoring === backup.id}
                          onClick={() => void restore(backup)}
                          aria-label={t('files.backups.restoreLabel', { name, when })}
                        >
                          {t('files.backups.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
