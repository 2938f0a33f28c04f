/**
 * Issue 15, "At 18": the handover of a young person to the adult area, through the real
 * backend on a real register file with a pinned clock. A young person stays on the
 * transition list while a step is open, however long past 18; the handover creates (or
 * moves) the adult case, closes or hands over the children's case, stores the summary and
 * marks the 18-year step done in one transaction; a failure midway writes nothing.
 */
import crypto from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { Backend } from '../../../main/backend/backend';
import { addCase, addCitizen, clock, failure, sql, type Clock } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';

let reg: (TestRegister & { clock: Clock }) | null = null;
afterEach(async () => {
  await reg?.cleanup();
  reg = null;
});

interface Staff {
  leader: number;
  anne: number;
  bo: number;
  karen: number;
  adultTeam: number;
  childTeam: number;
  superUser: number;
}

/** A register at `startIso` with a children's team (leader, Anne, Bo) and an adult team (Karen); Anne is the current user. */
async function start(startIso: string): Promise<{ b: Backend; staff: Staff }> {
  const c = clock(startIso);
  const r = await testRegister({ setup: false, now: c.now });
  reg = { ...r, clock: c };
  const b = r.backend;
  await b.call('app.setup', { kind: 'empty', teamName: 'Team Børn Nord', initials: 'TL', name: 'Tove Leder', role: 'teamleder' });
  const childTeam = (await b.call('teams.list', {})).rows[0].id;
  const leader = (await b.call('users.list', {})).rows[0].id;
  const anne = (await b.call('users.create', { initials: 'ABC', name: 'Anne Berg Christensen', role: 'sagsbehandler', teamId: childTeam })).id;
  const bo = (await b.call('users.create', { initials: 'BO', name: 'Bo Nielsen', role: 'sagsbehandler', teamId: childTeam })).id;
  const superUser = (await b.call('users.create', { initials: 'SU', name: 'Sif Uhre', role: 'superbruger', teamId: childTeam })).id;
  const adultTeam = (await b.call('teams.create', { name: 'Team Voksen Syd' })).id;
  const karen = (await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId: adultTeam })).id;
  await b.call('session.setUser', { userId: anne });
  return { b, staff: { leader, anne, bo, karen, adultTeam, childTeam, superUser } };
}

/** Every row of every table (audit log aside): equal hashes mean the call wrote nothing. */
async function registerHash(b: Backend): Promise<string> {
  await b.flushAudit();
  const raw = b.openRegister!.raw;
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name").all() as { name: string }[];
  const h = crypto.createHash('sha256');
  for (const { name } of tables) h.update(name).update(JSON.stringify(raw.prepare(`SELECT * FROM "${name}"`).raw().all()));
  return h.digest('hex');
}

const handOverTo = (staff: Staff, citizenId: number, extra: Record<string, unknown> = {}) => ({
  citizenId,
  toTeamId: staff.adultTeam,
  toUserId: staff.karen,
  caseType: 'Socialpædagogisk støtte',
  paragraphs: ['SEL-85'],
  childCases: 'close' as const,
  situation: 'Vil gerne bo for sig selv, når uddannelsen er i gang.',
  crossMeeting: 'Udredning efter voksenreglerne starter nu.',
  ...extra,
});

/** A young person with a children's case (Anne's), merudgifter still running, an aid, and a stamkort with parents and a guardian. */
async function youngPerson(b: Backend, name: string, birth: string, n: number, received = '2020-01-10') {
  const y = await addCitizen(b, name, birth, n, { address: 'Birkevej 1', postalCode: '8000', city: 'Aarhus C' });
  const k = await addCase(b, y.id, { receivedDate: received, deadline: null });
  return { y, k };
}

