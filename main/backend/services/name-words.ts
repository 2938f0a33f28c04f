/**
 * Shared service: the citizen name word index (citizen_name_words, migration 010), kept by
 * the app on every engine. Until migration 013 SQLite triggers filled it by calling a JS
 * function registered on the connection, which PostgreSQL cannot do; now every write of a
 * citizen's name calls this, in the transaction that writes the name.
 */
import { danishSortKey } from '../../../shared/domain/collation';
import { nameSearchWords } from '../../../shared/domain/name-search';
import { atomically, type Db } from '../db/transaction';

export interface CitizenName {
  citizenId: number;
  name: string;
  /** The citizen's stored name_sort; danishSortKey(name), which every writer stores, by default. */
  nameSort?: string;
}

/** Rows per statement: well inside both engines' parameter limits (3 per row). */
const CHUNK = 500;

/** Replaces the words of each citizen by the words of the given name. */
export async function writeNameWords(db: Db, citizens: readonly CitizenName[]): Promise<void> {
  // The last name given for a citizen wins, as the last UPDATE did for the triggers.
  const byId = new Map(citizens.map((c) => [c.citizenId, c]));
  if (!byId.size) return;
  const ids = [...byId.keys()];
  const rows = [...byId.values()].flatMap((c) => {
    const nameSort = c.nameSort ?? danishSortKey(c.name);
    return nameSearchWords(c.name).map((word) => ({ word, name_sort: nameSort, citizen_id: c.citizenId }));
  });
  await atomically(db, async (trx) => {
    for (let i = 0; i < ids.length; i += CHUNK) await trx.deleteFrom('citizen_name_words').where('citizen_id', 'in', ids.slice(i, i + CHUNK)).execute();
    for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('citizen_name_words').values(rows.slice(i, i + CHUNK)).execute();
  });
}
