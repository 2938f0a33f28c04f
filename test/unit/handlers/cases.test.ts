import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caseSortFields, type CaseRow } from '../../../shared/features/cases';
import { compareDanish } from '../../../shared/domain/collation';
import { caseStates, phases } from '../../../shared/domain/enums';
import { addCase, addCitizen, addUser, clockedRegister, failure, inRole, snapshot, sql } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';
import type { Clock } from '../../helpers/fixtures';

let reg: TestRegister & { clock: Clock };
const ids: Record<string, number> = {};
const users: Record<string, number> = {};
const cit: Record<string, { id: number; cpr: string }> = {};

beforeAll(async () => {
  reg = await clockedRegister('2026-03-10T12:00:00');
  const b = reg.backend;
  const nord = (await b.call('teams.list', {})).rows[0].id;
  const syd = (await inRole(reg, 'teamleder', () => b.call('teams.create', { name: 'Team Voksen Syd' }))).id;
  users.ABC = 1;
  users.OH = (await addUser(reg, 'ØH', 'Ørnulf Holm', 'sagsbehandler', nord)).id;
  users.AS = (await addUser(reg, 'ÅS', 'Åse Sand', 'sagsbehandler', syd)).id;
  const add = async (key: string, name: string, birth: string, n: number, extra = {}) => (cit[key] = await addCitizen(b, name, birth, n, extra));
  await add('zenia', 'Zenia Zimmermann', '1980-04-01', 1);
  await add('aage', 'Aage Aagaard', '2012-05-05', 2);
  await add('aebbe', 'Æbbe Holm', '2015-02-02', 4, { address: 'Hemmelig vej 1', postalCode: '8000', city: 'Aarhus C', protectedAddress: true });
  await add('ojvind', 'Øjvind Øster', '2009-09-09', 3);
  await add('asa', 'Åsa Åsted', '1999-10-10', 6);
  await add('anders', 'Anders Andersen', '1975-01-31', 5, { address: 'Vestergade 4', postalCode: '8000', city: 'Aarhus C' });
  await add('eric', 'Éric Bæk', '2011-11-11', 7);
  const mk = async (key: string, citizen: string, fields: Record<string, unknown>) => {
    ids[key] = (await b.call('cases.create', { citizenId: cit[citizen].id, receivedDate: '2026-01-05', ...fields } as never)).id;
    reg.clock.set(new Date(reg.clock.now().getTime() + 60_000).toISOString());
  };
  await mk('zenia1', 'zenia', { area: 'voksen', caseType: 'BPA', paragraphs: ['SEL-96'], phase: 'sagsoplysning', receivedDate: '2026-01-05', deadline: '2026-04-01', nextFollowUp: '2026-03-20' });
  await mk('aage', 'aage', { area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], phase: 'afgørelse', receivedDate: '2025-12-01', nextFollowUp: '2026-03-12' });
  await mk('aebbe', 'aebbe', { area: 'børn', caseType: 'Hjemmetræning', paragraphs: ['BL-85'], phase: 'sagsåbning', state: 'afgjort', receivedDate: '2026-02-01', deadline: '2026-05-01', caseworkerId: users.OH });
  await mk('ojvind', 'ojvind', { area: 'børn', caseType: 'Støttende indsats / aflastning', paragraphs: ['BL-32'], phase: 'opfølgning', receivedDate: '2025-11-15', nextFollowUp: '2026-06-01', caseworkerId: users.OH });
  await mk('asa', 'asa', { area: 'voksen', caseType: 'Socialpædagogisk støtte', paragraphs: ['SEL-85'], phase: 'bestilling', state: 'afsluttet', receivedDate: '2025-10-10', deadline: '2025-12-01', caseworkerId: users.AS });
  await mk('anders1', 'anders', { area: 'voksen', caseType: 'Hjælpemidler', paragraphs: ['SEL-112'], phase: 'sagsvurdering', receivedDate: '2026-03-01', deadline: '2026-03-31', nextFollowUp: '2026-04-15', caseworkerId: users.AS });
  await mk('eric', 'eric', { area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86', 'BL-87'], phase: 'sagsoplysning', receivedDate: '2026-02-20', deadline: '2026-04-20', nextFollowUp: '2026-03-15' });
  await mk('zenia2', 'zenia', { area: 'voksen', caseType: 'Bil', paragraphs: ['SEL-114'], receivedDate: '2026-03-05' });
  await mk('anders2', 'anders', { area: 'voksen', caseType: 'BPA', paragraphs: ['SEL-96'], phase: 'opfølgning', state: 'afgjort', receivedDate: '2025-06-30', nextFollowUp: '2026-09-01', caseworkerId: users.AS });
  await b.call('activities.create', { caseId: ids.zenia1, date: '2026-03-01', name: 'Telefonsamtale' });
  await b.call('activities.create', { caseId: ids.ojvind, date: '2026-02-10', name: 'Hjemmebesøg' });
  await b.call('activities.create', { caseId: ids.eric, date: '2026-03-09', name: 'Journalnotat' });
});
afterAll(async () => reg?.cleanup());

const list = async (input: Parameters<TestRegister['backend']['call']>[1] & object) => reg.backend.call('cases.list', input as never);
const everything = { scope: 'all', states: ['åben', 'afgjort', 'afsluttet'], limit: 500 } as const;
const names = (rows: CaseRow[]) => rows.map((r) => r.citizenName);
const idSet = (rows: CaseRow[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const keysOf = (...k: string[]) => k.map((x) => ids[x]).sort((a, b) => a - b);

describe('cases.create', () => {
  test('case numbers are YYYY-NNNNNN and count up within the year', async () => {
    const all = (await list(everything)).rows.map((r) => r.caseNumber).sort();
    expect(all).toEqual(Array.from({ length: 9 }, (_, i) => `2026-${String(i + 1).padStart(6, '0')}`));
  });

  test('a new year starts again at 000001, and the old year\'s numbers are untouched', async () => {
    const r = await clockedRegister('2026-12-31T12:00:00');
    try {
      const c = await addCitizen(r.backend, 'Ny Årgang', '2010-01-01', 1);
      expect((await addCase(r.backend, c.id)).caseNumber).toBe('2026-000001');
      expect((await addCase(r.backend, c.id)).caseNumber).toBe('2026-000002');
      r.clock.set('2027-01-02T09:00:00');
      expect((await addCase(r.backend, c.id)).caseNumber).toBe('2027-000001');
      expect((await addCase(r.backend, c.id)).caseNumber).toBe('2027-000002');
    } finally {
      await r.cleanup();
    }
  });

  test('the detail has what the form sent, derived citizen facts, and an open assignment period', async () => {
    const d = await reg.backend.call('cases.get', { id: ids.eric });
    expect(d).toMatchObject({
      citizenName: 'Éric Bæk',
      cprFormatted: '111111-4007',
      age: 14,
      area: 'børn',
      caseType: 'Merudgifter',
      paragraphs: ['BL § 86', 'BL § 87'],
      paragraphCodes: ['BL-86', 'BL-87'],
      phase: 'sagsoplysning',
      state: 'åben',
      receivedDate: '2026-02-20',
      deadline: '2026-04-20',
      nextFollowUp: '2026-03-15',
      caseworkerInitials: 'ABC',
      caseworkerName: 'Anne Berg Christensen',
      lastActivityDate: '2026-03-09',
      kleNumber: '',
      handlingsfacet: '',
    });
    const history = (await reg.backend.call('cases.assignments', { caseId: ids.eric })).rows;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ userId: 1, initials: 'ABC', toAt: null, reason: 'Sagen oprettet', assignedByName: 'Anne Berg Christensen' });
    // Created for a colleague: the colleague holds it, I am recorded as the one who assigned it.
    const other = (await reg.backend.call('cases.assignments', { caseId: ids.ojvind })).rows;
    expect(other).toMatchObject([{ userId: users.OH, initials: 'ØH', toAt: null, assignedByName: 'Anne Berg Christensen' }]);
  });

  test('a protected address never appears in the case view; an ordinary one does', async () => {
    expect((await reg.backend.call('cases.get', { id: ids.aebbe })).citizenAddress).toBe('');
    expect((await reg.backend.call('cases.get', { id: ids.aebbe })).protectedAddress).toBe(true);
    expect((await reg.backend.call('cases.get', { id: ids.anders1 })).citizenAddress).toBe('Vestergade 4, 8000 Aarhus C');
  });

  test('paragraphs must exist and fit the area: VALIDATION on fields.paragraphs, nothing written', async () => {
    const before = snapshot(reg);
    const adultOnChild = await failure(addCase(reg.backend, cit.eric.id, { area: 'børn', paragraphs: ['BL-86', 'SEL-96'] }));
    expect(adultOnChild.code).toBe('VALIDATION');
    expect(adultOnChild.fields?.paragraphs).toMatch(/SEL § 96 hører ikke til området børn/);
    const childOnAdult = await failure(addCase(reg.backend, cit.zenia.id, { area: 'voksen', paragraphs: ['BL-86'] }));
    expect(childOnAdult.fields?.paragraphs).toMatch(/BL § 86 hører ikke til området voksne/);
    const unknown = await failure(addCase(reg.backend, cit.eric.id, { paragraphs: ['BL-999'] }));
    expect(unknown.fields?.paragraphs).toBe('Ukendt paragraf.');
    const none = await failure(addCase(reg.backend, cit.eric.id, { paragraphs: [] }));
    expect(none.fields?.paragraphs).toBe('Vælg mindst én paragraf.');
    const twice = await failure(addCase(reg.backend, cit.eric.id, { paragraphs: ['BL-86', 'BL-86'] }));
    expect(twice.fields?.paragraphs).toBe('Samme paragraf er valgt to gange.');
    expect(snapshot(reg)).toBe(before);
  });

  test('unknown citizen is NOT_FOUND, inactive or unknown caseworker is VALIDATION; nothing written', async () => {
    const before = snapshot(reg);
    expect((await failure(addCase(reg.backend, 9999))).code).toBe('NOT_FOUND');
    const err = await failure(addCase(reg.backend, cit.eric.id, { caseworkerId: 9999 }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.caseworkerId).toBe('Vælg en aktiv sagsbehandler.');
    expect((await failure(addCase(reg.backend, cit.eric.id, { receivedDate: '2026-02-30' }))).fields?.receivedDate).toMatch(/DD-MM-ÅÅÅÅ/);
    expect(snapshot(reg)).toBe(before);
  });
});

describe('cases.list: scope and filters', () => {
  test('scope mine is the current user\'s open cases by default', async () => {
    const r = await list({});
    expect(idSet(r.rows)).toEqual(keysOf('zenia1', 'aage', 'eric', 'zenia2'));
    expect(r.total).toBe(4);
    expect(r.rows.every((x) => x.caseworkerInitials === 'ABC' && x.state === 'åben')).toBe(true);
  });

  test('scope team is my team\'s cases (or a chosen team\'s); all is the register', async () => {
    expect(idSet((await list({ scope: 'team' })).rows)).toEqual(keysOf('zenia1', 'aage', 'eric', 'zenia2', 'ojvind'));
    const teams = (await reg.backend.call('teams.list', {})).rows;
    const syd = teams.find((t) => t.name === 'Team Voksen Syd')!.id;
    expect(idSet((await list({ scope: 'team', teamId: syd })).rows)).toEqual(keysOf('anders1'));
    expect(idSet((await list({ scope: 'all' })).rows)).toEqual(keysOf('zenia1', 'aage', 'eric', 'zenia2', 'ojvind', 'anders1'));
    expect(idSet((await list({ scope: 'all', caseworkerId: users.OH, states: [] })).rows)).toEqual(keysOf('aebbe', 'ojvind'));
  });

  test('states filter: one, several, or none meaning every state', async () => {
    expect(idSet((await list({ scope: 'all', states: ['afgjort'] })).rows)).toEqual(keysOf('aebbe', 'anders2'));
    expect(idSet((await list({ scope: 'all', states: ['afgjort', 'afsluttet'] })).rows).length).toBeGreaterThanOrEqual(3);
    const none = await list({ scope: 'all', states: [] });
    const all = await list(everything);
    expect(none.total).toBe(all.total);
  });

  test('phase and area filters', async () => {
    expect(idSet((await list({ ...everything, phase: 'opfølgning' })).rows)).toEqual(keysOf('ojvind', 'anders2'));
    const adults = (await list({ ...everything, area: 'voksen' })).rows;
    expect(adults.every((r) => r.area === 'voksen')).toBe(true);
    expect(idSet(adults)).toEqual(keysOf('zenia1', 'asa', 'anders1', 'zenia2', 'anders2'));
    expect(idSet((await list({ ...everything, area: 'voksen', phase: 'opfølgning' })).rows)).toEqual(keysOf('anders2'));
  });

  test('search by name word prefix, Danish letters, any case', async () => {
    expect(idSet((await list({ ...everything, search: 'zimm' })).rows)).toEqual(keysOf('zenia1', 'zenia2'));
    expect(idSet((await list({ ...everything, search: 'ØSTER' })).rows)).toEqual(keysOf('ojvind'));
    expect(idSet((await list({ ...everything, search: 'øjvind øst' })).rows)).toEqual(keysOf('ojvind'));
    expect(idSet((await list({ ...everything, search: 'bæk' })).rows)).toEqual(keysOf('eric'));
    expect((await list({ ...everything, search: 'mermann' })).total).toBe(0);
  });

  test('search by CPR prefix with and without hyphen', async () => {
    const cpr = cit.anders.cpr; // 3101751005
    for (const q of [cpr.slice(0, 6), `${cpr.slice(0, 6)}-${cpr.slice(6)}`, cpr, `${cpr.slice(0, 6)}-10`]) {
      expect([q, idSet((await list({ ...everything, search: q })).rows)]).toEqual([q, keysOf('anders1', 'anders2')]);
    }
  });

  test('search by case number, whole or prefix', async () => {
    const n = (await reg.backend.call('cases.get', { id: ids.ojvind })).caseNumber;
    expect(idSet((await list({ ...everything, search: n })).rows)).toEqual(keysOf('ojvind'));
    expect((await list({ ...everything, search: '2026-00000' })).total).toBe(9);
  });

  test('the same list asked by another caseworker answers for that caseworker', async () => {
    // The compiled list queries are kept (features/cases/list.ts): this is what the cache key must get right.
    const mine = { scope: 'mine', states: ['åben', 'afgjort', 'afsluttet'] } as const;
    const asUser = async (userId: number) => {
      reg.backend.setCurrentUser(userId);
      try {
        return idSet((await list(mine)).rows);
      } finally {
        reg.backend.setCurrentUser(users.ABC);
      }
    };
    expect(await asUser(users.OH)).toEqual(keysOf('aebbe', 'ojvind'));
    expect(await asUser(users.AS)).toEqual(keysOf('asa', 'anders1', 'anders2'));
    expect(await asUser(users.OH)).toEqual(keysOf('aebbe', 'ojvind'));
  });

  test('search combines with scope and filters', async () => {
    expect((await list({ scope: 'mine', search: 'andersen' })).total).toBe(0);
    expect(idSet((await list({ scope: 'all', search: 'andersen' })).rows)).toEqual(keysOf('anders1'));
  });
});

/** Compare two rows by a sort field the way a caseworker expects; nulls are handled by the caller. */
const sortKey: Record<(typeof caseSortFields)[number], (r: CaseRow) => string | number | null> = {
  caseNumber: (r) => r.caseNumber,
  citizenName: (r) => r.citizenName,
  cpr: (r) => r.cprFormatted,
  age: (r) => r.age,
  caseType: (r) => r.caseType,
  phase: (r) => phases.indexOf(r.phase),
  state: (r) => caseStates.indexOf(r.state),
  receivedDate: (r) => r.receivedDate,
  // The list sorts by the deadline that runs (none once decided), which is the one it shows.
  deadline: (r) => r.pendingDeadline,
  nextFollowUp: (r) => r.nextFollowUp,
  caseworker: (r) => r.caseworkerInitials,
  lastActivityDate: (r) => r.lastActivityDate,
};
const danishFields = new Set(['citizenName', 'caseType', 'caseworker']);
function compareBy(field: (typeof caseSortFields)[number], a: CaseRow, b: CaseRow): number {
  const x = sortKey[field](a);
  const y = sortKey[field](b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (danishFields.has(field)) return compareDanish(String(x), String(y));
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}

describe('cases.list: sorting', () => {
  for (const field of caseSortFields) {
    for (const direction of ['asc', 'desc'] as const) {
      test(`${field} ${direction}`, async () => {
        const rows = (await list({ ...everything, sortField: field, sortDirection: direction })).rows;
        expect(rows).toHaveLength(9);
        const nonNull = rows.filter((r) => sortKey[field](r) !== null);
        // Empty dates go last in both directions.
        expect(rows.slice(0, nonNull.length)).toEqual(nonNull);
        let strict = 0;
        for (let i = 1; i < nonNull.length; i++) {
          const c = compareBy(field, nonNull[i - 1], nonNull[i]) * (direction === 'asc' ? 1 : -1);
          expect([field, direction, nonNull[i - 1].id, nonNull[i].id, c <= 0]).toEqual([field, direction, nonNull[i - 1].id, nonNull[i].id, true]);
          if (c < 0) strict += 1;
        }
        expect(strict, 'the data must make this sort observable').toBeGreaterThan(0);
      });
    }
  }

  test('names in Danish order: Æ, Ø, Å after Z, "Aage" as Å', async () => {
    const rows = (await list({ ...everything, sortField: 'citizenName' })).rows;
    expect([...new Set(names(rows))]).toEqual([
      'Anders Andersen',
      'Éric Bæk',
      'Zenia Zimmermann',
      'Æbbe Holm',
      'Øjvind Øster',
      'Aage Aagaard',
      'Åsa Åsted',
    ]);
    const desc = (await list({ ...everything, sortField: 'citizenName', sortDirection: 'desc' })).rows;
    expect([...new Set(names(desc))]).toEqual([...new Set(names(rows))].reverse());
  });

  test('caseworker initials in Danish order: ABC, ØH, ÅS', async () => {
    const rows = (await list({ ...everything, sortField: 'caseworker' })).rows;
    expect([...new Set(rows.map((r) => r.caseworkerInitials))]).toEqual(['ABC', 'ØH', 'ÅS']);
  });

  test('state follows the case\'s life: åben, afgjort, afsluttet', async () => {
    const rows = (await list({ ...everything, sortField: 'state' })).rows;
    expect([...new Set(rows.map((r) => r.state))]).toEqual(['åben', 'afgjort', 'afsluttet']);
  });

  test('age ascending is youngest first', async () => {
    const rows = (await list({ ...everything, sortField: 'age' })).rows;
    expect(rows[0].citizenName).toBe('Æbbe Holm');
    expect(rows[rows.length - 1].citizenName).toBe('Anders Andersen');
  });
});

describe('cases.list: paging', () => {
  test('offset and limit walk through every case once; total is the whole match', async () => {
    const full = (await list({ ...everything, sortField: 'caseNumber' })).rows.map((r) => r.id);
    const seen: number[] = [];
    for (let offset = 0; offset < 12; offset += 4) {
      const page = await list({ ...everything, sortField: 'caseNumber', offset, limit: 4 });
      expect(page.total).toBe(9);
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(seen).toEqual(full);
    const beyond = await list({ ...everything, offset: 100, limit: 4 });
    expect(beyond).toEqual({ rows: [], total: 9 });
    const filtered = await list({ ...everything, area: 'voksen', limit: 2 });
    expect(filtered.rows).toHaveLength(2);
    expect(filtered.total).toBe(5);
  });

  test('paging bounds are validated', async () => {
    const r = await reg.backend.dispatch('cases.list', { limit: 0, offset: -1 });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'VALIDATION', fields: { limit: expect.any(String), offset: expect.any(String) } });
    const big = await reg.backend.dispatch('cases.list', { limit: 501 });
    expect(big.ok ? null : big.error.code).toBe('VALIDATION');
  });
});

function toUpdate(d: Awaited<ReturnType<typeof addCase>>) {
  return {
    id: d.id,
    area: d.area,
    caseType: d.caseType,
    kleNumber: d.kleNumber,
    handlingsfacet: d.handlingsfacet,
    paragraphs: d.paragraphCodes,
    phase: d.phase,
    state: d.state,
    receivedDate: d.receivedDate,
    deadline: d.deadline,
    nextFollowUp: d.nextFollowUp,
  };
}

describe('cases.get and cases.update', () => {
  test('get of an unknown case is NOT_FOUND', async () => {
    const err = await failure(reg.backend.call('cases.get', { id: 4242 }));
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'Sagen findes ikke i registret.' });
  });

});

