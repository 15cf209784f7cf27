import * as z from 'zod';
import { LanguageSchema } from '../model/primitives';
import { FlushRequestIdSchema } from './contract';
import { FILE_IPC_CALLS } from './fileContract';

/**
 * Every renderer → main call: its channel name and the zod schema of its arguments. Main refuses a
 * call on any other channel, from any other frame, or with arguments that do not parse.
 */
export const IPC_CALLS = {
  getAppInfo: { channel: 'kartotek:get-app-info', args: z.tuple([]) },
  setUiLanguage: { channel: 'kartotek:set-ui-language', args: z.tuple([LanguageSchema]) },
  openExternal: { channel: 'kartotek:open-external', args: z.tuple([z.string().max(2000)]) },
  openDataFolder: { channel: 'kartotek:open-data-folder', args: z.tuple([]) },
  flushDone: { channel: 'kartotek:flush-done', args: z.tuple([FlushRequestIdSchema]) },
  ...FILE_IPC_CALLS,
} as const;

export type IpcCallName = keyof typeof IPC_CALLS;
export type IpcArgs<N extends IpcCallName> = z.infer<(typeof IPC_CALLS)[N]['args']>;

export { OPEN_FILE_REQUEST_CHANNEL } from './fileContract';

/** main → renderer: a command chosen in the native menu. */
export const MENU_COMMAND_CHANNEL = 'kartotek:menu-command';

/** main → renderer: finish storing the edits in flight, then answer with flushDone (the window is closing). */
export const FLUSH_REQUEST_CHANNEL = 'kartotek:flush-request';
