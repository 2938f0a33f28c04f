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
 *
 * Plain SQL both engines run: prefixes are ranges on the stored words (already folded,
 * shared/domain/name-search.ts), compared as the index orders them (bytewise).
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { nameQueryWords } from '../../../../shared/domain/name-search';
import type { CitizenNameWordsTable, DB } from '../../db/schema';
import type { Db } from '../../db/transaction';

// Sorts after every character a word can hold (text compares bytewise here).
const AFTER = '\u{10FFFF}';
// Past this many index words under one prefix, one sort of all matches is cheaper than a walk per word.
const MAX_WORDS = 40;

/** `column` starts with one of the spellings: a range per spelling, so the index serves it. */
function startsWith(column: 'w0.word' | 'w.word', spellings: string[]): Expression<SqlBool> {
  const ranges = spellings.map((s) => sql<SqlBool>`(${sql.ref(column)} >= ${s} AND ${sql.ref(column)} < ${s + AFTER})`);
  return ranges.length === 1 ? ranges[0] : sql<SqlBool>`(${sql.join(ranges, sql` OR `)})`;
}

/** The query's words, longest first (the longest is the most selective driver). */
const queryWords = (query: string) => nameQueryWords(query).sort((a, b) => b[0].length - a[0].length);

type OnW0 = ExpressionBuilder<DB & { w0: CitizenNameWordsTable }, 'w0'>;

/** EXISTS clauses on `w0` for every word but the driving one. */
function otherWords(eb: OnW0, words: string[][]): Expression<SqlBool>[] {
  return words.slice(1).map((spellings) =>
    eb.exists(
      eb
        .selectFrom('citizen_name_words as w')
        .select(sql.lit(1).as('one'))
        .whereRef('w.citizen_id', '=', 'w0.citizen_id')
        .where(startsWith('w.word', spellings)),
    ),
  );
}

/** The rows of `citizen_name_words w0` that match all the query's words (at least one word). */
function matching(db: Db, words: string[][]) {
  return db
    .selectFrom('citizen_name_words as w0')
    .where((eb) => eb.and([startsWith('w0.word', words[0]), ...otherWords(eb, words)]));
}

/** The distinct index words in [from, to): one index seek each (a loose index scan). */
async function wordsInRange(db: Db, from: string, to: string, max: number): Promise<string[]> {
  const { rows } = await sql<{ word: string }>`
    WITH RECURSIVE found(word) AS (
      SELECT (SELECT min(word) FROM citizen_name_words WHERE word >= ${from} AND word < ${to})
      UNION ALL
      SELECT (SELECT min(word) FROM citizen_name_words WHERE word > found.word AND word < ${to}) FROM found WHERE found.word IS NOT NULL
    )
    SELECT word FROM found WHERE word IS NOT NULL LIMIT ${max}`.execute(db);
  return rows.map((r) => r.word);
}

/** The index words the driving query word can stand for, or null when there are too many to walk one by one. */
async function drivingWords(db: Db, spellings: string[]): Promise<string[] | null> {
  const found = new Set<string>();
  for (const s of spellings) {
    for (const word of await wordsInRange(db, s, s + AFTER, MAX_WORDS + 1)) found.add(word);
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
export async function firstIdsByName(db: Db, query: string, limit: number): Promise<number[] | null> {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const driving = await drivingWords(db, words[0]);
  let candidates: Candidate[];
  if (driving) {
    if (driving.length === 0) return [];
    // One statement: each word's first page (its own ordered walk with a LIMIT), glued with UNION ALL.
    const pages = driving.map((word) =>
      db
        .selectFrom((eb) =>
          eb
            .selectFrom('citizen_name_words as w0')
            .select(['w0.name_sort', 'w0.citizen_id'])
            .where('w0.word', '=', word)
            .$if(words.length > 1, (q) => q.where((eb) => eb.and(otherWords(eb, words))))
            .orderBy('w0.name_sort')
            .orderBy('w0.citizen_id')
            .limit(limit)
            .as('p'),
        )
        .selectAll(),
    );
    candidates = await pages.slice(1).reduce((all, page) => all.unionAll(page), pages[0]).execute();
  } else {
    candidates = await matching(db, words)
      .select(['w0.name_sort', 'w0.citizen_id'])
      .distinct()
      .orderBy('w0.name_sort')
      .orderBy('w0.citizen_id')
      .limit(limit)
      .execute();
  }
  // The index's own text order (bytewise); JS compares UTF-16 units.
  const byName = new Map<number, Buffer>();
  for (const c of candidates) if (!byName.has(c.citizen_id)) byName.set(c.citizen_id, Buffer.from(c.name_sort));
  return [...byName.keys()].sort((a, b) => Buffer.compare(byName.get(a)!, byName.get(b)!) || a - b).slice(0, limit);
}

/** Ids of every matching citizen, as a subquery (the case list's search box), or null when the query has no words. */
export function citizenIdsByName(db: Db, query: string) {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return matching(db, words).select('w0.citizen_id');
}
