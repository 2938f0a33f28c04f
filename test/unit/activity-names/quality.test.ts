import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, sql } from '../../helpers/fixtures';
import { namesRegister } from './helpers';

let t: Awaited<ReturnType<typeof namesRegister>>;
beforeAll(async () => {
  t = await namesRegister();
  t.legacy(t.childCase, 'Tlf. samtale', '2026-02-01', 3);
  t.legacy(t.childCase, 'Telefnsamtale', '2026-03-02', 2);
  t.legacy(t.childCase, 'Gammel ting', '2025-01-01', 1); // outside the 90 days
  await t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'Andet', description: 'Telefnsamtale' });
  await t.b.call('activities.create', { caseId: t.childCase, date: '2026-03-01', name: 'Hjemmebesøg' });
});
afterAll(async () => t?.reg.cleanup());

const anne = async () => (await t.b.call('activityNames.share', {})).caseworkers.find((c) => c.label.startsWith('ABC'))!;

describe('data quality: non-standard names, mapping with undo, share figures', () => {
  test('every non-standard name with its count and a suggested standard name, most used first', async () => {
    const page = await t.b.call('activityNames.nonStandard', {});
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.name, r.count, r.viaOther, r.suggestion?.name ?? null])).toEqual([
      ['Telefnsamtale', 3, 1, 'Telefonsamtale'],
      ['Tlf. samtale', 3, 0, 'Telefonsamtale'],
      ['Gammel ting', 1, 0, null],
    ]);
  });

  test('the share figure counts activities of the last 90 days, per caseworker and per team', async () => {
    const share = await t.b.call('activityNames.share', {});
    expect(share).toMatchObject({ from: '2025-12-11', to: '2026-03-10' });
    expect(await anne()).toMatchObject({ total: 7, standard: 1, percent: 14.3 });
    expect(share.teams).toEqual([expect.objectContaining({ label: 'Team Børn Nord', total: 7, standard: 1 })]);
  });

  test('a caseworker cannot map; nothing is written', async () => {
    const before = t.state();
    expect((await failure(t.b.call('activityNames.map', { fromName: 'Telefnsamtale', toId: t.nameId('Telefonsamtale') }))).code).toBe('FORBIDDEN');
    expect(t.state()).toBe(before);
  });

  test('mapping renames every such activity to the standard name, is recorded, and moves the share figure', async () => {
    const target = t.nameId('Telefonsamtale');
    const m = await t.asSuperUser(() => t.b.call('activityNames.map', { fromName: 'Telefnsamtale', toId: target }));
    expect(m).toMatchObject({ fromName: 'Telefnsamtale', toName: 'Telefonsamtale', count: 3, mappedBy: 'SU – Signe Uhre', undoneAt: null });
    expect(sql(t.reg, "SELECT count(*) AS n FROM activities WHERE name = 'Telefnsamtale'")).toEqual([{ n: 0 }]);
    expect(sql(t.reg, 'SELECT count(*) AS n FROM activities WHERE activity_name_id = ? AND standard = 1', target)).toEqual([{ n: 3 }]);
    expect((await t.b.call('activityNames.nonStandard', {})).rows.map((r) => r.name)).toEqual(['Tlf. samtale', 'Gammel ting']);
    expect(await anne()).toMatchObject({ total: 7, standard: 4 });
    expect((await t.b.call('activityNames.mappings', {})).rows).toEqual([m]);
  });

  test('mapping a name that is no longer there, or onto "Andet", is refused without writing', async () => {
    const before = t.state();
    expect((await failure(t.asSuperUser(() => t.b.call('activityNames.map', { fromName: 'Telefnsamtale', toId: t.nameId('Telefonsamtale') })))).code).toBe('NOT_FOUND');
    expect((await failure(t.asSuperUser(() => t.b.call('activityNames.map', { fromName: 'Gammel ting', toId: t.nameId('Andet') })))).fields?.toId).toBeDefined();
    expect(t.state()).toBe(before);
  });

  test('undo puts every activity back exactly as it was ("Andet" ones too) and keeps the mapping as history', async () => {
    const [m] = (await t.b.call('activityNames.mappings', {})).rows;
    const undone = await t.asSuperUser(() => t.b.call('activityNames.undoMapping', { id: m.id }));
    expect(undone.undoneBy).toBe('SU – Signe Uhre');
    expect(undone.undoneAt).not.toBeNull();
    expect(sql(t.reg, "SELECT activity_name_id, standard FROM activities WHERE name = 'Telefnsamtale' ORDER BY activity_name_id")).toEqual([
      { activity_name_id: null, standard: 0 },
      { activity_name_id: null, standard: 0 },
      { activity_name_id: t.nameId('Andet'), standard: 0 },
    ]);
    expect(await anne()).toMatchObject({ total: 7, standard: 1 });
    const before = t.state();
    expect((await failure(t.asSuperUser(() => t.b.call('activityNames.undoMapping', { id: m.id })))).code).toBe('CONFLICT');
    expect(t.state()).toBe(before);
    // The history cannot be rewritten behind the API either.
    expect(() => t.b.openRegister!.raw.prepare('DELETE FROM activity_name_mappings').run()).toThrow(/history/);
  });
});
