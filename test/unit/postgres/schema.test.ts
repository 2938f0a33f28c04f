/**
 * The PostgreSQL register schema (db/postgres) against the SQLite one (db/migrations):
 * the same tables, columns, keys, indexes and triggers; the same seeded rows; the same
 * rows refused by the history triggers; danish_sort_key as the JS; and the runner's
 * refusals, idempotence and locking. Needs PostgreSQL 15 (scripts/pg-cluster.mjs) or PG_URL.
 */
import type Database from 'better-sqlite3';
import BetterSqlite from 'better-sqlite3';
import { sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { danishSortKey } from '../../../shared/domain/collation';
import { nameSearchWords } from '../../../shared/domain/name-search';
import { latestSchemaVersion, migrations } from '../../../main/backend/db/migrations';
import { APPLICATION_ID, runMigrations } from '../../../main/backend/db/migrate';
import { openRegister, registerFunctions, type Register } from '../../../main/backend/db/open';
import { latestPgSchemaVersion, pgMigrations } from '../../../main/backend/db/postgres/migrations';
import { inspectPostgres, runPgMigrations, SCHEMA_TABLE } from '../../../main/backend/db/postgres/migrate';
import { PROCEDURE_SEARCH_INDEX_TABLES } from '../../../main/backend/db/postgres/migrations/013_search_upkeep';
import { tempDir } from '../../helpers/register';
import { scratchSchemas, startTestServer, type AnyDb, type TestServer } from './server';

let server: TestServer;
let schemas: ReturnType<typeof scratchSchemas>;
let sqliteDir: string;
let sqliteRegister: Register;
/** A register migrated to the latest version on each engine, untouched by the tests (read only). */
let sqliteRef: Database.Database;
let pgRef: AnyDb;

beforeAll(async () => {
  server = startTestServer();
  schemas = scratchSchemas(server.url);
  sqliteDir = tempDir('sagsoverblik-pg-schema-');
  sqliteRegister = await openRegister(path.join(sqliteDir, 'register.sqlite'), { create: true });
  sqliteRef = sqliteRegister.raw;
  pgRef = (await schemas.create()).db;
  await runPgMigrations(pgRef);
}, 120_000);

afterAll(async () => {
  await sqliteRegister?.close();
  await schemas?.drop();
  server?.stop();
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- catalog of each engine

interface Column {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}

interface TableShape {
  name: string;
  /** An FTS5 virtual table on SQLite (a plain table with an explicit rowid column on PostgreSQL). */
  virtual: boolean;
  columns: Column[];
}

const FTS_SHADOW = ['data', 'idx', 'content', 'docsize', 'config'];

function sqliteTables(raw: Database.Database): TableShape[] {
  const all = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`) && FTS_SHADOW.includes(name.slice(v.length + 1)));
  return all
    .filter((t) => !shadow(t.name))
    .map((t) => ({
      name: t.name,
      virtual: virtual.includes(t.name),
      columns: (raw.pragma(`table_info(${t.name})`) as { name: string; type: string; notnull: number; pk: number; dflt_value: string | null }[]).map((c) => ({
        name: c.name,
        // FTS5 columns have no declared type: they hold text.
        type: (c.type || 'TEXT').toLowerCase(),
        notNull: c.notnull === 1 || c.pk > 0,
        default: c.dflt_value,
      })),
    }));
}

async function pgTables(db: AnyDb): Promise<Map<string, Column[]>> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>`
    SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
    WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(db);
  const out = new Map<string, Column[]>();
  for (const r of rows) {
    const columns = out.get(r.table_name) ?? [];
    // '' ::text and 'x'::text as SQLite writes them ('' and 'x').
    const dflt = r.column_default === null ? null : r.column_default.replace(/::text$/, '');
    columns.push({ name: r.column_name, type: r.data_type, notNull: r.is_nullable === 'NO', default: dflt });
    out.set(r.table_name, columns);
  }
  return out;
}

/** "col1,col2" of each unique index or key, per table; " (partial)" when it has a WHERE. */
function sqliteUniques(raw: Database.Database, tables: TableShape[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of tables.filter((x) => !x.virtual)) {
    const keys: string[] = [];
    const list = raw.pragma(`index_list(${t.name})`) as { name: string; unique: number; partial: number }[];
    for (const ix of list.filter((i) => i.unique === 1)) {
      const cols = (raw.pragma(`index_info(${ix.name})`) as { name: string }[]).map((c) => c.name);
      keys.push(cols.join(',') + (ix.partial ? ' (partial)' : ''));
    }
    // An INTEGER PRIMARY KEY of a rowid table is the rowid itself, not an index.
    const pk = (raw.pragma(`table_info(${t.name})`) as { name: string; type: string; pk: number }[]).filter((c) => c.pk > 0);
    const withoutRowid = /WITHOUT ROWID/i.test((raw.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t.name) as { sql: string }).sql);
    if (pk.length === 1 && pk[0].type === 'INTEGER' && !withoutRowid) keys.push(pk[0].name);
    out.set(t.name, keys.sort());
  }
  return out;
}

async function pgUniques(db: AnyDb): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table_name: string; cols: string; partial: boolean }>`
    SELECT t.relname AS table_name, i.indpred IS NOT NULL AS partial,
           (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS cols
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE i.indisunique AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`.execute(db);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.cols + (r.partial ? ' (partial)' : '')].sort());
  return out;
}

