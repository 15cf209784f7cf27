import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_LABELS } from '../../../../electron/menu/menuLabels';
import {
  buildMenuTemplate,
  NEW_PROJECT_ACCELERATOR,
  OPEN_ACCELERATOR,
  SAVE_ACCELERATOR,
  SAVE_AS_ACCELERATOR,
  type MenuTemplateOptions,
} from '../../../../electron/menu/menuTemplate';
import { LANGUAGES } from '../../../../shared/i18n/languages';
import { MENU_COMMANDS, type MenuCommand } from '../../../../shared/platform/contract';

function build(options: Partial<MenuTemplateOptions> = {}) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  let cleared = 0;
  const template = buildMenuTemplate({
    language: 'en',
    platform: 'linux',
    isPackaged: true,
    sendCommand: (command) => sent.push(command),
    recentFiles: [],
    openRecentFile: (path) => opened.push(path),
    clearRecentFiles: () => cleared++,
    ...options,
  });
  return { template, sent, opened, cleared: () => cleared };
}

const RECENT = [
  { path: '/home/mette/Kunder/ITGuy ApS.kartotek', fileName: 'ITGuy ApS.kartotek' },
  { path: '/home/mette/Kunder/A&B Revision.kartotek', fileName: 'A&B Revision.kartotek' },
];

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu in ${item?.label}`);
  return item.submenu;
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = allItems(items).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no item "${label}"`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('native menu template', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build({ platform }).template.map((item) => item.label)).toEqual([
        'File',
        'Edit',
        'View',
        'Help',
      ]);
    }
  });

  it('puts the app menu first on macOS, with Quit there and Close in File', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((item) => item.label)).toEqual([
      'Kartotek',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(submenu(template[0]).map((item) => item.role ?? item.label)).toContain('quit');
    const file = submenu(template[1]);
    expect(file.some((item) => item.role === 'quit')).toBe(false);
    expect(file.some((item) => item.role === 'close')).toBe(true);
  });

  it('File: New, Open, Open Recent, Save, Save As, Projects, Restore from Backup, Quit', () => {
    const { template, sent } = build();
    const file = submenu(template[0]);
    expect(file.map((item) => (item.type === 'separator' ? '---' : (item.role ?? item.label)))).toEqual([
      'New Project',
      'Open…',
      'Open Recent',
      '---',
      'Save',
      'Save As…',
      '---',
      'Projects…',
      'Restore from Backup…',
      '---',
      'quit',
    ]);
    expect(file.map((item) => item.accelerator ?? null)).toEqual([
      NEW_PROJECT_ACCELERATOR,
      OPEN_ACCELERATOR,
      null,
      null,
      SAVE_ACCELERATOR,
      SAVE_AS_ACCELERATOR,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([OPEN_ACCELERATOR, SAVE_ACCELERATOR, SAVE_AS_ACCELERATOR]).toEqual([
      'CmdOrCtrl+O',
      'CmdOrCtrl+S',
      'CmdOrCtrl+Shift+S',
    ]);
    for (const item of file) if (item.click) click(item);
    expect(sent).toEqual([
      'project:new',
      'file:open',
      'file:save',
      'file:save-as',
      'navigate:projects',
      'navigate:backups',
    ]);
  });

  it('Open Recent is a disabled "No Recent Files" while the list is empty', () => {
    const recent = submenu(find(build().template, 'Open Recent'));
    expect(recent.map((item) => [item.label, item.enabled])).toEqual([['No Recent Files', false]]);
  });

  it('Open Recent lists main’s recent files, opens one by its path and clears the list', () => {
    const { template, opened, cleared, sent } = build({ recentFiles: RECENT });
    const recent = submenu(find(template, 'Open Recent'));
    expect(recent.map((item) => (item.type === 'separator' ? '---' : item.label))).toEqual([
      'ITGuy ApS.kartotek',
      // A literal "&" is doubled on Windows and Linux, where one "&" marks the access key.
      'A&&B Revision.kartotek',
      '---',
      'Clear Recent Files',
    ]);
    click(recent[1]!);
    expect(opened).toEqual(['/home/mette/Kunder/A&B Revision.kartotek']);
    click(recent[3]!);
    expect(cleared()).toBe(1);
    // Recent files never travel as menu commands: the page gets them as open requests.
    expect(sent).toEqual([]);
  });

  it('Open Recent is translated', () => {
    const { template } = build({ language: 'sv', recentFiles: RECENT });
    const recent = submenu(find(template, 'Öppna senaste'));
    expect(recent.at(-1)?.label).toBe('Rensa listan');
    expect(submenu(find(build({ language: 'da' }).template, 'Åbn seneste'))[0]?.label).toBe(
      'Ingen seneste filer',
    );
  });

  it('leaves Ctrl+N free for the renderer’s "new activity"', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = allItems(build({ platform, isPackaged: false }).template).map(
        (item) => item.accelerator,
      );
      expect(accelerators).not.toContain('CmdOrCtrl+N');
      expect(accelerators).not.toContain('Ctrl+N');
    }
  });

  it('Edit uses the editing roles, with localized labels', () => {
    const { template } = build({ language: 'da' });
    const edit = submenu(template[1]).filter((item) => item.type !== 'separator');
    expect(edit.map((item) => item.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.map((item) => item.label)).toEqual([
      'Fortryd',
      'Gentag',
      'Klip',
      'Kopiér',
      'Indsæt',
      'Vælg alt',
    ]);
  });

  it('View toggles the theme in the renderer and offers reload, zoom and full screen', () => {
    const { template, sent } = build();
    const view = submenu(template[2]);
    click(find(view, 'Toggle Dark Theme'));
    expect(sent).toEqual(['view:toggle-theme']);
    expect(view.map((item) => item.role).filter(Boolean)).toEqual([
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => allItems(build({ isPackaged }).template).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('Help → About Kartotek sends help:about', () => {
    const { template, sent } = build();
    click(find(submenu(template[3]), 'About Kartotek'));
    expect(sent).toEqual(['help:about']);
  });

  it('can send every menu command, and only menu commands', () => {
    const { template, sent } = build({ platform: 'darwin', isPackaged: false });
    for (const item of allItems(template)) if (item.click) click(item);
    expect([...new Set(sent)].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it.each(LANGUAGES)('is fully labelled in %s', (language) => {
    for (const platform of ['darwin', 'linux'] as const) {
      const items = allItems(build({ language, platform, isPackaged: false }).template);
      const unlabelled = items.filter((item) => item.type !== 'separator' && !item.label?.trim());
      expect(unlabelled).toEqual([]);
    }
    expect(build({ language }).template[0]?.label).toBe(MENU_LABELS[language].file);
  });
});
