/**
 * The PostgreSQL migration runner, the twin of db/migrate.ts. SQLite keeps the register's
 * mark and version in the file header (application_id, user_version); here they live in
 * a one-row table, sagsoverblik_schema, written in the same transaction as the first step.
 *
 * - The register is the current schema (normally public; an operator may give it a schema
 *   of its own through the connection's search_path). It is looked at first without
 *   writing: one with tables but not our mark (REGISTER_FOREIGN), or marked with a newer
 *   version (REGISTER_TOO_NEW), is refused untouched.
 * - Each step runs in its own transaction together with its version bump, so the
 *   register is always at a version (PostgreSQL's DDL is transactional).
 * - Each transaction first takes an advisory lock and then reads the version again, so
 *   two app instances starting together migrate once: the second waits, then finds the
 *   step done.
 */
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../../shared/api/errors';
import { APPLICATION_ID, checkMigrationOrder } from '../migrate';
import { latestPgSchemaVersion, pgMigrations } from './migrations';
import type { MigrationDb, PgMigration } from './migrations/types';

/** The table holding the mark and the version; not part of the register's data (copying and checksums skip it). */
export const SCHEMA_TABLE = 'sagsoverblik_schema';

/** pg_advisory_xact_lock key: the application id, so only our migrations wait for each other. */
const MIGRATION_LOCK = APPLICATION_ID;

export interface PgRegisterFacts {
  /** The schema table exists in the current schema (the first of the search path, where the register's tables are). */
  marked: boolean;
  /** Its application id, when it could be read. */
  applicationId: number | null;
  /** The schema version; 0 for an unmarked database. */
  version: number;
  /** Any table, view or foreign table in the current schema. Other schemas of the database are not ours to judge. */
  hasTables: boolean;
}

export function foreignDatabase(): AppError {
  return new AppError('REGISTER_FOREIGN', 'Databasen er ikke et Sagsoverblik-register, eller den er beskadiget. Databasen er ikke ændret.');
}

export function databaseTooNew(version: number, known = latestPgSchemaVersion): AppError {
  return new AppError(
    'REGISTER_TOO_NEW',
    `Registret er lavet med en nyere version af Sagsoverblik (skemaversion ${version}, denne version kender ${known}). Opdatér programmet. Databasen er ikke ændret.`,
  );
}

/** Reads the register facts; writes nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function inspectPostgres(db: Kysely<any>): Promise<PgRegisterFacts> {
  const { rows } = await sql<{ marked: boolean; has_tables: boolean }>`
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.relnamespace = ns.oid AND c.relname = ${SCHEMA_TABLE}) AS marked,
           EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.relnamespace = ns.oid AND c.relkind IN ('r', 'p', 'v', 'm', 'f')) AS has_tables
    FROM (SELECT 1) AS one LEFT JOIN pg_catalog.pg_namespace ns ON ns.nspname = current_schema()`.execute(db);
  const { marked, has_tables: hasTables } = rows[0];
  if (!marked) return { marked, applicationId: null, version: 0, hasTables };
  try {
    const mark = await sql<{ application_id: number; version: number }>`
      SELECT application_id, version FROM ${sql.table(SCHEMA_TABLE)}`.execute(db);
    if (mark.rows.length !== 1) return { marked, applicationId: null, version: 0, hasTables };
    return { marked, applicationId: mark.rows[0].application_id, version: mark.rows[0].version, hasTables };
  } catch {
    // Someone else's table of that name (other columns): not ours.
    return { marked, applicationId: null, version: 0, hasTables };
  }
}

function refuseUnlessOurs(facts: PgRegisterFacts, latest: number): void {
  if (facts.marked ? facts.applicationId !== APPLICATION_ID : facts.hasTables) throw foreignDatabase();
  if (facts.version > latest) throw databaseTooNew(facts.version, latest);
}

export interface PgMigrateOptions {
  /** Stop after this version (tests build a register at an older version). */
  upTo?: number;
  list?: readonly PgMigration[];
}

/** Brings the database from its current version up to `upTo` (the latest by default); returns the new version. */
export async function runPgMigrations(db: MigrationDb, options: PgMigrateOptions = {}): Promise<number> {
  const list = options.list ?? pgMigrations;
  const upTo = options.upTo ?? Number.POSITIVE_INFINITY;
  // The same rule as SQLite's runner (versions start at 1 and rise by one).
  checkMigrationOrder(list.map((m) => ({ version: m.version, name: m.name, up: () => undefined })));
  const latest = list.length ? list[list.length - 1].version : 0;

  refuseUnlessOurs(await inspectPostgres(db), latest);
  for (;;) {
    const reached = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const facts = await inspectPostgres(trx);
      refuseUnlessOurs(facts, latest);
      const next = list.find((m) => m.version > facts.version);
      if (!next || next.version > upTo) return facts.version;
      await next.up(trx);
      if (!facts.marked) {
        await sql`CREATE TABLE ${sql.table(SCHEMA_TABLE)} (
          id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
          application_id integer NOT NULL,
          version integer NOT NULL
        )`.execute(trx);
        await sql`INSERT INTO ${sql.table(SCHEMA_TABLE)} (id, application_id, version) VALUES (1, ${APPLICATION_ID}, ${next.version})`.execute(trx);
      } else {
        await sql`UPDATE ${sql.table(SCHEMA_TABLE)} SET version = ${next.version}`.execute(trx);
      }
      return null;
    });
    if (reached !== null) return reached;
  }
}