function sqliteForeignKeys(raw: Database.Database, table: string): string[] {
  const rows = raw.pragma(`foreign_key_list(${table})`) as { id: number; table: string; from: string; to: string; on_delete: string }[];
  const byId = new Map<number, typeof rows>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return [...byId.values()].map((fk) => `(${fk.map((c) => c.from).join(',')}) -> ${fk[0].table}(${fk.map((c) => c.to).join(',')}) ${fk[0].on_delete}`).sort();
}

async function pgForeignKeys(db: AnyDb): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table_name: string; fk: string }>`
    SELECT t.relname AS table_name,
           '(' || (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum)
           || ') -> ' || r.relname || '('
           || (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
           || ') ' || CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS fk
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
    WHERE c.contype = 'f' AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`.execute(db);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.fk].sort());
  return out;
}

async function pgNames(db: AnyDb, kind: 'index' | 'trigger'): Promise<string[]> {
  const { rows } =
    kind === 'index'
      ? await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()`.execute(db)
      : await sql<{ name: string }>`SELECT tgname AS name FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
          WHERE NOT g.tgisinternal AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`.execute(db);
  return rows.map((r) => r.name).sort();
}

const sqliteNames = (raw: Database.Database, kind: 'index' | 'trigger') =>
  (raw.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND sql IS NOT NULL ORDER BY name`).all(kind) as { name: string }[]).map((r) => r.name);

/**
 * A row as compared. Milliseconds of timestamps are masked: the migrations stamp their
 * seed rows with the pinned test clock, which runs on, so two engines may be 1 ms apart.
 */
const rowText = (values: unknown[]) => JSON.stringify(values).replace(/(T\d\d:\d\d:\d\d)\.\d{3}Z/g, '$1.mmmZ');

/** Every row of every table, each table's rows sorted, in SQLite's column order. */
function sqliteContent(raw: Database.Database): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of sqliteTables(raw)) {
    const cols = [...(t.virtual ? ['rowid'] : []), ...t.columns.map((c) => c.name)];
    out[t.name] = (raw.prepare(`SELECT ${cols.join(', ')} FROM ${t.name}`).raw().all() as unknown[][]).map(rowText).sort();
  }
  return out;
}

