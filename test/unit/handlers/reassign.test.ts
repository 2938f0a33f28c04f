import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import { addCase, addCitizen, clockedRegister, failure, snapshot, sql, type Clock } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';
import { danishMoment } from '../../clock';

let reg: TestRegister & { clock: Clock };
let kl: number;
let mh: number;
let cases: number[];
// Moving cases is the team leader's (the contract's access): here ABC is the team leader, with cases of their own.
beforeEach(async () => {
  reg = await clockedRegister('2026-03-10T09:00:00', { role: 'teamleder' });
  const b = reg.backend;
  const teamId = (await b.call('teams.list', {})).rows[0].id;
  kl = (await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId })).id;
  mh = (await b.call('users.create', { initials: 'MH', name: 'Mads Holm', role: 'sagsbehandler', teamId })).id;
  cases = [];
  for (const [i, name] of ['Søren Ørsted', 'Mette Hansen', 'Ida Øster'].entries()) {
    const c = await addCitizen(b, name, `2010-0${i + 1}-15`, i + 1);
    cases.push((await addCase(b, c.id)).id);
  }
  reg.clock.set('2026-03-12T10:30:00');
});
afterEach(async () => reg?.cleanup());

const history = (caseId: number) => reg.backend.call('cases.assignments', { caseId }).then((r) => r.rows);
const caseworkerOf = async (id: number) => (await reg.backend.call('cases.get', { id })).caseworkerInitials;

