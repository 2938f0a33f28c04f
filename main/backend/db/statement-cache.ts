/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than
 * running a small indexed query. This wrapper hands Kysely cached prepared
 * statements keyed by their SQL text (bounded, least recently used dropped), which
 * keeps the API path close to the bare SQL on hot lists and searches.
 */
import type Database from 'better-sqlite3';
import type { Compilable, CompiledQuery, SqliteDatabase, SqliteStatement } from 'kysely';

export function cachingDatabase(raw: Database.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql); // re-insert: most recently used last
      } else {
        stmt = raw.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt as unknown as SqliteStatement;
    },
  };
}

/**
 * Prepared statements made once per open register, for hot lookups written as plain
 * SQL (no builder or compile step per call): `const stmts = perRegister((raw) => ({ … }))`.
 */
export function perRegister<T>(build: (raw: Database.Database) => T): (raw: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (raw) => {
    let made = cache.get(raw);
    if (made === undefined) cache.set(raw, (made = build(raw)));
    return made;
  };
}

/**
 * Kysely builds and compiles a query anew on every call; for the big list queries that
 * costs about as much as SQLite running them (~0.2 ms), and the same list is asked for
 * again and again (the start page, refetches after every change). This keeps compiled
 * queries per register, least recently used dropped. The key must hold everything the
 * builder reads: the same key always means the same SQL and the same parameters.
 */
export function compiledQueryCache(max = 200) {
  const byRegister = perRegister(() => new Map<string, CompiledQuery>());
  return <R>(raw: Database.Database, key: string, build: () => Compilable<R>): CompiledQuery<R> => {
    const cache = byRegister(raw);
    let query = cache.get(key) as CompiledQuery<R> | undefined;
    if (query) cache.delete(key);
    else {
      query = build().compile();
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, query);
    return query;
  };
}
