/** Search behaves the way Danish caseworkers write, over a fixture library (plus the shipped defaults). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testRegister, type TestRegister } from '../../helpers/register';
import { addFixtures, contentOf } from './library';

let reg: TestRegister;
let ids: Map<string, number>;
beforeAll(async () => {
  reg = await testRegister({ role: 'superbruger' }); // the library is the super user's
  ids = await addFixtures(reg.backend);
});
afterAll(async () => reg.cleanup());

const titles = async (query: string) => (await reg.backend.call('procedures.search', { query })).rows.map((r) => r.title);

describe('procedure search', () => {
  test('a prefix finds the whole word: "afsl" finds "afslag"', async () => {
    expect(await titles('afsl')).toContain('Kommunikation ved afslag');
  });

  test('a word inside a compound: "brev" finds "afslagsbrev", "skift" finds "sagsbehandlerskift"', async () => {
    expect(await titles('brev')).toContain('Skabelon til afslagsbrev');
    expect(await titles('skift')).toContain('Ved sagsbehandlerskift');
  });

  test('inflections: "afslagene" finds "afslag", and "afslag" finds "afslagene"', async () => {
    expect(await titles('afslagene')).toContain('Kommunikation ved afslag');
    expect(await titles('afslag')).toContain('Møde om afslagene');
  });

  test('case and accents do not matter', async () => {
    expect(await titles('CAFE')).toContain('Café for unge');
    expect(await titles('café')).toContain('Café for unge');
    expect(await titles('journalføring')).toEqual(await titles('JOURNALFØRING'));
  });

  test('aa/å, ae/æ and oe/ø written either way', async () => {
    expect(await titles('gennemgaa')).toContain('Gennemgå handleplanen');
    expect(await titles('aegtefaelle')).toContain('Ægtefælle som hjælper');
    expect(await titles('oekonomisk')).toContain('Økonomisk støtte til bil');
    expect(await titles('øjne')).toEqual(await titles('oejne'));
  });

  test('every query word must match, and an unknown word finds nothing', async () => {
    expect(await titles('afslag bil')).toEqual([]);
    expect(await titles('xylofon')).toEqual([]);
    expect(await titles('')).toEqual([]);
  });

  test('title matches rank above body matches', async () => {
    const found = await titles('afslag');
    const inTitle = found.indexOf('Kommunikation ved afslag');
    const inBody = found.indexOf('Journalføring');
    expect(inTitle).toBeGreaterThanOrEqual(0);
    expect(inBody).toBeGreaterThan(inTitle);
    // Every title hit comes before every body-only hit.
    const titleHits = found.filter((t) => /afslag/i.test(t));
    expect(found.slice(0, titleHits.length)).toEqual(titleHits);
  });

  test('matched words are highlighted in the title and the snippet', async () => {
    const { rows } = await reg.backend.call('procedures.search', { query: 'brev' });
    const hit = rows.find((r) => r.id === ids.get('Skabelon til afslagsbrev'))!;
    expect(hit.titleHighlights.map(([a, b]) => hit.title.slice(a, b))).toEqual(['afslagsbrev']);
    expect(hit.snippetHighlights.map(([a, b]) => hit.snippet.slice(a, b))).toContain('brev');
  });

  test('archived procedures are left out unless asked for', async () => {
    const id = ids.get('Café for unge')!;
    const current = await reg.backend.call('procedures.get', { id });
    await reg.backend.call('procedures.update', { ...contentOf(current), id, baseVersion: current.version, changeNote: 'Arkiveret', status: 'arkiveret' });
    expect(await titles('café')).not.toContain('Café for unge');
    const all = await reg.backend.call('procedures.search', { query: 'café', includeArchived: true });
    expect(all.rows.map((r) => r.title)).toContain('Café for unge');
  });
});
