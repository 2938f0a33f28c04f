/**
 * When a search finds nothing: other searches that do. A query word that matches no
 * procedure is replaced by the nearest word of the library's titles and tags (edit
 * distance on the canonical form, so "afslg" → "afslag", "hjaelpemidel" → "hjælpemidler");
 * a query whose words each match but never together is offered word by word. Every
 * suggestion is searched before it is offered, so none of them ends empty too.
 */
import { distance } from 'fastest-levenshtein';
import { sql } from 'kysely';
import type { Db } from '../../db/transaction';
import { searchProcedures, termMatches } from './search';
import { canonical, queryTerms, wordsOf } from './text';

const MAX_SUGGESTIONS = 3;
const MIN_WORD = 3;

interface Vocabulary {
  /** Canonical form → the word as shown (lower case) and how often it occurs. */
  words: Map<string, { shown: string; count: number }>;
}

// One vocabulary per register, rebuilt when a procedure is added or saved.
const cache = new WeakMap<Db, { key: string; vocabulary: Vocabulary }>();

async function vocabulary(db: Db): Promise<Vocabulary> {
  const stamp = await db
    .selectFrom('procedures')
    .select([sql<number>`count(*)`.as('n'), sql<string | null>`max(updated_at)`.as('at')])
    .where('status', '!=', 'arkiveret')
    .executeTakeFirstOrThrow();
  const key = `${stamp.n}|${stamp.at ?? ''}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.vocabulary;
  const rows = await db.selectFrom('procedures').select(['title', 'tags']).where('status', '!=', 'arkiveret').execute();
  const words = new Map<string, { shown: string; count: number }>();
  for (const r of rows) {
    const text = `${r.title} ${(JSON.parse(r.tags) as string[]).join(' ')}`;
    for (const { word } of wordsOf(text)) {
      if (word.length < MIN_WORD || /\d/.test(word)) continue;
      const c = canonical(word);
      const known = words.get(c);
      if (known) known.count++;
      else words.set(c, { shown: word.toLocaleLowerCase('da'), count: 1 });
    }
  }
  const vocab = { words };
  cache.set(db, { key, vocabulary: vocab });
  return vocab;
}

/** How far a word may be from the typed one: one letter in a short word, more in a long one. */
const allowedDistance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/** The library's words nearest to `typed`, nearest and most common first. */
function nearWords(vocab: Vocabulary, typed: string): string[] {
  const c = canonical(typed);
  const limit = allowedDistance(c.length);
  const found: { shown: string; d: number; count: number }[] = [];
  for (const [word, { shown, count }] of vocab.words) {
    if (Math.abs(word.length - c.length) > limit || word === c) continue;
    const d = distance(word, c);
    if (d <= limit) found.push({ shown, d, count });
  }
  found.sort((a, b) => a.d - b.d || b.count - a.count || a.shown.localeCompare(b.shown, 'da'));
  return found.map((f) => f.shown);
}

export async function searchSuggestions(db: Db, query: string, options: { includeArchived: boolean; today: string }): Promise<string[]> {
  const words = wordsOf(query).map((w) => w.word);
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const finds = async (q: string) => (await searchProcedures(db, q, { ...options, limit: 1 })).length > 0;
  const unmatched = new Set<string>();
  for (const t of terms) if (!(await termMatches(db, t))) unmatched.add(t.folded);
  const suggestions: string[] = [];
  const offer = async (q: string) => {
    if (suggestions.length < MAX_SUGGESTIONS && !suggestions.includes(q) && (await finds(q))) suggestions.push(q);
  };

  if (unmatched.size) {
    const vocab = await vocabulary(db);
    // The nearest spellings of each word that finds nothing; the other words as typed.
    const alternatives = words.map((w) => {
      const folded = queryTerms(w)[0]?.folded;
      return folded !== undefined && unmatched.has(folded) ? nearWords(vocab, w).slice(0, MAX_SUGGESTIONS) : [w];
    });
    if (alternatives.some((a) => a.length === 0)) return suggestions;
    for (let i = 0; i < MAX_SUGGESTIONS * 2 && suggestions.length < MAX_SUGGESTIONS; i++) {
      if (!alternatives.some((a) => a.length > i)) break;
      await offer(alternatives.map((a) => a[Math.min(i, a.length - 1)]).join(' '));
    }
    return suggestions;
  }
  // Each word finds something, only not all of them together: one word at a time.
  if (words.length > 1) for (const w of words) await offer(w);
  return suggestions;
}
