/** Where the app keeps its files when nothing else is said: the user's app-data folder. */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Sagsoverblik';

/** Same folder Electron's app.getPath('userData') gives for this app name. */
export function appDataDir(): string {
  if (process.env.SAGSOVERBLIK_HOME) return process.env.SAGSOVERBLIK_HOME;
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

export const defaultRegisterPath = () => path.join(appDataDir(), 'register.sqlite');
export const settingsFilePath = () => path.join(appDataDir(), 'settings.json');
