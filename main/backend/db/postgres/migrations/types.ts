import { sql, type Kysely } from 'kysely';

/**
 * The Kysely handle a PostgreSQL migration gets: untyped on purpose, because a migration
 * describes the schema as it was at its version, not as db/schema.ts says it is now.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationDb = Kysely<any>;

/**
 * A PostgreSQL schema step, the twin of the SQLite migration with the same version and
 * name (db/migrations). `up` runs inside the transaction that also bumps the version.
 */
export interface PgMigration {
  version: number;
  name: string;
  up: (db: MigrationDb) => Promise<void>;
}

/**
 * Runs a script of several statements. Without parameters node-postgres sends it as one
 * simple query, which PostgreSQL runs statement by statement in the open transaction.
 */
export async function runScript(db: MigrationDb, script: string): Promise<void> {
  await sql.raw(script).execute(db);
}

/** Largest number of rows one multi-row INSERT sends (PostgreSQL allows 65535 parameters). */
export const INSERT_CHUNK = 500;

export function chunks<T>(list: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
