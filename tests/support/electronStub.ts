import { EventEmitter } from 'node:events';
import { APP_ENTRY_URL } from '../../shared/platform/appOrigin';

/**
 * A recording stand-in for the part of Electron's API that the main process and the preload use while
 * the app starts, for machines where the Electron binary cannot be downloaded. It keeps what the app
 * hands over (handlers, windows, menu) and the order of the calls that matter, and behaves as Electron
 * does where the app depends on it: `ready` comes only when the test says so; calls Electron refuses on
 * the wrong side of `ready` throw here too; app, windows, web contents and IPC are event emitters; a new
 * window announces its web contents through 'web-contents-created'. Anything the start-up should not touch
 * (dialog, for one) is left out, so using it fails the test.
 */

interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface StubDisplay {
  readonly bounds: Rectangle;
  readonly workArea: Rectangle;
}

export const STUB_DISPLAY: StubDisplay = {
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

export interface MainStubOptions {
  /** What app.requestSingleInstanceLock() answers: false when another instance holds the lock. */
  readonly singleInstanceLock?: boolean;
  readonly version?: string;
  readonly preferredSystemLanguages?: readonly string[];
}

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type IpcInvokeHandler = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  ...args: unknown[]
) => Promise<unknown>;

export interface StubMenu {
  readonly template: readonly { readonly label?: string }[];
}

class StubWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  /** The page's ipcRenderer, once a preload runs in this window. */
  page: EventEmitter | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.page?.emit(channel, { sender: null }, ...args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export function createMainElectronStub(options: MainStubOptions = {}) {
  /** The calls whose order matters, in order, and 'ready' where the app became ready. */
  const calls: string[] = [];
  let isReady = false;
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));
  // The start-up is over when the first window loads its page, or when the app gives up.
  let resolveSettled: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (resolveSettled = resolve));

  const beforeReady = (call: string): void => {
    if (isReady) throw new Error(`${call} must be called before the app is ready`);
    calls.push(call);
  };
  const afterReady = (call: string): void => {
    if (!isReady) throw new Error(`${call} cannot be used before the app is ready`);
    calls.push(call);
  };

  const paths = new Map<string, string>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath(name: string, value: string) {
      calls.push(`app.setPath ${name}`);
      paths.set(name, value);
    },
    getPath(name: string): string {
      const value = paths.get(name);
      if (value === undefined) throw new Error(`the stub has no path "${name}"`);
      return value;
    },
    enableSandbox: () => beforeReady('app.enableSandbox'),
    requestSingleInstanceLock() {
      calls.push('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    },
    whenReady: () => whenReady,
    isReady: () => isReady,
    getVersion: () => options.version ?? '0.0.0-stub',
    getPreferredSystemLanguages: () => [...(options.preferredSystemLanguages ?? ['en-US'])],
    quit() {
      calls.push('app.quit');
      resolveSettled();
    },
    exit(code = 0) {
      calls.push(`app.exit ${code}`);
      resolveSettled();
    },
  });

  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: readonly unknown[]) {
      beforeReady('protocol.registerSchemesAsPrivileged');
      privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      afterReady(`protocol.handle ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  };

  const permissions: {
    request?: PermissionRequestHandler;
    check?: (webContents: unknown, permission: string) => boolean;
    device?: (details: unknown) => boolean;
  } = {};
  const defaultSession = {
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      afterReady('session.setPermissionRequestHandler');
      permissions.request = handler;
    },
    setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean) {
      afterReady('session.setPermissionCheckHandler');
      permissions.check = handler;
    },
    setDevicePermissionHandler(handler: (details: unknown) => boolean) {
      afterReady('session.setDevicePermissionHandler');
      permissions.device = handler;
    },
  };
  const session = {
    get defaultSession() {
      if (!isReady) throw new Error('the session can only be received when the app is ready');
      return defaultSession;
    },
  };

  const screen = {
    getAllDisplays(): StubDisplay[] {
      afterReady('screen.getAllDisplays');
      return [STUB_DISPLAY];
    },
    getPrimaryDisplay(): StubDisplay {
      afterReady('screen.getPrimaryDisplay');
      return STUB_DISPLAY;
    },
  };

  let applicationMenu: StubMenu | null = null;
  const Menu = {
    buildFromTemplate: (template: StubMenu['template']): StubMenu => ({ template }),
    setApplicationMenu(menu: StubMenu) {
      calls.push('Menu.setApplicationMenu');
      applicationMenu = menu;
    },
  };

  const ipcHandlers = new Map<string, IpcInvokeHandler>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle(channel: string, handler: IpcInvokeHandler) {
      if (ipcHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      calls.push(`ipcMain.handle ${channel}`);
      ipcHandlers.set(channel, handler);
    },
  });

  const openedExternally: string[] = [];
  const shell = {
    async openExternal(url: string) {
      openedExternally.push(url);
    },
  };

  const windows: StubBrowserWindow[] = [];
  class StubBrowserWindow extends EventEmitter {
    readonly webContents = new StubWebContents();
    readonly loadedUrls: string[] = [];
    shown = false;
    focused = false;
    minimized = false;

    constructor(readonly options: { readonly webPreferences?: object }) {
      super();
      afterReady('new BrowserWindow');
      windows.push(this);
      app.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents);
    }
    static getAllWindows(): StubBrowserWindow[] {
      return [...windows];
    }
    async loadURL(url: string): Promise<void> {
      calls.push(`window.loadURL ${url}`);
      this.loadedUrls.push(url);
      resolveSettled();
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {
      this.focused = true;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    getNormalBounds() {
      return STUB_DISPLAY.workArea;
    }
    isMaximized(): boolean {
      return false;
    }
    closed = false;
    /** As Electron: 'close' listeners may prevent it; otherwise the window is gone and 'closed' follows. */
    close(): void {
      if (this.closed) return;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.closed = true;
      this.emit('closed');
    }
    isDestroyed(): boolean {
      return this.closed;
    }
  }

  return {
    /** What require('electron') returns in the main process. */
    electron: { app, BrowserWindow: StubBrowserWindow, ipcMain, Menu, protocol, screen, session, shell },
    calls,
    windows,
    privilegedSchemes,
    protocolHandlers,
    permissions,
    ipcHandlers,
    openedExternally,
    get applicationMenu() {
      return applicationMenu;
    },
    /** The app becomes ready: 'ready' is emitted and whenReady() resolves. */
    emitReady(): void {
      isReady = true;
      calls.push('ready');
      app.emit('ready');
      resolveReady();
    },
    /** Resolves once the first window loads its page, or the app quits or exits. */
    settled,
  };
}

export type MainElectronStub = ReturnType<typeof createMainElectronStub>;

/**
 * The preload's side, in `window`: contextBridge records what reaches the page, ipcRenderer.invoke reaches
 * the main stub's handlers as a call from the app's own main frame, and what main sends to the window's
 * web contents arrives at ipcRenderer's listeners, as in the real window.
 */
export function createPreloadElectronStub(
  main: Pick<MainElectronStub, 'ipcHandlers'>,
  window: { readonly webContents: StubWebContents },
) {
  const exposed: { key: string; api: unknown }[] = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = main.ipcHandlers.get(channel);
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return handler({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, ...args);
    },
  });
  window.webContents.page = ipcRenderer;
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      exposed.push({ key, api });
    },
  };
  return { electron: { contextBridge, ipcRenderer }, exposed, ipcRenderer };
}
