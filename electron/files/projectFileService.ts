import path from 'node:path';
import type { Language } from '../../shared/i18n/languages';
import type {
  CreateBackupRequest,
  OpenFileRequest,
  OpenProjectFileResult,
  SaveDocumentRequest,
  SaveFileResult,
  SaveProjectFileRequest,
} from '../../shared/platform/fileContract';
import { PROJECT_FILE_EXTENSION, MAX_FILE_BYTES } from '../../shared/project-file/format';
import { safeFileName, withExtension } from '../../shared/project-file/fileName';
import { parseProjectFile } from '../../shared/project-file/parse';
import type { BackupStore } from '../backups/backupStore';
import type { Logger } from '../log';
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import { DIALOG_LABELS, DOCUMENT_FILTERS } from './dialogLabels';
import { toFileProblem } from './fileProblem';
import { decodeUtf8, readFileLimited, type ReadFileFs } from './readFileLimited';
import type { RecentFiles } from './recentFiles';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

/** The native dialogs, as main.ts adapts Electron's dialog module; a path, or null when cancelled. */
export interface FileDialogs {
  showOpen(options: { title: string; filters: DialogFilter[] }): Promise<string | null>;
  showSave(options: { title: string; defaultPath: string; filters: DialogFilter[] }): Promise<string | null>;
}

export interface ProjectFileServiceOptions {
  dialogs: FileDialogs;
  backups: BackupStore;
  recent: RecentFiles;
  /** The UI language, for dialog titles. */
  language(): Language;
  /** Where save dialogs start when the file has no folder yet (the user's documents folder). */
  defaultDirectory(): string;
  log: Logger;
  writeFs?: AtomicWriteFs;
  readFs?: ReadFileFs;
}

/**
 * Main's side of project files and documents. Every path it reads or writes came from a native
 * dialog, from the OS (double-click, second instance, macOS open-file) or from the recent list, which
 * holds only such paths; the page can name a path only by handing back one it was given.
 */
export function createProjectFileService(options: ProjectFileServiceOptions) {
  const { dialogs, backups, recent, log } = options;
  // Paths handed to the page in this session (opened, saved, or from the OS).
  const granted = new Set<string>();
  const projectFilter = (): DialogFilter => ({
    name: DIALOG_LABELS.projectFiles[options.language()],
    extensions: [PROJECT_FILE_EXTENSION.slice(1)],
  });

  const isGranted = async (filePath: string) => granted.has(filePath) || (await recent.includes(filePath));

  const remember = async (filePath: string) => {
    granted.add(filePath);
    await recent
      .add(filePath)
      .catch((error: unknown) => log.warn(`could not update recent files: ${String(error)}`));
  };

  /** Reads a project file from a path main already trusts. */
  async function readFromPath(filePath: string): Promise<OpenFileRequest> {
    const absolute = path.resolve(filePath);
    try {
      const text = decodeUtf8(await readFileLimited(absolute, MAX_FILE_BYTES, options.readFs), absolute);
      // Only real project files join the recent list; the page reports what is wrong with others.
      if (parseProjectFile(text).ok) await remember(absolute);
      else granted.add(absolute);
      return { status: 'opened', fileName: path.basename(absolute), path: absolute, text };
    } catch (error) {
      const problem = toFileProblem(error, absolute);
      log.warn(`could not open a project file: ${problem.code}`);
      return { status: 'failed', problem };
    }
  }

  async function writeTo(filePath: string, data: string | Uint8Array): Promise<SaveFileResult> {
    try {
      await writeFileAtomic(filePath, data, options.writeFs);
      return { status: 'saved', fileName: path.basename(filePath), path: filePath };
    } catch (error) {
      const problem = toFileProblem(error, filePath);
      log.warn(`could not save a file: ${problem.code}`);
      return { status: 'failed', problem };
    }
  }

  return {
    async openProjectFile(): Promise<OpenProjectFileResult> {
      const chosen = await dialogs.showOpen({
        title: DIALOG_LABELS.openProject[options.language()],
        filters: [projectFilter()],
      });
      return chosen === null ? { status: 'cancelled' } : readFromPath(chosen);
    },

    async openRecentFile(filePath: string): Promise<OpenProjectFileResult> {
      if (!(await recent.includes(filePath))) {
        return { status: 'failed', problem: { code: 'notAllowed', fileName: path.basename(filePath) } };
      }
      const result = await readFromPath(filePath);
      // A file that is gone leaves the list, as it does in other editors.
      if (result.status === 'failed' && result.problem.code === 'notFound') await recent.remove(filePath);
      return result;
    },

    /** For files the OS asked the app to open (see openFileRequests.ts). */
    readRequestedFile: readFromPath,

    async saveProjectFile(request: SaveProjectFileRequest): Promise<SaveFileResult> {
      const fileName = request.path
        ? path.basename(request.path)
        : safeFileName(request.suggestedName, PROJECT_FILE_EXTENSION);
      const parsed = parseProjectFile(request.text);
      if (!parsed.ok) return { status: 'failed', problem: { code: 'invalidContent', fileName } };

      let target = request.path && (await isGranted(request.path)) ? request.path : null;
      if (target === null) {
        const folder = request.path ? path.dirname(request.path) : options.defaultDirectory();
        const chosen = await dialogs.showSave({
          title: DIALOG_LABELS.saveProject[options.language()],
          defaultPath: path.join(folder, safeFileName(request.suggestedName, PROJECT_FILE_EXTENSION)),
          filters: [projectFilter()],
        });
        if (chosen === null) return { status: 'cancelled' };
        target = withExtension(chosen, PROJECT_FILE_EXTENSION);
      }
      const result = await writeTo(target, request.text);
      if (result.status !== 'saved') return result;
      await remember(target);
      // Every save leaves a backup; failing to take one does not undo the save the user asked for.
      const backup = await backups.create(parsed.project.id, request.text, 'save');
      if (backup.status === 'failed') log.warn(`saved, but the backup failed: ${backup.problem.code}`);
      return result;
    },

    async saveDocument(request: SaveDocumentRequest): Promise<SaveFileResult> {
      const filter = DOCUMENT_FILTERS[request.kind];
      const language = options.language();
      const chosen = await dialogs.showSave({
        title: DIALOG_LABELS.saveDocument[language],
        defaultPath: path.join(
          options.defaultDirectory(),
          safeFileName(request.suggestedName, filter.extension),
        ),
        filters: [{ name: filter.name[language], extensions: [filter.extension] }],
      });
      if (chosen === null) return { status: 'cancelled' };
      return writeTo(withExtension(chosen, filter.extension), request.bytes);
    },

    getRecentFiles: () => recent.list(),
    listBackups: (projectId?: string) => backups.list(projectId),
    readBackup: (id: string) => backups.read(id),
    createBackup: (request: CreateBackupRequest) =>
      backups.create(request.projectId, request.text, request.reason),
  };
}

export type ProjectFileService = ReturnType<typeof createProjectFileService>;
