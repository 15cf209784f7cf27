/**
 * Electron main process: wiring only. Every decision (paths, protocol, window options, navigation,
 * permissions, IPC validation, menu) lives in a module that takes Electron's objects as arguments and is
 * tested in plain Node; this file connects them to the real `electron` module in the right order.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../shared/i18n/languages';
import { APP_ENTRY_URL, APP_SCHEME } from '../shared/platform/appOrigin';
import type { MenuCommand } from '../shared/platform/contract';
import type { RecentFile } from '../shared/platform/fileContract';
import {
  FLUSH_REQUEST_CHANNEL,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_REQUEST_CHANNEL,
} from '../shared/platform/ipcChannels';
import { resolveAppPaths } from './appPaths';
import { createBackupStore } from './backups/backupStore';
import { runCli } from './cli/commandDispatcher';
import { CLI_COMMANDS } from './cli/commands';
import { headlessCliArgs } from './cli/headless';
import { resolveDataDirectory } from './dataDirectory';
import { attachDocumentState } from './files/documentState';
import { createOpenFileRequestQueue, projectFilesInArgv } from './files/openFileRequests';
import {
  createProjectFileService,
  type FileDialogs,
  type ProjectFileService,
} from './files/projectFileService';
import { removeLeftoverTempFiles } from './files/atomicWrite';
import { createRecentFiles, type RecentFiles } from './files/recentFiles';
import { createIpcImplementations } from './ipc/ipcImplementations';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { consoleLogger as log } from './log';
import { buildMenuTemplate } from './menu/menuTemplate';
import { notifyingRecentFiles } from './menu/recentMenu';
import { createAppProtocolHandler } from './protocol/appProtocolHandler';
import { APP_SCHEME_PRIVILEGES } from './protocol/appScheme';
import { createExternalLinkOpener } from './security/externalLinkOpener';
import { hardenWebContents } from './security/navigationGuard';
import { denyAllPermissions } from './security/permissions';
import { createSettingsStore, SETTINGS_FILE_NAME } from './settings/settingsStore';
import { pickStartupLanguage } from './settings/startupLanguage';
import { createUiLanguageController } from './settings/uiLanguage';
import { focusWindow } from './window/focusWindow';
import { createMainWindowOptions } from './window/mainWindowOptions';
import { createPageFlush } from './window/pageFlush';
import { restoreWindowState, trackWindowState, type SavedWindowState } from './window/windowState';
import {
  createWindowStateStore,
  WINDOW_STATE_FILE_NAME,
  type WindowStateStore,
} from './window/windowStateStore';

// Before `ready`, in this order: the data folder first, because the single-instance lock is keyed by it.
const dataDirectory = resolveDataDirectory(process.env, process.cwd());
if (dataDirectory) app.setPath('userData', dataDirectory);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const cliArgs = headlessCliArgs(process.argv, app.isPackaged, CLI_COMMANDS);
if (cliArgs) {
  // `Kartotek export … / validate … / check … / new …`: the same commands as `npx kartotek`, no window.
  void runCli(cliArgs, {
    version: app.getVersion(),
    commands: CLI_COMMANDS,
    io: { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  }).then(
    (code) => app.exit(code),
    (error: unknown) => {
      process.stderr.write(`kartotek: ${String(error)}\n`);
      app.exit(1);
    },
  );
} else if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  const paths = resolveAppPaths(__dirname);
  const openOfferedLink = createExternalLinkOpener((url) => shell.openExternal(url), log);
  let mainWindow: BrowserWindow | null = null;
  let documentState: ReturnType<typeof attachDocumentState> | null = null;
  let uiLanguage: Language = 'en';
  // The recent list as the File menu shows it; main's settings file holds it (files/recentFiles.ts).
  let recent: RecentFiles | null = null;
  let recentFiles: RecentFile[] = [];

  // Files the OS asks to open arrive before `ready` (macOS open-file, argv) or while the window loads;
  // the queue keeps them until the page has loaded, and reads them once the file service exists.
  let resolveFileService: (service: ProjectFileService) => void = () => undefined;
  const fileService = new Promise<ProjectFileService>((resolve) => (resolveFileService = resolve));
  const openRequests = createOpenFileRequestQueue(async (filePath) => {
    const result = await (await fileService).readRequestedFile(filePath);
    // A recent file that is gone leaves the File menu, as it does in other editors.
    if (
      result.status === 'failed' &&
      result.problem.code === 'notFound' &&
      (await recent?.includes(filePath))
    )
      await recent?.remove(filePath);
    return result;
  }, log);
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openRequests.push(filePath);
    if (app.isReady() && !mainWindow) mainWindow = createMainWindow();
  });
  for (const filePath of projectFilesInArgv(process.argv, process.cwd())) openRequests.push(filePath);

  const sendMenuCommand = (command: MenuCommand): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  // File → Open Recent: the path comes from main's own list, and reaches the page like a double-click.
  const openRecentFromMenu = (filePath: string): void => {
    if (app.isReady() && !mainWindow) mainWindow = createMainWindow();
    openRequests.push(filePath);
  };
  const applyMenu = (language: Language): void => {
    uiLanguage = language;
    const template = buildMenuTemplate({
      language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      sendCommand: sendMenuCommand,
      recentFiles,
      openRecentFile: openRecentFromMenu,
      clearRecentFiles: () => void clearRecentFiles(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const refreshRecentMenu = async (): Promise<void> => {
    if (!recent) return;
    try {
      recentFiles = await recent.list();
    } catch (error) {
      log.warn(`could not read the recent files: ${String(error)}`);
    }
    applyMenu(uiLanguage);
  };
  let clearRecentFiles = async (): Promise<void> => undefined;
  // The window's last size and position (window/windowState.ts); loaded once `ready`.
  let windowStateStore: WindowStateStore | null = null;
  let savedWindowState: SavedWindowState | undefined;
  const pageFlush = createPageFlush();

  const createMainWindow = (): BrowserWindow => {
    const restored = restoreWindowState(
      savedWindowState,
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
    );
    const window = new BrowserWindow(
      createMainWindowOptions(paths.preloadPath, restored.bounds, paths.iconPath),
    );
    window.once('ready-to-show', () => {
      if (restored.maximized) window.maximize();
      window.show();
    });
    trackWindowState(window, (state) => {
      savedWindowState = state;
      void windowStateStore?.save(state);
    });
    // Title, unsaved marker and the question on close while the file lags behind the app.
    const state = attachDocumentState(window, {
      language: () => uiLanguage,
      ask: async (question) =>
        (await dialog.showMessageBox(window, { type: 'question', ...question })).response,
      flush: () => pageFlush.request((id) => window.webContents.send(FLUSH_REQUEST_CHANNEL, id)),
    });
    documentState = state;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      if (documentState === state) documentState = null;
      openRequests.detach();
    });
    // The preload listens from the start of each page load; a reload starts a new page.
    window.webContents.on('did-start-loading', () => openRequests.detach());
    window.webContents.on('did-finish-load', () =>
      openRequests.attach((request) => {
        if (!window.isDestroyed()) window.webContents.send(OPEN_FILE_REQUEST_CHANNEL, request);
      }),
    );
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log.error('could not load the app page', error));
    return window;
  };

  // Every webContents, including any the app never meant to create, is locked down as it appears.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openOfferedLink, log));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow(mainWindow);
    // A second launch with a file (double-click while the app runs) hands the file to this window.
    for (const filePath of projectFilesInArgv(argv, workingDirectory)) openRequests.push(filePath);
  });
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; elsewhere closing the last window quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession, log);
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({ rendererRoot: paths.rendererRoot, readFile, log }),
      );

      const userData = app.getPath('userData');
      const settings = createSettingsStore(path.join(userData, SETTINGS_FILE_NAME), log);
      const saved = await settings.load();
      windowStateStore = createWindowStateStore(path.join(userData, WINDOW_STATE_FILE_NAME), log);
      savedWindowState = await windowStateStore.load();
      const initialLanguage = pickStartupLanguage(saved.uiLanguage, app.getPreferredSystemLanguages());
      uiLanguage = initialLanguage;
      recent = notifyingRecentFiles(createRecentFiles(settings), () => void refreshRecentMenu());
      clearRecentFiles = async () => {
        await settings.update({ recentFiles: [] });
        await refreshRecentMenu();
      };
      await refreshRecentMenu();
      // A save killed half-way leaves a hidden temporary file beside the project; clear those of the recent
      // files now (each later save clears its own), without holding up the start.
      for (const file of recentFiles) void removeLeftoverTempFiles(file.path);

      const setUiLanguage = createUiLanguageController({
        initial: initialLanguage,
        saved: saved.uiLanguage,
        applyMenu,
        save: (uiLanguage) => settings.update({ uiLanguage }),
      });
      const dialogs: FileDialogs = {
        async showOpen({ title, filters }) {
          const options = { title, filters, properties: ['openFile' as const] };
          const result = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        async showSave({ title, defaultPath, filters }) {
          const options = {
            title,
            defaultPath,
            filters,
            properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
          };
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
      };
      const files = createProjectFileService({
        dialogs,
        backups: createBackupStore({ root: path.join(userData, 'backups'), log }),
        recent,
        language: () => uiLanguage,
        defaultDirectory: () => app.getPath('documents'),
        log,
      });
      resolveFileService(files);

      registerIpcHandlers(
        ipcMain,
        createIpcImplementations({
          appVersion: app.getVersion(),
          dataDirectory: userData,
          // Only main's own data folder; the page cannot name a path.
          openDataFolder: async () => {
            const problem = await shell.openPath(userData);
            if (problem) log.warn(`could not open the data folder: ${problem}`);
            return problem === '';
          },
          electronVersion: process.versions.electron,
          setUiLanguage,
          openExternal: openOfferedLink,
          setDocumentState: async (state) => documentState?.set(state),
          flushDone: (requestId) => pageFlush.answered(requestId),
          files,
        }),
        log,
      );

      mainWindow = createMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
      });
    })
    .catch((error: unknown) => {
      log.error('Kartotek could not start', error);
      app.exit(1);
    });
}
