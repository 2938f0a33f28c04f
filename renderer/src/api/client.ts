/**
 * The one door to the backend. The transport is picked once at startup:
 * Electron preload, the Playwright binding of the end-to-end tests, or
 * browser mode (POST /api, authenticated by an HttpOnly cookie).
 */
import type { Bridge, Input, InvokeFn, Method, Output } from '../../../shared/api/contract';
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../../shared/api/errors';
import { commonTexts } from '../components/texts';
import { followBackendClock } from '../components/today';

declare global {
  interface Window {
    sagsoverblik?: Bridge;
    __sagsoverblikInvoke?: InvokeFn;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = body.fields;
  }
}

async function invokeOverHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch('/api', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ method, input }),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: commonTexts.errors.network } };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: commonTexts.errors.badResponse } };
  }
}

function pickTransport(): InvokeFn {
  if (typeof window !== 'undefined') {
    const bridge = window.sagsoverblik;
    if (bridge && typeof bridge.invoke === 'function') return (m, i) => bridge.invoke(m, i);
    const binding = window.__sagsoverblikInvoke;
    if (typeof binding === 'function') return (m, i) => binding(m, i);
  }
  return invokeOverHttp;
}

let transport: InvokeFn | null = null;

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  transport ??= pickTransport();
  let result: ApiResult<unknown>;
  try {
    result = await transport(method, input);
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: commonTexts.errors.network });
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new ApiError({ code: 'INTERNAL', message: commonTexts.errors.badResponse });
  }
  if (!result.ok) throw new ApiError(result.error);
  // The status carries the backend's clock: "today" in the window is the register's today.
  if ((method === 'app.status' || method === 'app.setup') && result.value && typeof result.value === 'object') {
    followBackendClock((result.value as { now?: unknown }).now);
  }
  return result.value as Output<M>;
}

/** A Danish message for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return commonTexts.errors.unexpected;
}
