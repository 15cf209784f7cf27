/**
 * Electron main process: wiring only. Every decision (paths, protocol, window options, navigation,
 * permissions, IPC validation, menu) lives in a module that takes Electron's objects as arguments and is
 * tested in plain Node; this file connects them to the real `electron` module in the right order.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../shared/i18n/languages';
import { APP_ENTRY_URL, APP_SCHEME } from '../shared/platform/appOrigin';
import type { MenuCommand } from '../shared/platform/contract';
import { MENU_COMMAND_CHANNEL } from '../shared/platform/ipcChannels';
import { resolveAppPaths } from './appPaths';
import { resolveDataDirectory } from './dataDirectory';
import { createIpcImplementations } from './ipc/ipcImplementations';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { consoleLogger as log } from './log';
import { buildMenuTemplate } from './menu/menuTemplate';
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

// Before `ready`, in this order: the data folder first, because the single-instance lock is keyed by it.
const dataDirectory = resolveDataDirectory(process.env, process.cwd());
if (dataDirectory) app.setPath('userData', dataDirectory);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  const paths = resolveAppPaths(__dirname);
  const openOfferedLink = createExternalLinkOpener((url) => shell.openExternal(url), log);
  let mainWindow: BrowserWindow | null = null;

  const sendMenuCommand = (command: MenuCommand): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const applyMenu = (language: Language): void => {
    const template = buildMenuTemplate({
      language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      sendCommand: sendMenuCommand,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const createMainWindow = (): BrowserWindow => {
    const window = new BrowserWindow(createMainWindowOptions(paths.preloadPath));
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log.error('could not load the app page', error));
    return window;
  };

  // Every webContents, including any the app never meant to create, is locked down as it appears.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openOfferedLink, log));
  app.on('second-instance', () => focusWindow(mainWindow));
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
      const initialLanguage = pickStartupLanguage(saved.uiLanguage, app.getPreferredSystemLanguages());
      applyMenu(initialLanguage);

      const setUiLanguage = createUiLanguageController({
        initial: initialLanguage,
        saved: saved.uiLanguage,
        applyMenu,
        save: (uiLanguage) => settings.update({ uiLanguage }),
      });
      registerIpcHandlers(
        ipcMain,
        createIpcImplementations({
          appVersion: app.getVersion(),
          dataDirectory: userData,
          electronVersion: process.versions.electron,
          setUiLanguage,
          openExternal: openOfferedLink,
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
