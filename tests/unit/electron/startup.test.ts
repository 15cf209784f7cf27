import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveAppPaths } from '../../../electron/appPaths';
import { MENU_LABELS } from '../../../electron/menu/menuLabels';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/protocol/appScheme';
import { createMainWindowOptions } from '../../../electron/window/mainWindowOptions';
import { restoreWindowState } from '../../../electron/window/windowState';
import { APP_ENTRY_URL, APP_SCHEME, DATA_DIR_ENV } from '../../../shared/platform/appOrigin';
import type { PlatformApi } from '../../../shared/platform/contract';
import type { OpenFileRequest } from '../../../shared/platform/fileContract';
import { IPC_CALLS, OPEN_FILE_REQUEST_CHANNEL } from '../../../shared/platform/ipcChannels';
import {
  createMainElectronStub,
  createPreloadElectronStub,
  STUB_DISPLAY,
  type MainElectronStub,
  type MainStubOptions,
} from '../../support/electronStub';
import { runBundleWithElectron } from '../../support/runBundle';

// The Electron binary cannot be downloaded everywhere the tests run (tests/electron then skips), so the
// built main process and preload are started here against a recording stub of Electron's API.

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/project-files');

/** Every member of the bridge; the type makes this list complete and exact. */
const PLATFORM_API_MEMBERS = {
  kind: true,
  getAppInfo: true,
  setUiLanguage: true,
  openExternal: true,
  openDataFolder: true,
  onMenuCommand: true,
  onFlushRequest: true,
  flushDone: true,
  openProjectFile: true,
  saveProjectFile: true,
  saveDocument: true,
  listBackups: true,
  readBackup: true,
  createBackup: true,
  getRecentFiles: true,
  openRecentFile: true,
  onOpenFileRequest: true,
  setDocumentState: true,
} satisfies Record<keyof PlatformApi, true>;

interface Start {
  readonly stub: MainElectronStub;
  readonly dataDir: string;
  /** Uncaught exceptions, unhandled rejections and errors the main process logged while it started. */
  readonly problems: unknown[];
}

