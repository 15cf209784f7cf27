import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BackupInfo } from '../../../shared/platform/fileContract';
import {
  describeFileProblem,
  describeProjectFileProblem,
  parseProjectFile,
} from '../../../shared/project-file';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { fileSession } from '../../common/fileSession';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useFormatDateTime } from '../../common/useFormatDate';
import { useTakeBackup } from '../../common/useTakeBackup';
import { importProjectLinked } from '../../db/projectFileLinks';
import { PROJECT_NAME_MAX } from '../../db/workspace';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { platform } from '../../platform/platform';

/**
 * Restores a backup as a new project and opens it. A project that no longer exists comes back under its
 * own id; one that exists stays as it is (after a backup of it, in case the restored copy is not what
 * the user wanted) and the backup is added beside it under a name that says when it is from.
 * `restoring` is the id of the backup being restored.
 */
export function useRestoreBackup() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const [language] = useUiLanguage();
  const { openProject } = useCurrentProject();
  const takeBackup = useTakeBackup();
  const notifyError = useErrorNotifier();
  const formatDateTime = useFormatDateTime();
  const [restoring, setRestoring] = useState<string | null>(null);

  const problem = (message: string) =>
    fileSession.showDialog({
      kind: 'problem',
      title: t('files.backups.restoreProblemTitle'),
      fileName: null,
      message,
      nothingChanged: true,
    });

  const restoreNow = async (backup: BackupInfo) => {
    const read = await platform.readBackup(backup.id);
    if (read.status === 'failed') return problem(describeFileProblem(read.problem, 'open', language));
    const parsed = parseProjectFile(read.text);
    if (!parsed.ok) return problem(describeProjectFileProblem(parsed.error, language));
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
  };

  const restore = (backup: BackupInfo) =>
    notifyError(async () => {
      setRestoring(backup.id);
      try {
        await restoreNow(backup);
      } finally {
        setRestoring(null);
      }
    });

  return { restore, restoring };
}
