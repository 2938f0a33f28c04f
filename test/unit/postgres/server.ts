/**
 * A PostgreSQL server for the PostgreSQL tests: PG_URL when set (a developer's own
 * server), else a throwaway cluster from scripts/pg-cluster.mjs. Each register is a
 * schema of its own on that server (the runner treats the current schema as the register),
 * so tests stay apart without creating databases.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const CLUSTER_SCRIPT = fileURLToPath(new URL('../../../scripts/pg-cluster.mjs', import.meta.url));

export interface TestServer {
  url: string;
  stop(): void;
}

export function startTestServer(): TestServer {
  if (process.env.PG_URL) return { url: process.env.PG_URL, stop: () => undefined };
  const r = spawnSync(process.execPath, [CLUSTER_SCRIPT, 'start', '--database', 'sagsoverblik_test'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg-cluster.mjs start failed: ${r.stderr}`);
  const { url, dir } = JSON.parse(r.stdout) as { url: string; dir: string };
  return {
    url,
    stop: () => {
      const s = spawnSync(process.execPath, [CLUSTER_SCRIPT, 'stop', dir], { encoding: 'utf8' });
      if (s.status !== 0) throw new Error(`pg-cluster.mjs stop failed: ${s.stderr}`);
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/** A Kysely on `url` whose search path is `schema` (or the server's default). */
export function connect(url: string, schema?: string): AnyDb {
  const pool = new pg.Pool({ connectionString: url, max: 3, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  return new Kysely({ dialect: new PostgresDialect({ pool }) });
}

export interface Scratch {
  name: string;
  db: AnyDb;
  /** Another connection pool on the same schema (a second app instance). */
  another(): AnyDb;
}

let counter = 0;

/** Fresh, empty schemas on the server; drop() removes them all. */
export function scratchSchemas(url: string) {
  const admin = connect(url);
  const made: { name: string; dbs: AnyDb[] }[] = [];
  return {
    async create(): Promise<Scratch> {
      const name = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
      await sql`CREATE SCHEMA ${sql.id(name)}`.execute(admin);
      const entry = { name, dbs: [connect(url, name)] };
      made.push(entry);
      return {
        name,
        db: entry.dbs[0],
        another: () => {
          const db = connect(url, name);
          entry.dbs.push(db);
          return db;
        },
      };
    },
    admin,
    async drop(): Promise<void> {
      for (const { name, dbs } of made.splice(0)) {
        for (const db of dbs) await db.destroy();
        await sql`DROP SCHEMA ${sql.id(name)} CASCADE`.execute(admin);
      }
      await admin.destroy();
    },
  };
}
