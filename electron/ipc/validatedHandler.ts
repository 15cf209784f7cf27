import type * as z from 'zod';
import { APP_HOST, APP_SCHEME } from '../../shared/platform/appOrigin';
import { IPC_CALLS, type IpcArgs, type IpcCallName } from '../../shared/platform/ipcChannels';
import type { Logger } from '../log';
import type { IpcImplementation, IpcResult } from './ipcTypes';

/** What the guard reads from Electron's IpcMainInvokeEvent. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export class IpcRejectedError extends Error {
  constructor(
    readonly channel: string,
    readonly reason: string,
  ) {
    super(`Kartotek refused the IPC call "${channel}": ${reason}`);
    this.name = 'IpcRejectedError';
  }
}

const CALL_NAME_BY_CHANNEL: ReadonlyMap<string, IpcCallName> = new Map(
  (Object.keys(IPC_CALLS) as IpcCallName[]).map((name) => [IPC_CALLS[name].channel, name]),
);

/**
 * True only for a URL on the app's own origin, app://kartotek. Compared by parts because Node's URL
 * reports the origin of a non-special scheme as "null".
 */
export function isAppOriginUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function senderProblem(event: IpcSenderEvent): string | null {
  const frame = event.senderFrame;
  // null: the frame navigated away or was destroyed while the call was in flight.
  if (!frame) return 'the sending frame is gone';
  if (!isAppOriginUrl(frame.url)) return 'the sender is not the app origin';
  if (frame.parent !== null) return 'the sender is not the main frame';
  return null;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(
      (issue) =>
        `${issue.path.length > 0 ? `argument ${issue.path.join('.')}` : 'arguments'}: ${issue.message}`,
    )
    .join('; ');
}

export type ValidatedIpcCall = {
  [N in IpcCallName]: { readonly name: N; readonly args: IpcArgs<N> };
}[IpcCallName];

/**
 * The gate every renderer → main call passes: a known channel, sent by the app's own main frame, with
 * arguments that parse against the channel's zod tuple (so no extra arguments either). Throws
 * IpcRejectedError otherwise.
 */
export function validateIpcCall(
  channel: string,
  event: IpcSenderEvent,
  rawArgs: readonly unknown[],
): ValidatedIpcCall {
  const name = CALL_NAME_BY_CHANNEL.get(channel);
  if (name === undefined) throw new IpcRejectedError(channel, 'unknown channel');
  const problem = senderProblem(event);
  if (problem) throw new IpcRejectedError(channel, problem);
  const parsed = IPC_CALLS[name].args.safeParse(rawArgs);
  if (!parsed.success) throw new IpcRejectedError(channel, `invalid ${describeIssues(parsed.error)}`);
  return { name, args: parsed.data } as ValidatedIpcCall;
}

/**
 * Wraps one implementation in the gate, for ipcMain.handle. A refusal is logged in main (without the
 * payload, which may be personal data) and rethrown, so the renderer's promise rejects with the reason.
 */
export function createValidatedHandler<N extends IpcCallName>(
  name: N,
  implementation: IpcImplementation<N>,
  log: Logger,
): (event: IpcSenderEvent, ...rawArgs: unknown[]) => Promise<IpcResult<N>> {
  const channel = IPC_CALLS[name].channel;
  return async (event, ...rawArgs): Promise<IpcResult<N>> => {
    let call: ValidatedIpcCall;
    try {
      call = validateIpcCall(channel, event, rawArgs);
    } catch (error) {
      log.warn(error instanceof Error ? error.message : `refused the IPC call "${channel}"`);
      throw error;
    }
    // validateIpcCall resolved this very channel, so the arguments are IpcArgs<N>.
    return implementation(...(call.args as IpcArgs<N>));
  };
}
