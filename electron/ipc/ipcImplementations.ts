import type { Language } from '../../shared/i18n/languages';
import type { DocumentState } from '../../shared/platform/fileContract';
import type { IpcImplementations } from './ipcTypes';

/** The file calls; electron/files/projectFileService.ts implements them. */
export type FileIpcImplementations = Pick<
  IpcImplementations,
  | 'openProjectFile'
  | 'saveProjectFile'
  | 'saveDocument'
  | 'listBackups'
  | 'readBackup'
  | 'createBackup'
  | 'getRecentFiles'
  | 'openRecentFile'
>;

export interface IpcDependencies {
  readonly appVersion: string;
  readonly dataDirectory: string;
  readonly electronVersion: string;
  setUiLanguage(language: Language): Promise<void>;
  openExternal(url: string): Promise<boolean>;
  /** Opens main's own data folder (userData) in the OS file manager; true when that worked. */
  openDataFolder(): Promise<boolean>;
  /** Title and unsaved marker of the main window (files/documentState.ts). */
  setDocumentState(state: DocumentState): Promise<void>;
  /** The page has stored its edits in flight, as main's flush request `requestId` asked (window/pageFlush.ts). */
  flushDone(requestId: number): void;
  readonly files: FileIpcImplementations;
}

/** What each IPC call does once the gate has let it through. */
export function createIpcImplementations(deps: IpcDependencies): IpcImplementations {
  const { files } = deps;
  return {
    getAppInfo: async () => ({
      version: deps.appVersion,
      host: 'electron',
      dataDirectory: deps.dataDirectory,
      electronVersion: deps.electronVersion,
    }),
    setUiLanguage: (language) => deps.setUiLanguage(language),
    openExternal: (url) => deps.openExternal(url),
    openDataFolder: () => deps.openDataFolder(),
    flushDone: async (requestId) => deps.flushDone(requestId),
    openProjectFile: () => files.openProjectFile(),
    saveProjectFile: (request) => files.saveProjectFile(request),
    saveDocument: (request) => files.saveDocument(request),
    listBackups: (projectId) => files.listBackups(projectId),
    readBackup: (id) => files.readBackup(id),
    createBackup: (request) => files.createBackup(request),
    getRecentFiles: () => files.getRecentFiles(),
    openRecentFile: (filePath) => files.openRecentFile(filePath),
    setDocumentState: (state) => deps.setDocumentState(state),
  };
}
