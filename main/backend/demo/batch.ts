/**
 * Multi-row inserts for the demo generator: one statement per few hundred rows instead
 * of one per row, which is what makes the large size (~10,000 cases, ~800,000 journal
 * entries) quick on either engine. Full batches share their SQL text, so the prepared
 * statement is reused.
 */
import type { Insertable } from 'kysely';
import type { DB } from '../db/schema';
import type { Db } from '../db/transaction';

const MAX_ROWS = 500;
/** SQLite allows 32,766 parameters per statement, PostgreSQL 65,535: stay below both. */
const MAX_PARAMETERS = 30_000;

/** Rows of one table, each with the same columns (missing ones as null, not undefined). */
type Rows<T extends keyof DB> = readonly Insertable<DB[T]>[];

function batches<R extends object>(rows: readonly R[]): R[][] {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]).length)));
  const out: R[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Inserts the rows in order, so ids are handed out in that order. */
export async function insertRows<T extends keyof DB>(db: Db, table: T, rows: Rows<T>): Promise<void> {
  // The casts: Kysely cannot check values against a table named by a type parameter.
  for (const batch of batches(rows)) await db.insertInto(table).values(batch as never).execute();
}

/**
 * Inserts the rows in order and returns each one's id by its value of `key`, a unique
 * column: neither engine promises RETURNING rows in the order of the VALUES list.
 */
export async function insertRowsWithIds<T extends keyof DB, K extends keyof Insertable<DB[T]> & string>(
  db: Db,
  table: T,
  rows: Rows<T>,
  key: K,
): Promise<Map<Insertable<DB[T]>[K], number>> {
  const ids = new Map<Insertable<DB[T]>[K], number>();
  for (const batch of batches(rows)) {
    const returned = (await db
      .insertInto(table)
      .values(batch as never)
      .returning(['id', key] as never)
      .execute()) as unknown as Record<string, unknown>[];
    for (const r of returned) ids.set(r[key] as Insertable<DB[T]>[K], r.id as number);
  }
  return ids;
}
