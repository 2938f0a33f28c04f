/**
 * Opening a register file: refuse foreign or newer files without touching them,
 * back up before migrating, migrate in transactions, then WAL and foreign keys.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { danishSortKey } from '../../../shared/domain/collation';
import { nameSearchWords } from '../../../shared/domain/name-search';
import { latestSchemaVersion } from './migrations';
import { APPLICATION_ID, runMigrations } from './migrate';
import type { DB } from './schema';
import { cachingDatabase } from './statement-cache';
import { systemClock } from '../clock';
import { createOwnerOnly, makeOwnerOnly } from '../private-files';

export { APPLICATION_ID } from './migrate';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface Register {
  path: string;
  raw: Database.Database;
  db: Kysely<DB>;
  schemaVersion: number;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the file when it does not exist (first run). */
  create?: boolean;
  /** Where the pre-migration backup goes; defaults to a "backups" folder beside the register. */
  backupDir?: string;
  /** The backend's clock, for the backup's name. */
  now?: () => Date;
}

function foreign(): AppError {
  return new AppError(
    'REGISTER_FOREIGN',
    'Filen er ikke et Sagsoverblik-register, eller den er beskadiget. Filen er ikke ændret.',
  );
}

/** Reads version facts without writing anything (read-only connection). */
function inspect(file: string): { version: number; appId: number; hasTables: boolean } {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    // An empty file is not a register either: it is refused, never silently made into one.
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw foreign();
  } finally {
    fs.closeSync(fd);
  }
  let ro: Database.Database | undefined;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
    const version = ro.pragma('user_version', { simple: true }) as number;
    const appId = ro.pragma('application_id', { simple: true }) as number;
    const tables = ro.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    return { version, appId, hasTables: tables.n > 0 };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw foreign();
  } finally {
    ro?.close();
  }
}

export function backupFileName(registerPath: string, label: string, now = systemClock()()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `${path.basename(registerPath, path.extname(registerPath))}-${label}-${stamp}.sqlite`;
}

/**
 * SQL functions every connection that writes the register needs (before migrating).
 * The dialect-specific part: on PostgreSQL, COLLATE "da-DK-x-icu" and a PL/pgSQL twin.
 */
export function registerFunctions(raw: Database.Database): void {
  // Danish order for free-text columns that have no stored sort key (case type, initials).
  raw.function('danish_sort_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? danishSortKey(text) : text));
  // The name search's words (migration 010's triggers), as a JSON array for json_each.
  raw.function('name_search_words', { deterministic: true }, (name: unknown) => JSON.stringify(typeof name === 'string' ? nameSearchWords(name) : []));
}

/** Registers made before files were owner-only are tightened when opened. */
function ownerOnly(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) makeOwnerOnly(f);
}

export async function openRegister(file: string, options: OpenOptions = {}): Promise<Register> {
  const exists = fs.existsSync(file);
  if (!exists && !options.create) {
    throw new AppError('NO_REGISTER', 'Registret findes ikke. Opret et nyt register eller vælg en anden fil.');
  }
  if (exists) {
    const facts = inspect(file);
    // A SQLite file without our mark (no tables at all included) belongs to someone else.
    if (!facts.hasTables || facts.appId !== APPLICATION_ID) throw foreign();
    if (facts.version > latestSchemaVersion) {
      throw new AppError(
        'REGISTER_TOO_NEW',
        `Registret er lavet med en nyere version af Sagsoverblik (skemaversion ${facts.version}, denne version kender ${latestSchemaVersion}). Opdatér programmet. Filen er ikke ændret.`,
      );
    }
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // Owner-only from the first byte (CPR numbers): SQLite gives -wal and -shm the same mode.
    createOwnerOnly(file);
  }
  ownerOnly(file);

  const raw = new Database(file);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('synchronous = NORMAL');
    registerFunctions(raw);

    const current = raw.pragma('user_version', { simple: true }) as number;
    if (current > 0 && current < latestSchemaVersion) {
      const dir = options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups');
      fs.mkdirSync(dir, { recursive: true });
      const target = path.join(dir, backupFileName(file, `v${current}-foer-opdatering`, (options.now ?? systemClock())()));
      createOwnerOnly(target);
      await raw.backup(target);
    }
    runMigrations(raw);
  } catch (err) {
    raw.close();
    throw err;
  }

  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) });
  return {
    path: file,
    raw,
    db,
    schemaVersion: raw.pragma('user_version', { simple: true }) as number,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}