describe('the bundled desktop app, started against a stub of Electron', () => {
  let buildDir: string;
  let bundleDir: string;
  const starts: Start[] = [];
  // What the main process logs (console, electron/log.ts), kept out of the test output.
  const warnings: string[] = [];
  // Uncaught exceptions, unhandled rejections and logged errors, from the first start to the last test.
  const problems: unknown[] = [];
  let failWaiting: ((problem: unknown) => void) | null = null;
  const recordProblem = (problem: unknown): void => {
    problems.push(problem);
    failWaiting?.(problem);
  };

  beforeAll(async () => {
    process.on('uncaughtException', recordProblem);
    process.on('unhandledRejection', recordProblem);
    vi.spyOn(console, 'error').mockImplementation((...args) => recordProblem(args));
    vi.spyOn(console, 'warn').mockImplementation((line) => warnings.push(String(line)));
    // A build of its own, so the CLI tests building into dist/ at the same time cannot delete it.
    buildDir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-startup-'));
    execFileSync(process.execPath, ['build/scripts/bundle-electron.mjs', '--out', buildDir], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    bundleDir = path.join(buildDir, 'electron');
    await mkdir(path.join(buildDir, 'renderer'));
    await writeFile(path.join(buildDir, 'renderer/index.html'), '<!doctype html><title>stub page</title>');
  });

  afterAll(async () => {
    process.off('uncaughtException', recordProblem);
    process.off('unhandledRejection', recordProblem);
    vi.restoreAllMocks();
    await rm(buildDir, { recursive: true, force: true });
    for (const { dataDir } of starts) await rm(dataDir, { recursive: true, force: true });
    // Also what went wrong after a test had finished looking.
    expect(problems).toEqual([]);
  });

  /** Waits for `promise`, but fails at once on a problem meanwhile: a broken start fails, it does not hang. */
  async function unlessProblem<T>(promise: Promise<T>): Promise<T> {
    try {
      return await new Promise<T>((resolve, reject) => {
        failWaiting = reject;
        promise.then(resolve, reject);
      });
    } finally {
      failWaiting = null;
    }
  }

  /**
   * Loads main.cjs as Electron does for `electron .` (argv: the binary, the app folder, then the user's
   * arguments), makes the app ready and waits until it has opened its window or given up.
   */
  async function startMain(options: MainStubOptions = {}, userArgs: string[] = []): Promise<Start> {
    const start: Start = {
      stub: createMainElectronStub(options),
      dataDir: await mkdtemp(path.join(os.tmpdir(), 'kartotek-startup-data-')),
      problems: [],
    };
    starts.push(start);
    const problemsBefore = problems.length;
    vi.stubEnv(DATA_DIR_ENV, start.dataDir);
    const argv = process.argv;
    process.argv = [process.execPath, ROOT, ...userArgs];
    try {
      runBundleWithElectron(path.join(bundleDir, 'main.cjs'), start.stub.electron);
    } finally {
      process.argv = argv;
      vi.unstubAllEnvs();
    }
    start.stub.emitReady();
    await unlessProblem(start.stub.settled).catch(() => undefined);
    // What the start-up still does after the page was asked for ends within this turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    start.problems.push(...problems.slice(problemsBefore));
    return start;
  }

  describe('a normal start', () => {
    let start: Start;
    let stub: MainElectronStub;
    beforeAll(async () => {
      start = await startMain({ version: '9.8.7', preferredSystemLanguages: ['sv-SE', 'en-US'] });
      stub = start.stub;
    });

    it('runs without an exception, a rejection or a logged error, and neither quits nor exits', () => {
      expect(start.problems).toEqual([]);
      expect(stub.calls.filter((call) => call.startsWith('app.quit') || call.startsWith('app.exit'))).toEqual(
        [],
      );
    });

    it('moves the data folder, registers app:// and turns on the sandbox before ready, then takes the lock', () => {
      expect(stub.calls.slice(0, 5)).toEqual([
        'app.setPath userData',
        'protocol.registerSchemesAsPrivileged',
        'app.enableSandbox',
        'app.requestSingleInstanceLock',
        'ready',
      ]);
      expect(stub.electron.app.getPath('userData')).toBe(start.dataDir);
      expect(stub.privilegedSchemes).toEqual([APP_SCHEME_PRIVILEGES]);
    });

    it('denies every permission request and check, before any window exists', async () => {
      const firstWindow = stub.calls.indexOf('new BrowserWindow');
      for (const call of [
        'session.setPermissionRequestHandler',
        'session.setPermissionCheckHandler',
        'session.setDevicePermissionHandler',
      ]) {
        expect(stub.calls.indexOf(call), call).toBeGreaterThan(stub.calls.indexOf('ready'));
        expect(stub.calls.indexOf(call), call).toBeLessThan(firstWindow);
      }
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
        const granted = await new Promise((resolve) => stub.permissions.request?.({}, permission, resolve));
        expect(granted, permission).toBe(false);
        expect(stub.permissions.check?.({}, permission), permission).toBe(false);
      }
      expect(stub.permissions.device?.({ deviceType: 'usb' })).toBe(false);
      expect(warnings).toContain('[kartotek] denied permission request: media');
    });

    it('serves the built renderer over app:// before the page is loaded', async () => {
      expect(stub.calls.indexOf(`protocol.handle ${APP_SCHEME}`)).toBeLessThan(
        stub.calls.indexOf(`window.loadURL ${APP_ENTRY_URL}`),
      );
      const serve = stub.protocolHandlers.get(APP_SCHEME);
      expect(serve).toBeDefined();
      const response = await serve!(new Request(APP_ENTRY_URL));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('stub page');
      expect(response.headers.get('Content-Security-Policy')).toBeTruthy();
      expect((await serve!(new Request('app://kartotek/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    });

    it('sets the application menu in the system language', () => {
      const labels = stub.applicationMenu?.template.map((item) => item.label);
      expect(labels).toContain(MENU_LABELS.sv.file);
      expect(labels).not.toContain(MENU_LABELS.en.file);
    });

    it('handles every IPC call of the contract, each only from the app page, before the window opens', async () => {
      const channels = Object.values(IPC_CALLS).map((call) => call.channel);
      expect([...stub.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
      for (const channel of channels)
        expect(stub.calls.indexOf(`ipcMain.handle ${channel}`)).toBeLessThan(
          stub.calls.indexOf('new BrowserWindow'),
        );
      const getAppInfo = stub.ipcHandlers.get(IPC_CALLS.getAppInfo.channel)!;
      await expect(getAppInfo({ senderFrame: { url: APP_ENTRY_URL, parent: null } })).resolves.toMatchObject({
        version: '9.8.7',
        host: 'electron',
        dataDirectory: start.dataDir,
      });
      await expect(
        getAppInfo({ senderFrame: { url: 'https://example.com/', parent: null } }),
      ).rejects.toThrow(/not the app origin/);
    });

    it('opens one window with exactly the options of createMainWindowOptions, on the app entry page', () => {
      expect(stub.windows).toHaveLength(1);
      const [window] = stub.windows;
      const paths = resolveAppPaths(bundleDir);
      const { bounds } = restoreWindowState(undefined, [STUB_DISPLAY], STUB_DISPLAY);
      expect(window!.options).toEqual(createMainWindowOptions(paths.preloadPath, bounds, paths.iconPath));
      // Spelled out as well, so a weakened createMainWindowOptions cannot pass by comparing with itself.
      expect(window!.options.webPreferences).toMatchObject({
        preload: path.join(bundleDir, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
      expect(existsSync(paths.preloadPath)).toBe(true);
      expect(window!.loadedUrls).toEqual([APP_ENTRY_URL]);
    });

    it('shows the window once it is ready to show, not before', () => {
      const [window] = stub.windows;
      expect(window!.shown).toBe(false);
      window!.emit('ready-to-show');
      expect(window!.shown).toBe(true);
    });

    it('locks down the web contents: no navigation away, no new windows, no webviews', () => {
      const { webContents } = stub.windows[0]!;
      const preventDefault = vi.fn();
      webContents.emit('will-navigate', { url: 'https://example.com/', preventDefault });
      webContents.emit('will-attach-webview', { preventDefault });
      expect(preventDefault).toHaveBeenCalledTimes(2);
      webContents.emit('will-navigate', { url: `${APP_ENTRY_URL}#/projects`, preventDefault });
      expect(preventDefault).toHaveBeenCalledTimes(2);
      expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    });

    it('gives the page exactly the bridge API through the preload, wired to main', async () => {
      const preload = createPreloadElectronStub(stub, stub.windows[0]!);
      runBundleWithElectron(path.join(bundleDir, 'preload.cjs'), preload.electron);
      expect(preload.exposed.map((entry) => entry.key)).toEqual(['kartotek']);
      const api = preload.exposed[0]!.api as PlatformApi;
      expect(Object.keys(api).sort()).toEqual(Object.keys(PLATFORM_API_MEMBERS).sort());
      expect(api.kind).toBe('electron');
      // Files the OS asks to open may arrive before the page subscribes: the preload listens from the start.
      expect(preload.ipcRenderer.listenerCount(OPEN_FILE_REQUEST_CHANNEL)).toBe(1);
      await expect(api.getAppInfo()).resolves.toMatchObject({
        host: 'electron',
        dataDirectory: start.dataDir,
      });
      expect(await api.getRecentFiles()).toEqual([]);
    });
  });

  it('a project file the app is started with reaches the page once it has loaded, and so does a second launch', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kartotek-startup-files-'));
    const [first, second] = [path.join(folder, 'first.kartotek'), path.join(folder, 'second.kartotek')];
    for (const file of [first, second]) await copyFile(path.join(FIXTURES, 'v3-minimal.kartotek'), file);
    const { stub, problems } = await startMain({}, [first]);
    const [window] = stub.windows;
    const preload = createPreloadElectronStub(stub, window!);
    runBundleWithElectron(path.join(bundleDir, 'preload.cjs'), preload.electron);
    const api = preload.exposed[0]!.api as PlatformApi;
    const received: OpenFileRequest[] = [];
    let deliver: (request: OpenFileRequest) => void = () => undefined;
    api.onOpenFileRequest((request) => {
      received.push(request);
      deliver(request);
    });
    const next = () => new Promise<OpenFileRequest>((resolve) => (deliver = resolve));

    let delivered = next();
    window!.webContents.emit('did-start-loading');
    window!.webContents.emit('did-finish-load');
    expect(await unlessProblem(delivered)).toMatchObject({
      status: 'opened',
      fileName: 'first.kartotek',
      path: first,
    });

    delivered = next();
    window!.minimized = true;
    stub.electron.app.emit('second-instance', {}, [process.execPath, ROOT, second], folder);
    expect(await unlessProblem(delivered)).toMatchObject({
      status: 'opened',
      fileName: 'second.kartotek',
      path: second,
    });
    expect(window).toMatchObject({ minimized: false, focused: true });
    expect(received).toHaveLength(2);
    expect(problems).toEqual([]);
    await rm(folder, { recursive: true, force: true });
  });

  it('closing the window waits until the page has stored its edits in flight', async () => {
    const { stub, problems } = await startMain();
    const [window] = stub.windows;
    const preload = createPreloadElectronStub(stub, window!);
    runBundleWithElectron(path.join(bundleDir, 'preload.cjs'), preload.electron);
    const api = preload.exposed[0]!.api as PlatformApi;
    let store: () => void = () => undefined;
    const asked = new Promise<void>((resolveAsked) =>
      api.onFlushRequest(() => {
        resolveAsked();
        return new Promise<void>((resolve) => (store = resolve));
      }),
    );
    window!.close();
    expect(window!.closed).toBe(false);
    await unlessProblem(asked);
    expect(window!.closed).toBe(false);
    const closed = new Promise((resolve) => window!.once('closed', resolve));
    store();
    await unlessProblem(closed);
    expect(window!.closed).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a second instance quits at once: no window, no handlers', async () => {
    const { stub, problems } = await startMain({ singleInstanceLock: false });
    expect(problems).toEqual([]);
    expect(stub.calls).toContain('app.quit');
    expect(stub.windows).toEqual([]);
    expect(stub.ipcHandlers.size).toBe(0);
    expect(stub.protocolHandlers.size).toBe(0);
  });

  it('started as a command (`Kartotek --version`) prints and exits without a window or the lock', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const { stub, problems } = await startMain({ version: '9.8.7' }, ['--version']);
    const printed = stdout.mock.calls.map(([text]) => String(text)).join('');
    stdout.mockRestore();
    expect(problems).toEqual([]);
    expect(printed).toContain('9.8.7');
    expect(stub.calls).toContain('app.exit 0');
    expect(stub.calls).not.toContain('app.requestSingleInstanceLock');
    expect(stub.windows).toEqual([]);
  });
});
