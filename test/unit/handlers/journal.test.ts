import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addCase, addCitizen, addUser, clockedRegister, count, failure, snapshot, type Clock } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';

let reg: TestRegister & { clock: Clock };
let søren: number; // citizen
let mette: number;
let sørenCase: number;
let sørenCase2: number;
let metteCase: number;
let kl: number;
beforeAll(async () => {
  reg = await clockedRegister('2026-03-10T12:00:00');
  const b = reg.backend;
  kl = (await addUser(reg, 'KL', 'Karen Lund')).id;
  søren = (await addCitizen(b, 'Søren Ørsted', '2010-03-15', 1)).id;
  mette = (await addCitizen(b, 'Mette Hansen', '2012-07-02', 2)).id;
  sørenCase = (await addCase(b, søren, { receivedDate: '2026-01-05' })).id;
  sørenCase2 = (await addCase(b, søren, { caseType: 'Hjemmetræning', paragraphs: ['BL-85'] })).id;
  metteCase = (await addCase(b, mette)).id;
});
afterAll(async () => reg?.cleanup());

describe('activities', () => {
  test('newest first by date (then by entry), paged, with a total', async () => {
    const b = reg.backend;
    const a1 = await b.call('activities.create', { caseId: sørenCase, date: '2026-02-01', name: 'Ansøgning modtaget', note: 'Fra mor.\nMed bilag.' });
    const a2 = await b.call('activities.create', { caseId: sørenCase, date: '2026-03-01', name: 'Telefonsamtale' });
    const a3 = await b.call('activities.create', { caseId: sørenCase, date: '2026-01-15', name: 'Sagen oprettet' });
    const a4 = await b.call('activities.create', { caseId: sørenCase, date: '2026-03-01', name: 'Journalnotat' });
    expect(a1.note).toBe('Fra mor.\nMed bilag.');
    const page1 = await b.call('activities.list', { caseId: sørenCase, limit: 2 });
    const page2 = await b.call('activities.list', { caseId: sørenCase, limit: 2, offset: 2 });
    expect(page1.total).toBe(4);
    expect(page2.total).toBe(4);
    expect([...page1.rows, ...page2.rows].map((a) => a.id)).toEqual([a4.id, a2.id, a1.id, a3.id]);
    // Another case's journal is separate.
    expect(await b.call('activities.list', { caseId: metteCase })).toEqual({ rows: [], total: 0 });
  });

  test('the author is whoever is current; the case\'s last activity date moves forward only', async () => {
    const b = reg.backend;
    expect((await b.call('cases.get', { id: sørenCase2 })).lastActivityDate).toBeNull();
    const mine = await b.call('activities.create', { caseId: sørenCase2, date: '2026-03-05', name: 'Hjemmebesøg' });
    expect(mine).toMatchObject({ authorId: 1, authorInitials: 'ABC', authorName: 'Anne Berg Christensen', caseId: sørenCase2, date: '2026-03-05' });
    expect((await b.call('cases.get', { id: sørenCase2 })).lastActivityDate).toBe('2026-03-05');
    await b.call('session.setUser', { userId: kl });
    try {
      const hers = await b.call('activities.create', { caseId: sørenCase2, date: '2026-02-01', name: 'Journalnotat' });
      expect(hers.authorInitials).toBe('KL');
      // An older entry does not pull the last activity date back.
      expect((await b.call('cases.get', { id: sørenCase2 })).lastActivityDate).toBe('2026-03-05');
      await b.call('activities.create', { caseId: sørenCase2, date: '2026-03-10', name: 'Telefonsamtale' });
      const row = (await b.call('cases.list', { scope: 'all' })).rows.find((r) => r.id === sørenCase2);
      expect(row?.lastActivityDate).toBe('2026-03-10');
    } finally {
      await b.call('session.setUser', { userId: 1 });
    }
  });

  test('a date in the future is refused on fields.date and nothing is written; today is fine', async () => {
    const before = snapshot(reg);
    const err = await failure(reg.backend.call('activities.create', { caseId: metteCase, date: '2026-03-11', name: 'Telefonsamtale' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.date).toBe('Datoen kan ikke ligge i fremtiden.');
    expect(snapshot(reg)).toBe(before);
    expect((await reg.backend.call('activities.create', { caseId: metteCase, date: '2026-03-10', name: 'Telefonsamtale' })).date).toBe('2026-03-10');
  });

  test('unknown case, empty name, impossible date or control characters: refused, nothing written', async () => {
    const before = snapshot(reg);
    expect((await failure(reg.backend.call('activities.create', { caseId: 4242, date: '2026-03-01', name: 'X' }))).code).toBe('NOT_FOUND');
    expect((await failure(reg.backend.call('activities.create', { caseId: metteCase, date: '2026-03-01', name: ' ' }))).fields?.name).toBe('Feltet skal udfyldes.');
    expect((await failure(reg.backend.call('activities.create', { caseId: metteCase, date: '01-03-2026', name: 'X' }))).fields?.date).toMatch(/DD-MM-ÅÅÅÅ/);
    expect((await failure(reg.backend.call('activities.create', { caseId: metteCase, date: '2026-03-01', name: 'X', note: 'a\u0007b' }))).fields?.note).toBe(
      'Teksten indeholder ugyldige tegn.',
    );
    expect((await failure(reg.backend.call('activities.list', { caseId: 4242 }))).code).toBe('NOT_FOUND');
    expect(snapshot(reg)).toBe(before);
  });
});

describe('applications', () => {
  test('create pending, then decide it; list newest received first with short paragraph labels', async () => {
    const b = reg.backend;
    const a = await b.call('applications.create', { caseId: sørenCase, paragraph: 'BL-86', receivedDate: '2026-01-05' });
    expect(a).toMatchObject({ status: 'verserende', decisionDate: null, paragraphShort: 'BL § 86', note: '' });
    const later = await b.call('applications.create', { caseId: sørenCase, paragraph: 'BL-87', receivedDate: '2026-02-10', note: 'Tabt arbejdsfortjeneste' });
    const decided = await b.call('applications.update', { id: a.id, paragraph: 'BL-86', receivedDate: '2026-01-05', status: 'delvist_bevilget', decisionDate: '2026-03-01' });
    expect(decided).toMatchObject({ id: a.id, caseId: sørenCase, status: 'delvist_bevilget', decisionDate: '2026-03-01' });
    expect((await b.call('applications.list', { caseId: sørenCase })).rows.map((r) => [r.id, r.status])).toEqual([
      [later.id, 'verserende'],
      [a.id, 'delvist_bevilget'],
    ]);
    expect((await b.call('applications.list', { caseId: metteCase })).rows).toEqual([]);
  });

  test('a decided status without a decision date is refused on fields.decisionDate; nothing written', async () => {
    const before = snapshot(reg);
    for (const status of ['bevilget', 'delvist_bevilget', 'afslag'] as const) {
      const err = await failure(reg.backend.call('applications.create', { caseId: sørenCase, paragraph: 'BL-86', receivedDate: '2026-01-05', status }));
      expect([status, err.code, err.fields?.decisionDate]).toEqual([status, 'VALIDATION', 'Angiv afgørelsesdatoen.']);
    }
    expect(snapshot(reg)).toBe(before);
  });

  test('a decision before the application was received, or a date on a pending one, is refused', async () => {
    const before = snapshot(reg);
    const early = await failure(
      reg.backend.call('applications.create', { caseId: sørenCase, paragraph: 'BL-86', receivedDate: '2026-02-01', status: 'afslag', decisionDate: '2026-01-31' }),
    );
    expect(early.fields?.decisionDate).toBe('Afgørelsen kan ikke ligge før ansøgningen er modtaget.');
    const pending = await failure(
      reg.backend.call('applications.create', { caseId: sørenCase, paragraph: 'BL-86', receivedDate: '2026-02-01', decisionDate: '2026-02-02' }),
    );
    expect(pending.fields?.decisionDate).toBe('En verserende ansøgning har ingen afgørelsesdato.');
    expect(snapshot(reg)).toBe(before);
    // Same day is fine; withdrawn needs no date.
    await reg.backend.call('applications.create', { caseId: sørenCase, paragraph: 'BL-86', receivedDate: '2026-02-01', status: 'afslag', decisionDate: '2026-02-01' });
    await reg.backend.call('applications.create', { caseId: sørenCase, paragraph: 'BL-86', receivedDate: '2026-02-01', status: 'trukket_tilbage' });
  });

  test('update follows the same rules; unknown application or paragraph is refused and nothing changes', async () => {
    const b = reg.backend;
    const a = await b.call('applications.create', { caseId: metteCase, paragraph: 'BL-86', receivedDate: '2026-01-05' });
    const before = snapshot(reg);
    expect((await failure(b.call('applications.update', { id: a.id, paragraph: 'BL-86', receivedDate: '2026-01-05', status: 'bevilget' }))).fields?.decisionDate).toBe(
      'Angiv afgørelsesdatoen.',
    );
    expect((await failure(b.call('applications.update', { id: 4242, paragraph: 'BL-86', receivedDate: '2026-01-05' }))).code).toBe('NOT_FOUND');
    expect((await failure(b.call('applications.update', { id: a.id, paragraph: 'BL-999', receivedDate: '2026-01-05' }))).fields?.paragraph).toBe('Ukendt paragraf.');
    expect((await failure(b.call('applications.create', { caseId: 4242, paragraph: 'BL-86', receivedDate: '2026-01-05' }))).code).toBe('NOT_FOUND');
    expect(snapshot(reg)).toBe(before);
  });
});

describe('services', () => {
  test('a service may belong to a case or only to the citizen; lists by case and by citizen', async () => {
    const b = reg.backend;
    const linked = await b.call('services.create', {
      citizenId: søren,
      caseId: sørenCase,
      serviceType: 'Merudgifter',
      paragraph: 'BL-86',
      startDate: '2026-02-01',
      scope: '1.200 kr./md.',
    });
    expect(linked).toMatchObject({ citizenId: søren, caseId: sørenCase, paragraphShort: 'BL § 86', endDate: null, scope: '1.200 kr./md.' });
    expect(linked.caseNumber).toBe((await b.call('cases.get', { id: sørenCase })).caseNumber);
    const loose = await b.call('services.create', { citizenId: søren, caseId: null, serviceType: 'Hjælpemiddel', paragraph: 'SEL-112', startDate: '2025-06-01', endDate: '2025-12-31' });
    expect(loose).toMatchObject({ caseId: null, caseNumber: null });
    const other = await b.call('services.create', { citizenId: søren, caseId: sørenCase2, serviceType: 'Hjemmetræning', paragraph: 'BL-85', startDate: '2026-03-01' });
    expect((await b.call('services.list', { caseId: sørenCase })).rows.map((s) => s.id)).toEqual([linked.id]);
    expect((await b.call('services.list', { citizenId: søren })).rows.map((s) => s.id)).toEqual([other.id, linked.id, loose.id]);
    expect((await b.call('services.list', { citizenId: mette })).rows).toEqual([]);
  });

  test('linking to another citizen\'s case (or a case that does not exist) is refused on fields.caseId; nothing written', async () => {
    const before = snapshot(reg);
    for (const caseId of [metteCase, 4242]) {
      const err = await failure(reg.backend.call('services.create', { citizenId: søren, caseId, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-03-01' }));
      expect([caseId, err.code, err.fields?.caseId]).toEqual([caseId, 'VALIDATION', 'Vælg en af borgerens sager.']);
    }
    expect(snapshot(reg)).toBe(before);
  });

  test('an end before the start is refused on fields.endDate; same day is fine', async () => {
    const before = count(reg, 'services');
    const err = await failure(reg.backend.call('services.create', { citizenId: mette, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-03-01', endDate: '2026-02-28' }));
    expect(err.fields?.endDate).toBe('Slutdatoen kan ikke ligge før startdatoen.');
    expect(count(reg, 'services')).toBe(before);
    await reg.backend.call('services.create', { citizenId: mette, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-03-01', endDate: '2026-03-01' });
    expect(count(reg, 'services')).toBe(before + 1);
  });

  test('update: end a service, move it to another of the citizen\'s cases, but never to someone else\'s', async () => {
    const b = reg.backend;
    const s = await b.call('services.create', { citizenId: søren, caseId: sørenCase, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-01' });
    const u = await b.call('services.update', { id: s.id, caseId: sørenCase2, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-01', endDate: '2026-06-30' });
    expect(u).toMatchObject({ id: s.id, citizenId: søren, caseId: sørenCase2, endDate: '2026-06-30' });
    const before = snapshot(reg);
    const err = await failure(b.call('services.update', { id: s.id, caseId: metteCase, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-01' }));
    expect(err.fields?.caseId).toBe('Vælg en af borgerens sager.');
    expect((await failure(b.call('services.update', { id: 4242, serviceType: 'X', paragraph: 'BL-32', startDate: '2026-01-01' }))).code).toBe('NOT_FOUND');
    expect((await failure(b.call('services.update', { id: s.id, serviceType: 'X', paragraph: 'BL-32', startDate: '2026-01-01', endDate: '2025-01-01' }))).fields?.endDate).toBeDefined();
    expect(snapshot(reg)).toBe(before);
  });

  test('unknown citizen or case is NOT_FOUND; asking by case and citizen at once is VALIDATION', async () => {
    expect((await failure(reg.backend.call('services.list', { citizenId: 4242 }))).code).toBe('NOT_FOUND');
    expect((await failure(reg.backend.call('services.list', { caseId: 4242 }))).code).toBe('NOT_FOUND');
    expect((await failure(reg.backend.call('services.create', { citizenId: 4242, serviceType: 'X', paragraph: 'BL-32', startDate: '2026-01-01' }))).code).toBe('NOT_FOUND');
    const both = await reg.backend.dispatch('services.list', { caseId: sørenCase, citizenId: søren });
    expect(both.ok ? null : both.error.code).toBe('VALIDATION');
  });
});
