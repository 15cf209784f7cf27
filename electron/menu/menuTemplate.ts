import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import type { MenuCommand } from '../../shared/platform/contract';
import type { RecentFile } from '../../shared/platform/fileContract';
import { MENU_LABELS } from './menuLabels';
import { recentFileLabels } from './recentMenu';

export interface MenuTemplateOptions {
  readonly language: Language;
  readonly platform: NodeJS.Platform;
  /** Developer tools are offered only in an unpackaged (development) build. */
  readonly isPackaged: boolean;
  /** Delivers a command to the renderer (over MENU_COMMAND_CHANNEL in main). */
  sendCommand(command: MenuCommand): void;
  /** Main's recent project files, newest first; the menu is rebuilt when the list changes. */
  readonly recentFiles: readonly RecentFile[];
  /** Opens an entry of recentFiles (main reads it and hands it to the page as an open request). */
  openRecentFile(path: string): void;
  clearRecentFiles(): void;
}

/**
 * Ctrl+N is left free on purpose: the renderer uses it for "new activity", the action users repeat
 * most. A new project is rarer, so it takes Shift as well.
 */
export const NEW_PROJECT_ACCELERATOR = 'CmdOrCtrl+Shift+N';
export const OPEN_ACCELERATOR = 'CmdOrCtrl+O';
export const SAVE_ACCELERATOR = 'CmdOrCtrl+S';
export const SAVE_AS_ACCELERATOR = 'CmdOrCtrl+Shift+S';

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu as data, for Menu.buildFromTemplate. App actions go to the renderer as MenuCommands;
 * editing, zoom and window actions use Electron roles, which already do the right thing per platform.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[options.language];
  const isMac = options.platform === 'darwin';
  const command = (
    label: string,
    menuCommand: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(menuCommand),
  });

  // macOS expects the app's own menu first, holding About, Hide and Quit.
  const appMenu: MenuItemConstructorOptions = {
    label: 'Kartotek',
    submenu: [
      command(labels.about, 'help:about'),
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  };

  const recentLabels = recentFileLabels(options.recentFiles, options.platform);
  const recentMenu: MenuItemConstructorOptions = {
    label: labels.openRecent,
    submenu:
      options.recentFiles.length === 0
        ? [{ label: labels.noRecentFiles, enabled: false }]
        : [
            ...options.recentFiles.map((file, index): MenuItemConstructorOptions => ({
              label: recentLabels[index]!,
              click: () => options.openRecentFile(file.path),
            })),
            separator,
            { label: labels.clearRecentFiles, click: () => options.clearRecentFiles() },
          ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command(labels.newProject, 'project:new', NEW_PROJECT_ACCELERATOR),
      command(labels.open, 'file:open', OPEN_ACCELERATOR),
      recentMenu,
      separator,
      command(labels.save, 'file:save', SAVE_ACCELERATOR),
      command(labels.saveAs, 'file:save-as', SAVE_AS_ACCELERATOR),
      separator,
      command(labels.projects, 'navigate:projects'),
      command(labels.restoreFromBackup, 'navigate:backups'),
      separator,
      // On macOS Quit lives in the app menu; the File menu closes the window instead.
      isMac ? { role: 'close', label: labels.closeWindow } : { role: 'quit', label: labels.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      separator,
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      command(labels.toggleDarkTheme, 'view:toggle-theme'),
      separator,
      { role: 'reload', label: labels.reload },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: labels.toggleDevTools } as const]),
      separator,
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: labels.window,
    submenu: [
      { role: 'minimize', label: labels.minimize },
      { role: 'zoom', label: labels.zoom },
      separator,
      { role: 'front', label: labels.bringAllToFront },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: [command(labels.about, 'help:about')],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [windowMenu] : []),
    helpMenu,
  ];
}
