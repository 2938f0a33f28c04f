/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than
 * running a small indexed query. This wrapper hands Kysely cached prepared
 * statements keyed by their SQL text (bounded, least recently used dropped), which
 * keeps the API path close to the bare SQL on hot lists and searches.
 */
import type Database from 'better-sqlite3';
import type { Compilable, CompiledQuery, SqliteDatabase, SqliteStatement } from 'kysely';

/** The cached value for `key`, made when missing; the least recently used is dropped past `max`. */
function remember<V>(cache: Map<string, V>, key: string, max: number, make: () => V): V {
  let value = cache.get(key);
  if (value !== undefined) cache.delete(key); // re-inserted below: most recently used last
  else {
    value = make();
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, value);
  return value;
}

export function cachingDatabase(raw: Database.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => raw.close(),
    prepare: (sql: string) => remember(cache, sql, max, () => raw.prepare(sql)) as unknown as SqliteStatement,
  };
}

/**
 * Kysely builds and compiles a query anew on every call; for the big list queries that
 * costs about as much as running them (~0.2 ms), and the same list is asked for again and
 * again (the start page, refetches after every change). This keeps compiled queries per
 * register (the SQL is the engine's), least recently used dropped. The key must hold
 * everything the builder reads: the same key always means the same SQL and parameters.
 */
export function compiledQueryCache(max = 200) {
  const byRegister = new WeakMap<object, Map<string, CompiledQuery>>();
  return <R>(register: object, key: string, build: () => Compilable<R>): CompiledQuery<R> => {
    let cache = byRegister.get(register);
    if (!cache) byRegister.set(register, (cache = new Map()));
    return remember(cache, key, max, () => build().compile()) as CompiledQuery<R>;
  };
}
