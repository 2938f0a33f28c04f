import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, type Method } from '../../../shared/api/contract';
import { errorCodes, type ApiResult } from '../../../shared/api/errors';
import { handlers } from '../../../main/backend/handlers';
import { addCase, addCitizen, clockedRegister, inRole, snapshot } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';

let reg: TestRegister;
beforeAll(async () => {
  reg = await clockedRegister();
  const c = await addCitizen(reg.backend, 'Søren Ørsted', '2010-03-15', 1);
  await addCase(reg.backend, c.id);
});
afterAll(async () => reg?.cleanup());

const methods = Object.keys(contract);

/** Calls as a role the method's access names, so its input is read (a refused role is answered before that). */
function dispatchAllowed(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const access = contract[method as Method]?.access;
  if (access === undefined || access === 'anyone') return reg.backend.dispatch(method, input);
  return inRole(reg, access.roles[0], () => reg.backend.dispatch(method, input));
}

/** zod's English defaults must never reach a caseworker. */
const ENGLISH = /\b(invalid|expected|required|received|unrecognized|too (big|small)|must be|string|number)\b/i;

function expectStructured(name: string, r: ApiResult<unknown>) {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(errorCodes).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    expect([name, r.error.message]).not.toEqual([name, expect.stringMatching(ENGLISH)]);
    expect(r.error.message).not.toMatch(/at .*\.ts:\d+|SQLITE|Error:/); // no stack or driver text
    for (const m of Object.values(r.error.fields ?? {})) expect([name, m]).not.toEqual([name, expect.stringMatching(ENGLISH)]);
  }
}

describe('the contract and the handler map', () => {
  test('every method in the contract has a handler, and there are no handlers outside it', () => {
    expect(methods.length).toBeGreaterThan(20);
    for (const m of methods) expect([m, typeof (handlers as Record<string, unknown>)[m]]).toEqual([m, 'function']);
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort());
  });

  const garbage: unknown[] = [
    undefined,
    {},
    null,
    42,
    'tekst',
    [],
    [1, 2],
    { id: '1' },
    { id: 1.5 },
    { id: -1 },
    { id: Number.POSITIVE_INFINITY },
    { id: Number.NaN },
    { id: 1, extra: true },
    { caseId: '1', citizenId: {}, query: 12 },
    { name: 'x'.repeat(200_000), cpr: 'x'.repeat(200_000), query: 'x'.repeat(200_000), reason: 'x'.repeat(200_000) },
    { name: 'Søren\u0000', query: '\u0007', reason: 'a\u001bb' },
    JSON.parse('{"__proto__": {"polluted": true}, "id": 1}'),
    { kind: 'demo', extra: 1 },
    { caseIds: '1,2', toUserId: 'KL' },
    { states: 'åben', sortField: 'id; DROP TABLE cases' },
  ];

  test('garbage input to every method gives a structured answer, never an exception and never INTERNAL', async () => {
    const before = snapshot(reg);
    for (const m of methods) {
      for (const input of garbage) {
        let r: ApiResult<unknown>;
        try {
          r = await dispatchAllowed(m, input);
        } catch (err) {
          throw new Error(`${m} threw past dispatch: ${String(err)}`);
        }
        expectStructured(m, r);
        if (!r.ok) expect([m, JSON.stringify(input)?.slice(0, 60), r.error.code]).not.toEqual([m, expect.anything(), 'INTERNAL']);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshot(reg)).toBe(before);
  });

  test('unknown method names are UNKNOWN_METHOD, including names inherited from Object', async () => {
    for (const name of ['cases.delete', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 7, null, undefined, { m: 1 }]) {
      const r = await reg.backend.dispatch(name, {});
      expect([String(name), r.ok ? 'ok' : r.error.code]).toEqual([String(name), 'UNKNOWN_METHOD']);
      expectStructured(String(name), r);
    }
  });

  test('an input that blows up while being read is still answered, not thrown', async () => {
    const evil = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    for (const m of ['cases.get', 'citizens.create', 'cases.list']) {
      const r = await reg.backend.dispatch(m, evil);
      expect(r.ok).toBe(false);
      expectStructured(m, r);
    }
  });
});

