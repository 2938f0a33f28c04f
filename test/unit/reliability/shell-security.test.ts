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

describe('links leaving the app', () => {
  test('only the official law portal is handed to the system browser; every new window is denied', async () => {
    const { lockDownContents, isLawPortalUrl } = await import('../../../main/shell/security');
    let handler: ((d: { url: string }) => { action: string }) | undefined;
    const opened: string[] = [];
    lockDownContents({ on: () => undefined, setWindowOpenHandler: (h: never) => (handler = h) } as never, (url) => opened.push(url));
    for (const url of [
      'https://www.retsinformation.dk/eli/lta/2024/1',
      'https://evil.example/retsinformation.dk/',
      'http://www.retsinformation.dk/eli/lta/2024/1',
      'https://retsinformation.dk.evil.example/',
      'file:///etc/passwd',
    ]) {
      expect(handler!({ url }).action).toBe('deny');
    }
    expect(opened).toEqual(['https://www.retsinformation.dk/eli/lta/2024/1']);
    expect(isLawPortalUrl('https://retsinformation.dk/eli/lta/2023/721')).toBe(true);
  });
});
