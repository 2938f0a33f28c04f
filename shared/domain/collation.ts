/**
 * Danish sorting. In the UI we sort with Intl.Collator('da'); in SQL we sort by a
 * stored key built here, because better-sqlite3 cannot register collations.
 * The key puts æ, ø, å after z, treats "aa" as å (as in Danish names: Aagaard),
 * and folds the foreign letters Danish treats as equivalents (ä→æ, ö→ø, ü→y).
 */
export const danishCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export const compareDanish = (a: string, b: string): number => danishCollator.compare(a, b);

const LETTER_MAP: Record<string, string> = {
  æ: '{', ä: '{', ø: '|', ö: '|', å: '}', ü: 'y',
};

export function danishSortKey(text: string): string {
  const lower = text.normalize('NFC').toLocaleLowerCase('da').replace(/aa/g, 'å');
  let out = '';
  for (const ch of lower) {
    if (LETTER_MAP[ch]) {
      out += LETTER_MAP[ch];
      continue;
    }
    // Strip other accents (é→e) but keep the letter itself.
    out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return out;
}
