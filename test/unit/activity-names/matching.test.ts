import { describe, expect, test } from 'vitest';
import { defaultNames } from '../../../main/backend/features/activity-names/defaults';
import { fold, searchRank, suggest } from '../../../main/backend/features/activity-names/matching';

const entries = defaultNames().map((n, i) => ({ ...n, id: i + 1 }));
const suggested = (text: string) => suggest(text, entries)?.entry.name ?? null;

describe('matching names and synonyms', () => {
  test('folding ignores case, accents and the old aa/ae/oe spellings, but keeps æ, ø and å apart from a, o', () => {
    expect(fold('  Møde   MED Familien ')).toBe('møde med familien');
    expect(fold('Émile')).toBe('emile');
    expect(fold('Hjemmebesoeg')).toBe(fold('Hjemmebesøg'));
    expect(fold('Partshøring')).not.toBe(fold('Partshoring'));
  });

  test('the type-ahead finds a name by part of a synonym and says which synonym matched', () => {
    const byName = (n: string) => entries.find((e) => e.name === n)!;
    expect(searchRank(byName('Udredning af funktionsevne'), 'voksenudr')).toEqual({ rank: 3, synonym: 'voksenudredning' });
    expect(searchRank(byName('Telefonsamtale'), 'tele')).toEqual({ rank: 0, synonym: null });
    expect(searchRank(byName('Telefonsamtale'), 'partshøring')).toBeNull();
    // Every word of the query, in any order.
    expect(searchRank(byName('Ansøgning modtaget'), 'modt ansøg')?.rank).toBe(2);
  });

  test('a misspelt or old-worded name gets the standard name it most likely meant', () => {
    expect(suggested('Telefnsamtale')).toBe('Telefonsamtale');
    expect(suggested('hjemmebesoeg')).toBe('Hjemmebesøg');
    expect(suggested('Partshøring')).toBe('Partshøring sendt');
    expect(suggested('Telefonsamtale med mor')).toBe('Telefonsamtale');
    expect(suggested('Samtykkeerklæring modtaget')).toBe('Samtykke indhentet');
    expect(suggested('Lægeerklæring')).toBe('Lægeoplysninger indhentet');
  });

  test('free text that names nothing gets no suggestion, and "Andet" is never suggested', () => {
    expect(suggested('Mor har sendt billeder af badeværelset')).toBeNull();
    expect(suggested('Andet')).toBeNull();
    expect(suggested('')).toBeNull();
  });
});
