import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure } from '../../helpers/fixtures';
import { namesRegister } from './helpers';

let t: Awaited<ReturnType<typeof namesRegister>>;
beforeAll(async () => {
  t = await namesRegister();
});
afterAll(async () => t?.reg.cleanup());

describe('activities take their name from the list', () => {
  test('a name from the list is stored as written on the list and counts as standard', async () => {
    const a = await t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'telefonsamtale' });
    expect(a).toMatchObject({ name: 'Telefonsamtale', standard: true, activityNameId: t.nameId('Telefonsamtale') });
  });

  test('free text is refused on the name field and nothing is written', async () => {
    const before = t.state();
    const err = await failure(t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'Snak med mor' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.name).toBe('Navnet findes ikke på listen. Vælg et navn på listen.');
    expect(t.state()).toBe(before);
  });

  test('"Andet" needs a description, which becomes the journal\'s name and counts as non-standard', async () => {
    const before = t.state();
    const err = await failure(t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'Andet' }));
    expect(err.fields?.description).toBe('Skriv en kort beskrivelse af aktiviteten.');
    expect(t.state()).toBe(before);
    const a = await t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'Andet', description: 'Tolk bestilt' });
    expect(a).toMatchObject({ name: 'Tolk bestilt', standard: false, activityNameId: t.nameId('Andet') });
    const page = await t.b.call('activityNames.nonStandard', {});
    expect(page.rows).toContainEqual(expect.objectContaining({ name: 'Tolk bestilt', count: 1, viaOther: 1 }));
  });

  test('a name for children only is refused on an adult case', async () => {
    const err = await failure(t.b.call('activities.create', { caseId: t.adultCase, date: '2026-03-01', name: 'Samtale med barnet' }));
    expect(err.fields?.name).toBe('Bruges kun på sager om børn.');
  });

  test('a retired name is refused for new activities but stays valid and standard on old ones', async () => {
    const old = await t.b.call('activities.create', { caseId: t.childCase, date: '2026-02-20', name: 'Kvittering sendt' });
    const id = t.nameId('Kvittering sendt');
    await t.asSuperUser(() => t.b.call('activityNames.setActive', { id, active: false }));
    const err = await failure(t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'Kvittering sendt' }));
    expect(err.fields?.name).toBe('Navnet er udgået. Vælg et andet.');
    const journal = await t.b.call('activities.list', { caseId: t.childCase });
    expect(journal.rows.find((r) => r.id === old.id)).toMatchObject({ name: 'Kvittering sendt', standard: true, activityNameId: id });
    // Retired names are not offered by the type-ahead, but the list still shows them.
    expect((await t.b.call('activityNames.search', { query: 'kvitt' })).rows.map((r) => r.name)).not.toContain('Kvittering sendt');
    expect((await t.b.call('activityNames.list', {})).rows.find((r) => r.id === id)?.active).toBe(false);
  });
});

describe('the type-ahead', () => {
  test('finds a name by part of a synonym, filtered by the case area', async () => {
    const hits = (await t.b.call('activityNames.search', { query: 'voksenudr', area: 'voksen' })).rows;
    expect(hits[0]).toMatchObject({ name: 'Udredning af funktionsevne', matchedSynonym: 'voksenudredning' });
    expect((await t.b.call('activityNames.search', { query: 'voksenudr', area: 'børn' })).rows).toEqual([]);
  });

  test('with no query, the whole active list in phase order', async () => {
    const rows = (await t.b.call('activityNames.search', { query: '', area: 'børn', limit: 100 })).rows;
    expect(rows[0].phase).toBe('sagsåbning');
    expect(rows.at(-1)?.name).toBe('Andet');
    expect(rows.every((r) => r.area !== 'voksen' && r.active)).toBe(true);
  });
});
