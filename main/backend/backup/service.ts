/**
 * Backups of a register with SQLite's online backup API (a consistent copy while the
 * register is in use), their rotation, verification and restore. Used by the Backend
 * (daily backup, the Sikkerhedskopier page), openRegister (before migrating) and the CLI.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { toIsoDate } from '../../../shared/domain/dates';
import type { BackupFile, BackupKind } from '../../../shared/features/backups';
import { latestSchemaVersion } from '../db/migrations';
import { APPLICATION_ID } from '../db/open';
import { createOwnerOnly, makeOwnerOnly } from '../private-files';

/** The folder's default: "backups" beside the register. */
export const defaultBackupDir = (registerPath: string) => path.join(path.dirname(path.resolve(registerPath)), 'backups');

const LABELS: Record<Exclude<BackupKind, 'before-migration' | 'other'>, string> = {
  daily: 'dagligt',
  manual: 'manuel',
  'before-restore': 'foer-gendannelse',
};

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

const base = (registerPath: string) => path.basename(registerPath, path.extname(registerPath));
const stampOf = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');

/** "register-dagligt-20260310T120000.sqlite" (a "-2" suffix when two land in the same second). */
export function backupName(registerPath: string, label: string, at: Date, dir: string): string {
  const stem = `${base(registerPath)}-${label}-${stampOf(at)}`;
  let name = `${stem}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `${stem}-${n}.sqlite`;
  return name;
}

const NAME = /^(.+)-(dagligt|manuel|foer-gendannelse|v\d+-foer-opdatering)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:-\d+)?\.sqlite$/;

function describe(registerPath: string, dir: string, fileName: string): BackupFile | null {
  const m = NAME.exec(fileName);
  if (!m || m[1] !== base(registerPath)) return null;
  const kind: BackupKind =
    m[2] === 'dagligt' ? 'daily' : m[2] === 'manuel' ? 'manual' : m[2] === 'foer-gendannelse' ? 'before-restore' : 'before-migration';
  let bytes = 0;
  try {
    bytes = fs.statSync(path.join(dir, fileName)).size;
  } catch {
    return null;
  }
  const schemaVersion = headerSchemaVersion(path.join(dir, fileName));
  return { fileName, kind, createdAt: `${m[3]}-${m[4]}-${m[5]}T${m[6]}:${m[7]}:${m[8]}.000Z`, bytes, schemaVersion };
}

/** The schema version (SQLite's user_version, bytes 60–63 of the header) without opening the file as a database; null if it is not SQLite. */
function headerSchemaVersion(file: string): number | null {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(64);
    if (fs.readSync(fd, header, 0, 64, 0) < 64 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return null;
    return header.readInt32BE(60);
  } catch {
    return null;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** This register's backups in the folder, newest first. */
export function listBackups(registerPath: string, dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((n) => describe(registerPath, dir, n))
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
}

/** A consistent copy of an open register, written to a temp name and renamed so no half file is ever listed. */
export async function takeBackup(
  raw: Database.Database,
  registerPath: string,
  dir: string,
  kind: keyof typeof LABELS,
  at: Date,
): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(registerPath, LABELS[kind], at, dir);
  const tmp = path.join(dir, `.${name}.tmp`);
  try {
    createOwnerOnly(tmp);
    await raw.backup(tmp);
    fs.renameSync(tmp, path.join(dir, name));
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return describe(registerPath, dir, name)!;
}

/** Daily backups kept: the newest of each of the last 7 days with one, and of each of the last 4 weeks. */
export function rotate(registerPath: string, dir: string): string[] {
  const daily = listBackups(registerPath, dir).filter((b) => b.kind === 'daily');
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const b of daily) {
    const day = b.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < KEEP_DAILY) {
      days.add(day);
      keep.add(b.fileName);
    }
    const week = isoWeek(day);
    if (!weeks.has(week) && weeks.size < KEEP_WEEKLY) {
      weeks.add(week);
      keep.add(b.fileName);
    }
  }
  const removed = daily.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the Thursday of the week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return `${d.getUTCFullYear()}-W${Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

/** At the first start of a day: one backup, unless one was already made today (e.g. before a migration). */
export async function ensureDailyBackup(raw: Database.Database, registerPath: string, dir: string, at: Date): Promise<BackupFile | null> {
  // The Danish day: the first start after midnight in Denmark is a new day, whatever UTC says.
  const today = toIsoDate(at);
  if (listBackups(registerPath, dir).some((b) => b.kind !== 'manual' && b.kind !== 'before-restore' && toIsoDate(new Date(b.createdAt)) === today)) {
    return null;
  }
  const made = await takeBackup(raw, registerPath, dir, 'daily', at);
  rotate(registerPath, dir);
  return made;
}

const BROKEN = 'Sikkerhedskopien er beskadiget eller er ikke et Sagsoverblik-register. Intet er ændret.';

/** Is this a sound register this version can open? Read-only; throws in Danish. */
export function verifyBackup(file: string): { schemaVersion: number; citizens: number; cases: number } {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('NOT_FOUND', 'Sikkerhedskopien findes ikke.');
  let ro: Database.Database | undefined;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
    const appId = ro.pragma('application_id', { simple: true }) as number;
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || version < 1) throw new AppError('REGISTER_FOREIGN', BROKEN);
    if (version > latestSchemaVersion) {
      throw new AppError(
        'REGISTER_TOO_NEW',
        `Sikkerhedskopien er lavet med en nyere version af Sagsoverblik (skemaversion ${version}). Opdatér programmet først. Intet er ændret.`,
      );
    }
    const integrity = ro.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') throw new AppError('REGISTER_FOREIGN', BROKEN);
    const count = (t: string) => (ro!.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { schemaVersion: version, citizens: count('citizens'), cases: count('cases') };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('REGISTER_FOREIGN', BROKEN);
  } finally {
    ro?.close();
  }
}

/**
 * Replaces a CLOSED register with a verified backup. The current register is kept as
 * a "foer-gendannelse" backup first; the copy is written beside the register and
 * renamed over it, so a crash leaves either the old or the new register, never half.
 */
export async function restoreFromBackup(
  registerPath: string,
  fromFile: string,
  dir: string,
  at: Date,
): Promise<{ keptAs: string | null; schemaVersion: number }> {
  const facts = verifyBackup(fromFile);
  let keptAs: string | null = null;
  if (fs.existsSync(registerPath)) {
    try {
      const current = new Database(registerPath, { fileMustExist: true });
      try {
        keptAs = (await takeBackup(current, registerPath, dir, 'before-restore', at)).fileName;
      } finally {
        current.close(); // the last connection to close checkpoints and removes the WAL
      }
    } catch {
      // A register too broken for SQLite to read is kept byte for byte instead (with its WAL).
      fs.mkdirSync(dir, { recursive: true });
      keptAs = backupName(registerPath, LABELS['before-restore'], at, dir);
      fs.copyFileSync(registerPath, path.join(dir, keptAs));
      makeOwnerOnly(path.join(dir, keptAs));
      if (fs.existsSync(`${registerPath}-wal`)) {
        fs.copyFileSync(`${registerPath}-wal`, path.join(dir, `${keptAs}-wal`));
        makeOwnerOnly(path.join(dir, `${keptAs}-wal`));
      }
    }
  }
  const tmp = `${registerPath}.gendan.tmp`;
  fs.rmSync(tmp, { force: true });
  const source = new Database(fromFile, { readonly: true, fileMustExist: true });
  try {
    // Through SQLite, not a file copy: a WAL beside the backup is included.
    createOwnerOnly(tmp);
    await source.backup(tmp);
  } finally {
    source.close();
  }
  try {
    verifyBackup(tmp);
    // A WAL of the old register must never be replayed onto the restored one.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(registerPath + suffix, { force: true });
    fs.renameSync(tmp, registerPath);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return { keptAs, schemaVersion: facts.schemaVersion };
}
