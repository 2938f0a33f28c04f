/**
 * Full-text search over the library. Each query word must match a procedure either
 * as a word or word prefix (stemmed) or, from 3 letters, as a substring inside a
 * compound ('brev' in 'afslagsbrev'). Ranking: a word found in the title outranks any
 * body match; within that, bm25 of the word index, and substring-only matches last.
 * The indexes and their queries are the dialect's (db/dialect); the normalisation
 * (./text.ts) and the ranking here are the same on every engine. Highlights and
 * snippets are computed with the same matching rules.
 */
import type { ProcedureContent, SearchHit } from '../../../../shared/features/procedures';
import { dialectOf } from '../../db/dialect';
import type { Db } from '../../db/transaction';
import { queryTerms, snippetOf, highlightRanges, type QueryTerm } from './text';
import { searchBody } from './store';

const TITLE_BONUS = 1000;
const GRAM_SCORE = 0.1;
/** Ids per `in` list: well inside every engine's parameter limit. */
const CHUNK = 500;

/** Score per matching procedure for one term; absent = no match. */
async function termScores(db: Db, term: QueryTerm): Promise<Map<number, number>> {
  // A word or word prefix, stemmed or whole; from 3 letters also inside a compound.
  const prefixes = term.stemmed === term.folded ? [term.folded] : [term.stemmed, term.folded];
  const hits = await dialectOf(db).procedureTermHits(db, { prefixes, inside: term.folded.length >= 3 ? term.folded : null });
  const scores = new Map<number, number>();
  for (const r of hits.words) scores.set(r.id, r.relevance);
  // Substring-only hits (inside a compound) get a small fixed score: a relevance over the
  // substring index costs more than it tells, as common trigrams match most of the library.
  for (const id of hits.inside) if (!scores.has(id)) scores.set(id, GRAM_SCORE);
  for (const id of new Set(hits.inTitle)) scores.set(id, (scores.get(id) ?? 0) + TITLE_BONUS);
  return scores;
}

/** Whether the word finds any procedure on its own (the suggestions look for the ones that do not). */
export const termMatches = async (db: Db, term: QueryTerm): Promise<boolean> => (await termScores(db, term)).size > 0;

export async function searchProcedures(
  db: Db,
  query: string,
  options: { includeArchived: boolean; limit: number; today: string },
): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  // Rarest-first would be faster still; with a few terms, intersecting maps is cheap.
  let total: Map<number, number> | null = null;
  for (const term of terms) {
    const scores = await termScores(db, term);
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

  // The first `limit` in rank order that are shown (archived only when asked for), read a
  // slice of the ranking at a time: most searches need one query.
  const top: { id: number; score: number; status: SearchHit['status']; reviewDue: string; content: string }[] = [];
  const step = Math.min(CHUNK, Math.max(options.limit * 2, 10));
  for (let i = 0; i < ranked.length && top.length < options.limit; i += step) {
    const slice = ranked.slice(i, i + step);
    let q = db
      .selectFrom('procedures as p')
      .innerJoin('procedure_versions as v', (join) => join.onRef('v.procedure_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
      .select(['p.id', 'p.status', 'p.review_due', 'v.content'])
      .where('p.id', 'in', slice.map(([id]) => id));
    if (!options.includeArchived) q = q.where('p.status', '!=', 'arkiveret');
    const shown = new Map((await q.execute()).map((r) => [r.id, r]));
    for (const [id, score] of slice) {
      const row = shown.get(id);
      if (row && top.length < options.limit) top.push({ id, score, status: row.status as SearchHit['status'], reviewDue: row.review_due, content: row.content });
    }
  }
  const hits: SearchHit[] = [];
  for (const { id, score, status, reviewDue, content: json } of top) {
    const content = JSON.parse(json) as ProcedureContent;
    const { snippet, highlights } = snippetOf(searchBody(content), terms);
    hits.push({
      id,
      title: content.title,
      score: Math.round(score * 1000) / 1000,
      snippet,
      titleHighlights: highlightRanges(content.title, terms),
      snippetHighlights: highlights,
      status,
      outOfDate: reviewDue < options.today,
    });
  }
  return hits;
}
