/**
 * Full-text search over the library. Each query word must match a procedure either
 * as a word or word prefix (stemmed, in procedure_words) or, from 3 letters, as a
 * substring inside a compound (procedure_grams: 'brev' in 'afslagsbrev'). Ranking:
 * a word found in the title outranks any body match; within that, bm25 of the word
 * index, and substring-only matches last. Highlights and snippets are computed with the same matching rules.
 */
import type Database from 'better-sqlite3';
import type { ProcedureContent, SearchHit } from '../../../../shared/features/procedures';
import { queryTerms, snippetOf, highlightRanges, type QueryTerm } from './text';
import { searchBody } from './store';

const TITLE_BONUS = 1000;
const GRAM_SCORE = 0.1;

/** FTS5 string literal (terms are [a-z0-9] already; quoting keeps FTS syntax out). */
const lit = (s: string) => `"${s.replace(/"/g, '""')}"`;

function statementsFor(raw: Database.Database) {
  return {
    words: raw.prepare('SELECT rowid AS id, bm25(procedure_words, 5.0, 1.0) AS rank FROM procedure_words WHERE procedure_words MATCH ?'),
    grams: raw.prepare('SELECT rowid AS id FROM procedure_grams WHERE procedure_grams MATCH ?'),
    titleWords: raw.prepare('SELECT rowid AS id FROM procedure_title_words WHERE procedure_title_words MATCH ?'),
    titleGrams: raw.prepare('SELECT rowid AS id FROM procedure_title_grams WHERE procedure_title_grams MATCH ?'),
    load: raw.prepare(
      `SELECT p.id, p.status, p.review_due, v.content FROM procedures p
       JOIN procedure_versions v ON v.procedure_id = p.id AND v.version = p.current_version WHERE p.id = ?`,
    ),
  };
}
const cache = new WeakMap<Database.Database, ReturnType<typeof statementsFor>>();

function statementsOf(raw: Database.Database) {
  let s = cache.get(raw);
  if (!s) cache.set(raw, (s = statementsFor(raw)));
  return s;
}

/** Score per matching procedure for one term; absent = no match. */
function termScores(raw: Database.Database, term: QueryTerm): Map<number, number> {
  const s = statementsOf(raw);
  const wordQuery = term.stemmed === term.folded ? `${lit(term.folded)}*` : `${lit(term.stemmed)}* OR ${lit(term.folded)}*`;
  const scores = new Map<number, number>();
  for (const r of s.words.all(wordQuery) as { id: number; rank: number }[]) scores.set(r.id, -r.rank);
  const useGrams = term.folded.length >= 3;
  if (useGrams) {
    // Substring-only hits (inside a compound) get a small fixed score: bm25 over the
    // trigram index costs more than it tells, as common trigrams match most of the library.
    for (const r of s.grams.all(lit(term.folded)) as { id: number }[]) if (!scores.has(r.id)) scores.set(r.id, GRAM_SCORE);
  }
  const inTitle = new Set((s.titleWords.all(wordQuery) as { id: number }[]).map((r) => r.id));
  if (useGrams) for (const r of s.titleGrams.all(lit(term.folded)) as { id: number }[]) inTitle.add(r.id);
  for (const id of inTitle) scores.set(id, (scores.get(id) ?? 0) + TITLE_BONUS);
  return scores;
}

/** Whether the word finds any procedure on its own (the suggestions look for the ones that do not). */
export const termMatches = (raw: Database.Database, term: QueryTerm): boolean => termScores(raw, term).size > 0;

export function searchProcedures(
  raw: Database.Database,
  query: string,
  options: { includeArchived: boolean; limit: number; today: string },
): SearchHit[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  // Rarest-first would be faster still; with a few terms, intersecting maps is cheap.
  let total: Map<number, number> | null = null;
  for (const term of terms) {
    const scores = termScores(raw, term);
    if (total === null) total = scores;
    else {
      const next = new Map<number, number>();
      for (const [id, score] of total) {
        const other = scores.get(id);
        if (other !== undefined) next.set(id, score + other);
      }
      total = next;
    }
    if (!total.size) return [];
  }
  const ranked = [...(total ?? new Map<number, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);

  const { load } = statementsOf(raw);
  const hits: SearchHit[] = [];
  for (const [id, score] of ranked) {
    if (hits.length >= options.limit) break;
    const row = load.get(id) as { id: number; status: SearchHit['status']; review_due: string; content: string } | undefined;
    if (!row || (row.status === 'arkiveret' && !options.includeArchived)) continue;
    const content = JSON.parse(row.content) as ProcedureContent;
    const { snippet, highlights } = snippetOf(searchBody(content), terms);
    hits.push({
      id,
      title: content.title,
      score: Math.round(score * 1000) / 1000,
      snippet,
      titleHighlights: highlightRanges(content.title, terms),
      snippetHighlights: highlights,
      status: row.status,
      outOfDate: row.review_due < options.today,
    });
  }
  return hits;
}
