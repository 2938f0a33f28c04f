/** A real register file in a fresh temp folder, with a backend bound to it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend } from '../../main/backend/backend';
import { MemorySettingsStore } from '../../main/backend/settings';
import type { Role } from '../../shared/domain/enums';

export interface TestRegister {
  dir: string;
  file: string;
  backend: Backend;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'sagsoverblik-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A backend on a new register. With `setup`, the register is created empty with one team and
 * user ("ABC"), a caseworker unless `role` says otherwise (the contract says which role may call what).
 */
export async function testRegister(options: { setup?: boolean; now?: () => Date; role?: Role } = {}): Promise<TestRegister> {
  const dir = tempDir();
  const file = path.join(dir, 'register.sqlite');
  const backend = new Backend({ registerPath: file, settings: new MemorySettingsStore(), validateOutput: true, now: options.now });
  await backend.init();
  if (options.setup !== false) {
    await backend.call('app.setup', { kind: 'empty', teamName: 'Team Børn Nord', initials: 'ABC', name: 'Anne Berg Christensen', role: options.role ?? 'sagsbehandler' });
  }
  return {
    dir,
    file,
    backend,
    cleanup: async () => {
      await backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A backend on an existing register file, as user `userId` (migration checks: the app's view of a migrated file). */
export async function backendOn(file: string, userId = 1): Promise<Backend> {
  const settings = new MemorySettingsStore();
  settings.set('currentUserByRegister', { [file]: userId });
  const backend = new Backend({ registerPath: file, settings, validateOutput: true });
  await backend.init();
  return backend;
}
