/**
 * The one migration runner, used by openRegister and by the tests. Each step runs in
 * a transaction together with its version bump, so a register is always at a version.
 */
import type Database from 'better-sqlite3';
import { migrations as all } from './migrations';
import type { Migration } from './migrations/types';

/** PRAGMA application_id marks a file as ours ("SAGS"). */
export const APPLICATION_ID = 0x53414753;

/** Throws unless versions start at 1 and rise by one: a reordered or duplicated step must never ship. */
export function checkMigrationOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}: versions must rise by one`);
  });
}

/** Brings the register from its current version up to `upTo` (the latest by default); returns the new version. */
export function runMigrations(raw: Database.Database, upTo = Number.POSITIVE_INFINITY, list: readonly Migration[] = all): number {
  checkMigrationOrder(list);
  let current = raw.pragma('user_version', { simple: true }) as number;
  for (const m of list) {
    if (m.version <= current || m.version > upTo) continue;
    raw.transaction(() => {
      m.up(raw);
      if (m.version === 1) raw.pragma(`application_id = ${APPLICATION_ID}`);
      raw.pragma(`user_version = ${m.version}`);
    })();
    current = m.version;
  }
  return current;
}
