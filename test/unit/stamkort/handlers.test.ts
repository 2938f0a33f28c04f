import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addCase, addCitizen, addUser, clockedRegister, failure, sql, type Clock } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';
import { danishMoment } from '../../clock';

let reg: TestRegister & { clock: Clock };
let caseId: number;
let citizenId: number;
beforeEach(async () => {
  reg = await clockedRegister('2026-03-10T12:00:00');
  citizenId = (await addCitizen(reg.backend, 'Søren Ørsted', '2014-03-15', 1)).id;
  caseId = (await addCase(reg.backend, citizenId)).id;
});
afterEach(async () => reg?.cleanup());

const mor = { name: 'Hanne Ørsted', relation: 'Mor', custody: true, phone: '+45 20 30 40 50', email: 'hanne@eksempel.dk' };
const cardState = () => JSON.stringify(sql(reg, 'SELECT * FROM stamkort_sections')) + JSON.stringify(sql(reg, 'SELECT * FROM stamkort_history'));

describe('stamkort: sections, history, concurrency', () => {
  test('a new card shows the child\'s sections, all incomplete, due for review, with the live register sections', async () => {
    const card = await reg.backend.call('stamkort.get', { caseId });
    expect(card.citizenName).toBe('Søren Ørsted');
    expect(card.age).toBe(11);
    expect(card.sections.map((s) => s.key)).toEqual(['parents', 'siblings', 'household', 'school', 'diagnoses', 'partners']);
    expect(card.sections.every((s) => !s.complete && s.version === 0)).toBe(true);
    expect(card.review).toMatchObject({ due: true, reviewDays: 90 });
    expect(card.applications).toEqual([]);
  });

  test('an adult case has the same card without the school section', async () => {
    const adult = (await addCitizen(reg.backend, 'Bent Holm', '1980-01-02', 2)).id;
    const c = await addCase(reg.backend, adult, { area: 'voksen', caseType: 'BPA', paragraphs: ['SEL-96'] });
    const card = await reg.backend.call('stamkort.get', { caseId: c.id });
    expect(card.sections.map((s) => s.key)).toEqual(['parents', 'siblings', 'household', 'diagnoses', 'partners']);
    const err = await failure(reg.backend.call('stamkort.saveSection', { caseId: c.id, section: 'school', version: 0, data: { entries: [{ institution: 'X' }] } }));
    expect(err.code).toBe('VALIDATION');
  });

  test('saving keeps field history (who, when, field, old, new) and marks the section complete', async () => {
    const b = reg.backend;
    let card = await b.call('stamkort.saveSection', { caseId, section: 'parents', version: 0, data: { entries: [mor] } });
    const parents = card.sections.find((s) => s.key === 'parents')!;
    expect(parents).toMatchObject({ version: 1, complete: true, updatedBy: 'Anne Berg Christensen' });
    reg.clock.set('2026-03-11T09:30:00');
    card = await b.call('stamkort.saveSection', { caseId, section: 'parents', version: 1, data: { entries: [{ ...mor, phone: '22 33 44 55' }] } });
    const history = await b.call('stamkort.history', { caseId, section: 'parents' });
    expect(history.total).toBe(6);
    expect(history.rows[0]).toMatchObject({ field: 'entries.0.phone', oldValue: '+45 20 30 40 50', newValue: '22 33 44 55', changedBy: 'Anne Berg Christensen' });
    expect(history.rows[0].changedAt).toBe(danishMoment('2026-03-11T09:30:00').toISOString());
    // Other sections' history is separate, and history rows can never be rewritten.
    expect((await b.call('stamkort.history', { caseId, section: 'siblings' })).total).toBe(0);
    const raw = reg.backend.openRegister!.raw;
    expect(() => raw.prepare("UPDATE stamkort_history SET new_value = 'x'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM stamkort_history').run()).toThrow(/append-only/);
  });

  test('an edit based on an old version is refused with CONFLICT, and nothing is overwritten', async () => {
    const b = reg.backend;
    await b.call('stamkort.saveSection', { caseId, section: 'parents', version: 0, data: { entries: [mor] } });
    // A second window still holds version 0.
    const before = cardState();
    const err = await failure(b.call('stamkort.saveSection', { caseId, section: 'parents', version: 0, data: { entries: [{ ...mor, name: 'Anden' }] } }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/ændret af Anne Berg Christensen/);
    expect(cardState()).toBe(before);
    expect((await b.call('stamkort.get', { caseId })).sections[0].data.entries[0].name).toBe('Hanne Ørsted');
    // Confirming a card that changed after it was read is refused too.
    const c = await failure(b.call('stamkort.confirm', { caseId, version: 0, date: '2026-03-10' }));
    expect(c.code).toBe('CONFLICT');
    expect(sql(reg, 'SELECT * FROM stamkort_confirmations')).toEqual([]);
  });

  test('bad input: phone, e-mail, ICD-10 and future dates are refused at the field, nothing saved', async () => {
    const b = reg.backend;
    const cases: [unknown, string, string][] = [
      [{ section: 'parents', data: { entries: [{ ...mor, phone: '1234' }] } }, 'data.entries.0.phone', 'dansk telefonnummer'],
      [{ section: 'parents', data: { entries: [{ ...mor, phone: '+46 20304050' }] } }, 'data.entries.0.phone', 'dansk telefonnummer'],
      [{ section: 'partners', data: { entries: [{ role: 'PPR', email: 'ppr@' }] } }, 'data.entries.0.email', 'e-mailadresse'],
      [{ section: 'diagnoses', data: { entries: [{ text: 'Autisme', icd10: 'F8' }] } }, 'data.entries.0.icd10', 'ICD-10'],
      [{ section: 'diagnoses', data: { entries: [{ text: 'Autisme', date: '2026-03-11' }] } }, 'data.entries.0.date', 'fremtiden'],
    ];
    for (const [input, field, message] of cases) {
      const err = await failure(b.call('stamkort.saveSection', { caseId, version: 0, ...(input as object) } as never));
      expect([err.code, err.fields?.[field]]).toEqual(['VALIDATION', expect.stringContaining(message)]);
    }
    expect(sql(reg, 'SELECT * FROM stamkort_sections')).toEqual([]);
    // Both ICD-10 spellings are accepted, and lower case is normalised.
    const ok = await b.call('stamkort.saveSection', {
      caseId,
      section: 'diagnoses',
      version: 0,
      data: { entries: [{ text: 'Infantil autisme', icd10: 'df84.0', date: '2026-03-10' }, { text: 'ADHD', icd10: 'F90.0' }] },
    });
    expect(ok.sections.find((s) => s.key === 'diagnoses')!.data.entries.map((e) => e.icd10)).toEqual(['DF84.0', 'F90.0']);
  });
});

describe('stamkort: confirmation and staleness through the register', () => {
  test('confirming clears the flag; a new service, a decided application, or time flags it again', async () => {
    const b = reg.backend;
    let card = await b.call('stamkort.get', { caseId });
    card = await b.call('stamkort.confirm', { caseId, version: card.version, date: '2026-03-10' });
    expect(card.review).toMatchObject({ due: false, dueOn: '2026-06-08' });
    expect(card.confirmedBy).toBe('Anne Berg Christensen');
    expect((await b.call('stamkort.reminders', {})).total).toBe(0);

    reg.clock.set('2026-03-12T10:00:00');
    const svc = await b.call('services.create', { citizenId, caseId, serviceType: 'Aflastning', paragraph: 'BL-85', startDate: '2026-03-12' });
    card = await b.call('stamkort.get', { caseId });
    expect(card.review.reasons).toEqual(['En indsats er oprettet eller ændret siden sidste gennemgang.']);
    expect(card.services.map((s) => s.serviceType)).toEqual(['Aflastning']);
    const reminders = await b.call('stamkort.reminders', {});
    expect(reminders.rows.map((r) => [r.caseId, r.reasons.length])).toEqual([[caseId, 1]]);

    reg.clock.set('2026-03-13T10:00:00');
    card = await b.call('stamkort.confirm', { caseId, version: card.version, date: '2026-03-13' });
    expect(card.review.due).toBe(false);
    const app = await b.call('applications.create', { caseId, paragraph: 'BL-86', receivedDate: '2026-03-13' });
    expect((await b.call('stamkort.get', { caseId })).review.due).toBe(false); // a pending application is not a decision
    expect((await b.call('stamkort.get', { caseId })).applications).toHaveLength(1);
    reg.clock.set('2026-03-14T10:00:00');
    await b.call('applications.update', { id: app.id, paragraph: 'BL-86', receivedDate: '2026-03-13', status: 'bevilget', decisionDate: '2026-03-14' });
    expect((await b.call('stamkort.get', { caseId })).review.reasons).toEqual(['En ansøgning er afgjort siden sidste gennemgang.']);
    void svc;

    reg.clock.set('2026-06-20T10:00:00');
    card = await b.call('stamkort.get', { caseId });
    expect(card.review.reasons[0]).toBe('Sidst gennemgået 13-03-2026 – mere end 90 dage siden.');
    expect(sql(reg, 'SELECT count(*) AS n FROM stamkort_confirmations')).toEqual([{ n: 2 }]);
  });

  test('confirmation cannot be dated in the future', async () => {
    const err = await failure(reg.backend.call('stamkort.confirm', { caseId, version: 0, date: '2026-03-11' }));
    expect([err.code, err.fields?.date]).toEqual(['VALIDATION', 'Datoen kan ikke ligge i fremtiden.']);
    expect(sql(reg, 'SELECT * FROM stamkort')).toEqual([]);
  });

  test('the review interval is kept in the register; only a team leader or super user may change it', async () => {
    const b = reg.backend;
    const err = await failure(b.call('stamkort.updateSettings', { reviewDays: 30 }));
    expect(err.code).toBe('FORBIDDEN');
    expect((await b.call('stamkort.settings', {})).reviewDays).toBe(90);
    const leader = await addUser(reg, 'TL', 'Tove Leth', 'teamleder');
    await b.call('session.setUser', { userId: leader.id });
    expect((await failure(b.call('stamkort.updateSettings', { reviewDays: 3 }))).fields?.reviewDays).toBe('Mindst 7 dage.');
    await b.call('stamkort.updateSettings', { reviewDays: 30 });
    const card = await b.call('stamkort.get', { caseId });
    expect(card.review.reviewDays).toBe(30);
    expect(card.canChangeSettings).toBe(true);
  });

  test('reminders are only for the caseworker who owns the open case', async () => {
    const b = reg.backend;
    const other = await addUser(reg, 'KL', 'Karen Lund');
    expect((await b.call('stamkort.reminders', {})).rows.map((r) => r.caseId)).toEqual([caseId]);
    await b.call('session.setUser', { userId: other.id });
    expect((await b.call('stamkort.reminders', {})).total).toBe(0);
  });
});

describe('stamkort reminders: the list agrees with every card', () => {
  test('one per citizen (the newest case), never-confirmed first then the oldest review, paged with a stable total', async () => {
    const b = reg.backend;
    // Søren (beforeEach) gets a second, newer case: he is one reminder, on that case.
    reg.clock.set('2026-03-11T09:00:00');
    const newer = (await addCase(b, citizenId, { receivedDate: '2026-03-11' })).id;
    const ida = (await addCitizen(b, 'Ida Holm', '2015-05-05', 2)).id;
    const idaCase = (await addCase(b, ida)).id;
    const bo = (await addCitizen(b, 'Bo Aagaard', '2016-06-06', 3)).id;
    const boCase = (await addCase(b, bo)).id;
    // Ida confirmed on 10 March, Bo on 11 March; both fine until 90 days have passed.
    let card = await b.call('stamkort.get', { caseId: idaCase });
    await b.call('stamkort.confirm', { caseId: idaCase, version: card.version, date: '2026-03-10' });
    card = await b.call('stamkort.get', { caseId: boCase });
    await b.call('stamkort.confirm', { caseId: boCase, version: card.version, date: '2026-03-11' });
    expect((await b.call('stamkort.reminders', {})).rows.map((r) => r.caseId)).toEqual([newer]);

    // 8 June is 90 days after 10 March: not yet due; 9 June: Ida is due, Bo a day later.
    reg.clock.set('2026-06-08T09:00:00');
    expect((await b.call('stamkort.reminders', {})).rows.map((r) => r.caseId)).toEqual([newer]);
    reg.clock.set('2026-06-10T09:00:00');
    const all = await b.call('stamkort.reminders', {});
    expect(all.rows.map((r) => r.caseId)).toEqual([newer, idaCase, boCase]);
    expect(all.total).toBe(3);
    for (const r of all.rows) expect(r.reasons).toEqual((await b.call('stamkort.get', { caseId: r.caseId })).review.reasons);

    const second = await b.call('stamkort.reminders', { offset: 1, limit: 1 });
    expect([second.rows.map((r) => r.caseId), second.total]).toEqual([[idaCase], 3]);
    const past = await b.call('stamkort.reminders', { offset: 10, limit: 5 });
    expect([past.rows, past.total]).toEqual([[], 3]);
    void caseId;
  });
});
