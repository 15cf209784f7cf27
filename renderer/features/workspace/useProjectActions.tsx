import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useTakeBackup } from '../../common/useTakeBackup';
import { forgetProjectFileLink } from '../../db/projectFileLinks';
import {
  createWorkspaceProject,
  deleteProject,
  duplicateProject,
  purgeProject,
  renameProject,
  restoreProject,
  type ProjectSummary,
} from '../../db/workspace';
import type { ProjectNameValues } from './ProjectNameModal';
import { copyName, deletedNoticeId } from './projectList';

/**
 * What the workspace does with a project: open, create, rename, duplicate, delete (with Undo and a backup
 * first), restore and delete for good. Each reports its failure instead of throwing.
 */
export function useProjectActions() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const { openProject } = useCurrentProject();
  const notifyError = useErrorNotifier();
  const takeBackup = useTakeBackup();

  const open = (id: string) => {
    openProject(id);
    navigate('/overview');
  };

  /** Creates the project and says so; the caller opens it once its dialog is closed. */
  const create = async ({ name, language }: ProjectNameValues) => {
    const project = await createWorkspaceProject(db, name, language);
    notifications.show({ message: t('workspace.createdNotice', { name: project.name }), color: 'green' });
    return project;
  };

  const rename = (id: string, { name }: ProjectNameValues) => renameProject(db, id, name);

  const duplicate = (summary: ProjectSummary) =>
    notifyError(async () => {
      const copy = await duplicateProject(
        db,
        summary.id,
        copyName(t('workspace.copyOf', { name: summary.name })),
      );
      notifications.show({ message: t('workspace.duplicatedNotice', { name: copy.name }), color: 'green' });
    });

  const restore = (summary: ProjectSummary) =>
    notifyError(async () => {
      await restoreProject(db, summary.id);
      notifications.show({ message: t('workspace.restoredNotice', { name: summary.name }), color: 'green' });
    });

  const showDeletedNotice = (summary: ProjectSummary) => {
    const id = deletedNoticeId(summary.id);
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
  };

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
          showDeletedNotice(summary);
        }),
    });

  const purge = (summary: ProjectSummary) =>
    notifyError(async () => {
      await purgeProject(db, summary.id);
      // Its "Undo" would have nothing left to bring back.
      notifications.hide(deletedNoticeId(summary.id));
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

  return { open, create, rename, duplicate, restore, confirmDelete, confirmPurge };
}

export type ProjectActions = ReturnType<typeof useProjectActions>;
