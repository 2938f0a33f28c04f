import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure } from '../../helpers/fixtures';
import { namesRegister } from './helpers';

let t: Awaited<ReturnType<typeof namesRegister>>;
beforeAll(async () => {
  t = await namesRegister();
});
afterAll(async () => t?.reg.cleanup());

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const importAs = (format: 'csv' | 'json', bytes: Buffer | string) =>
  t.asSuperUser(() => t.b.call('activityNames.import', { format, base64: b64(bytes) }));
const HEAD = 'navn;fase;område;hvad hører til;journalisering;eksempel;synonymer;sortering;andet;aktiv';

describe('export and import', () => {
  test('CSV is exported as Danish Excel reads it and imports back unchanged', async () => {
    const out = await t.b.call('activityNames.export', { format: 'csv' });
    expect(out.fileName).toBe('aktivitetsnavne-2026-03-10.csv');
    expect(out.text.startsWith(`\uFEFF${HEAD}\r\n`)).toBe(true);
    const before = t.state();
    expect(await importAs('csv', out.text)).toEqual({ created: 0, updated: 0, unchanged: 54 });
    expect(t.state()).toBe(before);
  });

  test('a Windows-1252 file with æøå from Excel is read correctly', async () => {
    const csv = `${HEAD}\r\nFølgebrev til værge sendt;afgørelse;begge;Hvad der er sendt til værgen og hvornår.;;;værge, følgebrev;900;nej;ja\r\n`;
    const bytes = iconv.encode(csv, 'win1252');
    expect(bytes.includes(Buffer.from('ø', 'utf8'))).toBe(false); // really not UTF-8
    expect(await importAs('csv', bytes)).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const hit = (await t.b.call('activityNames.search', { query: 'følgeb' })).rows[0];
    expect(hit).toMatchObject({ name: 'Følgebrev til værge sendt', phase: 'afgørelse', synonyms: ['værge', 'følgebrev'] });
    const [v] = (await t.b.call('activityNames.versions', { activityNameId: hit.id })).rows;
    expect([v.action, v.changedBy]).toEqual(['importeret', 'SU – Signe Uhre']);
  });

  test('duplicate names, a missing required field or an unknown phase: nothing changes and the error names row and column', async () => {
    const before = t.state();
    const bad = [
      `${HEAD}\r\nNyt navn;opfølgning;begge;Indhold;;;;;;\r\nNYT NAVN;opfølgning;begge;Indhold;;;;;;\r\n`,
      `${HEAD}\r\nNyt navn;opfølgning;begge;;;;;;;\r\n`,
      `${HEAD}\r\nNyt navn;opfølgning;begge;Indhold;;;;;;\r\nEt andet;sagsbehandling;begge;Indhold;;;;;;\r\n`,
    ];
    const messages = [];
    for (const csv of bad) messages.push((await failure(importAs('csv', `\uFEFF${csv}`))).message);
    expect(messages[0]).toContain('Række 3, kolonne "navn": navnet "NYT NAVN" står også i række 2.');
    expect(messages[1]).toContain('Række 2, kolonne "hvad hører til": skal udfyldes.');
    expect(messages[2]).toContain('Række 3, kolonne "fase": ukendt fase "sagsbehandling".');
    expect(messages.every((m) => m.startsWith('Filen er ikke indlæst, og listen er uændret.'))).toBe(true);
    expect(t.state()).toBe(before);
  });

  test('JSON round trip, and an update by JSON retires a name and changes its text, versioned', async () => {
    const out = await t.b.call('activityNames.export', { format: 'json' });
    const data = JSON.parse(out.text) as { names: { name: string; active: boolean; content: string }[] };
    const journal = data.names.find((n) => n.name === 'Journalnotat')!;
    journal.active = false;
    journal.content = 'Kun når intet andet navn passer.';
    expect(await importAs('json', JSON.stringify(data))).toMatchObject({ created: 0, updated: 1 });
    const [v] = (await t.b.call('activityNames.versions', { activityNameId: t.nameId('Journalnotat') })).rows;
    expect(v.changes.map((c) => c.field)).toEqual(['content', 'active']);
  });

  test('JSON rows are named by number and field; a caseworker cannot import', async () => {
    const before = t.state();
    const err = await failure(importAs('json', JSON.stringify({ names: [{ name: 'X', phase: 'opfølgning', area: 'alle', content: 'Y' }] })));
    expect(err.message).toContain('Række 1, kolonne "area": ukendt område "alle".');
    const forbidden = await failure(t.b.call('activityNames.import', { format: 'json', base64: b64('{"names":[]}') }));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(t.state()).toBe(before);
  });
});
