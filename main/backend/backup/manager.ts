/** The Backend's side of backups: which folder, take one now, restore one (closing and re-opening the register). */
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { BackupFile } from '../../../shared/features/backups';
import type { Register } from '../db/open';
import type { SettingsStore } from '../settings';
import { defaultBackupDir, listBackups, restoreFromBackup, takeBackup, verifyBackup } from './service';

export interface BackupHostHooks {
  registerPath: string;
  settings: SettingsStore;
  /** A folder fixed by the host (command line); wins over the settings. */
  fixedDir?: string;
  now: () => Date;
  register: () => Register | null;
  closeRegister: () => Promise<void>;
  reopenRegister: () => Promise<void>;
}

export class BackupManager {
  constructor(private readonly hooks: BackupHostHooks) {}

  get dir(): string {
    return this.hooks.fixedDir ?? this.hooks.settings.get('backupDir') ?? defaultBackupDir(this.hooks.registerPath);
  }

  get isDefaultDir(): boolean {
    return this.dir === defaultBackupDir(this.hooks.registerPath);
  }

  list(): BackupFile[] {
    return listBackups(this.hooks.registerPath, this.dir);
  }

  async create(): Promise<BackupFile> {
    const register = this.hooks.register();
    if (!register) throw new AppError('NO_REGISTER', 'Der er ikke åbnet et register.');
    try {
      return await takeBackup(register.raw, this.hooks.registerPath, this.dir, 'manual', this.hooks.now());
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('CONFLICT', `Sikkerhedskopien kunne ikke skrives i mappen ${this.dir}. Tjek at mappen findes, og at du må skrive i den.`);
    }
  }

  setDir(folder: string | null): string {
    if (folder !== null && !path.isAbsolute(folder)) {
      throw new AppError('VALIDATION', 'Angiv hele stien til mappen, fx C:\\Sikkerhedskopier.', { folder: 'Angiv hele stien til mappen.' });
    }
    this.hooks.settings.set('backupDir', folder ?? undefined);
    return this.dir;
  }

  /** Verify first; only then close, replace (keeping the current register as a backup) and re-open. */
  async restore(fileName: string): Promise<{ restored: string; keptAs: string; schemaVersion: number }> {
    const from = path.join(this.dir, fileName);
    verifyBackup(from);
    await this.hooks.closeRegister();
    try {
      const result = await restoreFromBackup(this.hooks.registerPath, from, this.dir, this.hooks.now());
      return { restored: fileName, keptAs: result.keptAs ?? '', schemaVersion: result.schemaVersion };
    } finally {
      await this.hooks.reopenRegister();
    }
  }
}
