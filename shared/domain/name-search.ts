/**
 * Words of citizens' names as the search index holds them, and a query's words as
 * they are looked up. Case and accents are folded (é→e, ü→u) but æ, ø and å are
 * letters of their own; names split on anything that is not a letter or a digit
 * ("Aagaard-Nielsen" is two words). A word spelled with "aa" is also held with "å",
 * so "Åg" finds Aagaard while "Aag" and "Ma" (for Maagaard) still find it as written.
 */
const PARKED: Record<string, string> = { æ: '\ue001', ø: '\ue002', å: '\ue003' };
const RESTORED: Record<string, string> = { '\ue001': 'æ', '\ue002': 'ø', '\ue003': 'å' };

export function foldSearchText(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('da')
      // Park æ/ø/å while accents are stripped (NFKD would split å into a + ring).
      .replace(/[æøå]/g, (c) => PARKED[c])
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\ue001-\ue003]/g, (c) => RESTORED[c])
  );
}

const words = (text: string): string[] => foldSearchText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const withAa = (word: string): string[] => (word.includes('aa') ? [word, word.replace(/aa/g, 'å')] : [word]);

/** What the index holds for a name: each word, and its å spelling where it has "aa". */
export function nameSearchWords(name: string): string[] {
  return [...new Set(words(name).flatMap(withAa))];
}

/** At most this many words of a query count; more only narrows what is already few. */
export const MAX_QUERY_WORDS = 8;

/** A query's words, each with the spellings to look up as word prefixes ("mette aag" → [["mette"], ["aag", "åg"]]). */
export function nameQueryWords(query: string): string[][] {
  return [...new Set(words(query))].slice(0, MAX_QUERY_WORDS).map(withAa);
}
