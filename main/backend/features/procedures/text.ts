/**
 * How procedure text is normalised for search, the same way for the index and the
 * query, so Danish written either way matches: case, accents (é→e), aa/å, ae/æ,
 * oe/ø, and inflections (Snowball's Danish stemmer: 'afslagene' → 'afslag').
 * FTS5 folds neither æøå nor aa/å, so the index holds ASCII text made here.
 */
import { createRequire } from 'node:module';
import type { Stemmer } from 'snowball-stemmers';

const require = createRequire(import.meta.url);
const stemmer: Stemmer = (require('snowball-stemmers') as typeof import('snowball-stemmers')).newStemmer('danish');

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case with the Danish letters in one spelling (å, æ, ø) and other accents removed. */
export function canonical(word: string): string {
  return word
    .toLocaleLowerCase('da')
    .replace(/aa/g, 'å')
    .replace(/ae/g, 'æ')
    .replace(/oe/g, 'ø')
    .normalize('NFD')
    .replace(/a\u030a/g, 'å') // å is a letter of its own in Danish, not an accented a
    .replace(/\p{M}/gu, '');
}

/** ASCII form of a canonical word: å→aa, æ→ae, ø→oe. Remembered: indexing a large library folds the same words again and again. */
const folds = new Map<string, string>();
export function fold(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    if (folds.size > 50_000) folds.clear();
    f = canonical(word).replace(/å/g, 'aa').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/[^a-z0-9]/g, '');
    folds.set(word, f);
  }
  return f;
}

// Snowball is the slow part of indexing and highlighting, and words repeat: remember them.
const stems = new Map<string, string>();
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    s = fold(stemmer.stem(canonical(word)));
    stems.set(word, s);
  }
  return s;
}

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Index text for word/prefix search: each word's stem and its whole folded form. */
export function wordIndexText(text: string): string {
  const parts: string[] = [];
  for (const { word } of wordsOf(text)) {
    const f = fold(word);
    const s = stem(word);
    parts.push(s === f ? f : `${s} ${f}`);
  }
  return parts.join(' ');
}

/** Index text for substring search (compounds): folded words. */
export function gramIndexText(text: string): string {
  return wordsOf(text)
    .map((w) => fold(w.word))
    .join(' ');
}

export interface QueryTerm {
  folded: string;
  stemmed: string;
}

export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const { word } of wordsOf(query)) {
    const folded = fold(word);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ folded, stemmed: stem(word) || folded });
  }
  return terms.slice(0, 8);
}

/** Does a word in the text match a query term (the same rules as the index)? */
export function wordMatches(word: string, term: QueryTerm): boolean {
  const f = fold(word);
  if (f.startsWith(term.folded) || stem(word).startsWith(term.stemmed) || f.startsWith(term.stemmed)) return true;
  return term.folded.length >= 3 && f.includes(term.folded);
}

export function highlightRanges(text: string, terms: QueryTerm[]): [number, number][] {
  return wordsOf(text)
    .filter((w) => terms.some((t) => wordMatches(w.word, t)))
    .map((w) => [w.start, w.end]);
}

/** About `width` characters of text around the first match, cut at word boundaries. */
export function snippetOf(text: string, terms: QueryTerm[], width = 180): { snippet: string; highlights: [number, number][] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = highlightRanges(flat, terms)[0];
  let start = 0;
  if (first && first[0] > width / 3) {
    start = flat.lastIndexOf(' ', first[0] - Math.floor(width / 3));
    start = start < 0 ? 0 : start + 1;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const cut = flat.lastIndexOf(' ', end);
    if (cut > start) end = cut;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const body = flat.slice(start, end);
  const snippet = prefix + body + suffix;
  return { snippet, highlights: highlightRanges(body, terms).map(([a, b]) => [a + prefix.length, b + prefix.length]) };
}
