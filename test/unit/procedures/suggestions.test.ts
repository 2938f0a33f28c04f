/** A search that finds nothing suggests one that does (issue 15): a near spelling, or the words one at a time. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testRegister, type TestRegister } from '../../helpers/register';

let reg: TestRegister;
beforeAll(async () => {
  reg = await testRegister();
});
afterAll(async () => reg.cleanup());

const search = (query: string) => reg.backend.call('procedures.search', { query });

describe('suggestions for a search without hits', () => {
  test('a misspelt word: the nearest word of the library, and the suggestion finds something', async () => {
    const result = await search('afslgs');
    expect(result.rows).toEqual([]);
    expect(result.suggestions[0]).toBe('afslag');
    for (const s of result.suggestions) expect((await search(s)).rows.length, s).toBeGreaterThan(0);
  });

  test('Danish letters written the other way, and the word kept as the library spells it', async () => {
    const result = await search('overlevring');
    expect(result.rows).toEqual([]);
    expect(result.suggestions).toContain('overlevering');
  });

  test('only the word that finds nothing is replaced', async () => {
    const result = await search('kommunikation afslgg');
    expect(result.rows).toEqual([]);
    expect(result.suggestions[0]).toBe('kommunikation afslag');
  });

  test('words that each find something but not together: one at a time', async () => {
    const result = await search('cafémøde journalen');
    expect(result.rows).toEqual([]);
    expect(result.suggestions).toEqual(['cafémøde', 'journalen']);
  });

  test('no suggestion when nothing is near, and none when there are hits', async () => {
    expect(await search('xqzvw')).toEqual({ rows: [], suggestions: [] });
    const hits = await search('afslag');
    expect(hits.rows.length).toBeGreaterThan(0);
    expect(hits.suggestions).toEqual([]);
  });
});
