/**
 * Danish time, whatever the machine's time zone (issue 15). Every "today", year and date
 * boundary in the backend and in input validation is the Danish calendar day of the
 * backend's clock. Each test sets that clock explicitly, so the file means the same under
 * any TZ and on any day (scripts/test-all.mjs also runs it with TZ=UTC and TZ=America/New_York):
 * - 2026-12-31T22:30:00Z is 23:30 on 31 December 2026 in Denmark;
 * - 2026-12-31T23:30:00Z is 00:30 on 1 January 2027 in Denmark (still 31 December in UTC,
 *   and 18:30 on 31 December in New York).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { parseCpr } from '../../shared/domain/cpr';
import { toIsoDate } from '../../shared/domain/dates';
import { citizenInput, citizenInputOn } from '../../shared/features/citizens';
import { followBackendClock, todayIso } from '../../renderer/src/components/today';
import { addCase, addCitizen, clockedRegister, count, failure, makeCpr, snapshot } from '../helpers/fixtures';
import type { TestRegister } from '../helpers/register';

const EVE_2330 = '2026-12-31T22:30:00.000Z'; // 23:30 Danish time, 31 December 2026
const NEW_YEAR_0030 = '2026-12-31T23:30:00.000Z'; // 00:30 Danish time, 1 January 2027

let reg: (TestRegister & { clock: { set(iso: string): void } }) | undefined;
afterEach(async () => {
  await reg?.cleanup();
  reg = undefined;
});

async function registerAt(iso: string) {
  reg = await clockedRegister(iso);
  return reg;
}

describe('the Danish calendar day of a moment', () => {
  test.each([
    [EVE_2330, '2026-12-31'],
    [NEW_YEAR_0030, '2027-01-01'],
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
    // Summer time (UTC+2): 22:30 UTC on 30 June is 00:30 on 1 July.
    ['2027-06-30T21:59:59.000Z', '2027-06-30'],
    ['2027-06-30T22:30:00.000Z', '2027-07-01'],
  ])('%s is %s in Denmark, whatever the machine says', (moment, day) => {
    expect(toIsoDate(new Date(moment))).toBe(day);
  });
});

describe('00:30 on 1 January 2027 in Denmark (23:30 on 31 December in UTC)', () => {
  test('a child born on the Danish today is accepted, aged 0', async () => {
    const { backend } = await registerAt(NEW_YEAR_0030);
    const c = await backend.call('citizens.create', { cpr: '010127-4001', name: 'Nyår Barn' });
    expect(c).toMatchObject({ birthDate: '2027-01-01', age: 0, cprFormatted: '010127-4001' });
  });

  test('a child born "tomorrow" (2 January) is refused as a future birth date, nothing written', async () => {
    const r = await registerAt(NEW_YEAR_0030);
    const before = snapshot(r);
    const err = await failure(r.backend.call('citizens.create', { cpr: '020127-4001', name: 'Endnu Ikke Født' }));
    expect([err.code, err.fields?.cpr]).toEqual(['VALIDATION', 'CPR-nummeret angiver en fødselsdato i fremtiden.']);
    expect(snapshot(r)).toBe(before);
  });

  test('editing a citizen checks the CPR number against the same Danish today', async () => {
    const { backend } = await registerAt(NEW_YEAR_0030);
    const c = await backend.call('citizens.create', { cpr: '311226-4001', name: 'Flytter Dato' });
    const moved = await backend.call('citizens.update', { id: c.id, cpr: '010127-4001', name: 'Flytter Dato' });
    expect(moved.birthDate).toBe('2027-01-01');
    const err = await failure(backend.call('citizens.update', { id: c.id, cpr: '020127-4001', name: 'Flytter Dato' }));
    expect(err.fields?.cpr).toBe('CPR-nummeret angiver en fødselsdato i fremtiden.');
  });

  test('a new case gets a number of 2027', async () => {
    const { backend } = await registerAt(NEW_YEAR_0030);
    const c = await addCitizen(backend, 'Sagsnummer Nyår', '2015-05-05', 1);
    const k = await addCase(backend, c.id, { receivedDate: '2026-12-30' });
    expect(k.caseNumber).toBe('2027-000001');
  });

  test('someone born 1 January 2009 is 18 on the citizen, in the search and on the case', async () => {
    const { backend } = await registerAt(NEW_YEAR_0030);
    const c = await addCitizen(backend, 'Atten Idag', '2009-01-01', 2);
    expect(c.age).toBe(18);
    expect((await backend.call('citizens.get', { id: c.id })).age).toBe(18);
    expect((await backend.call('citizens.search', { query: 'Atten' })).rows[0].age).toBe(18);
    const k = await addCase(backend, c.id, { receivedDate: '2026-12-30' });
    expect((await backend.call('cases.get', { id: k.id })).age).toBe(18);
  });

  test('an activity dated the Danish today is accepted, one dated tomorrow refused', async () => {
    const r = await registerAt(NEW_YEAR_0030);
    const c = await addCitizen(r.backend, 'Aktiv Nyår', '2015-05-05', 3);
    const k = await addCase(r.backend, c.id, { receivedDate: '2026-12-30' });
    const a = await r.backend.call('activities.create', { caseId: k.id, date: '2027-01-01', name: 'Telefonsamtale' });
    expect(a.date).toBe('2027-01-01');
    const before = count(r, 'activities');
    const err = await failure(r.backend.call('activities.create', { caseId: k.id, date: '2027-01-02', name: 'Telefonsamtale' }));
    expect([err.code, err.fields?.date]).toEqual(['VALIDATION', 'Datoen kan ikke ligge i fremtiden.']);
    expect(count(r, 'activities')).toBe(before);
  });

  test('a receipt sent on the Danish today is accepted (not "in the future")', async () => {
    const { backend } = await registerAt(NEW_YEAR_0030);
    const c = await addCitizen(backend, 'Kvittering Nyår', '2015-05-05', 4);
    const k = await addCase(backend, c.id, { receivedDate: '2026-12-30' });
    const tomorrow = await failure(backend.call('deadlines.registerReceipt', { caseId: k.id, sentDate: '2027-01-02' }));
    expect(tomorrow.fields?.sentDate).toBe('Datoen kan ikke ligge i fremtiden.');
    const done = await backend.call('deadlines.registerReceipt', { caseId: k.id, sentDate: '2027-01-01' });
    expect(done.receiptDate).toBe('2027-01-01');
  });

  test('a stamkort reviewed on the Danish today is accepted, tomorrow refused', async () => {
    const { backend } = await registerAt(NEW_YEAR_0030);
    const c = await addCitizen(backend, 'Stamkort Nyår', '2015-05-05', 5);
    const k = await addCase(backend, c.id, { receivedDate: '2026-12-30' });
    const card = await backend.call('stamkort.get', { caseId: k.id });
    const tomorrow = await failure(backend.call('stamkort.confirm', { caseId: k.id, version: card.version, date: '2027-01-02' }));
    expect(tomorrow.fields?.date).toBe('Datoen kan ikke ligge i fremtiden.');
    await backend.call('stamkort.confirm', { caseId: k.id, version: card.version, date: '2027-01-01' });
  });
});

describe('23:30 on 31 December 2026 in Denmark', () => {
  test('a child born 1 January 2027 is still in the future; born 31 December is accepted', async () => {
    const r = await registerAt(EVE_2330);
    const before = snapshot(r);
    const err = await failure(r.backend.call('citizens.create', { cpr: '010127-4001', name: 'Endnu Ikke Født' }));
    expect(err.fields?.cpr).toBe('CPR-nummeret angiver en fødselsdato i fremtiden.');
    expect(snapshot(r)).toBe(before);
    const c = await r.backend.call('citizens.create', { cpr: '311226-4001', name: 'Nytårsaften Barn' });
    expect(c).toMatchObject({ birthDate: '2026-12-31', age: 0 });
  });

  test('a new case gets a number of 2026', async () => {
    const { backend } = await registerAt(EVE_2330);
    const c = await addCitizen(backend, 'Sagsnummer Aften', '2015-05-05', 1);
    expect((await addCase(backend, c.id, { receivedDate: '2026-12-30' })).caseNumber).toBe('2026-000001');
  });

  test('someone born 1 January 2009 is still 17', async () => {
    const { backend } = await registerAt(EVE_2330);
    const c = await addCitizen(backend, 'Atten Imorgen', '2009-01-01', 2);
    expect(c.age).toBe(17);
    expect((await backend.call('citizens.search', { query: 'Atten' })).rows[0].age).toBe(17);
  });

  test('an activity dated 1 January 2027 is in the future', async () => {
    const { backend } = await registerAt(EVE_2330);
    const c = await addCitizen(backend, 'Aktiv Aften', '2015-05-05', 3);
    const k = await addCase(backend, c.id, { receivedDate: '2026-12-30' });
    const err = await failure(backend.call('activities.create', { caseId: k.id, date: '2027-01-01', name: 'Telefonsamtale' }));
    expect(err.fields?.date).toBe('Datoen kan ikke ligge i fremtiden.');
    expect((await backend.call('activities.create', { caseId: k.id, date: '2026-12-31', name: 'Telefonsamtale' })).date).toBe('2026-12-31');
  });
});

test('across Danish midnight in one register: case numbers move to the new year, the sequence starts again', async () => {
  const r = await registerAt(EVE_2330);
  const c = await addCitizen(r.backend, 'Over Midnat', '2015-05-05', 1);
  expect((await addCase(r.backend, c.id)).caseNumber).toBe('2026-000001');
  expect((await addCase(r.backend, c.id)).caseNumber).toBe('2026-000002');
  r.clock.set('2026-12-31T22:59:59.000Z'); // 23:59:59 Danish
  expect((await addCase(r.backend, c.id)).caseNumber).toBe('2026-000003');
  r.clock.set(NEW_YEAR_0030);
  expect((await addCase(r.backend, c.id)).caseNumber).toBe('2027-000001');
  expect((await r.backend.call('citizens.create', { cpr: makeCpr('2027-01-01', 9), name: 'Født Nytårsdag' })).birthDate).toBe('2027-01-01');
});

describe('input validation in the window follows the backend clock, not the machine', () => {
  test('the citizen form refuses a birth date after the Danish today of the backend clock', () => {
    followBackendClock(NEW_YEAR_0030);
    expect(todayIso()).toBe('2027-01-01');
    const form = citizenInputOn(todayIso);
    expect(form.safeParse({ cpr: '010127-4001', name: 'Nyår Barn' }).success).toBe(true);
    const tomorrow = form.safeParse({ cpr: '020127-4001', name: 'Endnu Ikke Født' });
    expect(tomorrow.success).toBe(false);
    expect(tomorrow.error?.issues[0].message).toBe('CPR-nummeret angiver en fødselsdato i fremtiden.');

    followBackendClock(EVE_2330);
    expect(todayIso()).toBe('2026-12-31');
    expect(form.safeParse({ cpr: '010127-4001', name: 'Nyår Barn' }).success).toBe(false);
  });

  test('the API schema itself never reads a clock: "not born after today" is the handler\'s, on the backend clock', () => {
    // A birth date years after any machine clock passes the schema; the handler refuses it (tests above).
    expect(citizenInput.safeParse({ cpr: '010150-5001', name: 'Langt Fremme' }).success).toBe(true);
    expect(parseCpr('010150-5001', '2027-01-01').ok).toBe(false);
  });
});
