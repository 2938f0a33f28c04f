/**
 * Text matching for the naming list: the key that makes names unique, the folding
 * used by the type-ahead, and the fuzzy suggestion for non-standard names.
 */
import { distance } from 'fastest-levenshtein';
import { foldSearchText } from '../../../../shared/domain/name-search';

/** Uniqueness key: case and spacing do not make two names different. */
export const nameKey = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/**
 * Folding for search: lower case, accents off (é→e) but æ/ø/å kept, and the old
 * spellings aa/ae/oe read as å/æ/ø, so "aendret" finds "ændret". Punctuation becomes space.
 */
export function fold(s: string): string {
  const spelled = nameKey(s).replace(/aa/g, 'å').replace(/ae/g, 'æ').replace(/oe/g, 'ø');
  return foldSearchText(spelled)
    .replace(/[^\p{L}\p{N}½§]+/gu, ' ')
    .trim();
}

export interface Matchable {
  id: number;
  name: string;
  synonyms: string[];
  isOther: boolean;
}

/** Where a query hits an entry: 0 name prefix, 1 word prefix in the name, 2 inside the name, 3–5 the same in a synonym; null no hit. */
export function searchRank(entry: Matchable, query: string): { rank: number; synonym: string | null } | null {
  const q = fold(query);
  if (q === '') return { rank: 0, synonym: null };
  const rankIn = (text: string): number | null => {
    const t = fold(text);
    if (t.startsWith(q)) return 0;
    if (t.includes(` ${q}`)) return 1;
    if (t.includes(q)) return 2;
    // Every word of the query somewhere in the text ("modt ans" finds "Ansøgning modtaget").
    const words = q.split(' ');
    return words.length > 1 && words.every((w) => t.includes(w)) ? 2 : null;
  };
  const own = rankIn(entry.name);
  if (own !== null) return { rank: own, synonym: null };
  let best: { rank: number; synonym: string | null } | null = null;
  for (const s of entry.synonyms) {
    const r = rankIn(s);
    if (r !== null && (best === null || r + 3 < best.rank)) best = { rank: r + 3, synonym: s };
  }
  return best;
}

/**
 * The standard name a non-standard one most likely meant: the smallest edit
 * distance (relative to length) to a name or a synonym, or containment of a whole
 * name. "Andet" is never suggested. Null when nothing is close enough to be useful.
 * The list is folded once here, not once per name: folding is the costly part of a
 * data-quality page (50 names × every name and synonym on the list).
 */
export function suggester<T extends Matchable>(entries: readonly T[]): (text: string) => { entry: T; matchedOn: string } | null {
  const candidates = entries
    .filter((entry) => !entry.isOther)
    .flatMap((entry) => [entry.name, ...entry.synonyms].map((matchedOn) => ({ entry, matchedOn, folded: fold(matchedOn) })))
    .filter((c) => c.folded !== '');
  return (text) => {
    const t = fold(text);
    if (t === '') return null;
    // Short words are close to many others ("andet" vs "anke"): they must be nearly exact.
    const limit = t.length < 8 ? 0.25 : 0.45;
    let best: { entry: T; matchedOn: string; score: number } | null = null;
    for (const { entry, matchedOn, folded: c } of candidates) {
      const longest = Math.max(t.length, c.length);
      // Old wording often adds to a name ("Telefonsamtale med mor"): a whole candidate inside counts as close.
      let score = c.length >= 5 && (t.startsWith(c) || t.includes(` ${c}`)) ? 0.2 + 0.1 * (1 - c.length / t.length) : Infinity;
      // The edit distance is at least the difference in length: skip it when that alone cannot win.
      const lowerBound = Math.abs(t.length - c.length) / longest;
      if (lowerBound <= limit && lowerBound < score && (best === null || lowerBound < best.score)) {
        score = Math.min(score, distance(t, c) / longest);
      }
      if (best === null || score < best.score) best = { entry, matchedOn, score };
    }
    return best && best.score <= limit ? { entry: best.entry, matchedOn: best.matchedOn } : null;
  };
}

/** One suggestion (tests, single names); pages use `suggester` to fold the list once. */
export function suggest<T extends Matchable>(text: string, entries: readonly T[]): { entry: T; matchedOn: string } | null {
  return suggester(entries)(text);
}
