/** 008 handover: v1 data survives; the new tables accept a shift, and history rules hold. */
import { expect } from 'vitest';
import type { Register } from '../../../main/backend/db/open';

export default async function check(reg: Register): Promise<void> {
  const raw = reg.raw;
  const c = raw.prepare('SELECT c.id, c.caseworker_id AS user_id, u.team_id FROM cases c JOIN users u ON u.id = c.caseworker_id LIMIT 1').get() as { id: number; user_id: number; team_id: number };
  expect(c).toBeDefined();
  const at = '2026-01-01T00:00:00.000Z';
  const shift = raw
    .prepare("INSERT INTO shifts (kind, from_user_id, team_id, shift_date, reason, status, created_at, created_by) VALUES ('uplanlagt', ?, ?, '2026-01-01', 'x', 'gennemført', ?, ?)")
    .run(c.user_id, c.team_id, at, c.user_id).lastInsertRowid;
  const task = raw
    .prepare(
      "INSERT INTO notification_tasks (shift_id, case_id, recipient_role, recipient_name, new_user_id, responsible_user_id, channel, due_date, created_at) VALUES (?, ?, 'borger', 'X', ?, ?, 'brev', '2026-01-08', ?)",
    )
    .run(shift, c.id, c.user_id, c.user_id, at).lastInsertRowid;
  raw.prepare("UPDATE notification_tasks SET done_on = '2026-01-02', done_channel = 'brev' WHERE id = ?").run(task);
  expect(() => raw.prepare("UPDATE notification_tasks SET done_on = '2026-01-03' WHERE id = ?").run(task)).toThrow(/only once/);
  expect(() => raw.prepare('DELETE FROM notification_tasks WHERE id = ?').run(task)).toThrow(/history/);
  expect((raw.prepare("SELECT count(*) AS n FROM pragma_index_list('case_assignments') WHERE name = 'case_assignments_from'").get() as { n: number }).n).toBe(1);
}
