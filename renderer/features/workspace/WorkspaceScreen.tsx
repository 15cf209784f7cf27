import { ActionIcon, Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconCopy,
  IconDots,
  IconFileImport,
  IconFolderOpen,
  IconHistory,
  IconPencil,
  IconPlus,
  IconRestore,
  IconTrash,
  IconWand,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import {
  createWorkspaceProject,
  deleteProject,
  duplicateProject,
  listProjectSummaries,
  purgeProject,
  renameProject,
  restoreProject,
  type ProjectSummary,
} from '../../db/workspace';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { EmptyState } from '../../common/EmptyState';
import { ProjectNameModal, type ProjectNameValues } from './ProjectNameModal';
import { useFormatDateTime } from '../../common/useFormatDate';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { forgetProjectFileLink } from '../../db/projectFileLinks';
import { useFileActions } from '../../common/useFileActions';
import { useTakeBackup } from '../../common/useTakeBackup';

type Dialog = { kind: 'create' } | { kind: 'rename'; project: ProjectSummary } | null;

export function WorkspaceScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const [uiLanguage] = useUiLanguage();
  const { projectId: openId, openProject } = useCurrentProject();
  const summaries = useLiveQuery(() => listProjectSummaries(db), [db]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const formatDateTime = useFormatDateTime();
  const notifyError = useErrorNotifier();
  const takeBackup = useTakeBackup();
  const files = useFileActions();

  // File → New project in the native menu arrives as ?new=1.
  const wantsNew = searchParams.get('new') === '1';
  const closeDialog = () => {
    setDialog(null);
    if (wantsNew) setSearchParams({}, { replace: true });
  };

  const active = summaries?.filter((p) => !p.deletedAt) ?? [];
  const deleted = summaries?.filter((p) => p.deletedAt) ?? [];

  const open = (id: string) => {
    openProject(id);
    navigate('/overview');
  };

  const create = async ({ name, language }: ProjectNameValues) => {
    const project = await createWorkspaceProject(db, name, language);
    closeDialog();
    notifications.show({ message: t('workspace.createdNotice', { name: project.name }), color: 'green' });
    open(project.id);
  };

  const rename = async (id: string, { name }: ProjectNameValues) => {
    await renameProject(db, id, name);
    closeDialog();
  };

  const duplicate = (summary: ProjectSummary) =>
    notifyError(async () => {
      const copy = await duplicateProject(
        db,
        summary.id,
        t('workspace.copyOf', { name: summary.name }).slice(0, 120),
      );
      notifications.show({ message: t('workspace.duplicatedNotice', { name: copy.name }), color: 'green' });
    });

  const restore = (summary: ProjectSummary) =>
    notifyError(async () => {
      await restoreProject(db, summary.id);
      notifications.show({ message: t('workspace.restoredNotice', { name: summary.name }), color: 'green' });
    });

  const confirmDelete = (summary: ProjectSummary) =>
    modals.openConfirmModal({
      title: t('workspace.confirmDeleteTitle', { name: summary.name }),
      children: <Text size="sm">{t('workspace.confirmDeleteBody')}</Text>,
      labels: { confirm: t('workspace.delete'), cancel: t('workspace.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        notifyError(async () => {
          // The project stays in "Recently deleted", so a failed backup is reported but does not block.
          const backup = await takeBackup(summary.id, 'beforeDelete');
          if (!backup.ok) notifications.show({ color: 'yellow', autoClose: false, message: backup.message });
          await deleteProject(db, summary.id);
          const id = `deleted-${summary.id}`;
          notifications.show({
            id,
            autoClose: 10_000,
            message: (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('workspace.deletedNotice', { name: summary.name })}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    void restore(summary);
                  }}
                >
                  {t('workspace.undo')}
                </Button>
              </Group>
            ),
          });
        }),
    });

  const purge = (summary: ProjectSummary) =>
    notifyError(async () => {
      await purgeProject(db, summary.id);
      // Its "Undo" would have nothing left to bring back.
      notifications.hide(`deleted-${summary.id}`);
      await forgetProjectFileLink(db, summary.id);
    });

  // Deleting for good is the one step that cannot be undone: without a backup, the user decides.
  const purgeAfterBackup = (summary: ProjectSummary) =>
    notifyError(async () => {
      const backup = await takeBackup(summary.id, 'beforeDelete');
      if (backup.ok) return purge(summary);
      modals.openConfirmModal({
        title: t('files.workspace.purgeWithoutBackupTitle', { name: summary.name }),
        children: (
          <Text size="sm">{t('files.workspace.purgeWithoutBackupBody', { problem: backup.message })}</Text>
        ),
        labels: { confirm: t('files.workspace.deleteAnyway'), cancel: t('workspace.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => void purge(summary),
      });
    });

  const confirmPurge = (summary: ProjectSummary) =>
    modals.openConfirmModal({
      title: t('workspace.confirmPurgeTitle', { name: summary.name }),
      children: <Text size="sm">{t('workspace.confirmPurgeBody')}</Text>,
      labels: { confirm: t('workspace.deletePermanently'), cancel: t('workspace.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void purgeAfterBackup(summary),
    });

  return (
    <Stack maw={900}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('workspace.title')}</Title>
          <Text c="dimmed" size="sm" maw={600}>
            {t('workspace.intro')}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconWand size={18} aria-hidden />}
            onClick={() => navigate('/new')}
          >
            {t('wizard.open')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileImport size={18} aria-hidden />}
            onClick={() => void files.run('open')}
          >
            {t('files.workspace.openFile')}
          </Button>
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('workspace.newProject')}
          </Button>
        </Group>
      </Group>

      {summaries && active.length === 0 && (
        <EmptyState title={t('workspace.emptyTitle')} body={t('workspace.emptyBody')} />
      )}

      <Stack
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('workspace.title')}
      >
        {active.map((summary) => (
          <Card key={summary.id} component="li" withBorder padding="md" data-testid="project-card">
            <Group justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600} truncate>
                    {summary.name}
                  </Text>
                  {summary.id === openId && (
                    <Badge variant="light" size="sm">
                      {t('workspace.opened')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {t('workspace.activityCount', { count: summary.activityCount })} ·{' '}
                  {t('workspace.lastEdited', { date: formatDateTime(summary.updatedAt) })}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="light"
                  leftSection={<IconFolderOpen size={16} aria-hidden />}
                  onClick={() => open(summary.id)}
                  aria-label={`${t('workspace.open')}: ${summary.name}`}
                >
                  {t('workspace.open')}
                </Button>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      aria-label={t('workspace.actions', { name: summary.name })}
                    >
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setDialog({ kind: 'rename', project: summary })}
                    >
                      {t('workspace.rename')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconCopy size={16} aria-hidden />}
                      onClick={() => void duplicate(summary)}
                    >
                      {t('workspace.duplicate')}
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => confirmDelete(summary)}
                    >
                      {t('workspace.delete')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>

      {deleted.length > 0 && (
        <section aria-labelledby="recently-deleted">
          <Title order={3} size="h4" id="recently-deleted" mt="lg" mb="xs">
            {t('workspace.recentlyDeleted')}
          </Title>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {deleted.map((summary) => (
              <Card
                key={summary.id}
                component="li"
                withBorder
                padding="sm"
                data-testid="deleted-project-card"
              >
                <Group justify="space-between" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={500} truncate>
                      {summary.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('workspace.deletedOn', { date: formatDateTime(summary.deletedAt!) })}
                    </Text>
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      variant="light"
                      leftSection={<IconRestore size={16} aria-hidden />}
                      onClick={() => void restore(summary)}
                      aria-label={`${t('workspace.restore')}: ${summary.name}`}
                    >
                      {t('workspace.restore')}
                    </Button>
                    <Button variant="subtle" color="red" onClick={() => confirmPurge(summary)}>
                      {t('workspace.deletePermanently')}
                    </Button>
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        </section>
      )}

      <Group>
        <Button
          component={Link}
          to="/backups"
          variant="subtle"
          size="compact-sm"
          leftSection={<IconHistory size={16} aria-hidden />}
        >
          {t('files.workspace.backups')}
        </Button>
      </Group>

      {(dialog?.kind === 'create' || wantsNew) && (
        <ProjectNameModal
          opened
          title={t('workspace.newProject')}
          submitLabel={t('workspace.create')}
          initial={{ name: '', language: uiLanguage }}
          askLanguage
          onSubmit={(values) => notifyError(() => create(values))}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ProjectNameModal
          opened
          title={t('workspace.renameTitle')}
          submitLabel={t('workspace.save')}
          initial={{ name: dialog.project.name, language: uiLanguage }}
          askLanguage={false}
          onSubmit={(values) => notifyError(() => rename(dialog.project.id, values))}
          onClose={closeDialog}
        />
      )}
    </Stack>
  );
}
