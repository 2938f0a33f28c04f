/** Issue 7 through the real backend on a real register file: what a caseworker would notice. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addCase, addCitizen, addUser, clockedRegister, failure, sql, type Clock } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';

let reg: TestRegister & { clock: Clock };
beforeEach(async () => {
  reg = await clockedRegister('2027-01-29T10:00:00');
});
afterEach(async () => reg.cleanup());

const events = () => sql(reg, 'SELECT kind FROM deadline_events').length;

describe('a case gets its deadline from the team rules', () => {
  test('computed from the received date when the caseworker sets none, moved past Easter 2027', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Sofie Nielsen', '2015-03-03', 1);
    const preview = await b.call('deadlines.preview', { receivedDate: '2027-01-29', caseType: 'Merudgifter', paragraphs: ['BL-86'] });
    expect(preview).toEqual({ deadline: '2027-03-30', basis: 'BL § 86: 8 uger', movedFrom: 'Langfredag' });
    const created = await addCase(b, c.id, { receivedDate: '2027-01-29' });
    expect(created.deadline).toBe('2027-03-30');
    // The caseworker's own date wins.
    const own = await addCase(b, c.id, { receivedDate: '2027-01-29', deadline: '2027-02-15' });
    expect(own.deadline).toBe('2027-02-15');
  });

  test('a rule for the case type beats the paragraph rule; the earliest paragraph wins', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Bo Hansen', '1970-01-01', 2);
    const general = await b.call('deadlines.preview', { receivedDate: '2027-02-01', caseType: 'Andet', paragraphs: ['SEL-112'] });
    const special = await b.call('deadlines.preview', { receivedDate: '2027-02-01', caseType: 'Hjælpemidler', paragraphs: ['SEL-112'] });
    expect(general.deadline).toBe('2027-03-15'); // 6 weeks
    expect(special.deadline).toBe('2027-03-01'); // 4 weeks for this case type
    const two = await b.call('deadlines.preview', { receivedDate: '2027-02-01', caseType: 'X', paragraphs: ['SEL-96', 'SEL-83'] });
    expect(two.basis).toBe('SEL § 83: 4 uger');
    const created = await addCase(b, c.id, { area: 'voksen', caseType: 'Hjælpemidler', paragraphs: ['SEL-112'], receivedDate: '2027-02-01' });
    expect(created.deadline).toBe('2027-03-01');
  });

  test('only team leaders and super users change the rules; a changed rule is used at once', async () => {
    const b = reg.backend;
    const err = await failure(b.call('deadlines.saveRule', { paragraph: 'BL-86', amount: 4, unit: 'uger' }));
    expect(err.code).toBe('FORBIDDEN');
    const before = (await b.call('deadlines.config', {})).rules.find((r) => r.paragraph === 'BL-86')!;
    expect(before.amount).toBe(8);
    const team = (await b.call('teams.list', {})).rows[0].id;
    const leader = await addUser(reg, 'TL', 'Tove Leder', 'teamleder', team);
    await b.call('session.setUser', { userId: leader.id });
    const saved = await b.call('deadlines.saveRule', { paragraph: 'BL-86', amount: 4, unit: 'uger', note: 'Hurtigere' });
    expect(saved).toMatchObject({ amount: 4, unit: 'uger', updatedByName: 'Tove Leder', paragraphShort: 'BL § 86' });
    expect((await b.call('deadlines.preview', { receivedDate: '2027-02-01', paragraphs: ['BL-86'] })).deadline).toBe('2027-03-01');
    await b.call('deadlines.saveSettings', { warningDays: 7, idleDays: 20, receiptDays: 10, followUpMonths: 6 });
    expect((await b.call('deadlines.config', {})).settings.idleDays).toBe(20);
    const bad = await failure(b.call('deadlines.saveSettings', { warningDays: 0, idleDays: 20, receiptDays: 10, followUpMonths: 6 }));
    expect(bad.code).toBe('VALIDATION');
  });
});

describe('notices, receipts and the lists', () => {
  test('an overdue case is listed without notice until the notice is registered, and the history is kept', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Sofie Nielsen', '2015-03-03', 1);
    const k = await addCase(b, c.id, { receivedDate: '2026-11-02' }); // deadline 28-12-2026 (24-12 is closed)
    expect(k.deadline).toBe('2026-12-28');
    const without = await b.call('deadlines.list', { kind: 'overdueWithoutNotice' });
    expect(without.rows.map((r) => [r.caseNumber, r.days])).toEqual([[k.caseNumber, 32]]);
    expect((await b.call('deadlines.forCase', { caseId: k.id })).status).toBe('overdueWithoutNotice');

    const rejected = await failure(b.call('deadlines.registerNotice', { caseId: k.id, sentDate: '2027-01-29', expectedDate: '2027-01-29' }));
    expect(rejected.code).toBe('VALIDATION');
    const future = await failure(b.call('deadlines.registerNotice', { caseId: k.id, sentDate: '2027-02-01', expectedDate: '2027-03-01' }));
    expect(future.fields).toEqual({ sentDate: 'Datoen kan ikke ligge i fremtiden.' });
    expect(events()).toBe(0);

    const after = await b.call('deadlines.registerNotice', { caseId: k.id, sentDate: '2027-01-29', expectedDate: '2027-02-26', note: 'Afventer lægeerklæring' });
    expect(after.status).toBe('overdueWithNotice');
    expect(after.expectedDecisionDate).toBe('2027-02-26');
    expect((await b.call('deadlines.list', { kind: 'overdueWithoutNotice' })).total).toBe(0);
    expect((await b.call('deadlines.list', { kind: 'overdueWithNotice' })).rows.map((r) => r.expectedDecisionDate)).toEqual(['2027-02-26']);

    // When the new date passes too, the citizen must be told again; both notices stay.
    reg.clock.set('2027-03-01T09:00:00');
    expect((await b.call('deadlines.list', { kind: 'overdueWithoutNotice' })).total).toBe(1);
    await b.call('deadlines.registerNotice', { caseId: k.id, sentDate: '2027-03-01', expectedDate: '2027-03-31' });
    const history = await b.call('deadlines.forCase', { caseId: k.id });
    expect(history.events.map((e) => [e.kind, e.expectedDate, e.byName])).toEqual([
      ['notice', '2027-03-31', 'Anne Berg Christensen'],
      ['notice', '2027-02-26', 'Anne Berg Christensen'],
    ]);
    expect(() => reg.backend.openRegister!.raw.prepare('DELETE FROM deadline_events').run()).toThrow(/history/);
  });

  test('coming due within the warning period, and a receipt due 10 days after receipt', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const k = await addCase(b, c.id, { receivedDate: '2027-01-20', deadline: '2027-02-05' });
    expect((await b.call('deadlines.list', { kind: 'coming' })).rows.map((r) => [r.caseId, r.days])).toEqual([[k.id, -7]]);
    const receipts = await b.call('deadlines.list', { kind: 'receipts' });
    expect(receipts.rows.map((r) => r.date)).toEqual(['2027-01-30']);
    const done = await b.call('deadlines.registerReceipt', { caseId: k.id, sentDate: '2027-01-25' });
    expect(done.receiptDate).toBe('2027-01-25');
    expect((await b.call('deadlines.list', { kind: 'receipts' })).total).toBe(0);
    expect((await failure(b.call('deadlines.registerReceipt', { caseId: k.id, sentDate: '2027-01-26' }))).code).toBe('CONFLICT');
  });

  test('idle cases are listed with their idle days; the case timeline marks the idle stretches', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const k = await addCase(b, c.id, { receivedDate: '2026-09-01' });
    await b.call('activities.create', { caseId: k.id, date: '2026-09-05', name: 'Telefonsamtale' });
    await b.call('activities.create', { caseId: k.id, date: '2026-11-20', name: 'Hjemmebesøg' });
    const idle = await b.call('deadlines.list', { kind: 'idle' });
    expect(idle.rows.map((r) => [r.caseId, r.date, r.days])).toEqual([[k.id, '2026-11-20', 70]]);
    const tab = await b.call('deadlines.forCase', { caseId: k.id });
    expect(tab.idleDays).toBe(70);
    expect(tab.idleStretches).toEqual([
      { from: '2026-09-05', to: '2026-11-20', days: 76, ongoing: false },
      { from: '2026-11-20', to: '2027-01-29', days: 70, ongoing: true },
    ]);
  });

  test('compliance per team and case type', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const a = await addCase(b, c.id, { receivedDate: '2026-10-01', deadline: '2026-11-26' });
    const late = await addCase(b, c.id, { receivedDate: '2026-10-01', deadline: '2026-11-26' });
    await addCase(b, c.id, { receivedDate: '2026-10-01', deadline: '2026-11-26' }); // open, overdue, not told
    await b.call('applications.create', { caseId: a.id, paragraph: 'BL-86', receivedDate: '2026-10-01', status: 'bevilget', decisionDate: '2026-11-20' });
    await b.call('applications.create', { caseId: late.id, paragraph: 'BL-86', receivedDate: '2026-10-01', status: 'afslag', decisionDate: '2026-12-20' });
    await b.call('deadlines.registerNotice', { caseId: late.id, sentDate: '2026-11-25', expectedDate: '2027-02-20' });
    const { rows } = await b.call('deadlines.compliance', {});
    expect(rows).toEqual([
      { teamName: 'Team Børn Nord', caseType: 'Merudgifter', decided: 2, decidedInTime: 1, inTimeShare: 50, overdue: 2, overdueTold: 1, toldShare: 50 },
    ]);
  });
});

describe('follow-ups on services', () => {
  test('default three months after start, per service type when configured; done sets the next one', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const k = await addCase(b, c.id, { receivedDate: '2026-09-01' });
    const s1 = await b.call('services.create', { citizenId: c.id, caseId: k.id, serviceType: 'Ledsagelse', paragraph: 'BL-89', startDate: '2026-10-31' });
    expect(s1.followUpDate).toBe('2027-01-31');
    const s2 = await b.call('services.create', { citizenId: c.id, caseId: k.id, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-06-01' });
    expect(s2.followUpDate).toBe('2026-12-01');
    const own = await b.call('services.create', { citizenId: c.id, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-06-01', followUpDate: '2026-07-01' });
    expect(own.followUpDate).toBe('2026-07-01');
    const bad = await failure(b.call('services.create', { citizenId: c.id, serviceType: 'X', paragraph: 'BL-32', startDate: '2026-06-01', followUpDate: '2026-05-01' }));
    expect(bad.fields).toEqual({ followUpDate: 'Opfølgningen kan ikke ligge før startdatoen.' });

    const list = await b.call('deadlines.list', { kind: 'followUps' });
    expect(list.rows.map((r) => [r.serviceType, r.date, r.days])).toEqual([
      ['Aflastning', '2026-12-01', 59],
      ['Ledsagelse', '2027-01-31', -2],
    ]);
    await b.call('deadlines.markDone', { kind: 'followUp', subjectId: s2.id, due: '2026-12-01' });
    expect((await b.call('services.list', { caseId: k.id })).rows.find((s) => s.id === s2.id)!.followUpDate).toBe('2027-06-01');
    expect(sql(reg, 'SELECT kind, done_by FROM tasks_done')).toEqual([{ kind: 'followUp', done_by: 1 }]);
    expect((await failure(b.call('deadlines.markDone', { kind: 'followUp', subjectId: s2.id, due: '2026-12-01' }))).code).toBe('CONFLICT');
  });
});

describe('transition to adulthood', () => {
  test('steps are due from the birth date, can be marked done, and the invitation list is per meeting', async () => {
    const b = reg.backend;
    // 16 on 10 March 2027: meeting 9 February 2027, invitation 12 January (overdue today, 29 January).
    const y = await addCitizen(b, 'Mads Jensen', '2011-03-10', 11);
    const k = await addCase(b, y.id, { receivedDate: '2020-01-10', deadline: '2020-03-01' });
    const placed = await addCitizen(b, 'Lea Berg', '2009-07-20', 12);
    await addCase(b, placed.id, { caseType: 'Anbringelse', paragraphs: ['BL-46'], receivedDate: '2019-01-01', deadline: '2019-03-01' });
    const adult = await addCitizen(b, 'Voksen Person', '1990-01-01', 13);
    await addCase(b, adult.id, { area: 'voksen', caseType: 'BPA', paragraphs: ['SEL-96'], receivedDate: '2026-12-01' });

    const tasks = await b.call('deadlines.transitions', {});
    // Every step not marked done, up to three months ahead; Lea is placed outside the home (BL § 46).
    expect(tasks.rows.map((r) => [r.citizenName, r.kind, r.due])).toEqual([
      ['Lea Berg', 'track', '2025-01-20'],
      ['Lea Berg', 'invitation', '2025-07-15'],
      ['Lea Berg', 'preparation', '2025-07-20'],
      ['Lea Berg', 'crossMeeting', '2026-07-20'],
      ['Mads Jensen', 'track', '2026-09-10'],
      ['Mads Jensen', 'invitation', '2027-01-12'],
      ['Lea Berg', 'after18', '2027-01-20'],
      ['Mads Jensen', 'preparation', '2027-03-10'],
    ]);
    const r = await b.call('deadlines.reminders', { scope: 'mine' });
    const transition = r.groups.find((g) => g.kind === 'transition')!;
    expect(transition.items.every((i) => i.caseNumber !== '')).toBe(true);
    expect(transition.total).toBe(7); // the reminder centre looks ahead by the warning period only

    await b.call('deadlines.markDone', { kind: 'invitation', subjectId: y.id, due: '2027-01-12' });
    const meetings = await b.call('deadlines.meetings', {});
    expect(meetings.rows[0]).toEqual({ meetingDate: '2027-02-09', invitationDate: '2027-01-12', count: 1 });
    const list = await b.call('deadlines.invitations', { meetingDate: '2027-02-09' });
    expect(list.rows.map((p) => [p.citizenName, p.caseNumber, p.invitedAt !== null])).toEqual([['Mads Jensen', k.caseNumber, true]]);
    expect((await b.call('deadlines.transitions', {})).rows.some((t) => t.kind === 'invitation' && t.citizenId === y.id)).toBe(false);
    expect((await failure(b.call('deadlines.invitations', { meetingDate: '2027-02-10' }))).code).toBe('VALIDATION');
  });

  test('a young person entering after 15½ is on the fast track', async () => {
    const b = reg.backend;
    const y = await addCitizen(b, 'Noah Friis', '2010-05-05', 14); // 15½ on 5 November 2025
    await addCase(b, y.id, { receivedDate: '2027-01-20', deadline: '2027-03-01' });
    const rows = (await b.call('deadlines.transitions', {})).rows;
    expect(rows.filter((t) => t.kind === 'track').map((t) => [t.due, t.fastTrack])).toEqual([['2027-01-20', true]]);
  });
});

describe('invitation list and the stamkort', () => {
  test('each custody holder from the stamkort is on the invitation list', async () => {
    const b = reg.backend;
    const y = await addCitizen(b, 'Mads Jensen', '2011-03-10', 11);
    await addCase(b, y.id, { receivedDate: '2020-01-10', deadline: '2020-03-01' });
    const raw = b.openRegister!.raw;
    raw.prepare("INSERT INTO stamkort (citizen_id, version, updated_at) VALUES (?, 1, '2027-01-01')").run(y.id);
    const parents = {
      none: false,
      entries: [
        { name: 'Ella Jensen', relation: 'Mor', custody: true, address: '' },
        { name: 'Åge Jensen', relation: 'Far', custody: true, address: 'Birkevej 1, 8000 Aarhus C' },
        { name: 'Bente Jensen', relation: 'Mormor', custody: false, address: '' },
      ],
    };
    raw
      .prepare("INSERT INTO stamkort_sections (citizen_id, section, data, version, updated_at, updated_by) VALUES (?, 'parents', ?, 1, '2027-01-01', 1)")
      .run(y.id, JSON.stringify(parents));
    const list = await b.call('deadlines.invitations', { meetingDate: '2027-02-09' });
    expect(list.custodyKnown).toBe(true);
    expect(list.rows[0].custodyHolders).toEqual([
      { name: 'Ella Jensen', address: '' },
      { name: 'Åge Jensen', address: 'Birkevej 1, 8000 Aarhus C' },
    ]);
  });
});

describe('a deadline is met when the decision is made (issue 15)', () => {
  // Today is 29-01-2027 (beforeEach).
  test('a case whose applications are all decided on time is never overdue, on any list, view or figure', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const k = await addCase(b, c.id, { receivedDate: '2026-10-01', deadline: '2026-11-26', phase: 'bestilling' });
    await b.call('applications.create', { caseId: k.id, paragraph: 'BL-86', receivedDate: '2026-10-01', status: 'bevilget', decisionDate: '2026-11-20' });
    // The deadline (26-11-2026) has passed, but the decision came first.
    const d = await b.call('deadlines.forCase', { caseId: k.id });
    expect(d.status).toBe('decided');
    expect(d.pendingDeadline).toBeNull();
    expect(d.applications).toEqual([{ paragraph: 'BL § 86', receivedDate: '2026-10-01', deadline: '2026-11-26', decisionDate: '2026-11-20', outcome: 'metInTime' }]);
    for (const kind of ['overdueWithoutNotice', 'overdueWithNotice', 'coming'] as const) {
      expect((await b.call('deadlines.list', { kind, scope: 'all' })).total).toBe(0);
    }
    const row = (await b.call('cases.list', { scope: 'all' })).rows.find((r) => r.id === k.id)!;
    expect(row.deadline).toBe('2026-11-26');
    expect(row.pendingDeadline).toBeNull();
    const overview = await b.call('handover.overview', { userId: 1 });
    expect(overview.rows.find((r) => r.caseId === k.id)!.overdue).toEqual([]);
    const { rows } = await b.call('deadlines.compliance', {});
    expect(rows).toEqual([{ teamName: 'Team Børn Nord', caseType: 'Merudgifter', decided: 1, decidedInTime: 1, inTimeShare: 100, overdue: 0, overdueTold: 0, toldShare: null }]);
    // No notice of delay for a decision already made.
    const refused = await failure(b.call('deadlines.registerNotice', { caseId: k.id, sentDate: '2027-01-29', expectedDate: '2027-02-20' }));
    expect(refused.code).toBe('VALIDATION');
    expect(events()).toBe(0);
  });

  test('only an undecided application is overdue; a later application has its own deadline, never before it came in', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const k = await addCase(b, c.id, { receivedDate: '2026-10-01', deadline: '2026-11-26' });
    await b.call('applications.create', { caseId: k.id, paragraph: 'BL-86', receivedDate: '2026-10-01', status: 'bevilget', decisionDate: '2026-11-20' });
    // A new application on 21-01-2027: BL § 86 is 8 weeks, so 18-03-2027 — not the case's 26-11-2026.
    const later = await b.call('applications.create', { caseId: k.id, paragraph: 'BL-86', receivedDate: '2027-01-21' });
    expect(later.deadline).toBe('2027-03-18');
    expect(later.deadline! >= later.receivedDate).toBe(true);
    let d = await b.call('deadlines.forCase', { caseId: k.id });
    expect([d.status, d.pendingDeadline]).toEqual(['ok', '2027-03-18']);
    const overview = await b.call('handover.overview', { userId: 1 });
    expect(overview.rows.find((r) => r.caseId === k.id)!.applications).toEqual([{ paragraph: 'BL § 86', receivedDate: '2027-01-21', deadline: '2027-03-18' }]);
    // Undecided past its deadline: overdue, until it is decided (late, which the figures count).
    reg.clock.set('2027-03-22T10:00:00');
    d = await b.call('deadlines.forCase', { caseId: k.id });
    expect(d.status).toBe('overdueWithoutNotice');
    expect((await b.call('deadlines.list', { kind: 'overdueWithoutNotice', scope: 'all' })).rows.map((r) => r.caseId)).toEqual([k.id]);
    await b.call('applications.update', { id: later.id, paragraph: 'BL-86', receivedDate: '2027-01-21', status: 'afslag', decisionDate: '2027-03-22' });
    d = await b.call('deadlines.forCase', { caseId: k.id });
    expect(d.status).toBe('decided');
    expect(d.applications.map((a) => a.outcome)).toEqual(['metInTime', 'decidedLate']);
    expect((await b.call('deadlines.list', { kind: 'overdueWithoutNotice', scope: 'all' })).total).toBe(0);
  });

  test('a deadline before the received date is refused, and nothing is written', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Holm', '2014-04-04', 3);
    const before = sql(reg, 'SELECT count(*) AS n FROM cases');
    const bad = await failure(addCase(b, c.id, { receivedDate: '2026-11-28', deadline: '2026-11-06' }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields).toEqual({ deadline: 'Fristen kan ikke ligge før den dag, sagen er modtaget.' });
    expect(sql(reg, 'SELECT count(*) AS n FROM cases')).toEqual(before);
  });
});
