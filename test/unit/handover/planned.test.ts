import { afterEach, describe, expect, test } from 'vitest';
import { failure } from '../../helpers/fixtures';
import { handoverTeam, type Team } from './setup';

let t: Team;
afterEach(async () => t?.reg.cleanup());

const sheet = { essentials: 'Mor ønsker aflastning.', deviation: 'Ingen.', agreements: 'Møde hver 3. måned.', knowledgeElsewhere: 'PPR kender familien.', familyTold: 'Mor er orienteret.' };
const caseworkerOf = async (id: number) => (await t.reg.backend.call('cases.get', { id })).caseworkerInitials;

describe('planned shift', () => {
  test('sheets, agenda, meeting, then execution on the shift date moves the cases and creates tasks', async () => {
    t = await handoverTeam(3);
    const b = t.reg.backend;
    // The outgoing caseworker (ABC, the current user) prepares it.
    let s = await b.call('handover.plan', { fromUserId: t.abc, shiftDate: '2026-03-20', reason: 'Jobskifte', caseIds: t.cases, toUserId: t.kl });
    expect(s).toMatchObject({ kind: 'planlagt', status: 'forberedes', caseCount: 3 });
    expect(s.cases.every((c) => !c.complete)).toBe(true);
    s = await b.call('handover.saveSheet', { shiftId: s.id, caseId: t.cases[0], toUserId: t.mh, ...sheet });
    expect(s.cases.find((c) => c.caseId === t.cases[0])).toMatchObject({ complete: true, toName: 'Mads Holm' });
    s = await b.call('handover.saveSheet', { shiftId: s.id, caseId: t.cases[1], toUserId: t.kl, ...sheet, familyTold: '' });
    expect(s.cases.find((c) => c.caseId === t.cases[1])!.complete).toBe(false);
    s = await b.call('handover.saveAgenda', {
      shiftId: s.id,
      meetingDate: '2026-03-18',
      participants: 'ABC, KL, MH, TL',
      items: [t.cases[2], t.cases[0], t.cases[1]].map((caseId) => ({ caseId, minutes: 15 })),
    });
    expect(s.cases.map((c) => c.caseId)).toEqual([t.cases[2], t.cases[0], t.cases[1]]);
    const bad = await failure(b.call('handover.saveAgenda', { shiftId: s.id, meetingDate: '2026-03-18', participants: '', items: [{ caseId: t.cases[0], minutes: 5 }] }));
    expect(bad.code).toBe('VALIDATION');

    // At the meeting: KL asks, ABC answers, KL takes the case over.
    await t.as(t.kl);
    s = await b.call('handover.ask', { shiftId: s.id, caseId: t.cases[1], question: 'Hvem er kontakt på skolen?' });
    s = await b.call('handover.takeOver', { shiftId: s.id, caseId: t.cases[1] });
    expect(s.cases.find((c) => c.caseId === t.cases[1])!.takenOverAt).not.toBeNull();
    expect((await failure(b.call('handover.takeOver', { shiftId: s.id, caseId: t.cases[0] }))).code).toBe('FORBIDDEN');
    await t.as(t.abc);
    s = await b.call('handover.answer', { questionId: s.questions[0].id, answer: 'Lærer Hanne.' });
    expect(s.questions[0]).toMatchObject({ answer: 'Lærer Hanne.', askedByName: 'Karen Lund' });

    // Nothing moves before the shift date (the backend's schedule runs the due work; reads never do).
    t.reg.clock.set('2026-03-19T12:00:00');
    expect(await t.due()).toEqual({ returned: 0, executed: 0 });
    await b.call('handover.shifts', {});
    expect(await caseworkerOf(t.cases[0])).toBe('ABC');
    t.reg.clock.set('2026-03-20T08:00:00');
    expect((await b.call('handover.shifts', {})).rows[0]).toMatchObject({ status: 'forberedes' }); // a read changes nothing
    expect(await caseworkerOf(t.cases[0])).toBe('ABC');
    expect(await t.due()).toEqual({ returned: 0, executed: 1 });
    const list = await b.call('handover.shifts', {});
    expect(list.rows[0]).toMatchObject({ status: 'gennemført' });
    expect([await caseworkerOf(t.cases[0]), await caseworkerOf(t.cases[1]), await caseworkerOf(t.cases[2])]).toEqual(['MH', 'KL', 'KL']);
    const h = (await b.call('cases.assignments', { caseId: t.cases[0] })).rows;
    expect(h[0]).toMatchObject({ initials: 'MH', reason: 'Planlagt skift: Jobskifte', toAt: null });
    const tasks = (await b.call('handover.tasks', { shiftId: s.id, outstandingOnly: false })).rows;
    expect(tasks).toHaveLength(3);
    expect(tasks.every((x) => x.dueDate === '2026-03-27')).toBe(true);
    // Executed shifts are history: no more editing.
    expect((await failure(b.call('handover.saveSheet', { shiftId: s.id, caseId: t.cases[0], toUserId: t.mh, ...sheet }))).code).toBe('CONFLICT');
  });

  test('"Gennemfør skift" executes at once and only once; a case closed meanwhile stays', async () => {
    t = await handoverTeam(2);
    const b = t.reg.backend;
    const s = await b.call('handover.plan', { fromUserId: t.abc, shiftDate: '2026-04-01', reason: 'Orlov', caseIds: t.cases, toUserId: t.kl });
    const c1 = await b.call('cases.get', { id: t.cases[1] });
    await b.call('cases.update', { id: c1.id, area: c1.area, caseType: c1.caseType, paragraphs: c1.paragraphCodes, receivedDate: c1.receivedDate, state: 'afsluttet' });
    const done = await b.call('handover.execute', { id: s.id });
    expect(done.status).toBe('gennemført');
    expect([await caseworkerOf(t.cases[0]), await caseworkerOf(t.cases[1])]).toEqual(['KL', 'ABC']);
    expect((await failure(b.call('handover.execute', { id: s.id }))).code).toBe('CONFLICT');
  });

  test('a shift in the past or to oneself is refused', async () => {
    t = await handoverTeam(1);
    const b = t.reg.backend;
    expect((await failure(b.call('handover.plan', { fromUserId: t.abc, shiftDate: '2026-03-01', reason: 'x', caseIds: t.cases, toUserId: t.kl }))).fields).toHaveProperty('shiftDate');
    expect((await failure(b.call('handover.plan', { fromUserId: t.abc, shiftDate: '2026-04-01', reason: 'x', caseIds: t.cases, toUserId: t.abc }))).fields).toHaveProperty('toUserId');
  });
});

describe('figures', () => {
  test('caseworker changes per citizen and tasks on time, for the team leader', async () => {
    t = await handoverTeam(2);
    const b = t.reg.backend;
    await t.as(t.tl);
    t.reg.clock.set('2026-03-12T10:00:00');
    const r = await b.call('handover.redistribute', { fromUserId: t.abc, reason: 'Sygdom', moves: [{ caseId: t.cases[0], toUserId: t.kl }] });
    const [task] = (await b.call('handover.tasks', { shiftId: r.shiftId })).rows;
    await b.call('handover.completeTask', { taskId: task.id, doneOn: '2026-03-12', channel: 'digital_post' });
    const f = await b.call('handover.figures', {});
    expect(f.changes).toEqual([
      { changes: 0, citizens: 1 },
      { changes: 1, citizens: 1 },
    ]);
    expect(f).toMatchObject({ averageChanges: 0.5, tasksTotal: 1, tasksOnTime: 1, tasksLate: 0, tasksOutstanding: 0 });
    await t.as(t.kl);
    expect((await failure(b.call('handover.figures', {}))).code).toBe('FORBIDDEN');
  });
});
