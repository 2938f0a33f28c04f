/**
 * Files with personal data (registers, backups, printouts, exports) are readable by
 * their owner only. On Windows chmod only toggles read-only; there the folder's rights
 * apply, which the README tells the IT department to set.
 */
import fs from 'node:fs';

export const OWNER_ONLY = 0o600;

/** Tightens an existing file to owner-only; a file that is not ours to change is left as the OS has it. */
export function makeOwnerOnly(file: string): void {
  try {
    if (fs.existsSync(file) && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, OWNER_ONLY);
  } catch {
    // A shared folder we may not change: its rights apply.
  }
}

/** Creates an empty owner-only file (fails if it exists), for writers such as SQLite's backup that open a path themselves. */
export function createOwnerOnly(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', OWNER_ONLY));
}

/** Writes a whole file, owner-only from the start. */
export function writeOwnerOnly(file: string, data: string | Uint8Array): void {
  fs.writeFileSync(file, data, { mode: OWNER_ONLY });
  makeOwnerOnly(file); // an existing file keeps its old mode on write
}
