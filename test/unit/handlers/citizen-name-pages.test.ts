/**
 * Name search when one prefix covers many index words: the first page is taken per
 * word and merged (name-match.ts), or, past 40 words, all matches are sorted. Both
 * must give exactly the first page of a plain sort of every matching name.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compareDanish } from '../../../shared/domain/collation';
import { nameSearchWords } from '../../../shared/domain/name-search';
import { addCitizen, clockedRegister } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';

let reg: TestRegister;
const names: string[] = [];

beforeAll(async () => {
  reg = await clockedRegister('2026-03-10T12:00:00');
  const first = ['Anna', 'Bo', 'Kristian', 'Ida', 'Karl', 'Åse', 'Ærø'];
  const last = ['Kristensen', 'Kristiansen', 'Krista', 'Holm', 'Kristoffersen'];
  // 60 surnames under "ka" (more than the 40 words walked one by one).
  const many = [...'bdfghjklmnprstv'].flatMap((c) => [...'eiou'].map((v) => `Ka${c}${v}`));
  let n = 0;
  for (let i = 0; i < 35; i++) names.push(`${first[i % first.length]} ${last[(i * 3) % last.length]}`);
  names.push('Kristian Kristensen', 'Krista Kristiansen'); // one citizen matching two words
  for (const surname of many) names.push(`Bo ${surname}`);
  for (const name of names) await addCitizen(reg.backend, name, '1980-01-01', n++);
});
afterAll(async () => reg?.cleanup());

const search = async (query: string, limit: number) => (await reg.backend.call('citizens.search', { query, limit })).rows.map((r) => r.name);

/** The first page as a plain sort of every citizen a word of whose name starts with each query word. */
const expected = (query: string, limit: number) =>
  names
    .filter((name) => query.split(' ').every((q) => nameSearchWords(name).some((w) => w.startsWith(q))))
    .sort(compareDanish)
    .slice(0, limit);

test('a prefix over several words gives the first page of all its matches, each citizen once', async () => {
  for (const limit of [1, 3, 5, 20, 50]) {
    for (const q of ['krist', 'kris', 'k', 'kristian', 'krist bo', 'anna krist']) {
      expect([q, limit, await search(q, limit)]).toEqual([q, limit, expected(q, limit)]);
    }
  }
  const ids = (await reg.backend.call('citizens.search', { query: 'krist', limit: 50 })).rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a prefix over more than 40 words (sorted instead of walked) gives the same first page', async () => {
  for (const q of ['ka', 'k', 'bo ka']) {
    for (const limit of [1, 10, 50]) expect([q, limit, await search(q, limit)]).toEqual([q, limit, expected(q, limit)]);
  }
});
