/**
 * Settings in the desktop app, kept by electron-store in the app-data folder as
 * settings.json: the same file and shape browser mode reads, so both modes agree
 * on the register path and who the current user is.
 */
import Store from 'electron-store';
import type { Settings, SettingsStore } from '../backend/settings';

export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<Settings>({ name: 'settings', clearInvalidConfig: false });

  get<K extends keyof Settings>(key: K): Settings[K] {
    return this.store.get(key);
  }

  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    if (value === undefined) this.store.delete(key);
    else this.store.set(key, value);
  }
}
