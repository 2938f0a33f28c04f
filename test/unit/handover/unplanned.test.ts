import { afterEach, describe, expect, test } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import { failure, snapshot, sql } from '../../helpers/fixtures';
import { handoverTeam, type Team } from './setup';

let t: Team;
afterEach(async () => t?.reg.cleanup());

const caseworkerOf = async (id: number) => (await t.reg.backend.call('cases.get', { id })).caseworkerInitials;
const handoverRows = () => sql(t.reg, 'SELECT (SELECT count(*) FROM shifts) AS s, (SELECT count(*) FROM notification_tasks) AS n, (SELECT count(*) FROM temporary_covers) AS c');

describe('the case-stem overview', () => {
  test('lists every open case with follow-up, parties from the stamkort and the stamkort status; sorting works', async () => {
    t = await handoverTeam(3);
    const b = t.reg.backend;
    await b.call('stamkort.saveSection', {
      caseId: t.cases[1],
      section: 'parents',
      version: 0,
      data: { entries: [{ name: 'Lise Ørsted', custody: true, phone: '12345678' }, { name: 'Advokat Bo', partyRepresentative: true }] },
    });
    await b.call('activities.create', { caseId: t.cases[0], date: '2026-03-09', name: 'Henvendelse modtaget' });
    await t.as(t.tl);
    const o = await b.call('handover.overview', { userId: t.abc });
    expect(o.caseworker).toMatchObject({ initials: 'ABC', teamName: 'Team Børn Nord' });
    expect(o.rows.map((r) => r.caseId).sort()).toEqual([...t.cases].sort());
    const r1 = o.rows.find((r) => r.caseId === t.cases[1])!;
    expect(r1.parties).toEqual([
      { role: 'forældremyndighed', name: 'Lise Ørsted', phone: '12345678' },
      { role: 'partsrepræsentant', name: 'Advokat Bo', phone: '' },
    ]);
    expect(r1.stamkortCurrent).toBe(false); // never confirmed
    expect(o.rows.find((r) => r.caseId === t.cases[0])!.lastActivity).toEqual({ date: '2026-03-09', name: 'Henvendelse modtaget' });
    expect(o.rows.map((r) => r.nextFollowUp)).toEqual([...o.rows.map((r) => r.nextFollowUp)].sort());
    const byCitizen = await b.call('handover.overview', { userId: t.abc, sort: 'borger' });
    expect(byCitizen.rows.map((r) => r.citizenName)).toEqual(['Borger 01 Ørsted', 'Borger 02 Ørsted', 'Borger 03 Ørsted']);
  });

  test('a colleague who is not team leader cannot see another caseworker\'s stem', async () => {
    t = await handoverTeam(1);
    await t.as(t.kl);
    expect((await failure(t.reg.backend.call('handover.overview', { userId: t.abc }))).code).toBe('FORBIDDEN');
  });
});

describe('unplanned shift: redistribution', () => {
  test('cases go to several colleagues in one shift, with history and reason; tasks are created per case', async () => {
    t = await handoverTeam(3);
    const b = t.reg.backend;
    await b.call('stamkort.saveSection', { caseId: t.cases[0], section: 'parents', version: 0, data: { entries: [{ name: 'Lise Ørsted', custody: true, guardian: false, phone: '12345678' }] } });
    await t.as(t.tl);
    t.reg.clock.set('2026-03-12T10:00:00'); // a Thursday
    const r = await b.call('handover.redistribute', {
      fromUserId: t.abc,
      reason: 'Akut sygemelding',
      moves: [
        { caseId: t.cases[0], toUserId: t.kl },
        { caseId: t.cases[1], toUserId: t.mh },
        { caseId: t.cases[2], toUserId: t.kl },
      ],
    });
    expect(r).toMatchObject({ moved: 3, tasks: 4 });
    expect([await caseworkerOf(t.cases[0]), await caseworkerOf(t.cases[1]), await caseworkerOf(t.cases[2])]).toEqual(['KL', 'MH', 'KL']);
    const h = (await b.call('cases.assignments', { caseId: t.cases[1] })).rows;
    expect(h[0]).toMatchObject({ initials: 'MH', reason: 'Akut sygemelding', toAt: null, assignedByName: 'Tove Larsen' });
    const tasks = (await b.call('handover.tasks', { shiftId: r.shiftId })).rows;
    expect(tasks).toHaveLength(4);
    // Within 5 working days of Thursday 12 March: Thursday 19 March. The receiver is responsible by default.
    expect(new Set(tasks.map((x) => x.dueDate))).toEqual(new Set(['2026-03-19']));
    const parent = tasks.find((x) => x.recipientRole === 'forældremyndighed')!;
    expect(parent).toMatchObject({ recipientName: 'Lise Ørsted', channel: 'telefon', responsibleName: 'Karen Lund', newCaseworkerName: 'Karen Lund' });
    // Ticked off with date and channel; it leaves the outstanding list.
    const done = await b.call('handover.completeTask', { taskId: parent.id, doneOn: '2026-03-12', channel: 'telefon' });
    expect(done).toMatchObject({ doneOn: '2026-03-12', doneChannel: 'telefon' });
    expect((await b.call('handover.tasks', { shiftId: r.shiftId })).rows).toHaveLength(3);
    await t.as(t.kl);
    expect((await b.call('handover.tasks', {})).rows.map((x) => x.citizenName).sort()).toEqual(['Borger 01 Ørsted', 'Borger 03 Ørsted']);
    expect(checkRegister(t.reg.backend.openRegister!.raw).problems).toEqual([]);
  });

  test('the team setting makes the team leader responsible', async () => {
    t = await handoverTeam(1);
    await t.as(t.tl);
    await t.reg.backend.call('handover.saveSettings', { notifyBy: 'teamleder', notifyDays: 3 });
    const r = await t.reg.backend.call('handover.redistribute', { fromUserId: t.abc, reason: 'Sygdom', moves: [{ caseId: t.cases[0], toUserId: t.kl }] });
    const tasks = (await t.reg.backend.call('handover.tasks', { shiftId: r.shiftId })).rows;
    expect(tasks.map((x) => [x.responsibleName, x.dueDate])).toEqual([['Tove Larsen', '2026-03-13']]);
  });

  test('all or nothing: one case that is not in the stem, an inactive receiver or a non-leader writes nothing', async () => {
    t = await handoverTeam(3);
    const b = t.reg.backend;
    await t.as(t.tl);
    // Give one case to KL first: it is no longer in ABC's stem.
    await b.call('cases.reassign', { caseIds: [t.cases[2]], toUserId: t.kl, reason: 'Ferie' });
    const before = snapshot(t.reg);
    const base = handoverRows();
    const e1 = await failure(
      b.call('handover.redistribute', { fromUserId: t.abc, reason: 'Sygdom', moves: t.cases.map((caseId) => ({ caseId, toUserId: t.mh })) }),
    );
    expect(e1.code).toBe('VALIDATION');
    await b.call('users.update', { id: t.mh, name: 'Mads Holm', role: 'sagsbehandler', teamId: 1, active: false });
    const afterDeactivate = snapshot(t.reg);
    const e2 = await failure(b.call('handover.redistribute', { fromUserId: t.abc, reason: 'Sygdom', moves: [{ caseId: t.cases[0], toUserId: t.mh }] }));
    expect(e2.fields).toMatchObject({ moves: 'Vælg en aktiv sagsbehandler.' });
    expect(snapshot(t.reg)).toBe(afterDeactivate);
    await t.as(t.kl);
    expect((await failure(b.call('handover.redistribute', { fromUserId: t.abc, reason: 'Sygdom', moves: [{ caseId: t.cases[0], toUserId: t.kl }] }))).code).toBe('FORBIDDEN');
    expect(handoverRows()).toEqual(base);
    expect(before.length).toBeGreaterThan(0);
    expect(await caseworkerOf(t.cases[0])).toBe('ABC');
  });
});

