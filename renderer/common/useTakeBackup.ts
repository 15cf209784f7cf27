import { useTranslation } from 'react-i18next';
import { nowIso } from '../../shared/model';
import {
  describeFileProblem,
  describeProjectFileProblem,
  ProjectNotSavableError,
  serializeProjectFile,
} from '../../shared/project-file';
import type { CreateBackupRequest } from '../../shared/platform/fileContract';
import { useDatabase } from './DatabaseContext';
import { readProjectSnapshot } from '../db/snapshot';
import { platform } from '../platform/platform';
import { useUiLanguage } from '../i18n/uiLanguage';

export type RequestedBackupReason = CreateBackupRequest['reason'];

/** ok: a backup holds the project now (or it does not exist, so there is nothing to keep). */
export type BackupOutcome = { ok: true } | { ok: false; message: string };

/** The project as the text of a project file, stamped now, by this version of Kartotek. */
export function projectFileText(project: Parameters<typeof serializeProjectFile>[0]): string {
  return serializeProjectFile(project, { appVersion: __APP_VERSION__, now: nowIso() });
}

/**
 * Takes an automatic backup of one project through the host (main's backup folder, or the browser's
 * backup database). Never throws: the caller decides whether a missing backup stops what it was
 * about to do (replace: yes; a daily backup: no), and has the reason in the user's language.
 */
export function useTakeBackup() {
  const db = useDatabase();
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  return async (projectId: string, reason: RequestedBackupReason): Promise<BackupOutcome> => {
    try {
      const project = await readProjectSnapshot(db, projectId);
      if (!project) return { ok: true };
      const result = await platform.createBackup({ projectId, text: projectFileText(project), reason });
      if (result.status !== 'failed') return { ok: true };
      return {
        ok: false,
        message: t('files.backupFailed', { problem: describeFileProblem(result.problem, 'save', language) }),
      };
    } catch (error) {
      if (error instanceof ProjectNotSavableError) {
        return {
          ok: false,
          message: t('files.backupNotSavable', {
            problem: describeProjectFileProblem(error.error, language),
          }),
        };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, message: t('files.backupFailed', { problem: message }) };
    }
  };
}
