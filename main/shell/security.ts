/**
 * The shell's security settings, as pure functions: no electron import at runtime,
 * so test/unit/reliability/shell-security.test.ts checks them without the Electron runtime.
 */
import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { APP_ORIGIN } from './ipc';

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Electron's BrowserWindow, or a stand-in in the unit test. */
type WindowOptions = BrowserWindowConstructorOptions & {
  webPreferences?: BrowserWindowConstructorOptions['webPreferences'] & { enableRemoteModule?: boolean };
};
export type WindowConstructor<W> = new (options: WindowOptions) => W;

/**
 * The main window. The options are written out at the `new BrowserWindow` call so
 * electronegativity can read them; electron's class is passed in, so no runtime import.
 */
export function createSecureWindow<W>(BrowserWindow: WindowConstructor<W>, preload: string, bounds: Bounds): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    title: 'Sagsoverblik',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open a link in a new window past the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      // Gone from Electron since v14; stated anyway so no reader (or scanner) has to know that.
      enableRemoteModule: false,
      spellcheck: true,
    },
  });
}

/** Only our own pages may be navigated to or call the backend. */
export const isAppUrl = (url: string) => url.startsWith(APP_ORIGIN);

/** Permission requests and checks denied; navigation, redirects, webviews and new windows refused. */
export function installSecurityHandlers(
  app: Pick<App, 'on'>,
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  openExternal?: (url: string) => void,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event: unknown, contents: WebContents) => lockDownContents(contents, openExternal));
}

/** The one place links may leave the app for: the official law portal that procedures link to. */
export const isLawPortalUrl = (url: string) => /^https:\/\/(www\.)?retsinformation\.dk\/[^\s]*$/.test(url);

export function lockDownContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, openExternal?: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows at all; only law-portal links are handed to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (openExternal && isLawPortalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
