/**
 * Sandboxed preload (built as CommonJS: sandboxed preloads cannot be ES modules).
 * Exposes exactly one function to the renderer; everything else stays in main.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { INVOKE_CHANNEL } from './ipc';

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<ApiResult<unknown>>,
} satisfies Bridge;

contextBridge.exposeInMainWorld('sagsoverblik', bridge);
