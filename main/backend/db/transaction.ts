/**
 * One transaction per change. The dispatcher already runs every change call in a
 * transaction (its audit rows included); `atomically` joins that one when `db` is a
 * transaction, and opens one otherwise (services at start, the CLI, tests). Kysely
 * refuses nested transactions, so features never call `db.transaction()` themselves.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

export type Db = Kysely<DB>;

export function atomically<T>(db: Db, fn: (trx: Transaction<DB> | Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
