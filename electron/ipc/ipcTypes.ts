import type { PlatformApi } from '../../shared/platform/contract';
import type { IpcArgs, IpcCallName } from '../../shared/platform/ipcChannels';

/**
 * Each IPC call is named after the PlatformApi method it serves, so its result type is read off the
 * contract rather than written a second time.
 */
export type IpcResult<N extends IpcCallName> = Awaited<ReturnType<PlatformApi[N]>>;

export type IpcImplementation<N extends IpcCallName> = (...args: IpcArgs<N>) => Promise<IpcResult<N>>;
export type IpcImplementations = { readonly [N in IpcCallName]: IpcImplementation<N> };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/**
 * Compile-time guard: the zod argument tuples in IPC_CALLS and the contract's parameters must agree, or preload
 * and main would disagree about a call without any test noticing. Exported so the compiler keeps checking it.
 * @public
 */
export type IpcArgsMatchContract = Assert<
  { [N in IpcCallName]: Same<IpcArgs<N>, Parameters<PlatformApi[N]>> }[IpcCallName]
>;
