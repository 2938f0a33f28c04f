/**
 * The Electron shell: window, menu, app:// protocol, IPC. The only code that
 * imports electron. The backend is the same one the CLI, tests and browser mode use.
 */
import { app, BrowserWindow, ipcMain, Menu, screen, session, shell } from 'electron';
import path from 'node:path';
import type { ApiResult } from '../../shared/api/errors';
import { Backend } from '../backend/backend';
import { log } from '../backend/log';
import { APP_FOLDER } from '../backend/paths';
import { buildMenu } from './menu';
import { APP_ORIGIN, INVOKE_CHANNEL } from './ipc';
import { handleAppScheme, registerAppScheme } from './protocol';
import { ElectronSettingsStore } from './settings-electron';
import { createSecureWindow, installSecurityHandlers, isAppUrl } from './security';

// Same folder as paths.ts appDataDir(), so browser mode and the CLI find the same register and settings.
app.setPath('userData', path.join(app.getPath('appData'), APP_FOLDER));
if (process.platform === 'win32') app.setAppUserModelId('dk.sagsoverblik.app');
registerAppScheme();

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Adgang nægtet.' } };

/** `--register FILE` or `--register=FILE` among Electron's own arguments. */
function registerArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--register') return argv[i + 1];
    if (argv[i].startsWith('--register=')) return argv[i].slice('--register='.length);
  }
  return undefined;
}

function visibleBounds(saved: ReturnType<ElectronSettingsStore['get']>) {
  const bounds = saved as { x?: number; y?: number; width: number; height: number } | undefined;
  if (!bounds) return { width: 1280, height: 860 };
  const { x, y, width, height } = bounds;
  if (x === undefined || y === undefined) return { width, height };
  // A window saved on a screen that is gone would open out of sight.
  const area = screen.getDisplayMatching({ x, y, width, height }).workArea;
  const onScreen = x < area.x + area.width && x + width > area.x && y < area.y + area.height && y + height > area.y;
  return onScreen ? { x, y, width, height } : { width, height };
}

function createWindow(settings: ElectronSettingsStore): BrowserWindow {
  const win = createSecureWindow(BrowserWindow, path.join(__dirname, '..', 'preload', 'index.cjs'), visibleBounds(settings.get('windowBounds')));
  win.once('ready-to-show', () => win.show());
  win.on('close', () => settings.set('windowBounds', win.getNormalBounds()));
  void win.loadURL(`${APP_ORIGIN}index.html`);
  return win;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  installSecurityHandlers(app, session.defaultSession, (url) => void shell.openExternal(url));
  handleAppScheme(path.join(__dirname, '..', 'renderer'));
  Menu.setApplicationMenu(buildMenu());

  const settings = new ElectronSettingsStore();
  const userData = app.getPath('userData');
  const registerPath = path.resolve(registerArg(process.argv) ?? settings.get('registerPath') ?? path.join(userData, 'register.sqlite'));
  const backend = new Backend({ registerPath, settings, referenceDir: userData, backupDir: settings.get('backupDir') });
  await backend.init();

  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      log('warn', 'ipc.forbidden_sender', {});
      return FORBIDDEN;
    }
    return backend.dispatch(method, input);
  });

  let win = createWindow(settings);
  app.on('second-instance', () => {
    if (win.isDestroyed()) win = createWindow(settings);
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow(settings);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    void backend.close().finally(() => app.quit());
  });
}

start().catch((err: unknown) => {
  log('error', 'shell.start_failed', { error: (err as Error)?.name ?? 'unknown' });
  app.quit();
});