describe('cases.reassign', () => {
  test('one case: the old period is closed, a new open one names the new caseworker, the reason and who did it', async () => {
    const r = await reg.backend.call('cases.reassign', { caseIds: [cases[0]], toUserId: kl, reason: 'Langtidssygemelding' });
    expect(r).toEqual({ reassigned: 1, unchanged: 0 });
    expect(await caseworkerOf(cases[0])).toBe('KL');
    const h = await history(cases[0]);
    expect(h).toHaveLength(2);
    const at = danishMoment('2026-03-12T10:30:00').toISOString();
    expect(h[0]).toMatchObject({ userId: kl, initials: 'KL', name: 'Karen Lund', fromAt: at, toAt: null, reason: 'Langtidssygemelding', assignedByName: 'Anne Berg Christensen' });
    expect(h[1]).toMatchObject({ userId: 1, initials: 'ABC', toAt: at, reason: 'Sagen oprettet' });
    expect(h[1].fromAt < h[1].toAt!).toBe(true);
    // Caseloads and "my cases" follow.
    const users = (await reg.backend.call('users.list', {})).rows;
    expect(users.find((u) => u.id === kl)?.openCases).toBe(1);
    expect(users.find((u) => u.id === 1)?.openCases).toBe(2);
    expect((await reg.backend.call('cases.list', { scope: 'mine' })).rows.map((c) => c.id)).toEqual(expect.not.arrayContaining([cases[0]]));
  });

  test('several cases at once; the one already with the target counts as unchanged and gets no new period', async () => {
    await reg.backend.call('cases.reassign', { caseIds: [cases[0]], toUserId: kl, reason: 'Ferie' });
    reg.clock.set('2026-03-13T10:00:00');
    const r = await reg.backend.call('cases.reassign', { caseIds: cases, toUserId: kl, reason: 'Planlagt skift' });
    expect(r).toEqual({ reassigned: 2, unchanged: 1 });
    expect(await history(cases[0])).toHaveLength(2);
    expect((await history(cases[0]))[0].reason).toBe('Ferie');
    for (const id of cases.slice(1)) {
      const h = await history(id);
      expect(h.map((p) => [p.initials, p.toAt === null, p.reason])).toEqual([
        ['KL', true, 'Planlagt skift'],
        ['ABC', false, 'Sagen oprettet'],
      ]);
    }
    expect(checkRegister(reg.backend.openRegister!.raw).problems).toEqual([]);
  });

  test('reassigning to the current caseworker changes nothing at all', async () => {
    const before = snapshot(reg);
    expect(await reg.backend.call('cases.reassign', { caseIds: cases, toUserId: 1, reason: 'Ingen ændring' })).toEqual({ reassigned: 0, unchanged: 3 });
    expect(snapshot(reg)).toBe(before);
  });

  test('back and forth keeps every period, exactly one open', async () => {
    for (const [i, to] of [kl, mh, 1, kl].entries()) {
      reg.clock.set(`2026-03-2${i}T10:00:00`);
      await reg.backend.call('cases.reassign', { caseIds: [cases[1]], toUserId: to, reason: `Skift ${i + 1}` });
    }
    const h = await history(cases[1]);
    expect(h.map((p) => p.initials)).toEqual(['KL', 'ABC', 'MH', 'KL', 'ABC']);
    expect(h.filter((p) => p.toAt === null)).toHaveLength(1);
    for (let i = 1; i < h.length; i++) expect(h[i].toAt).toBe(h[i - 1].fromAt); // no gaps, no overlaps
  });

  test('one unknown case id: NOTHING is written, not even for the known cases', async () => {
    const before = snapshot(reg);
    const histories = await Promise.all(cases.map(history));
    const err = await failure(reg.backend.call('cases.reassign', { caseIds: [cases[0], cases[1], 9999, cases[2]], toUserId: kl, reason: 'Omfordeling' }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(/Intet er ændret/);
    expect(await Promise.all(cases.map(history))).toEqual(histories);
    for (const id of cases) expect(await caseworkerOf(id)).toBe('ABC');
    expect(snapshot(reg)).toBe(before);
  });

  test('an inactive or unknown target is refused on fields.toUserId and nothing is written', async () => {
    const c = (await reg.backend.call('users.list', {})).rows.find((u) => u.id === mh)!;
    await reg.backend.call('users.update', { id: mh, name: c.name, role: c.role, teamId: c.teamId, active: false });
    const before = snapshot(reg);
    for (const toUserId of [mh, 4242]) {
      const err = await failure(reg.backend.call('cases.reassign', { caseIds: cases, toUserId, reason: 'Ferie' }));
      expect([toUserId, err.code, err.fields?.toUserId]).toEqual([toUserId, 'VALIDATION', 'Vælg en aktiv sagsbehandler.']);
    }
    expect(snapshot(reg)).toBe(before);
  });

  test('no cases, the same case twice, or no reason is VALIDATION', async () => {
    const before = snapshot(reg);
    expect((await failure(reg.backend.call('cases.reassign', { caseIds: [], toUserId: kl, reason: 'x' }))).fields?.caseIds).toBe('Vælg mindst én sag.');
    expect((await failure(reg.backend.call('cases.reassign', { caseIds: [cases[0], cases[0]], toUserId: kl, reason: 'x' }))).fields?.caseIds).toBe(
      'Samme sag er valgt to gange.',
    );
    expect((await failure(reg.backend.call('cases.reassign', { caseIds: cases, toUserId: kl, reason: '  ' }))).fields?.reason).toBe('Feltet skal udfyldes.');
    expect(snapshot(reg)).toBe(before);
  });

  test('a whole case stem of 1,200 cases moves in one go (past the 500-per-statement chunking)', async () => {
    const raw = reg.backend.openRegister!.raw;
    const citizen = (await reg.backend.call('citizens.search', { query: 'søren' })).rows[0].id;
    const at = danishMoment('2026-03-11T08:00:00').toISOString();
    raw.transaction(() => {
      const ins = raw.prepare(
        `INSERT INTO cases(case_number, citizen_id, area, case_type, phase, state, received_date, caseworker_id, created_at, updated_at)
         VALUES (?, ?, 'børn', 'Merudgifter', 'sagsåbning', 'åben', '2026-01-01', 1, ?, ?)`,
      );
      const asg = raw.prepare(`INSERT INTO case_assignments(case_id, user_id, from_at, reason, assigned_by) VALUES (?, 1, ?, 'Sagen oprettet', 1)`);
      for (let i = 0; i < 1200; i++) {
        const id = Number(ins.run(`2025-${String(i + 1).padStart(6, '0')}`, citizen, at, at).lastInsertRowid);
        asg.run(id, at);
      }
    })();
    const all = (sql<{ id: number }>(reg, 'SELECT id FROM cases WHERE caseworker_id = 1')).map((r) => r.id);
    expect(all.length).toBe(1203);
    const r = await reg.backend.call('cases.reassign', { caseIds: all, toUserId: kl, reason: 'Uplanlagt skift' });
    expect(r).toEqual({ reassigned: 1203, unchanged: 0 });
    expect(sql(reg, 'SELECT count(*) AS n FROM cases WHERE caseworker_id = ?', kl)).toEqual([{ n: 1203 }]);
    expect(checkRegister(raw).problems).toEqual([]);
    // And with one unknown id among the 1,200, nothing moves.
    const before = snapshot(reg);
    expect((await failure(reg.backend.call('cases.reassign', { caseIds: [...all, 999_999], toUserId: mh, reason: 'x' }))).code).toBe('NOT_FOUND');
    expect(snapshot(reg)).toBe(before);
  });
});

describe('cases.assignments', () => {
  test('an unknown case is NOT_FOUND', async () => {
    expect((await failure(history(4242))).code).toBe('NOT_FOUND');
  });
});
