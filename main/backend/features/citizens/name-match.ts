/**
 * Name search on the word index citizen_name_words (migration 010): for every query
 * word, the name must have a word starting with it. The longest query word drives a
 * range scan of the index (word, name_sort, citizen_id), which also hands over the
 * name order; the other words are checked per candidate on (citizen_id, word). No
 * citizen row is read before the first page is chosen. Plain SQL, as on PostgreSQL.
 */
import { sql, type RawBuilder } from 'kysely';
import { nameQueryWords } from '../../../../shared/domain/name-search';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

// Sorts after every character a word can hold (SQLite compares text bytewise here).
const AFTER = '\u{10FFFF}';

function startsWith(alias: string, spellings: string[], params: unknown[]): string {
  const ranges = spellings.map((s) => {
    params.push(s, s + AFTER);
    return `(${alias}.word >= ? AND ${alias}.word < ?)`;
  });
  return ranges.length === 1 ? ranges[0] : `(${ranges.join(' OR ')})`;
}

/** WHERE clause on `w0` for the query's words, or null when the query has none. */
function matchOn(query: string): SqlPart | null {
  const words = nameQueryWords(query).sort((a, b) => b[0].length - a[0].length);
  if (words.length === 0) return null;
  const params: unknown[] = [];
  const clauses = [startsWith('w0', words[0], params)];
  words.slice(1).forEach((spellings, i) => {
    const w = `w${i + 1}`;
    clauses.push(`EXISTS (SELECT 1 FROM citizen_name_words ${w} WHERE ${w}.citizen_id = w0.citizen_id AND ${startsWith(w, spellings, params)})`);
  });
  return { sql: clauses.join(' AND '), params };
}

/** The first `limit` matching citizens in Danish name order: rows of (name_sort, citizen_id). */
export function firstByName(query: string, limit: number): SqlPart | null {
  const where = matchOn(query);
  if (!where) return null;
  return {
    sql: `SELECT DISTINCT w0.name_sort, w0.citizen_id FROM citizen_name_words w0 WHERE ${where.sql} ORDER BY w0.name_sort, w0.citizen_id LIMIT ?`,
    params: [...where.params, limit],
  };
}

/** Ids of every matching citizen, as a Kysely subquery (the case list's search box). */
export function citizenIdsByName(query: string): RawBuilder<number> | null {
  const where = matchOn(query);
  if (!where) return null;
  const pieces = `(SELECT w0.citizen_id FROM citizen_name_words w0 WHERE ${where.sql})`.split('?');
  // Re-join the text around its placeholders so Kysely binds the same values.
  return sql<number>`${sql.join(
    pieces.map((piece, i) => (i < where.params.length ? sql`${sql.raw(piece)}${where.params[i]}` : sql.raw(piece))),
    sql.raw(''),
  )}`;
}
