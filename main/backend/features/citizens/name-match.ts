/**
 * Name search on the word index citizen_name_words (migration 010): for every query
 * word, the name must have a word starting with it. The longest query word drives the
 * search through the index (word, name_sort, citizen_id); the other words are checked
 * per candidate on (citizen_id, word). No citizen row is read before the page is chosen.
 *
 * A prefix covers several index words ("krist": kristensen, kristian, kristina), and
 * the index is in name order only within one word. So the first page is taken per
 * word (each an ordered index walk that stops at the page size) and the pages are
 * merged: the cost follows the page and the number of words, not the number of
 * matching citizens. A prefix with very many words falls back to sorting the matches.
 */
import type Database from 'better-sqlite3';
import { sql, type RawBuilder } from 'kysely';
import { nameQueryWords } from '../../../../shared/domain/name-search';
import { perRegister } from '../../db/statement-cache';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

// Sorts after every character a word can hold (SQLite compares text bytewise here).
const AFTER = '\u{10FFFF}';
// Past this many index words under one prefix, one sort of all matches is cheaper than a walk per word.
const MAX_WORDS = 40;

function startsWith(alias: string, spellings: string[], params: unknown[]): string {
  const ranges = spellings.map((s) => {
    params.push(s, s + AFTER);
    return `(${alias}.word >= ? AND ${alias}.word < ?)`;
  });
  return ranges.length === 1 ? ranges[0] : `(${ranges.join(' OR ')})`;
}

/** The query's words, longest first (the longest is the most selective driver). */
const queryWords = (query: string) => nameQueryWords(query).sort((a, b) => b[0].length - a[0].length);

/** EXISTS clauses on `w0` for every word but the driving one. */
function otherWords(words: string[][], params: unknown[]): string[] {
  return words.slice(1).map((spellings, i) => {
    const w = `w${i + 1}`;
    return `EXISTS (SELECT 1 FROM citizen_name_words ${w} WHERE ${w}.citizen_id = w0.citizen_id AND ${startsWith(w, spellings, params)})`;
  });
}

/** WHERE clause on `w0` for all the query's words, or null when the query has none. */
function matchOn(words: string[][]): SqlPart | null {
  if (words.length === 0) return null;
  const params: unknown[] = [];
  const clauses = [startsWith('w0', words[0], params), ...otherWords(words, params)];
  return { sql: clauses.join(' AND '), params };
}

// The distinct index words in [from, to): one index seek each (a loose index scan).
const WORDS_IN_RANGE = `
  WITH RECURSIVE found(word) AS (
    SELECT (SELECT min(word) FROM citizen_name_words WHERE word >= @from AND word < @to)
    UNION ALL
    SELECT (SELECT min(word) FROM citizen_name_words WHERE word > found.word AND word < @to) FROM found WHERE found.word IS NOT NULL
  )
  SELECT word FROM found WHERE word IS NOT NULL LIMIT @max`;

const statements = perRegister((raw) => ({ words: raw.prepare(WORDS_IN_RANGE).pluck(), byShape: new Map<string, Database.Statement>() }));

function prepared(raw: Database.Database, text: string): Database.Statement {
  const cache = statements(raw).byShape;
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = raw.prepare(text)));
  return stmt;
}

/** The index words the driving query word can stand for, or null when there are too many to walk one by one. */
function drivingWords(raw: Database.Database, spellings: string[]): string[] | null {
  const found = new Set<string>();
  for (const s of spellings) {
    for (const word of statements(raw).words.all({ from: s, to: s + AFTER, max: MAX_WORDS + 1 }) as string[]) found.add(word);
    if (found.size > MAX_WORDS) return null;
  }
  return [...found];
}

interface Candidate {
  name_sort: string;
  citizen_id: number;
}

/**
 * Ids of the first `limit` matching citizens in Danish name order, or null when the
 * query has no words. A citizen in the first page overall is in the first page of
 * every word it matches (whoever comes before it there comes before it overall), so
 * merging the per-word pages loses no one.
 */
export function firstIdsByName(raw: Database.Database, query: string, limit: number): number[] | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const driving = drivingWords(raw, words[0]);
  let candidates: Candidate[];
  if (driving) {
    const params: unknown[] = [];
    const others = otherWords(words, params);
    const page = prepared(
      raw,
      `SELECT w0.name_sort, w0.citizen_id FROM citizen_name_words w0 WHERE ${['w0.word = ?', ...others].join(' AND ')}
       ORDER BY w0.name_sort, w0.citizen_id LIMIT ?`,
    );
    candidates = driving.flatMap((word) => page.all(word, ...params, limit) as Candidate[]);
  } else {
    const where = matchOn(words)!;
    candidates = prepared(
      raw,
      `SELECT DISTINCT w0.name_sort, w0.citizen_id FROM citizen_name_words w0 WHERE ${where.sql} ORDER BY w0.name_sort, w0.citizen_id LIMIT ?`,
    ).all(...where.params, limit) as Candidate[];
  }
  // SQLite's own text order (bytewise), which is the index's; JS compares UTF-16 units.
  const byName = new Map<number, Buffer>();
  for (const c of candidates) if (!byName.has(c.citizen_id)) byName.set(c.citizen_id, Buffer.from(c.name_sort));
  return [...byName.keys()].sort((a, b) => Buffer.compare(byName.get(a)!, byName.get(b)!) || a - b).slice(0, limit);
}

/** Ids of every matching citizen, as a Kysely subquery (the case list's search box). */
export function citizenIdsByName(query: string): RawBuilder<number> | null {
  const where = matchOn(queryWords(query));
  if (!where) return null;
  const pieces = `(SELECT w0.citizen_id FROM citizen_name_words w0 WHERE ${where.sql})`.split('?');
  // Re-join the text around its placeholders so Kysely binds the same values.
  return sql<number>`${sql.join(
    pieces.map((piece, i) => (i < where.params.length ? sql`${sql.raw(piece)}${where.params[i]}` : sql.raw(piece))),
    sql.raw(''),
  )}`;
}
