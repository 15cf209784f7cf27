/**
 * Sandboxed preload: bundled into one CommonJS file whose only require is 'electron'. It hands the page
 * exactly one object, window.kartotek, implementing PlatformApi; ipcRenderer itself never crosses.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { PlatformApi } from '../shared/platform/contract';
import { createPlatformBridge } from './preload/platformBridge';

const api = createPlatformBridge(ipcRenderer) satisfies PlatformApi;

contextBridge.exposeInMainWorld('kartotek', api);