/** These add or change cases, so they run after the list tests that count the shared cases. */
describe('changes to cases', () => {
  test('KLE number and handlingsfacet are checked and normalised', async () => {
    const c = await addCase(reg.backend, cit.eric.id, { kleNumber: '27.24.00', handlingsfacet: 'g01' });
    expect(c).toMatchObject({ kleNumber: '27.24.00', handlingsfacet: 'G01' });
    const err = await failure(addCase(reg.backend, cit.eric.id, { kleNumber: '2724', handlingsfacet: 'GG1' }));
    expect(err.fields).toMatchObject({ kleNumber: 'KLE-nummeret skrives NN.NN.NN, fx 27.24.00.', handlingsfacet: expect.stringMatching(/bogstav og to cifre/) });
  });

  test('a paragraph for both areas fits either', async () => {
    const c = await addCase(reg.backend, cit.eric.id, { area: 'børn', caseType: 'Hjælpemidler', paragraphs: ['SEL-112'], state: 'afsluttet' });
    expect(c.paragraphs).toEqual(['SEL § 112']);
  });

  test('update changes the fields, keeps paragraph order, number, caseworker and creation time, and moves updatedAt', async () => {
    const c = await addCase(reg.backend, cit.aage.id, { state: 'afsluttet' });
    reg.clock.set('2026-03-11T08:30:00');
    const u = await reg.backend.call('cases.update', {
      ...toUpdate(c),
      phase: 'afgørelse',
      state: 'afgjort',
      paragraphs: ['BL-87', 'BL-86'],
      deadline: '2026-04-30',
      nextFollowUp: null,
      caseType: 'Tabt arbejdsfortjeneste',
    });
    expect(u).toMatchObject({
      caseNumber: c.caseNumber,
      caseworkerId: c.caseworkerId,
      createdAt: c.createdAt,
      phase: 'afgørelse',
      state: 'afgjort',
      paragraphCodes: ['BL-87', 'BL-86'],
      paragraphs: ['BL § 87', 'BL § 86'],
      deadline: '2026-04-30',
      nextFollowUp: null,
      caseType: 'Tabt arbejdsfortjeneste',
    });
    expect(u.updatedAt > c.updatedAt).toBe(true);
    expect(await reg.backend.call('cases.get', { id: c.id })).toEqual(u);
  });

  test('update with a paragraph outside the area, or of an unknown case, writes nothing', async () => {
    const before = snapshot(reg);
    const d = await reg.backend.call('cases.get', { id: ids.aage });
    const err = await failure(reg.backend.call('cases.update', { ...toUpdate(d), paragraphs: ['SEL-85'] }));
    expect(err.fields?.paragraphs).toMatch(/hører ikke til/);
    const moved = await failure(reg.backend.call('cases.update', { ...toUpdate(d), area: 'voksen' }));
    expect(moved.fields?.paragraphs).toMatch(/BL § 86 hører ikke til området voksne/);
    expect((await failure(reg.backend.call('cases.update', { ...toUpdate(d), id: 4242 }))).code).toBe('NOT_FOUND');
    expect((await failure(reg.backend.call('cases.update', { ...toUpdate(d), caseworkerId: 2 } as never))).code).toBe('VALIDATION');
    expect(snapshot(reg)).toBe(before);
  });

  test('every case still has exactly one open period for its caseworker', async () => {
    const bad = sql(reg, `SELECT c.id FROM cases c WHERE (SELECT count(*) FROM case_assignments a WHERE a.case_id = c.id AND a.to_at IS NULL AND a.user_id = c.caseworker_id) != 1`);
    expect(bad).toEqual([]);
  });
});
