import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ActivityNameInput } from '../../../shared/features/activity-names';
import { failure } from '../../helpers/fixtures';
import { namesRegister } from './helpers';
import { danishMoment } from '../../clock';

let t: Awaited<ReturnType<typeof namesRegister>>;
beforeAll(async () => {
  t = await namesRegister();
});
afterAll(async () => t?.reg.cleanup());

const entry: ActivityNameInput = { name: 'Tolk bestilt', phase: 'sagsoplysning', area: 'begge', content: 'Sprog, dato og bureau.', synonyms: ['tolk'] };

describe('super users keep the list; every change is a version', () => {
  test('the default list ships 40–60 names with one "Andet", each saying what belongs under it', async () => {
    const rows = (await t.b.call('activityNames.list', {})).rows;
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(rows.filter((r) => r.isOther).map((r) => r.name)).toEqual(['Andet']);
    expect(rows.every((r) => r.content.length > 10 && r.active && r.version === 1)).toBe(true);
  });

  test('a caseworker cannot change the list, and nothing is written', async () => {
    const before = t.state();
    expect((await failure(t.b.call('activityNames.create', entry))).code).toBe('FORBIDDEN');
    expect((await failure(t.b.call('activityNames.setActive', { id: t.nameId('Journalnotat'), active: false }))).code).toBe('FORBIDDEN');
    expect(t.state()).toBe(before);
  });

  test('create, edit and retire: who, when and which fields changed from what to what', async () => {
    const created = await t.asSuperUser(() => t.b.call('activityNames.create', entry));
    t.reg.clock.set('2026-03-11T09:00:00');
    const edited = await t.asSuperUser(() => t.b.call('activityNames.update', { ...entry, id: created.id, name: 'Tolk bestilt til møde', example: 'Arabisk tolk.' }));
    expect(edited).toMatchObject({ name: 'Tolk bestilt til møde', version: 2 });
    await t.asSuperUser(() => t.b.call('activityNames.setActive', { id: created.id, active: false }));
    const history = await t.b.call('activityNames.versions', { activityNameId: created.id });
    expect(history.total).toBe(3);
    expect(history.rows.map((v) => [v.version, v.action, v.changedBy])).toEqual([
      [3, 'udgået', 'SU – Signe Uhre'],
      [2, 'ændret', 'SU – Signe Uhre'],
      [1, 'oprettet', 'SU – Signe Uhre'],
    ]);
    expect(history.rows[1].changes).toEqual([
      { field: 'name', from: 'Tolk bestilt', to: 'Tolk bestilt til møde' },
      { field: 'example', from: '', to: 'Arabisk tolk.' },
    ]);
    expect(history.rows[1].changedAt).toBe(danishMoment('2026-03-11T09:00:00').toISOString());
  });

  test('saving without changes writes no version; a name already on the list is refused', async () => {
    const id = t.nameId('Journalnotat');
    const current = (await t.b.call('activityNames.list', {})).rows.find((r) => r.id === id)!;
    const before = t.state();
    const { id: _id, active: _a, version: _v, updatedAt: _u, ...fields } = current;
    await t.asSuperUser(() => t.b.call('activityNames.update', { id, ...fields }));
    expect(t.state()).toBe(before);
    const err = await failure(t.asSuperUser(() => t.b.call('activityNames.update', { id, ...fields, name: 'TELEFONSAMTALE' })));
    expect([err.code, err.fields?.name]).toEqual(['CONFLICT', 'Navnet findes allerede.']);
    expect(t.state()).toBe(before);
  });

  test('there can be only one "Andet"', async () => {
    const err = await failure(t.asSuperUser(() => t.b.call('activityNames.create', { ...entry, name: 'Øvrigt', isOther: true })));
    expect(err.code).toBe('CONFLICT');
  });
});
