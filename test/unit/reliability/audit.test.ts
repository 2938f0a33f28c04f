/** Issue 8: every read and change of a citizen's data is in the audit log; protected addresses stay masked until revealed. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { auditTargets } from '../../../main/backend/features/audit/targets';
import { addCase, addCitizen, addUser, clockedRegister, failure, sql } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';
import { danishMoment } from '../../clock';

type Row = { method: string; action: string; citizen_id: number | null; case_id: number | null; user_id: number | null };
// Reads are queued and written at the end of the turn (features/audit/record.ts): flush before reading the raw log.
const auditRows = async (reg: TestRegister): Promise<Row[]> => {
  await reg.backend.flushAudit();
  return sql<Row>(reg, 'SELECT method, action, citizen_id, case_id, user_id FROM audit_log ORDER BY id');
};

describe('every contract method is either audited or marked as not touching citizen data', () => {
  test('no method of the contract is missing from features/audit/targets.ts', () => {
    const missing = Object.keys(contract).filter((m) => !(m in auditTargets));
    expect(missing, 'add these methods to main/backend/features/audit/targets.ts').toEqual([]);
  });
  test('no descriptor names a method that does not exist', () => {
    expect(Object.keys(auditTargets).filter((m) => !(m in contract))).toEqual([]);
  });
});

describe('the audit log', () => {
  let reg: TestRegister;
  let leaderId: number;
  let caseworkerId: number;
  beforeAll(async () => {
    reg = await clockedRegister('2026-03-10T12:00:00');
    const b = reg.backend;
    caseworkerId = (await b.call('session.current', {})).user!.id;
    const team = (await b.call('teams.list', {})).rows[0];
    leaderId = (await addUser(reg, 'TL', 'Tina Lund', 'teamleder', team.id)).id;
  });
  afterAll(async () => reg?.cleanup());

  test('reads and changes are logged with who, when, which method and which citizen or case', async () => {
    const b = reg.backend;
    const before = (await auditRows(reg)).length;
    const c = await addCitizen(b, 'Sofie Krogh', '2014-05-05', 11);
    const k = await addCase(b, c.id);
    await b.call('citizens.get', { id: c.id });
    await b.call('cases.get', { id: k.id });
    await b.call('activities.create', { caseId: k.id, date: '2026-03-09', name: 'Telefonsamtale' });
    const rows = (await auditRows(reg)).slice(before);
    expect(rows.map((r) => [r.method, r.action, r.citizen_id, r.case_id, r.user_id])).toEqual([
      ['citizens.create', 'change', c.id, null, caseworkerId],
      ['cases.create', 'change', c.id, k.id, caseworkerId],
      ['citizens.get', 'read', c.id, null, caseworkerId],
      ['cases.get', 'read', c.id, k.id, caseworkerId],
      ['activities.create', 'change', c.id, k.id, caseworkerId],
    ]);
    const at = sql<{ at: string }>(reg, 'SELECT at FROM audit_log ORDER BY id DESC LIMIT 1')[0].at;
    expect(at).toBe(danishMoment('2026-03-10T12:00:00').toISOString());
  });

  test('a redistribution logs one row per case; a list logs one row without a target', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Bent Holm', '2011-02-02', 13);
    const cases = [await addCase(b, c.id), await addCase(b, c.id)];
    const before = (await auditRows(reg)).length;
    b.setCurrentUser(leaderId); // moving cases is the team leader's
    await b.call('cases.reassign', { caseIds: cases.map((k) => k.id), toUserId: leaderId, reason: 'Ferie' });
    await b.call('cases.list', { scope: 'all' });
    b.setCurrentUser(caseworkerId);
    const rows = (await auditRows(reg)).slice(before);
    expect(rows.map((r) => [r.method, r.case_id])).toEqual([
      ['cases.reassign', cases[0].id],
      ['cases.reassign', cases[1].id],
      ['cases.list', null],
    ]);
  });

  test('reads are written right after their answer, in call order with changes, without anyone asking', async () => {
    const b = reg.backend;
    const raw = b.openRegister!.raw;
    const c = await addCitizen(b, 'Villads Berg', '2012-04-04', 19);
    const before = (raw.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
    const since = () => raw.prepare('SELECT method FROM audit_log WHERE id > ? ORDER BY id').all(before) as { method: string }[];
    await b.call('citizens.get', { id: c.id });
    await b.call('citizens.search', { query: 'Villads' });
    await new Promise((resolve) => setImmediate(resolve)); // the end of the event-loop turn
    expect(since().map((r) => r.method)).toEqual(['citizens.get', 'citizens.search']);
    // A change right after a read: the read's row is written first, so the log keeps the order of calls.
    await b.call('citizens.get', { id: c.id });
    await addCase(b, c.id);
    expect(since().map((r) => r.method)).toEqual(['citizens.get', 'citizens.search', 'citizens.get', 'cases.create']);
  });

  test('a burst of reads is written in batches while it lasts, and queued reads are written before the register closes', async () => {
    const other = await clockedRegister('2026-03-10T12:00:00');
    try {
      const b = other.backend;
      const c = await addCitizen(b, 'Alma Krog', '2015-01-01', 21);
      const reads = () => (b.openRegister!.raw.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'citizens.get'").get() as { n: number }).n;
      // Calls awaited back to back never leave the turn: rows are written every 50.
      for (let i = 0; i < 120; i++) await b.call('citizens.get', { id: c.id });
      expect(reads()).toBe(100);
      await b.close();
      const Database = (await import('better-sqlite3')).default;
      const raw = new Database(other.file, { readonly: true });
      try {
        expect((raw.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'citizens.get'").get() as { n: number }).n).toBe(120);
      } finally {
        raw.close();
      }
    } finally {
      await other.cleanup();
    }
  });

  test('a rejected call is not logged (nothing was read)', async () => {
    const before = (await auditRows(reg)).length;
    expect((await failure(reg.backend.call('citizens.get', { id: 999_999 }))).code).toBe('NOT_FOUND');
    expect((await failure(reg.backend.call('cases.get', { id: -1 }))).code).toBe('VALIDATION');
    expect((await auditRows(reg)).length).toBe(before);
  });

  test('the log is append-only in the database', async () => {
    const raw = reg.backend.openRegister!.raw;
    const before = (await auditRows(reg));
    expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => raw.prepare('UPDATE audit_log SET user_id = NULL').run()).toThrow(/append-only/);
    expect((await auditRows(reg))).toEqual(before);
  });

  test('only a team leader sees a citizen\'s log, and can export it as CSV', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Ida Skov', '2016-09-09', 15);
    await b.call('citizens.get', { id: c.id });
    const refused = await failure(b.call('audit.citizen', { citizenId: c.id }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/teamleder/);

    b.setCurrentUser(leaderId);
    try {
      const log = await b.call('audit.citizen', { citizenId: c.id });
      expect(log.rows.map((r) => [r.method, r.userInitials, r.action])).toEqual([
        ['citizens.get', 'ABC', 'read'],
        ['citizens.create', 'ABC', 'change'],
      ]);
      const csv = await b.call('audit.exportCsv', { citizenId: c.id });
      const lines = csv.csv.replace(/^\ufeff/, '').trim().split(/\r?\n/);
      expect(lines[0]).toBe('"Tidspunkt";"Initialer";"Medarbejder";"Handling";"Funktion";"Sagsnummer"');
      expect(csv.csv).toContain('"Så borgerens oplysninger"');
      expect(csv.fileName).toMatch(/^logbog-borger-\d+-2026-03-10\.csv$/);
      // Viewing the log is itself logged.
      expect((await auditRows(reg)).at(-1)).toMatchObject({ method: 'audit.exportCsv', citizen_id: c.id, user_id: leaderId });
    } finally {
      b.setCurrentUser(caseworkerId);
    }
  });

  test('a protected address is masked in citizens.get and cases.get until revealed, and the reveal is logged', async () => {
    const b = reg.backend;
    const c = await addCitizen(b, 'Nora Dahl', '2013-03-03', 17, { address: 'Skjultvej 7', postalCode: '8000', city: 'Aarhus C', protectedAddress: true });
    const k = await addCase(b, c.id);
    expect(c).toMatchObject({ address: '', postalCode: '', city: '', protectedAddress: true });
    expect(await b.call('citizens.get', { id: c.id })).toMatchObject({ address: '', postalCode: '', city: '' });
    expect((await b.call('cases.get', { id: k.id })).citizenAddress).toBe('');
    expect(await b.call('citizens.revealAddress', { id: c.id })).toEqual({ address: 'Skjultvej 7', postalCode: '8000', city: 'Aarhus C' });
    expect((await auditRows(reg)).at(-1)).toMatchObject({ method: 'citizens.revealAddress', action: 'read', citizen_id: c.id });
    // The address is still stored: masking is in what leaves the backend, not in the register.
    expect(sql(reg, 'SELECT address FROM citizens WHERE id = ?', c.id)).toEqual([{ address: 'Skjultvej 7' }]);
  });
});
