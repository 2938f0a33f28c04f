/** The SQLite side of the register dialect (see ./index.ts). */
import { sql, type Expression } from 'kysely';
import type { RegisterDialect } from './index';

/** FTS5 string literal (query terms are [a-z0-9] already; quoting keeps FTS syntax out). */
const ftsLiteral = (s: string) => `"${s.replace(/"/g, '""')}"`;

export const sqliteDialect: RegisterDialect = {
  name: 'sqlite',
  // danish_sort_key is registered on every connection (db/open.ts).
  sortKey: (value: Expression<string | null>) => sql<string>`danish_sort_key(${value})`,
  joinedValues: (subquery, column, separator) =>
    sql<string | null>`(SELECT group_concat(${sql.ref(column)}, ${sql.lit(separator)}) FROM (${subquery}))`,
  tableIndexedBy: (table, index) => sql`${sql.table(table)} INDEXED BY ${sql.id(index)}`,

  // Migration 005's FTS5 tables, rowid = procedure id: procedure_words and procedure_title_words
  // (unicode61: words, prefix queries), procedure_grams and procedure_title_grams (trigram: substrings).
  async procedureTermHits(db, term) {
    const words = term.prefixes.map((p) => `${ftsLiteral(p)}*`).join(' OR ');
    const inside = term.inside === null ? null : ftsLiteral(term.inside);
    // One statement per term; substring-only hits need no bm25: common trigrams match most of the library.
    const { rows } = await sql<{ kind: 'w' | 'g' | 't'; id: number; rank: number | null }>`
      SELECT 'w' AS kind, rowid AS id, bm25(procedure_words, 5.0, 1.0) AS rank FROM procedure_words WHERE procedure_words MATCH ${words}
      UNION ALL SELECT 't', rowid, NULL FROM procedure_title_words WHERE procedure_title_words MATCH ${words}
      ${inside === null ? sql`` : sql`UNION ALL SELECT 'g', rowid, NULL FROM procedure_grams WHERE procedure_grams MATCH ${inside}
      UNION ALL SELECT 't', rowid, NULL FROM procedure_title_grams WHERE procedure_title_grams MATCH ${inside}`}`.execute(db);
    const hits = { words: [] as { id: number; relevance: number }[], inside: [] as number[], inTitle: [] as number[] };
    for (const r of rows) {
      if (r.kind === 'w') hits.words.push({ id: r.id, relevance: -(r.rank as number) });
      else if (r.kind === 'g') hits.inside.push(r.id);
      else hits.inTitle.push(r.id);
    }
    return hits;
  },

  async indexProcedure(db, id, text) {
    for (const table of ['procedure_words', 'procedure_grams', 'procedure_title_words', 'procedure_title_grams']) {
      await sql`DELETE FROM ${sql.table(table)} WHERE rowid = ${id}`.execute(db);
    }
    await sql`INSERT INTO procedure_words (rowid, title, body) VALUES (${id}, ${text.titleWords}, ${text.bodyWords})`.execute(db);
    await sql`INSERT INTO procedure_grams (rowid, title, body) VALUES (${id}, ${text.titleGrams}, ${text.bodyGrams})`.execute(db);
    await sql`INSERT INTO procedure_title_words (rowid, title) VALUES (${id}, ${text.titleWords})`.execute(db);
    await sql`INSERT INTO procedure_title_grams (rowid, title) VALUES (${id}, ${text.titleGrams})`.execute(db);
  },
};
