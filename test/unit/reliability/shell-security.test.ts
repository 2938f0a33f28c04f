/** Issue 8: the Electron window and its security handlers, checked without the Electron runtime. */
import { describe, expect, test } from 'vitest';
import { createSecureWindow, installSecurityHandlers, lockDownContents } from '../../../main/shell/security';

class FakeWindow {
  constructor(readonly options: Record<string, unknown>) {}
}

describe('the main window', () => {
  test('context isolation, sandbox, no node integration, no webviews, no auxclick', () => {
    const win = createSecureWindow(FakeWindow as never, '/app/preload/index.cjs', { width: 1280, height: 860 }) as unknown as FakeWindow;
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(win.options).toMatchObject({ width: 1280, height: 860, show: false });
  });
});

describe('the security handlers', () => {
  test('permission requests and checks are denied', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const listeners: Record<string, (...args: unknown[]) => void> = {};
    installSecurityHandlers({ on: ((e: string, fn: never) => (listeners[e] = fn)) as never }, {
      setPermissionRequestHandler: ((fn: never) => (request = fn)) as never,
      setPermissionCheckHandler: ((fn: never) => (check = fn)) as never,
    });
    const answers: boolean[] = [];
    request!({}, 'media', (ok) => answers.push(ok));
    request!({}, 'geolocation', (ok) => answers.push(ok));
    expect(answers).toEqual([false, false]);
    expect(check!()).toBe(false);
    expect(listeners['web-contents-created']).toBeTypeOf('function');
  });

  test('navigation away from the app, redirects, webviews and new windows are refused', () => {
    const on: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    lockDownContents({ on: ((e: string, fn: never) => (on[e] = fn)) as never, setWindowOpenHandler: ((fn: never) => (openHandler = fn)) as never });
    const prevented = (event: string, url?: string) => {
      let yes = false;
      on[event]({ preventDefault: () => (yes = true) }, url);
      return yes;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'app://sagsoverblik/index.html#/borgere')).toBe(false);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!({ url: 'https://www.retsinformation.dk/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'app://sagsoverblik/index.html' })).toEqual({ action: 'deny' });
  });
});
