import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import type { OpenFileRequest } from '../../../shared/platform/fileContract';
import { platform } from '../../platform/platform';
import { fileSession, useFileSession } from '../../common/fileSession';
import { ImportChoiceDialog } from './ImportChoiceDialog';
import { useFileActions } from '../../common/useFileActions';
import { useProjectFileState } from './useProjectFileState';
import { useTakeBackup } from '../../common/useTakeBackup';
import { idleScheduler, scheduleDailyBackup, windowIdleHost } from '../../common/idleScheduler';
import classes from './files.module.css';

/** The window title and "unsaved" state: the project, its file, and whether the file lags behind. */
function useDocumentState() {
  const { title, edited } = useProjectFileState();
  useEffect(() => {
    void platform.setDocumentState({ title, edited });
  }, [title, edited]);
}

/** At most this long after a project opens, the daily backup runs even if the page was never idle. */
const DAILY_BACKUP_LATEST_MS = 10_000;

/**
 * Once a day, when a project is opened, a backup of it (the host skips it when today has one), in idle time
 * after the first render (scheduleDailyBackup).
 */
function useDailyBackup() {
  const { projectId } = useCurrentProject();
  const takeBackup = useTakeBackup();
  const takeDaily = useEffectEvent((id: string) => {
    void takeBackup(id, 'daily').then((outcome) => {
      if (!outcome.ok) notifications.show({ color: 'yellow', message: outcome.message });
    });
  });
  useEffect(
    () => scheduleDailyBackup(projectId, idleScheduler(windowIdleHost(), DAILY_BACKUP_LATEST_MS), takeDaily),
    [projectId],
  );
}

/** A project file dragged over the window; dropping it opens it. */
function useFileDrop(openDropped: (files: FileList) => Promise<void>) {
  const [dragging, setDragging] = useState(false);
  const open = useEffectEvent((files: FileList) => void openDropped(files));
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) would navigate to the file instead of handing it over.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      // A drop target inside the page (none today) that took the files has the last word.
      if (event.defaultPrevented || !event.dataTransfer || event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      open(event.dataTransfer.files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}

/**
 * Everything about project files that is not a screen, mounted once in the app's layout: files the
 * OS asks to open, files dropped on the window, the web version's shortcuts (the desktop's native
 * menu has its own accelerators), the window title, the daily backup, and the dialogs that follow.
 */
export function FileController() {
  const { t } = useTranslation();
  const { dialog } = useFileSession();
  const actions = useFileActions();

  useDocumentState();
  useDailyBackup();
  const dragging = useFileDrop(actions.openDropped);

  const receive = useEffectEvent((request: OpenFileRequest) => void actions.receive(request));
  useEffect(() => platform.onOpenFileRequest((request) => receive(request)), []);

  // In a browser Ctrl+O and Ctrl+S belong to the browser unless the page takes them (preventDefault);
  // they work in text fields too, as in any editor.
  const web = platform.kind === 'web';
  useHotkeys(
    web
      ? [
          ['mod+O', () => void actions.run('open')],
          ['mod+S', () => void actions.run('save')],
          ['mod+shift+S', () => void actions.run('saveAs')],
        ]
      : [],
    [],
  );

  return (
    <>
      {dragging && (
        <div className={classes.dropOverlay} data-testid="drop-overlay">
          <Stack align="center" gap="xs">
            <IconFileImport size={48} aria-hidden />
            <Title order={2} size="h3">
              {t('files.dropTitle')}
            </Title>
            <Text c="dimmed">{t('files.dropBody')}</Text>
          </Stack>
        </div>
      )}
      {dialog?.kind === 'problem' && (
        <Modal opened onClose={fileSession.closeDialog} title={dialog.title} centered>
          <Stack gap="sm">
            {dialog.fileName && (
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {dialog.fileName}
              </Text>
            )}
            <Text data-testid="file-problem" style={{ overflowWrap: 'anywhere' }}>
              {dialog.message}
            </Text>
            {dialog.nothingChanged && (
              <Text size="sm" c="dimmed">
                {t('files.nothingChanged')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button onClick={fileSession.closeDialog} data-autofocus>
                {t('files.ok')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {dialog?.kind === 'choice' && (
        <ImportChoiceDialog
          file={dialog.file}
          existing={dialog.existing}
          onClose={fileSession.closeDialog}
          onCompare={() => actions.compare(dialog.file)}
          onReplace={() => void actions.replaceWithFile(dialog.file, dialog.existing)}
          onKeepBoth={() => void actions.keepBoth(dialog.file, dialog.existing)}
        />
      )}
    </>
  );
}
