import * as z from 'zod';
import type { Language } from '../i18n/languages';
import type { ProjectFilesApi } from './fileContract';

/**
 * The one contract between the renderer and its host. Electron's preload implements it over IPC;
 * renderer/platform/browserPlatform.ts implements it for a plain browser. Nothing else crosses.
 * The file members (open/save project files and documents, backups, recent files, OS open requests)
 * are declared in fileContract.ts.
 */
export interface PlatformApi extends ProjectFilesApi {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<AppInfo>;
  /** Tells the host the UI language, so native menus and dialogs speak it too. */
  setUiLanguage(language: Language): Promise<void>;
  /** Opens an https link the app itself offers (see externalLinks.ts) in the user's browser. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Shows the app's own data folder in the OS file manager (Help → About). Takes no path: the host
   * opens only its data folder. False where there is none to open (a browser) or opening failed.
   */
  openDataFolder(): Promise<boolean>;
  /** Commands chosen in the native menu; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Before the desktop window closes, the host asks the page to finish storing its edits and waits for
   * `flush` (a bounded time). A browser never asks: a closing tab cannot be waited for, which the page's
   * write-ahead journal covers (renderer/db/pendingWrites.ts). Returns a function that stops listening.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
  /** Tells the host that flush request `requestId` is done; the desktop bridge sends it by itself. */
  flushDone(requestId: number): Promise<void>;
}

/** Numbers main gives its flush requests (onFlushRequest). */
export const FlushRequestIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const AppInfoSchema = z
  .object({
    version: z.string(),
    host: z.enum(['electron', 'web']),
    /** Where the app keeps its data; null in a browser, where the browser's profile holds it. */
    dataDirectory: z.string().nullable(),
    electronVersion: z.string().nullable(),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const MENU_COMMANDS = [
  'project:new',
  'file:open',
  'file:save',
  'file:save-as',
  'navigate:projects',
  'navigate:backups',
  'view:toggle-theme',
  'help:about',
] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
