import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nowIso, type Project } from '../../../shared/model';
import { mergeProjects, type MergeChoices, type ProjectDiff } from '../../../shared/project-file';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { fileSession, type IncomingFile } from '../../common/fileSession';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useTakeBackup } from '../../common/useTakeBackup';
import { getProjectFileLink, importProjectLinked } from '../../db/projectFileLinks';
import { readProjectSnapshot } from '../../db/snapshot';
import { takenFromFile } from './compareView';

/**
 * "Apply" on the Compare screen: when the user took nothing, the project is opened unchanged; otherwise a
 * backup is taken first (no backup, no change), then the merged project replaces the local one, and the
 * user is told what was applied and what the merge had to adjust.
 */
export function useApplyMerge(file: IncomingFile, local: Project, diff: ProjectDiff, choices: MergeChoices) {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const { openProject } = useCurrentProject();
  const takeBackup = useTakeBackup();
  const notifyError = useErrorNotifier();
  const [busy, setBusy] = useState(false);

  const showProject = (id: string) => {
    openProject(id);
    navigate('/overview');
  };

  const merge = async () => {
    const fromFile = takenFromFile(diff, choices);
    if (fromFile === 0 && diff.incomingExportRecords === 0) {
      notifications.show({ message: t('files.compare.nothingTaken', { name: local.name }) });
      fileSession.endCompare();
      showProject(local.id);
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
    const merged = mergeProjects(current, file.project, choices, { now: nowIso() });
    const link = await getProjectFileLink(db, current.id);
    // A project without a file now belongs to the one it was merged with; the merge differs from
    // that file, so it starts out "not saved".
    await importProjectLinked(
      db,
      merged.project,
      'replace',
      link ? 'keep' : { path: file.path, fileName: file.fileName, syncedUpdatedAt: file.project.updatedAt },
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
    showProject(current.id);
  };

  const apply = () =>
    notifyError(async () => {
      setBusy(true);
      try {
        await merge();
      } finally {
        setBusy(false);
      }
    });

  return { apply, busy };
}
