import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETTINGS_FILE_NAME } from '../../electron/settings/settingsStore';
import { APP_ENTRY_URL } from '../../shared/platform/appOrigin';
import type { PlatformApi } from '../../shared/platform/contract';
import { findElectronBinary, skipMessage } from './electronBinary';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary();

/** The page's global as the renderer sees it (typed here, read inside page.evaluate). */
type KartotekWindow = Window & { kartotek?: PlatformApi };

test.describe.configure({ mode: 'serial' });

test.describe('Kartotek desktop app', () => {
  test.skip(!binary.available, skipMessage(binary));

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    if (!binary.available) return;
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(path.join(repoRoot, built)))
        throw new Error(`${built} is missing: run "npm run build" first`);
    }
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-electron-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    app = await _electron.launch({
      executablePath: binary.executablePath,
      // The folder, not main.cjs: Electron then reads package.json (productName, version, "main"),
      // exactly as the packaged app does.
      args: [repoRoot],
      cwd: repoRoot,
      env: { ...env, KARTOTEK_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('serves the page from app://kartotek and keeps its data in KARTOTEK_DATA_DIR', async () => {
    expect(page.url()).toBe(APP_ENTRY_URL);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(dataDir);
    const info = await page.evaluate(() => (window as KartotekWindow).kartotek!.getAppInfo());
    expect(info).toMatchObject({ host: 'electron', dataDirectory: dataDir });
  });

  test('runs the window isolated, sandboxed and without Node', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences() is undocumented (absent from electron.d.ts) but is the only way to read
      // back what the window actually got; if Electron drops it, this fails loudly rather than passing.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as
        { getLastWebPreferences?: () => Electron.WebPreferences | null } | undefined;
      if (typeof contents?.getLastWebPreferences !== 'function') return 'getLastWebPreferences() is missing';
      const prefs = contents.getLastWebPreferences();
      return {
        contextIsolation: prefs?.contextIsolation,
        sandbox: prefs?.sandbox,
        nodeIntegration: prefs?.nodeIntegration,
      };
    });
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  test('gives the page window.kartotek (kind "electron") and no require or process', async () => {
    const seen = await page.evaluate(() => {
      const api = (window as KartotekWindow).kartotek;
      return {
        kind: api?.kind,
        keys: api ? Object.keys(api).sort() : [],
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        module: typeof (window as unknown as { module?: unknown }).module,
      };
    });
    expect(seen).toEqual({
      kind: 'electron',
      keys: [
        'createBackup',
        'getAppInfo',
        'getRecentFiles',
        'kind',
        'listBackups',
        'onMenuCommand',
        'onOpenFileRequest',
        'openDataFolder',
        'openExternal',
        'openProjectFile',
        'openRecentFile',
        'readBackup',
        'saveDocument',
        'saveProjectFile',
        'setDocumentState',
        'setUiLanguage',
      ],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('main refuses a bad payload and a link the app does not offer', async () => {
    const refusal = await page.evaluate(() =>
      (window as KartotekWindow).kartotek!.setUiLanguage('de' as never).then(
        () => 'accepted',
        (error: unknown) => String(error),
      ),
    );
    expect(refusal).toMatch(/invalid argument/);
    expect(
      await page.evaluate(() => (window as KartotekWindow).kartotek!.openExternal('https://evil.example/')),
    ).toBe(false);
  });

  test('window.open opens no window', async () => {
    await page.evaluate(() => window.open('https://evil.example/', '_blank'));
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('setUiLanguage rebuilds the native menu and remembers the language', async () => {
    await page.evaluate(() => (window as KartotekWindow).kartotek!.setUiLanguage('da'));
    const labels = await app.evaluate(
      ({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? [],
    );
    expect(labels).toEqual(expect.arrayContaining(['Fil', 'Rediger', 'Vis', 'Hjælp']));
    const settings = JSON.parse(await readFile(path.join(dataDir, SETTINGS_FILE_NAME), 'utf8')) as unknown;
    expect(settings).toEqual({ uiLanguage: 'da' });
  });

  test('creates a project through the UI', async () => {
    const name = `Electron test ${Date.now()}`;
    await page
      .getByRole('button', { name: /new project|nyt projekt|nytt projekt/i })
      .first()
      .click();
    await page.getByRole('textbox', { name: /project name|projektnavn|projektnamn/i }).fill(name);
    await page.getByRole('button', { name: /create|opret|skapa/i }).click();
    await expect(page.getByText(name).first()).toBeVisible();
  });
});