describe('bad-type inputs are VALIDATION with a Danish message naming the field', () => {
  const cases: [string, unknown, string, string | RegExp][] = [
    ['cases.get', { id: '1' }, 'id', 'Mangler et gyldigt id.'],
    ['cases.get', { id: 1.5 }, 'id', /heltal|id/],
    ['cases.get', { id: 0 }, 'id', /mindst|id/],
    ['cases.get', {}, 'id', /udfyldes|id/],
    ['citizens.create', { cpr: '150310-4002', name: 'Søren', hacker: true }, '_', 'Ukendte felter i forespørgslen.'],
    ['users.create', { initials: 'XY', name: 'x'.repeat(100_000), role: 'sagsbehandler', teamId: 1 }, 'name', 'Højst 100 tegn.'],
    ['users.create', { initials: 'XY', name: 'X Y', role: 'admin', teamId: 1 }, 'role', 'Vælg en rolle.'],
    ['citizens.create', { cpr: '150310-4002', name: 'Søren\u0000Ørsted' }, 'name', 'Teksten indeholder ugyldige tegn.'],
    ['citizens.create', { cpr: '150310-4002', name: 'Søren\nØrsted' }, 'name', 'Teksten indeholder ugyldige tegn.'],
    ['citizens.create', { cpr: 1503104002, name: 'Søren' }, 'cpr', 'Skriv CPR-nummeret.'],
    ['citizens.create', { cpr: '1'.repeat(100_000), name: 'Søren' }, 'cpr', /DDMMÅÅ-XXXX/],
    ['citizens.search', { query: 'a'.repeat(1000) }, 'query', 'Højst 100 tegn.'],
    ['citizens.search', { query: 'ab', limit: '10' }, 'limit', 'Forkert type: forventede et tal.'],
    ['cases.list', { sortField: 'id; DROP TABLE cases' }, 'sortField', 'Værdien er ikke en af de tilladte.'],
    ['cases.list', { states: 'åben' }, 'states', 'Forkert type: forventede en liste.'],
    ['cases.list', { states: ['lukket'] }, 'states.0', 'Vælg en tilstand.'],
    ['cases.reassign', { caseIds: '1,2', toUserId: 1, reason: 'x' }, 'caseIds', 'Forkert type: forventede en liste.'],
    ['cases.reassign', { caseIds: Array.from({ length: 5001 }, (_, i) => i + 1), toUserId: 1, reason: 'x' }, 'caseIds', 'Højst 5000 sager på én gang.'],
    ['activities.create', { caseId: 1, date: 20260301, name: 'X' }, 'date', 'Angiv en dato.'],
    ['activities.create', { caseId: 1, date: '2026-3-1', name: 'X' }, 'date', 'Datoen er ugyldig. Skriv den som DD-MM-ÅÅÅÅ.'],
    ['activities.create', { caseId: 1, date: '2026-03-01', name: 'X', note: 'y'.repeat(20_001) }, 'note', 'Højst 20000 tegn.'],
    ['users.update', { id: 1, name: 'X', role: 'teamleder', teamId: 1, active: 'ja' }, 'active', 'Forkert type: forventede ja/nej.'],
    ['services.create', { citizenId: 1, serviceType: 'X', paragraph: 'paragraf 86', startDate: '2026-01-01' }, 'paragraph', 'Ukendt paragraf.'],
  ];

  test.each(cases)('%s %#', async (method, input, field, message) => {
    const before = snapshot(reg);
    const r = await dispatchAllowed(method, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/^Oplysningerne kan ikke gemmes: /);
    expect(r.error.fields).toBeDefined();
    expect(Object.keys(r.error.fields!)).toContain(field);
    if (typeof message === 'string') expect(r.error.fields![field]).toBe(message);
    else expect(r.error.fields![field]).toMatch(message);
    expectStructured(method, r);
    expect(snapshot(reg)).toBe(before);
  });

  test('a huge input is refused quickly', async () => {
    const t = performance.now();
    const r = await reg.backend.dispatch('activities.create', { caseId: 1, date: '2026-03-01', name: 'X', note: 'y'.repeat(5_000_000) });
    expect(r.ok ? null : r.error.code).toBe('VALIDATION');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
