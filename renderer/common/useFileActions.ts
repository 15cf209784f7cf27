import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PROJECT_NAME_MAX } from '../db/workspace';
import { LANGUAGE_TAGS, type Language } from '../../shared/i18n/languages';
import type { OpenFileRequest, OpenProjectFileResult } from '../../shared/platform/fileContract';
import {
  describeFileProblem,
  describeProjectFileProblem,
  MAX_FILE_BYTES,
  parseProjectFile,
  projectFileName,
  ProjectNotSavableError,
} from '../../shared/project-file';
import { useCurrentProject } from './CurrentProjectContext';
import { useDatabase } from './DatabaseContext';
import { getProjectFileLink, importProjectLinked, setProjectFileLink } from '../db/projectFileLinks';
import { readProjectSnapshot } from '../db/snapshot';
import { readPickedFile } from '../platform/browserFiles';
import { platform } from '../platform/platform';
import { useUiLanguage } from '../i18n/uiLanguage';
import { useErrorNotifier } from './useErrorNotifier';
import { fileSession, type ExistingProject, type IncomingFile } from './fileSession';
import { projectFileText, useTakeBackup } from './useTakeBackup';

export type FileCommand = 'new' | 'open' | 'save' | 'saveAs';

function formatMegabytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[language], {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 0,
  }).format(bytes / (1024 * 1024));
}

/**
 * The File commands — New, Open, Save, Save As — and what follows an open: a file is validated in
 * full before anything is written; a project that is new here is imported in one transaction; one
 * whose id is already here leads to the choice dialog (compare / replace / keep both).
 */
export function useFileActions() {
  const db = useDatabase();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const { projectId, openProject } = useCurrentProject();
  const takeBackup = useTakeBackup();
  const notifyError = useErrorNotifier();

  const showProblem = (title: string, fileName: string | null, message: string, nothingChanged = true) =>
    fileSession.showDialog({ kind: 'problem', title, fileName, message, nothingChanged });

  const openImported = (id: string, notice: string) => {
    fileSession.closeDialog();
    notifications.show({ color: 'green', message: notice });
    openProject(id);
    navigate('/overview');
  };

  /** A file read by the host, the picker or a drop: validated, then imported or offered the choice. */
  const receive = (result: OpenProjectFileResult | OpenFileRequest) =>
    notifyError(async () => {
      if (result.status === 'cancelled') return;
      if (result.status === 'failed') {
        const limit =
          result.problem.code === 'tooLarge'
            ? ` ${t('files.sizeLimit', { limit: formatMegabytes(MAX_FILE_BYTES, language) })}`
            : '';
        showProblem(
          t('files.openProblemTitle'),
          result.problem.fileName,
          `${describeFileProblem(result.problem, 'open', language)}${limit}`,
        );
        return;
      }
      const parsed = parseProjectFile(result.text);
      if (!parsed.ok) {
        showProblem(
          t('files.openProblemTitle'),
          result.fileName,
          describeProjectFileProblem(parsed.error, language),
        );
        return;
      }
      if (parsed.migratedFrom !== undefined) {
        notifications.show({
          message: t('files.migratedNotice', { fileName: result.fileName, version: parsed.migratedFrom }),
        });
      }
      const file: IncomingFile = { fileName: result.fileName, path: result.path, project: parsed.project };
      const imported = await importProjectLinked(db, file.project, 'new', {
        path: file.path,
        fileName: file.fileName,
      });
      if (imported.status === 'exists') {
        fileSession.showDialog({ kind: 'choice', file, existing: imported.existing });
        return;
      }
      openImported(imported.projectId, t('files.openedNotice', { name: file.project.name }));
    });

  /** Replace: a backup of the project first; without one, nothing is replaced. */
  const replaceWithFile = (file: IncomingFile, existing: ExistingProject) =>
    notifyError(async () => {
      const backup = await takeBackup(existing.id, 'beforeReplace');
      if (!backup.ok) {
        showProblem(t('files.replaceProblemTitle'), file.fileName, backup.message);
        return;
      }
      await importProjectLinked(db, file.project, 'replace', { path: file.path, fileName: file.fileName });
      openImported(existing.id, t('files.replacedNotice', { name: file.project.name }));
    });

  /** Keep both: the file becomes a project of its own; the one here is not touched. */
  const keepBoth = (file: IncomingFile, existing: ExistingProject) =>
    notifyError(async () => {
      const backup = await takeBackup(existing.id, 'beforeImport');
      if (!backup.ok) notifications.show({ color: 'yellow', autoClose: false, message: backup.message });
      const name = t('files.keepBothName', { name: file.project.name }).slice(0, PROJECT_NAME_MAX);
      const imported = await importProjectLinked(db, file.project, 'keepBoth', null, { name });
      if (imported.status === 'imported') openImported(imported.projectId, t('files.openedNotice', { name }));
    });

  const compare = (file: IncomingFile) => {
    fileSession.startCompare(file);
    navigate('/compare');
  };

  const save = (as: boolean) =>
    notifyError(async () => {
      const project = projectId ? await readProjectSnapshot(db, projectId) : undefined;
      if (!project) {
        notifications.show({ message: t('files.noProjectToSave') });
        return;
      }
      let text: string;
      try {
        text = projectFileText(project);
      } catch (error) {
        if (!(error instanceof ProjectNotSavableError)) throw error;
        showProblem(
          t('files.saveProblemTitle'),
          null,
          t('files.notSavable', { problem: describeProjectFileProblem(error.error, language) }),
          false,
        );
        return;
      }
      const link = await getProjectFileLink(db, project.id);
      const suggestedName = link?.fileName ?? projectFileName(project.name);
      const result = await platform.saveProjectFile(
        as ? { text, suggestedName } : { text, suggestedName, path: link?.path ?? null },
      );
      if (result.status === 'cancelled') return;
      if (result.status === 'failed') {
        showProblem(
          t('files.saveProblemTitle'),
          result.problem.fileName,
          describeFileProblem(result.problem, 'save', language),
          false,
        );
        return;
      }
      // In step with the project as it was written; an edit made meanwhile stays "not saved".
      await setProjectFileLink(db, project.id, {
        path: result.path,
        fileName: result.fileName,
        syncedUpdatedAt: project.updatedAt,
      });
      notifications.show({ color: 'green', message: t('files.savedNotice', { fileName: result.fileName }) });
    });

  const run = (command: FileCommand): Promise<void> => {
    switch (command) {
      case 'new':
        navigate('/projects?new=1');
        return Promise.resolve();
      case 'open':
        return notifyError(async () => receive(await platform.openProjectFile()));
      case 'save':
        return save(false);
      case 'saveAs':
        return save(true);
    }
  };

  /** Files dropped on the window: the first is opened, as the picker would. */
  const openDropped = async (files: FileList | readonly File[]) => {
    const [first] = Array.from(files);
    if (!first) return;
    if (files.length > 1)
      notifications.show({ message: t('files.oneFileAtATime', { fileName: first.name }) });
    await receive(await readPickedFile(first));
  };

  return { run, receive, openDropped, replaceWithFile, keepBoth, compare };
}
