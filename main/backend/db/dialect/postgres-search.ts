/**
 * The procedure search on PostgreSQL (`procedureTermHits`, `indexProcedure`; see ./index.ts
 * and ./sqlite.ts). It gives the hits SQLite's FTS5 gives, in the same order:
 *
 * - The text is the same: normalised in JS (features/procedures/text.ts) and stored in the
 *   tables of migration 005, whose triggers (migration 013) keep an inverted index beside
 *   them: words with their counts per title and body, each row's length in words, and the
 *   words of the substring text with a vocabulary of them.
 * - Word and prefix hits are ranges of that index (`word >= p AND word < p || '{'`: the
 *   words are a-z and 0-9, and '{' sorts after both in the "C" collation).
 * - The ranking is FTS5's bm25 (fts5_aux.c) written out in SQL: k1 = 1.2, b = 0.75, title
 *   weighted 5 and body 1 in the term frequency, the document length and its average over
 *   title and body unweighted, idf = ln((N - n + 0.5) / (n + 0.5)) per query phrase and at
 *   least 1e-6. Neither tsvector/ts_rank nor pg_trgm ranks like that, and a tsvector keeps
 *   at most 256 positions per word, so neither could give the same order. The arithmetic is
 *   in float8 in the order the C code does it, so the relevance is the same number.
 * - Substring hits (a compound part: 'brev' in 'afslagsbrev'): the query term has no
 *   spaces, so it lies inside one word; the vocabulary is scanned for words that contain
 *   it (strpos, no LIKE wildcards to escape) and their rows looked up by index (an
 *   array, not a join: the planner cannot guess how few words match, and a join made it
 *   scan every row of the grams). FTS5's trigram index finds the same rows. No extension
 *   (pg_trgm) is needed: a register may be one schema among others, and an extension
 *   belongs to the whole database.
 */
import { sql, type Kysely } from 'kysely';
import type { ProcedureIndexText, ProcedureSearchTerm, ProcedureTermHits } from './index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function procedureTermHits(db: Kysely<any>, term: ProcedureSearchTerm): Promise<ProcedureTermHits> {
  // One query phrase per prefix, numbered, as FTS5 scores each phrase of `"a"* OR "b"*` on its own.
  const phrases = sql.join(term.prefixes.map((p, i) => sql`(${i}::integer, ${p}::text)`));
  const inside =
    term.inside === null
      ? sql``
      : sql`, g AS (
          SELECT s.procedure_id, max(s.in_title) AS in_title
          FROM procedure_search_grams s
          WHERE s.word = ANY (ARRAY(SELECT v.word FROM procedure_search_vocabulary v WHERE strpos(v.word, ${term.inside}::text) > 0))
          GROUP BY s.procedure_id)`;
  const insideRows = term.inside === null ? sql`` : sql`UNION ALL SELECT 'g', procedure_id, NULL FROM g UNION ALL SELECT 't', procedure_id, NULL FROM g WHERE in_title = 1`;
  const { rows } = await sql<{ kind: 'w' | 'g' | 't'; id: number; relevance: number | null }>`
    WITH q (i, prefix) AS (VALUES ${phrases}),
    m AS (
      SELECT q.i, w.procedure_id, sum(5 * w.title_n + w.body_n)::float8 AS freq, sum(w.title_n) AS title_n
      FROM q JOIN procedure_search_words w ON w.word >= q.prefix AND w.word < q.prefix || '{'
      GROUP BY q.i, w.procedure_id),
    stats AS (SELECT count(*)::float8 AS n, coalesce(sum(tokens), 0)::float8 AS total FROM procedure_search_docs),
    idf AS (
      SELECT m.i, ln((stats.n - count(*)::float8 + 0.5::float8) / (count(*)::float8 + 0.5::float8)) AS x
      FROM m CROSS JOIN stats GROUP BY m.i, stats.n)
    ${inside}
    SELECT 'w' AS kind, m.procedure_id AS id,
      sum(
        (CASE WHEN idf.x <= 0 THEN 1e-6::float8 ELSE idf.x END)
        * ((m.freq * (1.2::float8 + 1.0::float8))
           / (m.freq + 1.2::float8 * ((1.0::float8 - 0.75::float8) + (0.75::float8 * d.tokens::float8) / (stats.total / stats.n))))
      ) AS relevance
    FROM m JOIN idf ON idf.i = m.i JOIN procedure_search_docs d ON d.procedure_id = m.procedure_id CROSS JOIN stats
    GROUP BY m.procedure_id
    UNION ALL SELECT 't', procedure_id, NULL FROM m WHERE title_n > 0
    ${insideRows}`.execute(db);
  const hits: ProcedureTermHits = { words: [], inside: [], inTitle: [] };
  for (const r of rows) {
    if (r.kind === 'w') hits.words.push({ id: r.id, relevance: r.relevance as number });
    else if (r.kind === 'g') hits.inside.push(r.id);
    else hits.inTitle.push(r.id);
  }
  return hits;
}

/** The same four rows SQLite's FTS5 tables get; migration 013's triggers index them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function indexProcedure(db: Kysely<any>, id: number, text: ProcedureIndexText): Promise<void> {
  await sql`INSERT INTO procedure_words (rowid, title, body) VALUES (${id}, ${text.titleWords}, ${text.bodyWords})
    ON CONFLICT (rowid) DO UPDATE SET title = excluded.title, body = excluded.body`.execute(db);
  await sql`INSERT INTO procedure_grams (rowid, title, body) VALUES (${id}, ${text.titleGrams}, ${text.bodyGrams})
    ON CONFLICT (rowid) DO UPDATE SET title = excluded.title, body = excluded.body`.execute(db);
  await sql`INSERT INTO procedure_title_words (rowid, title) VALUES (${id}, ${text.titleWords})
    ON CONFLICT (rowid) DO UPDATE SET title = excluded.title`.execute(db);
  await sql`INSERT INTO procedure_title_grams (rowid, title) VALUES (${id}, ${text.titleGrams})
    ON CONFLICT (rowid) DO UPDATE SET title = excluded.title`.execute(db);
}