describe('temporary cover', () => {
  test('the case returns automatically after the end date, with the history kept', async () => {
    t = await handoverTeam(2);
    const b = t.reg.backend;
    await t.as(t.tl);
    await b.call('handover.redistribute', {
      fromUserId: t.abc,
      reason: 'Kort sygdom',
      moves: [
        { caseId: t.cases[0], toUserId: t.kl, coverUntil: '2026-03-20' },
        { caseId: t.cases[1], toUserId: t.mh },
      ],
    });
    expect(await caseworkerOf(t.cases[0])).toBe('KL');
    t.reg.clock.set('2026-03-20T15:00:00'); // the last day of cover: still with KL
    expect(await t.due()).toEqual({ returned: 0, executed: 0 });
    expect(await caseworkerOf(t.cases[0])).toBe('KL');
    t.reg.clock.set('2026-03-21T08:00:00');
    await b.call('handover.caseworkers', {}); // a read changes nothing
    expect(await caseworkerOf(t.cases[0])).toBe('KL');
    expect(await t.due()).toEqual({ returned: 1, executed: 0 }); // the backend's schedule returns the case
    expect(await caseworkerOf(t.cases[0])).toBe('ABC');
    expect(await caseworkerOf(t.cases[1])).toBe('MH');
    const h = (await b.call('cases.assignments', { caseId: t.cases[0] })).rows;
    expect(h.map((p) => [p.initials, p.toAt === null])).toEqual([
      ['ABC', true],
      ['KL', false],
      ['ABC', false],
    ]);
    expect(h[0].reason).toContain('Midlertidig dækning udløb 20-03-2026');
    expect(h[1].reason).toContain('midlertidig dækning til og med 20-03-2026');
    // Once only.
    expect(await t.due()).toEqual({ returned: 0, executed: 0 });
    expect((await b.call('cases.assignments', { caseId: t.cases[0] })).rows).toHaveLength(3);
    expect(sql(t.reg, 'SELECT end_note FROM temporary_covers')).toEqual([{ end_note: 'returneret' }]);
  });

  test('expiry also runs when the backend opens the register', async () => {
    t = await handoverTeam(1);
    const b = t.reg.backend;
    await t.as(t.tl);
    await b.call('handover.redistribute', { fromUserId: t.abc, reason: 'Kursus', moves: [{ caseId: t.cases[0], toUserId: t.kl, coverUntil: '2026-03-11' }] });
    await b.close();
    t.reg.clock.set('2026-03-13T08:00:00');
    await b.init();
    expect(sql(t.reg, 'SELECT caseworker_id FROM cases WHERE id = ?', t.cases[0])).toEqual([{ caseworker_id: t.abc }]);
  });

  test('a cover end date today or earlier is refused', async () => {
    t = await handoverTeam(1);
    await t.as(t.tl);
    const e = await failure(t.reg.backend.call('handover.redistribute', { fromUserId: t.abc, reason: 'x', moves: [{ caseId: t.cases[0], toUserId: t.kl, coverUntil: '2026-03-10' }] }));
    expect(e.fields).toMatchObject({ coverUntil: 'Vælg en dato efter i dag.' });
  });
});