async function addFamilyAndServices(b: Backend, citizenId: number, caseId: number) {
  await b.call('services.create', { citizenId, caseId, serviceType: 'Merudgifter', paragraph: 'BL-86', startDate: '2021-02-01', scope: '1.200 kr./md.' });
  await b.call('services.create', { citizenId, caseId, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2019-03-01', endDate: '2022-06-30' });
  await b.call('services.create', { citizenId, caseId, serviceType: 'Kørestol', paragraph: 'SEL-112', provider: 'Hjælpemiddelcentralen', startDate: '2022-01-10' });
  await b.call('stamkort.saveSection', {
    caseId,
    section: 'parents',
    version: 0,
    data: {
      none: false,
      entries: [
        { name: 'Ella Jensen', relation: 'Mor', custody: true, phone: '22334455' },
        { name: 'Åge Jensen', relation: 'Far', custody: true, partyRepresentative: true },
        { name: 'Grete Holm', relation: 'Moster', guardian: true, phone: '+45 40 11 22 33' },
      ],
    },
  });
}

describe('nobody vanishes from the transition list while a step is open', () => {
  test('four months after the 18th birthday the young person is still listed, and leaves the list only when handed over', async () => {
    const { b, staff } = await start('2027-05-20T10:00:00Z');
    const { y, k } = await youngPerson(b, 'Mads Jensen', '2009-01-15', 11);
    const rows = (await b.call('deadlines.transitions', {})).rows.filter((r) => r.citizenId === y.id);
    // Every step was missed; the 18-year step (due 15-01-2027) is still there four months on.
    expect(rows.map((r) => [r.kind, r.due])).toEqual([
      ['track', '2024-07-15'],
      ['invitation', '2025-01-14'],
      ['preparation', '2025-01-15'],
      ['crossMeeting', '2026-01-15'],
      ['adultDecisions', '2027-01-15'],
    ]);
    // Also eight years on, for a case nobody closed.
    reg!.clock.set('2035-01-20T10:00:00Z');
    expect((await b.call('deadlines.transitions', {})).rows.filter((r) => r.citizenId === y.id)).toHaveLength(5);
    expect((await b.call('deadlines.reminders', { scope: 'mine' })).groups.find((g) => g.kind === 'transition')!.items.map((i) => i.caseId)).toContain(k.id);
    reg!.clock.set('2027-05-20T10:00:00Z');

    const candidates = await b.call('transition.candidates', {});
    expect(candidates.rows).toEqual([
      { citizenId: y.id, citizenName: 'Mads Jensen', birthDate: '2009-01-15', eighteenthBirthday: '2027-01-15', caseId: k.id, caseNumber: k.caseNumber, caseworkerInitials: 'ABC', openSteps: 5 },
    ]);

    // A step marked done leaves; the others stay.
    await b.call('deadlines.markDone', { kind: 'track', subjectId: y.id, due: '2024-07-15' });
    expect((await b.call('deadlines.transitions', {})).rows.filter((r) => r.citizenId === y.id)).toHaveLength(4);

    await b.call('transition.handOver', handOverTo(staff, y.id));
    expect((await b.call('deadlines.transitions', {})).rows.filter((r) => r.citizenId === y.id)).toEqual([]);
    expect((await b.call('transition.candidates', {})).total).toBe(0);
    expect((await b.call('deadlines.reminders', { scope: 'mine' })).groups.find((g) => g.kind === 'transition')?.items ?? []).toEqual([]);
  });

  test('a held café meeting is not upcoming; on the meeting day it still is', async () => {
    const { b } = await start('2026-12-02T10:00:00Z');
    // The quarter's meeting was 10 November 2026.
    expect((await b.call('deadlines.meetings', {})).rows.map((m) => m.meetingDate)).toEqual(['2027-02-09', '2027-05-11', '2027-08-10', '2027-11-09']);
    reg!.clock.set('2027-02-09T10:00:00Z');
    expect((await b.call('deadlines.meetings', {})).rows[0].meetingDate).toBe('2027-02-09');
    reg!.clock.set('2027-02-10T10:00:00Z');
    expect((await b.call('deadlines.meetings', {})).rows[0].meetingDate).toBe('2027-05-11');
  });
});

describe('the handover to the adult area', () => {
  test('a new adult case for the adult caseworker, the children\'s case closed, the summary stored, the step done: in one call', async () => {
    const { b, staff } = await start('2026-11-16T10:00:00Z');
    const { y, k } = await youngPerson(b, 'Mads Jensen', '2009-03-10', 11);
    await addFamilyAndServices(b, y.id, k.id);
    await b.call('activities.create', { caseId: k.id, date: '2026-03-12', name: 'Overgang til voksen – overgangsmøde ved 17½ år', note: 'Voksenteamet starter udredning. Mor ønsker aflastning videreført.' });
    await b.call('deadlines.markDone', { kind: 'crossMeeting', subjectId: y.id, due: '2026-03-10' });

    // The draft: prefilled from the register.
    const draft = await b.call('transition.prepare', { citizenId: y.id });
    expect(draft).toMatchObject({ citizenName: 'Mads Jensen', cprFormatted: '100309-4011', eighteenthBirthday: '2027-03-10', handoverFrom: '2026-09-10', handoverAllowed: true, handoverId: null });
    expect(draft.childCases.map((c) => [c.caseNumber, c.caseworkerInitials, c.teamName, c.paragraphs])).toEqual([[k.caseNumber, 'ABC', 'Team Børn Nord', ['BL § 86']]]);
    expect(draft.facts.servicesEnding.map((s) => [s.serviceType, s.paragraphShort, s.endDate])).toEqual([['Merudgifter', 'BL § 86', null]]);
    expect(draft.facts.servicesContinuing.map((s) => [s.serviceType, s.paragraphShort, s.provider])).toEqual([['Kørestol', 'SEL § 112', 'Hjælpemiddelcentralen']]);
    expect(draft.facts.parentsKnown).toBe(true);
    expect(draft.facts.parents.map((p) => [p.name, p.custody, p.partyRepresentative, p.guardian])).toEqual([
      ['Ella Jensen', true, false, false],
      ['Åge Jensen', true, true, false],
      ['Grete Holm', false, false, true],
    ]);
    expect(draft.crossMeeting.doneAt).not.toBeNull();
    expect(draft.texts.crossMeeting).toBe('12-03-2026: Voksenteamet starter udredning. Mor ønsker aflastning videreført.');
    // Merudgifter (BL § 86) suggests SEL § 100, the aid stays SEL § 112.
    expect(draft.suggestion).toEqual({ caseType: 'Merudgifter (voksne)', paragraphs: ['SEL-100', 'SEL-112'] });
    expect(draft.facts.openSteps.map((s) => s.kind)).toEqual(['track', 'invitation', 'preparation', 'adultDecisions']);

    const result = await b.call('transition.handOver', handOverTo(staff, y.id, { crossMeeting: draft.texts.crossMeeting, familyNote: 'Moster er værge fra 18 år.' }));
    expect(result.childCaseIds).toEqual([k.id]);
    expect(result.adultCaseNumber).toMatch(/^2026-\d{6}$/);

    // The adult caseworker sees the case in her case stem.
    await b.call('session.setUser', { userId: staff.karen });
    const mine = await b.call('cases.list', {});
    expect(mine.rows.map((r) => [r.caseNumber, r.area, r.caseType, r.paragraphs, r.receivedDate, r.state])).toEqual([
      [result.adultCaseNumber, 'voksen', 'Socialpædagogisk støtte', ['SEL § 85'], '2026-11-16', 'åben'],
    ]);
    const adult = await b.call('cases.get', { id: result.adultCaseId });
    // The adult decisions must take effect on the 18th birthday: the new case's deadline.
    expect(adult.deadline).toBe('2027-03-10');
    expect((await b.call('cases.assignments', { caseId: result.adultCaseId })).rows.map((a) => [a.initials, a.reason])).toEqual([['KL', 'Oprettet ved overgang fra børneområdet ved 18 år']]);
    expect((await b.call('activities.list', { caseId: result.adultCaseId })).rows.map((a) => [a.name, a.standard])).toEqual([['Sagen oprettet', true]]);

    // The children's case is closed, with a journal note saying where the young person went.
    const child = await b.call('cases.get', { id: k.id });
    expect(child.state).toBe('afsluttet');
    expect(child.caseworkerInitials).toBe('ABC');
    const note = (await b.call('activities.list', { caseId: k.id })).rows[0];
    expect([note.name, note.date]).toEqual(['Sagen afsluttet', '2026-11-16']);
    expect(note.note).toContain(`voksensag ${result.adultCaseNumber} hos Karen Lund (Team Voksen Syd)`);

    // The 18-year step is done, by Anne, under the step's own due date.
    expect(sql(reg!, "SELECT kind, due, done_by FROM tasks_done WHERE kind = 'adultDecisions'")).toEqual([{ kind: 'adultDecisions', due: '2027-03-10', done_by: staff.anne }]);

    // The stored summary, as the adult caseworker reads it.
    const stored = await b.call('transition.get', { id: result.id });
    expect(stored).toMatchObject({
      citizenName: 'Mads Jensen',
      handoverDate: '2026-11-16',
      fromName: 'Anne Berg Christensen',
      fromTeamName: 'Team Børn Nord',
      toName: 'Karen Lund',
      toTeamName: 'Team Voksen Syd',
      byName: 'Anne Berg Christensen',
      adultCaseId: result.adultCaseId,
      adultCaseCreated: true,
      address: 'Birkevej 1, 8000 Aarhus C',
      texts: {
        situation: 'Vil gerne bo for sig selv, når uddannelsen er i gang.',
        crossMeeting: '12-03-2026: Voksenteamet starter udredning. Mor ønsker aflastning videreført.',
        servicesNote: '',
        familyNote: 'Moster er værge fra 18 år.',
      },
    });
    expect(stored.childCases).toEqual([{ id: k.id, caseNumber: k.caseNumber, caseType: 'Merudgifter', decision: 'close' }]);
    expect(stored.facts.servicesEnding.map((s) => s.serviceType)).toEqual(['Merudgifter']);
    expect(stored.facts.parents.find((p) => p.guardian)?.name).toBe('Grete Holm');
    // The steps never done are named (the 18-year step is done by the handover itself).
    expect(stored.facts.openSteps.map((s) => s.kind)).toEqual(['track', 'invitation', 'preparation']);

    // Both sides see it in the list of handovers; the audit log has the change on the citizen and both cases.
    expect((await b.call('transition.handovers', {})).rows.map((h) => [h.citizenName, h.toInitials, h.adultCaseNumber])).toEqual([['Mads Jensen', 'KL', result.adultCaseNumber]]);
    await b.call('session.setUser', { userId: staff.anne });
    expect((await b.call('transition.handovers', {})).total).toBe(1);
    await b.flushAudit();
    expect(sql(reg!, "SELECT citizen_id, case_id FROM audit_log WHERE method = 'transition.handOver' AND action = 'change' ORDER BY case_id")).toEqual([
      { citizen_id: y.id, case_id: k.id },
      { citizen_id: y.id, case_id: result.adultCaseId },
    ]);
    // History is data: the summary cannot be changed or deleted, and a second handover is refused.
    const raw = b.openRegister!.raw;
    expect(() => raw.prepare("UPDATE transition_handovers SET situation = 'x'").run()).toThrow(/history/);
    expect(() => raw.prepare('DELETE FROM transition_handover_cases').run()).toThrow(/history/);
    expect(() => raw.prepare('DELETE FROM transition_handovers').run()).toThrow(/history/);
    const again = await failure(b.call('transition.handOver', handOverTo(staff, y.id)));
    expect(again.code).toBe('CONFLICT');
    expect((await b.call('transition.prepare', { citizenId: y.id })).handoverId).toBe(result.id);
  });

  test('a failure midway writes nothing; refused handovers write nothing', async () => {
    const { b, staff } = await start('2026-11-16T10:00:00Z');
    const { y, k } = await youngPerson(b, 'Mads Jensen', '2009-03-10', 11);
    await addFamilyAndServices(b, y.id, k.id);
    const raw = b.openRegister!.raw;
    const before = await registerHash(b);

    // The last write of the handover fails: the adult case, the closed children's case, the journal and the step are rolled back.
    raw.exec("CREATE TEMP TRIGGER fail_last BEFORE INSERT ON transition_handover_cases BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect((await failure(b.call('transition.handOver', handOverTo(staff, y.id)))).code).toBe('INTERNAL');
    expect(await registerHash(b)).toBe(before);
    raw.exec('DROP TRIGGER fail_last');
    // The same with the children's case handed over (moved through the shared service on the same transaction).
    raw.exec("CREATE TEMP TRIGGER fail_last BEFORE INSERT ON transition_handovers BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect((await failure(b.call('transition.handOver', handOverTo(staff, y.id, { childCases: 'handOver' })))).code).toBe('INTERNAL');
    expect(await registerHash(b)).toBe(before);
    raw.exec('DROP TRIGGER fail_last');

    // Refused before anything is written.
    const refusals: [Record<string, unknown>, string, string | undefined][] = [
      [{ toUserId: staff.bo }, 'VALIDATION', 'toUserId'], // not in the chosen team
      [{ toUserId: 9999 }, 'VALIDATION', 'toUserId'],
      [{ paragraphs: ['BL-86'] }, 'VALIDATION', 'paragraphs'], // a children's paragraph on an adult case
      [{ paragraphs: [] }, 'VALIDATION', 'paragraphs'],
      [{ caseType: '' }, 'VALIDATION', 'caseType'],
      [{ adultCaseId: k.id }, 'VALIDATION', 'adultCaseId'], // the children's case is not an adult case
      [{ childCases: 'archive' }, 'VALIDATION', 'childCases'],
    ];
    for (const [extra, code, field] of refusals) {
      const err = await failure(b.call('transition.handOver', handOverTo(staff, y.id, extra) as never));
      expect([err.code, field && Object.keys(err.fields ?? {}).includes(field)], JSON.stringify(extra)).toEqual([code, field ? true : undefined]);
    }
    // Only the young person's caseworker, or the leader of that caseworker's team.
    await b.call('session.setUser', { userId: staff.bo });
    expect((await failure(b.call('transition.handOver', handOverTo(staff, y.id)))).code).toBe('FORBIDDEN');
    await b.call('session.setUser', { userId: staff.karen });
    expect((await failure(b.call('transition.handOver', handOverTo(staff, y.id)))).code).toBe('FORBIDDEN');
    await b.call('session.setUser', { userId: staff.superUser });
    const role = await failure(b.call('transition.handOver', handOverTo(staff, y.id)));
    expect([role.code, role.message]).toEqual(['FORBIDDEN', 'Din rolle (superbruger) giver ikke adgang til at overdrage en ung til voksenområdet. Det kan en sagsbehandler eller en teamleder.']);
    expect(await registerHash(b)).toBe(before);

    // The team leader of Anne's team may.
    await b.call('session.setUser', { userId: staff.leader });
    const done = await b.call('transition.handOver', handOverTo(staff, y.id, { childCases: 'handOver' }));
    const child = await b.call('cases.get', { id: k.id });
    expect([child.state, child.caseworkerInitials]).toEqual(['åben', 'KL']);
    expect((await b.call('cases.assignments', { caseId: k.id })).rows[0]).toMatchObject({ initials: 'KL', reason: 'Overdraget til voksenområdet ved 18 år' });
    expect((await b.call('transition.get', { id: done.id })).fromName).toBe('Anne Berg Christensen');
  });

  test('an open adult case is moved to the adult caseworker instead of a new one', async () => {
    const { b, staff } = await start('2026-11-16T10:00:00Z');
    const { y } = await youngPerson(b, 'Mads Jensen', '2009-03-10', 11);
    const aid = await addCase(b, y.id, { area: 'voksen', caseType: 'Hjælpemidler', paragraphs: ['SEL-112'], receivedDate: '2026-10-01' });
    const cases = sql<{ n: number }>(reg!, 'SELECT count(*) AS n FROM cases')[0].n;
    expect((await b.call('transition.prepare', { citizenId: y.id })).adultCases.map((c) => c.caseNumber)).toEqual([aid.caseNumber]);
    const result = await b.call('transition.handOver', handOverTo(staff, y.id, { adultCaseId: aid.id, caseType: '', paragraphs: [], childCases: 'keep' }));
    expect(result.adultCaseId).toBe(aid.id);
    expect(sql<{ n: number }>(reg!, 'SELECT count(*) AS n FROM cases')[0].n).toBe(cases);
    expect((await b.call('cases.get', { id: aid.id })).caseworkerInitials).toBe('KL');
    expect((await b.call('cases.assignments', { caseId: aid.id })).rows[0]).toMatchObject({ initials: 'KL', reason: 'Overgang fra børneområdet ved 18 år' });
    const stored = await b.call('transition.get', { id: result.id });
    expect([stored.adultCaseCreated, stored.childCases[0].decision]).toEqual([false, 'keep']);
    // Kept open with Anne; the young person is handed over, so no longer on the transition list.
    expect((await b.call('cases.get', { id: stored.childCases[0].id })).state).toBe('åben');
    expect((await b.call('deadlines.transitions', {})).rows).toEqual([]);
  });
});

describe('awkward dates', () => {
  test('born on 29 February: 17½ on 29 August, 18 on 1 March in a common year', async () => {
    const { b, staff } = await start('2025-08-28T10:00:00Z');
    const { y } = await youngPerson(b, 'Lea Skud', '2008-02-29', 12);
    expect((await b.call('transition.candidates', {})).total).toBe(0);
    const early = await failure(b.call('transition.handOver', handOverTo(staff, y.id)));
    expect([early.code, early.message]).toEqual(['VALIDATION', 'Lea Skud kan tidligst overdrages til voksenområdet fra 17½ år, dvs. 29-08-2025.']);
    expect((await b.call('transition.prepare', { citizenId: y.id })).handoverAllowed).toBe(false);

    reg!.clock.set('2025-08-29T10:00:00Z');
    expect((await b.call('transition.candidates', {})).rows.map((r) => [r.citizenName, r.eighteenthBirthday])).toEqual([['Lea Skud', '2026-03-01']]);
    const result = await b.call('transition.handOver', handOverTo(staff, y.id));
    // Not 28 February: the adult decisions take effect when she is 18.
    expect((await b.call('cases.get', { id: result.adultCaseId })).deadline).toBe('2026-03-01');
    expect(sql(reg!, "SELECT due FROM tasks_done WHERE kind = 'adultDecisions'")).toEqual([{ due: '2026-03-01' }]);
    expect((await b.call('transition.get', { id: result.id })).eighteenthBirthday).toBe('2026-03-01');
  });

  test('handed over at 00:30 Danish time on New Year\'s Day (23:30 UTC): the new year\'s case number and date', async () => {
    const { b, staff } = await start('2026-12-31T12:00:00Z');
    const { y, k } = await youngPerson(b, 'Noah Friis', '2009-01-01', 14);
    expect(k.caseNumber).toMatch(/^2026-/);
    reg!.clock.set('2026-12-31T23:30:00Z');
    // 18 today (1 January 2027, Danish time): the step is due today, not overdue.
    const step = (await b.call('deadlines.transitions', {})).rows.find((r) => r.kind === 'adultDecisions');
    expect(step?.due).toBe('2027-01-01');
    const result = await b.call('transition.handOver', handOverTo(staff, y.id));
    expect(result.adultCaseNumber).toBe('2027-000001');
    const adult = await b.call('cases.get', { id: result.adultCaseId });
    expect([adult.receivedDate, adult.deadline]).toEqual(['2027-01-01', '2027-01-01']);
    expect((await b.call('transition.get', { id: result.id })).handoverDate).toBe('2027-01-01');
    expect((await b.call('activities.list', { caseId: k.id })).rows[0].date).toBe('2027-01-01');
  });
});
