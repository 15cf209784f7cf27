import type { AppInfo, MenuCommand, PlatformApi } from '../../shared/platform/contract';
import { isOfferedExternalLink } from '../../shared/platform/externalLinks';
import type {
  CreateBackupRequest,
  DocumentState,
  OpenFileRequest,
  SaveDocumentRequest,
  SaveProjectFileRequest,
} from '../../shared/platform/fileContract';
import { safeFileName } from '../../shared/project-file/fileName';
import { PROJECT_FILE_EXTENSION, PROJECT_FILE_MEDIA_TYPE } from '../../shared/project-file/format';
import { parseProjectFile } from '../../shared/project-file/parse';
import { createBrowserBackups } from './browserBackups';
import { download, pickProjectFile } from './browserFiles';

function warnOnLeave(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

const DOCUMENT_MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  html: 'text/html;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The platform when Kartotek runs as a web page (no Electron bridge): data stays in the browser's
 * IndexedDB, files are opened from a picker and saved as downloads, and there is no native menu.
 *
 * Files on the web, honestly: the page never sees a path, so Save is always a download (path null),
 * there are no recent files (getRecentFiles is empty, openRecentFile refuses), and the OS never asks
 * a web page to open a file (onOpenFileRequest never fires; dropping a file on the page is the UI's
 * job, with readPickedFile). Backups work as on the desktop, in IndexedDB (see browserBackups.ts).
 */
export function createBrowserPlatform(): PlatformApi {
  const backups = createBrowserBackups();
  return {
    kind: 'web',
    async getAppInfo(): Promise<AppInfo> {
      return { version: __APP_VERSION__, host: 'web', dataDirectory: null, electronVersion: null };
    },
    async setUiLanguage() {
      // A web page has no native menu to translate.
    },
    async openExternal(url: string) {
      if (!isOfferedExternalLink(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async openDataFolder() {
      // A web page has no data folder of its own: the browser's profile holds its storage.
      return false;
    },
    onMenuCommand(_listener: (command: MenuCommand) => void) {
      return () => {};
    },
    onFlushRequest(_flush: () => Promise<void>) {
      // Nobody waits for a closing tab; the write-ahead journal (db/pendingWrites.ts) keeps its edits.
      return () => {};
    },
    async flushDone() {
      // Never asked (see onFlushRequest).
    },
    openProjectFile: () => pickProjectFile(),
    async saveProjectFile(request: SaveProjectFileRequest) {
      const fileName = safeFileName(request.suggestedName, PROJECT_FILE_EXTENSION);
      const parsed = parseProjectFile(request.text);
      if (!parsed.ok) return { status: 'failed', problem: { code: 'invalidContent', fileName } };
      const result = download(request.text, fileName, PROJECT_FILE_MEDIA_TYPE);
      await backups.create(parsed.project.id, request.text, 'save');
      return result;
    },
    async saveDocument(request: SaveDocumentRequest) {
      const fileName = safeFileName(request.suggestedName, request.kind);
      return download(request.bytes, fileName, DOCUMENT_MEDIA_TYPES[request.kind]);
    },
    listBackups: (projectId?: string) => backups.list(projectId),
    readBackup: (id: string) => backups.read(id),
    createBackup: (request: CreateBackupRequest) =>
      backups.create(request.projectId, request.text, request.reason),
    async getRecentFiles() {
      return [];
    },
    async openRecentFile(path: string) {
      return {
        status: 'failed',
        problem: { code: 'notAllowed', fileName: path.split(/[\\/]/).pop() ?? path },
      };
    },
    onOpenFileRequest(_listener: (request: OpenFileRequest) => void) {
      return () => {};
    },
    async setDocumentState(state: DocumentState) {
      const title = state.title.trim();
      document.title = title && title !== 'Kartotek' ? `${title} — Kartotek` : 'Kartotek';
      // The browser's own leave-page prompt is the only question a page may ask on close.
      window.removeEventListener('beforeunload', warnOnLeave);
      if (state.edited) window.addEventListener('beforeunload', warnOnLeave);
    },
  } satisfies PlatformApi;
}
