/**
 * Settings (register path, current user per register, window bounds, backup folder).
 * The desktop shell uses electron-store; browser mode, the CLI and tests use this
 * JSON file in the same app-data folder. Both satisfy SettingsStore.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Settings {
  registerPath?: string;
  /** Who am I, remembered per register file. */
  currentUserByRegister?: Record<string, number>;
  windowBounds?: { x?: number; y?: number; width: number; height: number };
  backupDir?: string;
}

export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

export class JsonSettingsStore implements SettingsStore {
  private data: Settings = {};

  constructor(private readonly file: string) {
    try {
      this.data = JSON.parse(fs.readFileSync(file, 'utf8')) as Settings;
    } catch {
      this.data = {}; // missing or unreadable settings: start with defaults
    }
  }

  get<K extends keyof Settings>(key: K): Settings[K] {
    return this.data[key];
  }

  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    this.data[key] = value;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Write-then-rename so a crash never leaves half a settings file.
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    fs.renameSync(tmp, this.file);
  }
}

/** Settings kept in memory only (unit tests). */
export class MemorySettingsStore implements SettingsStore {
  private data: Settings = {};
  get<K extends keyof Settings>(key: K): Settings[K] {
    return this.data[key];
  }
  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    this.data[key] = value;
  }
}
