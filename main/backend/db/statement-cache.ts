/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than
 * running a small indexed query. This wrapper hands Kysely cached prepared
 * statements keyed by their SQL text (bounded, least recently used dropped), which
 * keeps the API path close to the bare SQL on hot lists and searches.
 */
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

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
