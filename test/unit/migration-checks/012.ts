/**
 * 012 transition handovers: the v1 data survives; an old register has no handovers, so a
 * young person with an open children's case is still on the transition list; a handover
 * row keeps its history (no update, no delete) and a young person is handed over once.
 */
import { expect } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import type { Register } from '../../../main/backend/db/open';
import { backendOn } from '../../helpers/register';

export default async function check(reg: Register, file: string): Promise<void> {
  const raw = reg.raw;
  expect(raw.prepare('SELECT count(*) AS n FROM transition_handovers').get()).toEqual({ n: 0 });
  // Søren Ørsted (born 15-03-2010) has an open children's case in the v1 data.
  const c = raw.prepare("SELECT c.id, c.citizen_id, c.caseworker_id, u.team_id FROM cases c JOIN users u ON u.id = c.caseworker_id WHERE c.area = 'børn' AND c.state = 'åben' LIMIT 1").get() as {
    id: number;
    citizen_id: number;
    caseworker_id: number;
    team_id: number;
  };
  expect(c).toBeDefined();
  const at = '2028-09-20T10:00:00.000Z';
  const insert = raw.prepare(
    `INSERT INTO transition_handovers (citizen_id, handover_date, eighteenth_birthday, from_user_id, from_team_id, to_user_id, to_team_id, adult_case_id, adult_case_created, facts, created_at, created_by)
     VALUES (?, '2028-09-20', '2028-03-15', ?, ?, ?, ?, ?, 0, '{}', ?, ?)`,
  );
  const id = insert.run(c.citizen_id, c.caseworker_id, c.team_id, c.caseworker_id, c.team_id, c.id, at, c.caseworker_id).lastInsertRowid;
  raw.prepare("INSERT INTO transition_handover_cases (handover_id, case_id, decision) VALUES (?, ?, 'keep')").run(id, c.id);
  expect(() => raw.prepare("INSERT INTO transition_handover_cases (handover_id, case_id, decision) VALUES (?, ?, 'archive')").run(id, c.id + 1000)).toThrow(/CHECK/);
  expect(() => insert.run(c.citizen_id, c.caseworker_id, c.team_id, c.caseworker_id, c.team_id, c.id, at, c.caseworker_id)).toThrow(/UNIQUE/);
  expect(() => raw.prepare("UPDATE transition_handovers SET situation = 'x'").run()).toThrow(/history/);
  expect(() => raw.prepare('DELETE FROM transition_handover_cases').run()).toThrow(/history/);
  expect(() => raw.prepare('DELETE FROM transition_handovers').run()).toThrow(/history/);
  await reg.close();

  // Through the app: the handed-over young person is off the transition list; the register checks clean.
  const backend = await backendOn(file, c.caseworker_id);
  try {
    const rows = (await backend.call('deadlines.transitions', { scope: 'all' })).rows;
    expect(rows.some((r) => r.citizenId === c.citizen_id)).toBe(false);
    expect((await backend.call('transition.handovers', { scope: 'all' })).total).toBe(1);
    expect(checkRegister(backend.openRegister!.raw).problems).toEqual([]);
  } finally {
    await backend.close();
  }
}