async function pgContent(db: AnyDb, shapes: TableShape[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of shapes) {
    const cols = [...(t.virtual ? ['rowid'] : []), ...t.columns.map((c) => c.name)];
    const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.join(cols.map((c) => sql.ref(c)))} FROM ${sql.table(t.name)}`.execute(db);
    out[t.name] = rows.map((r) => rowText(cols.map((c) => r[c]))).sort();
  }
  return out;
}

/** Table by table, so a difference names its table. */
function expectSameContent(pg: Record<string, string[]>, sqlite: Record<string, string[]>, context: string): void {
  expect(Object.keys(pg).sort(), context).toEqual(Object.keys(sqlite).sort());
  for (const table of Object.keys(sqlite)) expect(pg[table], `${context}: ${table}`).toEqual(sqlite[table]);
}

/** Everything in a schema: its objects and all rows, to show that a refusal changed nothing. */
async function pgSnapshot(db: AnyDb): Promise<unknown> {
  const { rows: objects } = await sql<{ kind: string; name: string }>`
    SELECT 'rel:' || relkind::text AS kind, relname AS name FROM pg_class WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
    UNION ALL SELECT 'proc', proname FROM pg_proc WHERE pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
    UNION ALL SELECT 'collation', collname FROM pg_collation WHERE collnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
    ORDER BY 1, 2`.execute(db);
  const content: Record<string, string[]> = {};
  for (const o of objects.filter((x) => x.kind === 'rel:r')) {
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(o.name)}`.execute(db);
    content[o.name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return { objects, content };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the database to be refused');
}

// ---------------------------------------------------------------- one statement, both engines

type Outcome = { ok: true; rows: unknown[] } | { ok: false; message: string };

function onSqlite(raw: Database.Database, statement: string): Outcome {
  try {
    const st = raw.prepare(statement);
    if (st.reader) return { ok: true, rows: (st.raw().all() as unknown[][]).map((r) => JSON.stringify(r)) };
    st.run();
    return { ok: true, rows: [] };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

async function onPostgres(db: AnyDb, statement: string): Promise<Outcome> {
  try {
    const { rows } = await sql.raw<Record<string, unknown>>(statement).execute(db);
    return { ok: true, rows: rows.map((r) => JSON.stringify(Object.values(r))) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** A SQLite register built by the app's runner up to `version`, as openRegister builds it. */
function sqliteAt(version: number): Database.Database {
  const raw = new BetterSqlite(path.join(sqliteDir, `v${version}-${Math.random().toString(36).slice(2)}.sqlite`));
  registerFunctions(raw);
  raw.pragma('foreign_keys = ON');
  runMigrations(raw, version);
  return raw;
}

const AT = '2025-11-03T09:15:00.000Z';

/** Rows a version-1 register can hold, in SQL both engines take. */
const V1_ROWS = [
  `INSERT INTO register_info (key, value) VALUES ('demo', '0')`,
  `INSERT INTO teams (id, name, created_at) VALUES (1, 'Team Børn Nord', '${AT}'), (2, 'Team Voksen Syd', '${AT}')`,
  `INSERT INTO users (id, initials, name, role, team_id, active, created_at) VALUES
     (1, 'ABC', 'Anne Berg Christensen', 'sagsbehandler', 1, 1, '${AT}'),
     (2, 'ØJ', 'Øjvind Jæger', 'teamleder', 1, 1, '${AT}'),
     (3, 'KL', 'Karen Lund', 'sagsbehandler', 2, 0, '${AT}')`,
  `INSERT INTO citizens (id, cpr, name, name_sort, address, postal_code, city, protected_address, birth_date, gender, substitute_cpr, created_at, updated_at) VALUES
     (1, '1503104001', 'Søren Ørsted', '${danishSortKey('Søren Ørsted')}', 'Vestergade 4', '8000', 'Aarhus C', 0, '2010-03-15', 'mand', 0, '${AT}', '${AT}'),
     (2, '0207154002', 'Åse Aagaard-Nielsen', '${danishSortKey('Åse Aagaard-Nielsen')}', '', '', '', 1, '2015-07-02', 'kvinde', 0, '${AT}', '${AT}'),
     (3, '6112851233', 'Émile Bæk', '${danishSortKey('Émile Bæk')}', 'Kirkevej 1', '9000', 'Aalborg', 0, '1985-12-01', 'mand', 1, '${AT}', '${AT}')`,
  `INSERT INTO cases (id, case_number, citizen_id, area, case_type, kle_number, handlingsfacet, phase, state, received_date, deadline, next_follow_up, caseworker_id, last_activity_date, created_at, updated_at) VALUES
     (1, '2025-000001', 1, 'børn', 'Merudgifter', '27.24.00', 'G01', 'sagsoplysning', 'åben', '2025-10-01', '2025-12-01', '2026-01-15', 1, NULL, '${AT}', '${AT}'),
     (2, '2025-000002', 2, 'børn', 'Hjemmetræning', '', '', 'afgørelse', 'afgjort', '2025-09-12', NULL, NULL, 2, NULL, '${AT}', '${AT}'),
     (3, '2025-000003', 3, 'voksen', 'BPA', '', '', 'bestilling', 'åben', '2025-06-30', '2025-08-30', '2026-02-01', 2, NULL, '${AT}', '${AT}')`,
  `INSERT INTO case_paragraphs (case_id, paragraph, position) VALUES (1, 'BL-86', 0), (1, 'BL-87', 1), (2, 'BL-85', 0), (3, 'SEL-96', 0)`,
  `INSERT INTO case_assignments (id, case_id, user_id, from_at, to_at, reason, assigned_by) VALUES
     (1, 1, 1, '${AT}', NULL, 'Sagen oprettet', 1),
     (2, 2, 1, '${AT}', '2025-11-10T08:00:00.000Z', 'Sagen oprettet', 1),
     (3, 2, 2, '2025-11-10T08:00:00.000Z', NULL, 'Ferie', 2),
     (4, 3, 2, '${AT}', NULL, 'Sagen oprettet', 2)`,
  // Written as list names (case and spacing aside), as "Andet" (not standard), and free text.
  `INSERT INTO activities (id, case_id, activity_date, name, note, author_id, created_at) VALUES
     (1, 1, '2025-10-20', 'ansøgning  modtaget', '', 1, '${AT}'),
     (2, 1, '2025-10-02', 'Telefonsamtale med mor', 'Om merudgifter.', 1, '${AT}'),
     (3, 3, '2025-07-01', 'Telefonsamtale med mor', '', 2, '${AT}'),
     (4, 3, '2025-07-03', 'Andet', '', 2, '${AT}'),
     (5, 2, '2025-09-15', 'Sagen oprettet', '', 1, '${AT}')`,
  `INSERT INTO applications (id, case_id, paragraph, received_date, status, decision_date, note, created_at, updated_at) VALUES
     (1, 1, 'BL-86', '2025-10-01', 'verserende', NULL, '', '${AT}', '${AT}'),
     (2, 1, 'BL-87', '2025-10-15', 'verserende', NULL, '', '${AT}', '${AT}'),
     (3, 2, 'BL-85', '2025-09-12', 'afslag', '2025-11-01', 'Klaget', '${AT}', '${AT}'),
     (4, 3, 'SEL-96', '2025-06-01', 'bevilget', '2025-07-01', '', '${AT}', '${AT}')`,
  `INSERT INTO services (id, citizen_id, case_id, service_type, paragraph, provider, start_date, end_date, scope, created_at, updated_at) VALUES
     (1, 1, 1, 'Merudgifter', 'BL-86', '', '2025-11-01', NULL, '1.200 kr./md.', '${AT}', '${AT}'),
     (2, 3, NULL, 'Hjælpemiddel', 'SEL-112', 'Hjælpemiddelcentralen', '2024-01-01', '2024-12-31', '', '${AT}', '${AT}')`,
];

// ---------------------------------------------------------------- the tests

describe('the PostgreSQL migrations mirror the SQLite ones', () => {
  test('the same versions and names, rising by one', () => {
    expect(pgMigrations.map((m) => [m.version, m.name])).toEqual(migrations.map((m) => [m.version, m.name]));
    expect(latestPgSchemaVersion).toBe(latestSchemaVersion);
  });

  test('every SQLite table exists with the same columns, types, NOT NULLs and defaults', async () => {
    const shapes = sqliteTables(sqliteRef);
    const pg = await pgTables(pgRef);
    // Besides: the mark, and the procedure search's index (derived, as FTS5's shadow tables are on SQLite).
    expect([...pg.keys()].sort()).toEqual([...shapes.map((t) => t.name), SCHEMA_TABLE, ...PROCEDURE_SEARCH_INDEX_TABLES].sort());
    for (const t of shapes) {
      const expected = t.virtual ? [{ name: 'rowid', type: 'integer', notNull: true, default: null }, ...t.columns] : t.columns;
      expect(pg.get(t.name), t.name).toEqual(expected);
    }
  });

  test('the same unique keys (partial ones included) and foreign keys', async () => {
    const shapes = sqliteTables(sqliteRef);
    const uniques = await pgUniques(pgRef);
    for (const [table, keys] of sqliteUniques(sqliteRef, shapes)) expect(uniques.get(table) ?? [], table).toEqual(keys);
    const fks = await pgForeignKeys(pgRef);
    for (const t of shapes) expect(fks.get(t.name) ?? [], t.name).toEqual(sqliteForeignKeys(sqliteRef, t.name));
  });

  test('every SQLite index and trigger has its twin', async () => {
    const indexes = await pgNames(pgRef, 'index');
    for (const name of sqliteNames(sqliteRef, 'index')) expect(indexes, name).toContain(name);
    const triggers = await pgNames(pgRef, 'trigger');
    // The name-word triggers that called into JS are gone on SQLite too (migration 013): the app writes the words.
    expect(sqliteNames(sqliteRef, 'trigger').filter((n) => !triggers.includes(n))).toEqual([]);
    // PostgreSQL's only extras refuse TRUNCATE on the append-only tables, and keep the procedure search's index (013).
    const searchIndex = ['procedure_words_index', 'procedure_words_index_truncate', 'procedure_grams_index', 'procedure_grams_index_truncate'];
    expect(triggers.filter((n) => !sqliteNames(sqliteRef, 'trigger').includes(n) && !n.endsWith('_no_truncate')).sort()).toEqual(searchIndex.sort());
  });

  test('a new register holds the same rows on both engines (activity names, procedures and their index text, deadline rules)', async () => {
    const sqlite = sqliteContent(sqliteRef);
    expect(sqlite.activity_names.length).toBeGreaterThan(10);
    expect(sqlite.procedures.length).toBeGreaterThan(3);
    expectSameContent(await pgContent(pgRef, sqliteTables(sqliteRef)), sqlite, 'new register');
  });

  test('every migration turns the same data into the same rows', async () => {
    const raw = sqliteAt(1);
    const { db } = await schemas.create();
    try {
      await runPgMigrations(db, { upTo: 1 });
      for (const statement of V1_ROWS) {
        expect(onSqlite(raw, statement), statement).toMatchObject({ ok: true });
        expect(await onPostgres(db, statement), statement).toMatchObject({ ok: true });
      }
      for (let version = 2; version <= latestSchemaVersion; version++) {
        runMigrations(raw, version);
        expect(await runPgMigrations(db, { upTo: version })).toBe(version);
        const shapes = sqliteTables(raw);
        expectSameContent(await pgContent(db, shapes), sqliteContent(raw), `after migration ${version}`);
      }
      // The data steps did something: 004 matched list names, 010 made words, 011 gave deadlines.
      expect(onSqlite(raw, 'SELECT id FROM activities WHERE standard = 1 ORDER BY id')).toEqual({ ok: true, rows: ['[1]', '[5]'] });
      const words = nameSearchWords('Åse Aagaard-Nielsen').sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(words).toContain('ågård');
      expect(await onPostgres(db, 'SELECT word FROM citizen_name_words WHERE citizen_id = 2 ORDER BY word')).toEqual({ ok: true, rows: words.map((w) => JSON.stringify([w])) });
      expect(await onPostgres(db, 'SELECT id, deadline FROM applications ORDER BY id')).toEqual({
        ok: true,
        rows: ['[1,"2025-12-01"]', '[2,"2025-12-15"]', '[3,null]', '[4,"2025-08-30"]'],
      });
    } finally {
      raw.close();
    }
  });
});

describe('the same changes are refused on both engines', () => {
  /** [statement, expected]: 'ok', a trigger's message (both engines give it), or 'refused' (a constraint; messages differ by engine). */
  const steps: [string, string][] = [
    ...V1_ROWS.map((s): [string, string] => [s, 'ok']),
    // Assignment history: a period is closed once, never rewritten or removed.
    ['DELETE FROM case_assignments WHERE id = 2', 'case assignment history is append-only'],
    [`UPDATE case_assignments SET to_at = '2025-12-24T08:00:00.000Z' WHERE id = 2`, 'case assignment periods can only be closed, never rewritten'],
    [`UPDATE case_assignments SET reason = 'Omskrevet' WHERE id = 1`, 'case assignment periods can only be closed, never rewritten'],
    [`UPDATE case_assignments SET to_at = NULL WHERE id = 1`, 'case assignment periods can only be closed, never rewritten'],
    [`UPDATE case_assignments SET to_at = '2025-11-01T00:00:00.000Z' WHERE id = 1`, 'refused'], // before from_at: CHECK
    [`UPDATE case_assignments SET to_at = '2025-12-01T08:00:00.000Z' WHERE id = 1`, 'ok'],
    [`INSERT INTO case_assignments (id, case_id, user_id, from_at, reason) VALUES (9, 2, 1, '${AT}', 'Igen')`, 'refused'], // a second open period
    // The journal keeps the case's last activity date and the non-standard name counts.
    [`INSERT INTO activities (id, case_id, activity_date, name, note, author_id, created_at) VALUES (10, 1, '2025-11-20', 'Møde med skolen', '', 1, '${AT}')`, 'ok'],
    [`INSERT INTO activities (id, case_id, activity_date, name, note, author_id, created_at, activity_name_id) VALUES (11, 1, '2025-11-01', 'Møde med skolen', '', 1, '${AT}', (SELECT id FROM activity_names WHERE is_other = 1))`, 'ok'],
    ['SELECT id, last_activity_date FROM cases ORDER BY id', 'ok'],
    ['SELECT name, n, via_other FROM activity_nonstandard_names ORDER BY n DESC, name', 'ok'],
    [`UPDATE activities SET name = 'Møde med PPR' WHERE id = 10`, 'ok'],
    [`UPDATE activities SET standard = 1, activity_name_id = 1 WHERE id = 2`, 'ok'],
    ['DELETE FROM activities WHERE id = 11', 'ok'],
    ['SELECT name, n, via_other FROM activity_nonstandard_names ORDER BY n DESC, name', 'ok'],
    // Stamkort history and confirmations.
    [`INSERT INTO stamkort (citizen_id, version, updated_at) VALUES (1, 1, '${AT}')`, 'ok'],
    [`INSERT INTO stamkort_history (id, citizen_id, section, version, field, old_value, new_value, changed_at, changed_by) VALUES (1, 1, 'parents', 1, 'mor', '', 'Lise', '${AT}', 1)`, 'ok'],
    [`INSERT INTO stamkort_confirmations (id, citizen_id, confirmed_on, confirmed_at, confirmed_by) VALUES (1, 1, '2025-11-03', '${AT}', 1)`, 'ok'],
    [`UPDATE stamkort_history SET new_value = 'Lone' WHERE id = 1`, 'stamkort history is append-only'],
    ['DELETE FROM stamkort_history WHERE id = 1', 'stamkort history is append-only'],
    [`UPDATE stamkort_confirmations SET confirmed_on = '2025-11-04' WHERE id = 1`, 'stamkort confirmations are append-only'],
    ['DELETE FROM stamkort_confirmations WHERE id = 1', 'stamkort confirmations are append-only'],
    [`INSERT INTO stamkort_sections (citizen_id, section, data, version, updated_at, updated_by) VALUES (1, 'pets', '{}', 1, '${AT}', 1)`, 'refused'],
    // The naming list's history and mappings.
    [`UPDATE activity_name_versions SET changes = '[]' WHERE id = 1`, 'activity name history is append-only'],
    ['DELETE FROM activity_name_versions WHERE id = 1', 'activity name history is append-only'],
    [`INSERT INTO activity_name_mappings (id, from_name, to_id, count, mapped_at, mapped_by) VALUES (1, 'Tlf', 1, 2, '${AT}', 1)`, 'ok'],
    ['UPDATE activity_name_mappings SET count = 3 WHERE id = 1', 'a mapping can only be undone once, never rewritten'],
    [`UPDATE activity_name_mappings SET undone_at = '${AT}', undone_by = 2 WHERE id = 1`, 'ok'],
    [`UPDATE activity_name_mappings SET undone_at = '2025-12-01T00:00:00.000Z' WHERE id = 1`, 'a mapping can only be undone once, never rewritten'],
    ['DELETE FROM activity_name_mappings WHERE id = 1', 'mappings are history'],
    [`INSERT INTO activity_names (name, name_key, phase, area, content, is_other, created_at, updated_at) VALUES ('Andet 2', 'andet 2', 'opfølgning', 'begge', 'x', 1, '${AT}', '${AT}')`, 'refused'],
    // Procedure versions and checklist ticks (ticks may be deleted, never changed).
    [`UPDATE procedure_versions SET change_note = 'Omskrevet' WHERE procedure_id = 1`, 'procedure versions are history and cannot be changed'],
    ['DELETE FROM procedure_versions WHERE procedure_id = 1', 'procedure versions are history and cannot be deleted'],
    [`INSERT INTO checklist_runs (id, case_id, procedure_id, version, items, started_by, started_at) VALUES (1, 1, 1, 1, '[]', 1, '${AT}')`, 'ok'],
    [`INSERT INTO checklist_runs (id, case_id, procedure_id, version, items, started_by, started_at) VALUES (2, 1, 1, 7, '[]', 1, '${AT}')`, 'refused'],
    [`INSERT INTO checklist_ticks (id, run_id, item_index, checked, by_user, at) VALUES (1, 1, 0, 1, 1, '${AT}')`, 'ok'],
    ['UPDATE checklist_ticks SET checked = 0 WHERE id = 1', 'checklist ticks are history and cannot be changed'],
    ['DELETE FROM checklist_ticks WHERE id = 1', 'ok'],
    // Notices and receipts; follow-up rules ignore case like NOCASE.
    [`INSERT INTO deadline_events (id, case_id, kind, event_date, expected_date, note, created_by, created_at) VALUES (1, 1, 'receipt', '2025-10-02', NULL, '', 1, '${AT}')`, 'ok'],
    [`INSERT INTO deadline_events (id, case_id, kind, event_date, expected_date, note, created_by, created_at) VALUES (2, 1, 'notice', '2025-10-02', NULL, '', 1, '${AT}')`, 'refused'],
    [`UPDATE deadline_events SET note = 'x' WHERE id = 1`, 'notices and receipts are history and cannot be changed'],
    ['DELETE FROM deadline_events WHERE id = 1', 'notices and receipts are history and cannot be deleted'],
    [`INSERT INTO follow_up_rules (service_type, months) VALUES ('Test-Ydelse', 6)`, 'ok'],
    [`INSERT INTO follow_up_rules (service_type, months) VALUES ('test-ydelse', 7)`, 'refused'],
    [`INSERT INTO follow_up_rules (service_type, months) VALUES ('TEST-YDELSE', 12) ON CONFLICT (service_type) DO UPDATE SET months = excluded.months`, 'ok'],
    [`SELECT service_type, months FROM follow_up_rules WHERE service_type = 'test-ydelse'`, 'ok'],
    // Initials are unique whatever their case, and found whatever their case.
    [`INSERT INTO users (id, initials, name, role, team_id, active, created_at) VALUES (4, 'abc', 'Anden', 'sagsbehandler', 1, 1, '${AT}')`, 'refused'],
    [`SELECT id FROM users WHERE initials = 'abc'`, 'ok'],
    [`INSERT INTO users (id, initials, name, role, team_id, active, created_at) VALUES (5, 'XY', 'Rolle', 'chef', 1, 1, '${AT}')`, 'refused'],
    [`INSERT INTO citizens (id, cpr, name, name_sort, birth_date, gender, created_at, updated_at) VALUES (9, '123', 'Kort', 'kort', '2000-01-01', 'mand', '${AT}', '${AT}')`, 'refused'],
    // Handover: a notification task is ticked off once.
    [`INSERT INTO shifts (id, kind, from_user_id, team_id, shift_date, reason, status, created_at, created_by) VALUES (1, 'planlagt', 1, 1, '2025-12-01', 'Orlov', 'forberedes', '${AT}', 2)`, 'ok'],
    [`INSERT INTO notification_tasks (id, shift_id, case_id, recipient_role, recipient_name, new_user_id, responsible_user_id, channel, due_date, created_at) VALUES (1, 1, 1, 'borger', 'Søren Ørsted', 2, 2, 'brev', '2025-12-05', '${AT}')`, 'ok'],
    [`UPDATE notification_tasks SET done_on = '2025-12-02' WHERE id = 1`, 'refused'], // done_on without its channel
    [`UPDATE notification_tasks SET recipient_phone = '12345678' WHERE id = 1`, 'ok'],
    [`UPDATE notification_tasks SET done_on = '2025-12-02', done_channel = 'brev', done_by = 2 WHERE id = 1`, 'ok'],
    [`UPDATE notification_tasks SET recipient_phone = '87654321' WHERE id = 1`, 'a notification task is ticked off only once'],
    ['DELETE FROM notification_tasks WHERE id = 1', 'notification tasks are history'],
    // Transition handovers.
    [`INSERT INTO transition_handovers (id, citizen_id, handover_date, eighteenth_birthday, from_user_id, from_team_id, to_user_id, to_team_id, adult_case_id, adult_case_created, facts, created_at, created_by)
       VALUES (1, 1, '2028-03-01', '2028-03-15', 1, 1, 3, 2, 3, 0, '{}', '${AT}', 2)`, 'ok'],
    [`INSERT INTO transition_handovers (id, citizen_id, handover_date, eighteenth_birthday, from_user_id, from_team_id, to_user_id, to_team_id, adult_case_id, adult_case_created, facts, created_at, created_by)
       VALUES (2, 1, '2028-03-02', '2028-03-15', 1, 1, 3, 2, 3, 0, '{}', '${AT}', 2)`, 'refused'],
    [`INSERT INTO transition_handover_cases (handover_id, case_id, decision) VALUES (1, 1, 'keep')`, 'ok'],
    [`UPDATE transition_handovers SET situation = 'x' WHERE id = 1`, 'transition handovers are history: they cannot be changed'],
    ['DELETE FROM transition_handovers WHERE id = 1', 'transition handovers are history: they cannot be deleted'],
    [`UPDATE transition_handover_cases SET decision = 'close' WHERE handover_id = 1`, 'transition handovers are history: they cannot be changed'],
    ['DELETE FROM transition_handover_cases WHERE handover_id = 1', 'transition handovers are history: they cannot be deleted'],
    // The audit log.
    [`INSERT INTO audit_log (id, at, user_id, method, action, citizen_id, case_id) VALUES (1, '${AT}', 1, 'stamkort.get', 'read', 1, NULL)`, 'ok'],
    [`UPDATE audit_log SET method = 'x' WHERE id = 1`, 'the audit log is append-only'],
    ['DELETE FROM audit_log WHERE id = 1', 'the audit log is append-only'],
    ['SELECT id, method FROM audit_log', 'ok'],
  ];

  test('statement by statement, with the same messages from the history triggers', async () => {
    const raw = sqliteAt(latestSchemaVersion);
    const { db } = await schemas.create();
    try {
      await runPgMigrations(db);
      for (const [statement, expected] of steps) {
        const a = onSqlite(raw, statement);
        const b = await onPostgres(db, statement);
        if (expected === 'ok') {
          expect(a, `SQLite: ${statement}`).toMatchObject({ ok: true });
          expect(b, `PostgreSQL: ${statement}`).toEqual(a);
        } else if (expected === 'refused') {
          expect([a.ok, b.ok], statement).toEqual([false, false]);
        } else {
          expect(a, `SQLite: ${statement}`).toEqual({ ok: false, message: expected });
          expect(b, `PostgreSQL: ${statement}`).toEqual({ ok: false, message: expected });
        }
      }
      // After all that, both registers hold the same rows. No name words on either: since
      // migration 013 the app writes them (services/name-words.ts), not a trigger.
      const sqlite = sqliteContent(raw);
      const pg = await pgContent(db, sqliteTables(raw));
      expect(sqlite.citizen_name_words).toEqual([]);
      expectSameContent(pg, sqlite, 'after the statements');

      // TRUNCATE (PostgreSQL only) skips row triggers: it is refused on the history tables too.
      const truncations: Record<string, string> = {
        audit_log: 'the audit log is append-only',
        case_assignments: 'case assignment history is append-only',
        stamkort_history: 'stamkort history is append-only',
        stamkort_confirmations: 'stamkort confirmations are append-only',
        activity_name_versions: 'activity name history is append-only',
        deadline_events: 'notices and receipts are history and cannot be deleted',
        notification_tasks: 'notification tasks are history',
        transition_handover_cases: 'transition handovers are history: they cannot be deleted',
      };
      for (const [table, message] of Object.entries(truncations)) expect(await onPostgres(db, `TRUNCATE ${table}`)).toEqual({ ok: false, message });
    } finally {
      raw.close();
    }
  });
});

describe('danish_sort_key', () => {
  const samples = [
    // Names
    'Aagaard', 'Åse', 'Ærø', 'Æble', 'Zahle', 'Ørsted', 'Østergaard', 'Søren Ørsted', 'Åse Aagaard-Nielsen', 'Maagaard', 'AAGE', 'Kaare',
    'Kaa', 'aaa', 'Bæk', 'Émile Bæk', 'Müller', 'Jürgen', 'Hänsel', 'Ödegaard', 'Ñoño', 'Çelik', 'Łukasz', 'Dvořák', "O'Brien",
    'Anne-Marie', 'Mette  Hansen', 'de Vries', 'van der Berg', 'Straße', 'ẞ', 'İbrahim', 'ΟΔΟΣ', 'Øjvind Jæger', 'Åge Ålund',
    // Decomposed letters, ligatures, digits and the rest
    'A\u030Ase', 'e\u0301', 'o\u0308', 'Ǽ', 'ǿ', 'ﬁ', 'Ⅻ', '§ 41 Merudgifter', '10', '2', '', ' ', '😀 emoji', 'Ä', 'Ö', 'Ü', 'Ø', 'Å', 'Æ',
    // Case types and initials
    'BPA', 'Merudgifter', 'Hjemmetræning', 'Tabt arbejdsfortjeneste', 'Aflastning (børn)', 'ABC', 'ØJ', 'øj', 'Aa', 'ÅA', 'É', 'Ü', 'KL', 'æøå', 'ÆØÅ',
  ];

  test('gives the keys of shared/domain/collation.ts for names, case types and initials', async () => {
    const { rows } = await sql<{ key: string }>`
      SELECT danish_sort_key(v) AS key FROM unnest(${samples}::text[]) WITH ORDINALITY AS u(v, i) ORDER BY i`.execute(pgRef);
    expect(rows.map((r) => r.key)).toEqual(samples.map(danishSortKey));
  });

  test('orders as the keys do, æ, ø, å after z and aa as å', async () => {
    const { rows } = await sql<{ v: string }>`
      SELECT v FROM unnest(${samples}::text[]) AS u(v) ORDER BY danish_sort_key(v) COLLATE "C", v COLLATE "C"`.execute(pgRef);
    const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    expect(rows.map((r) => r.v)).toEqual([...samples].sort((a, b) => bytes(danishSortKey(a), danishSortKey(b)) || bytes(a, b)));
    const names = rows.map((r) => r.v).filter((v) => ['Zahle', 'Æble', 'Ørsted', 'Åse', 'Aagaard'].includes(v));
    expect(names).toEqual(['Zahle', 'Æble', 'Ørsted', 'Aagaard', 'Åse']);
  });

  test('is NULL for NULL, as on SQLite', async () => {
    const { rows } = await sql<{ key: string | null }>`SELECT danish_sort_key(NULL) AS key`.execute(pgRef);
    expect(rows[0].key).toBeNull();
  });
});

describe('the PostgreSQL migration runner', () => {
  test('marks a new register with the application id and the latest version', async () => {
    expect(await inspectPostgres(pgRef)).toEqual({ marked: true, applicationId: APPLICATION_ID, version: latestSchemaVersion, hasTables: true });
  });

  test('migrating again changes nothing', async () => {
    const { db } = await schemas.create();
    await runPgMigrations(db);
    const before = await pgSnapshot(db);
    expect(await runPgMigrations(db)).toBe(latestSchemaVersion);
    expect(await pgSnapshot(db)).toEqual(before);
  });

  test('two instances starting together migrate once', async () => {
    const scratch = await schemas.create();
    const versions = await Promise.all([runPgMigrations(scratch.db), runPgMigrations(scratch.another()), runPgMigrations(scratch.another())]);
    expect(versions).toEqual([latestSchemaVersion, latestSchemaVersion, latestSchemaVersion]);
    const count = (raw: string) => Number(raw);
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM activity_names`.execute(scratch.db);
    expect(count(rows[0].n)).toBe((sqliteRef.prepare('SELECT count(*) AS n FROM activity_names').get() as { n: number }).n);
  });

  test('a schema with tables but without our mark is refused untouched', async () => {
    const { db } = await schemas.create();
    await sql`CREATE TABLE orders (id integer PRIMARY KEY, what text)`.execute(db);
    await sql`INSERT INTO orders VALUES (1, 'kaffe')`.execute(db);
    const before = await pgSnapshot(db);
    const err = await refusal(runPgMigrations(db));
    expect(err.code).toBe('REGISTER_FOREIGN');
    expect(err.message).toBe('Databasen er ikke et Sagsoverblik-register, eller den er beskadiget. Databasen er ikke ændret.');
    expect(await pgSnapshot(db)).toEqual(before);
  });

  test('a table of our name that is not ours, or another application id, is refused untouched', async () => {
    const other = await schemas.create();
    await sql`CREATE TABLE ${sql.table(SCHEMA_TABLE)} (installed_rank integer, version text)`.execute(other.db);
    await sql`INSERT INTO ${sql.table(SCHEMA_TABLE)} VALUES (1, '1')`.execute(other.db);
    const before = await pgSnapshot(other.db);
    expect((await refusal(runPgMigrations(other.db))).code).toBe('REGISTER_FOREIGN');
    expect(await pgSnapshot(other.db)).toEqual(before);

    const stranger = await schemas.create();
    await runPgMigrations(stranger.db, { upTo: 2 });
    await sql`UPDATE ${sql.table(SCHEMA_TABLE)} SET application_id = 1234`.execute(stranger.db);
    const snapshot = await pgSnapshot(stranger.db);
    expect((await refusal(runPgMigrations(stranger.db))).code).toBe('REGISTER_FOREIGN');
    expect(await pgSnapshot(stranger.db)).toEqual(snapshot);
  });

  test('a register from a newer version is refused untouched', async () => {
    const { db } = await schemas.create();
    await runPgMigrations(db, { upTo: 3 });
    await sql`UPDATE ${sql.table(SCHEMA_TABLE)} SET version = ${latestSchemaVersion + 1}`.execute(db);
    const before = await pgSnapshot(db);
    const err = await refusal(runPgMigrations(db));
    expect(err.code).toBe('REGISTER_TOO_NEW');
    expect(err.message).toBe(
      `Registret er lavet med en nyere version af Sagsoverblik (skemaversion ${latestSchemaVersion + 1}, denne version kender ${latestSchemaVersion}). Opdatér programmet. Databasen er ikke ændret.`,
    );
    expect(await pgSnapshot(db)).toEqual(before);
  });

  test('a failing step leaves the register at the version before it', async () => {
    const { db } = await schemas.create();
    const broken = [
      ...pgMigrations.slice(0, 2),
      { version: 3, name: 'broken', up: async (d: AnyDb) => {
        await sql`CREATE TABLE half_done (id integer)`.execute(d);
        throw new Error('step failed');
      } },
    ];
    await expect(runPgMigrations(db, { list: broken })).rejects.toThrow('step failed');
    expect((await inspectPostgres(db)).version).toBe(2);
    expect(await sql`SELECT to_regclass('half_done') AS t`.execute(db)).toMatchObject({ rows: [{ t: null }] });
  });

  test('refuses a list whose versions do not rise by one', async () => {
    const { db } = await schemas.create();
    await expect(runPgMigrations(db, { list: [pgMigrations[0], pgMigrations[2]] })).rejects.toThrow(/versions must rise by one/);
    expect(await inspectPostgres(db)).toMatchObject({ marked: false, hasTables: false });
  });
});
