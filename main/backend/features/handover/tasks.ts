/**
 * Notification tasks: after a shift, the citizen and each party (custody holders,
 * party representative, guardian from the stamkort) must be told who the new
 * caseworker is – by whom (team setting), how and by when (working days).
 */
import type Database from 'better-sqlite3';
import { AppError, notFound } from '../../../../shared/api/errors';
import { addWorkingDays } from '../../../../shared/domain/calendar';
import type { Task } from '../../../../shared/features/handover';
import { partiesOf } from './overview';

export interface TeamSettings {
  teamId: number;
  notifyBy: 'teamleder' | 'modtager';
  notifyDays: number;
}

export function teamSettings(raw: Database.Database, teamId: number): TeamSettings {
  const row = raw.prepare('SELECT notify_by, notify_days FROM handover_settings WHERE team_id = ?').get(teamId) as
    | { notify_by: 'teamleder' | 'modtager'; notify_days: number }
    | undefined;
  return { teamId, notifyBy: row?.notify_by ?? 'modtager', notifyDays: row?.notify_days ?? 5 };
}

export function saveTeamSettings(raw: Database.Database, s: TeamSettings, byUserId: number, at: string): void {
  raw
    .prepare(
      `INSERT INTO handover_settings (team_id, notify_by, notify_days, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (team_id) DO UPDATE SET notify_by = excluded.notify_by, notify_days = excluded.notify_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .run(s.teamId, s.notifyBy, s.notifyDays, at, byUserId);
}

/** The team's leader for tasks the team leader owns: the acting user when a leader, else the team's first active leader. */
function teamLeaderId(raw: Database.Database, teamId: number, actingUserId: number): number {
  const acting = raw.prepare("SELECT id FROM users WHERE id = ? AND role = 'teamleder' AND team_id = ?").get(actingUserId, teamId) as { id: number } | undefined;
  if (acting) return acting.id;
  const first = raw.prepare("SELECT id FROM users WHERE team_id = ? AND role = 'teamleder' AND active = 1 ORDER BY id LIMIT 1").get(teamId) as { id: number } | undefined;
  return first?.id ?? actingUserId;
}

/** Creates the tasks for the moved cases (call inside the shift's transaction). Returns how many. */
export function createTasks(
  raw: Database.Database,
  shift: { id: number; teamId: number },
  moved: { caseId: number; toUserId: number }[],
  actingUserId: number,
  today: string,
  at: string,
): number {
  if (moved.length === 0) return 0;
  const settings = teamSettings(raw, shift.teamId);
  const due = addWorkingDays(today, settings.notifyDays);
  const leader = settings.notifyBy === 'teamleder' ? teamLeaderId(raw, shift.teamId, actingUserId) : null;
  const facts = new Map(
    (
      raw
        .prepare(
          `SELECT c.id, z.name, s.data FROM cases c JOIN citizens z ON z.id = c.citizen_id
           LEFT JOIN stamkort_sections s ON s.citizen_id = c.citizen_id AND s.section = 'parents'
           WHERE c.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(moved.map((m) => m.caseId))) as { id: number; name: string; data: string | null }[]
    ).map((r) => [r.id, r]),
  );
  const insert = raw.prepare(
    `INSERT INTO notification_tasks (shift_id, case_id, recipient_role, recipient_name, recipient_phone, new_user_id, responsible_user_id, channel, due_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  for (const m of moved) {
    const f = facts.get(m.caseId);
    if (!f) continue;
    const responsible = leader ?? m.toUserId;
    insert.run(shift.id, m.caseId, 'borger', f.name, '', m.toUserId, responsible, 'digital_post', due, at);
    n += 1;
    for (const p of f.data ? partiesOf(f.data) : []) {
      // A party with a phone number is called; the rest get digital post.
      insert.run(shift.id, m.caseId, p.role, p.name, p.phone, m.toUserId, responsible, p.phone ? 'telefon' : 'digital_post', due, at);
      n += 1;
    }
  }
  return n;
}

const TASK = `
  SELECT t.id, t.shift_id, t.case_id, c.case_number, z.name AS citizen_name, t.recipient_role, t.recipient_name, t.recipient_phone,
    nu.name AS new_name, ru.name AS responsible_name, t.channel, t.due_date, t.done_on, t.done_channel
  FROM notification_tasks t
  JOIN cases c ON c.id = t.case_id JOIN citizens z ON z.id = c.citizen_id
  JOIN users nu ON nu.id = t.new_user_id JOIN users ru ON ru.id = t.responsible_user_id`;

type TaskRaw = {
  id: number;
  shift_id: number;
  case_id: number;
  case_number: string;
  citizen_name: string;
  recipient_role: Task['recipientRole'];
  recipient_name: string;
  recipient_phone: string;
  new_name: string;
  responsible_name: string;
  channel: Task['channel'];
  due_date: string;
  done_on: string | null;
  done_channel: Task['channel'] | null;
};

const toTask = (r: TaskRaw): Task => ({
  id: r.id,
  shiftId: r.shift_id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  citizenName: r.citizen_name,
  recipientRole: r.recipient_role,
  recipientName: r.recipient_name,
  recipientPhone: r.recipient_phone,
  newCaseworkerName: r.new_name,
  responsibleName: r.responsible_name,
  channel: r.channel,
  dueDate: r.due_date,
  doneOn: r.done_on,
  doneChannel: r.done_channel,
});

/** By shift, or by responsible person; outstanding first by due date. Bounded by the indexes on both. */
export function listTasks(raw: Database.Database, filter: { shiftId?: number; responsibleUserId?: number; outstandingOnly: boolean }): Task[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.shiftId !== undefined) {
    where.push('t.shift_id = ?');
    params.push(filter.shiftId);
  }
  if (filter.responsibleUserId !== undefined) {
    where.push('t.responsible_user_id = ?');
    params.push(filter.responsibleUserId);
  }
  if (filter.outstandingOnly) where.push('t.done_on IS NULL');
  const sql = `${TASK} WHERE ${where.join(' AND ') || '1'} ORDER BY t.done_on IS NOT NULL, t.due_date, t.id LIMIT 2000`;
  return (raw.prepare(sql).all(...params) as TaskRaw[]).map(toTask);
}

export function getTask(raw: Database.Database, id: number): Task {
  const row = raw.prepare(`${TASK} WHERE t.id = ?`).get(id) as TaskRaw | undefined;
  if (!row) throw notFound('Opgaven');
  return toTask(row);
}

export function completeTask(raw: Database.Database, input: { taskId: number; doneOn: string; channel: Task['channel'] }, byUserId: number, today: string): Task {
  const existing = getTask(raw, input.taskId);
  if (existing.doneOn) throw new AppError('CONFLICT', 'Opgaven er allerede markeret som udført.');
  if (input.doneOn > today) throw new AppError('VALIDATION', 'Datoen kan ikke ligge i fremtiden.', { doneOn: 'Datoen kan ikke ligge i fremtiden.' });
  raw.prepare('UPDATE notification_tasks SET done_on = ?, done_channel = ?, done_by = ? WHERE id = ?').run(input.doneOn, input.channel, byUserId, input.taskId);
  return getTask(raw, input.taskId);
}
