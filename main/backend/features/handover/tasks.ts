/**
 * Notification tasks: after a shift, the citizen and each party (custody holders,
 * party representative, guardian from the stamkort) must be told who the new
 * caseworker is – by whom (team setting), how and by when (working days).
 */
import { sql, type Insertable } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import { addWorkingDays } from '../../../../shared/domain/calendar';
import type { Task } from '../../../../shared/features/handover';
import type { NotificationTasksTable } from '../../db/schema';
import type { Db } from '../../db/transaction';
import { byIdChunks } from '../../db/chunks';
import { partiesOf } from './overview';

export interface TeamSettings {
  teamId: number;
  notifyBy: 'teamleder' | 'modtager';
  notifyDays: number;
}

export async function teamSettings(db: Db, teamId: number): Promise<TeamSettings> {
  const row = await db.selectFrom('handover_settings').select(['notify_by', 'notify_days']).where('team_id', '=', teamId).executeTakeFirst();
  return { teamId, notifyBy: row?.notify_by ?? 'modtager', notifyDays: row?.notify_days ?? 5 };
}

export async function saveTeamSettings(db: Db, s: TeamSettings, byUserId: number, at: string): Promise<void> {
  await db
    .insertInto('handover_settings')
    .values({ team_id: s.teamId, notify_by: s.notifyBy, notify_days: s.notifyDays, updated_at: at, updated_by: byUserId })
    .onConflict((oc) =>
      oc.column('team_id').doUpdateSet((eb) => ({
        notify_by: eb.ref('excluded.notify_by'),
        notify_days: eb.ref('excluded.notify_days'),
        updated_at: eb.ref('excluded.updated_at'),
        updated_by: eb.ref('excluded.updated_by'),
      })),
    )
    .execute();
}

/** The team's leader for tasks the team leader owns: the acting user when a leader, else the team's first active leader. */
async function teamLeaderId(db: Db, teamId: number, actingUserId: number): Promise<number> {
  const acting = await db.selectFrom('users').select('id').where('id', '=', actingUserId).where('role', '=', 'teamleder').where('team_id', '=', teamId).executeTakeFirst();
  if (acting) return acting.id;
  const first = await db
    .selectFrom('users')
    .select('id')
    .where('team_id', '=', teamId)
    .where('role', '=', 'teamleder')
    .where('active', '=', 1)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return first?.id ?? actingUserId;
}

/** Rows per INSERT: 10 values each keeps a statement well under the engines' parameter limits. */
const INSERT_ROWS = 500;

/** Creates the tasks for the moved cases (call inside the shift's transaction, with its `trx`). Returns how many. */
export async function createTasks(
  db: Db,
  shift: { id: number; teamId: number },
  moved: { caseId: number; toUserId: number }[],
  actingUserId: number,
  today: string,
  at: string,
): Promise<number> {
  if (moved.length === 0) return 0;
  const settings = await teamSettings(db, shift.teamId);
  const due = addWorkingDays(today, settings.notifyDays);
  const leader = settings.notifyBy === 'teamleder' ? await teamLeaderId(db, shift.teamId, actingUserId) : null;
  const facts = new Map(
    (
      await byIdChunks(
        moved.map((m) => m.caseId),
        (ids) =>
          db
            .selectFrom('cases as c')
            .innerJoin('citizens as z', 'z.id', 'c.citizen_id')
            .leftJoin('stamkort_sections as s', (j) => j.onRef('s.citizen_id', '=', 'c.citizen_id').on('s.section', '=', 'parents'))
            .select(['c.id', 'z.name', 's.data'])
            .where('c.id', 'in', ids)
            .execute(),
      )
    ).map((r) => [r.id, r]),
  );
  const rows: Insertable<NotificationTasksTable>[] = [];
  const task = (m: { caseId: number; toUserId: number }, role: Task['recipientRole'], name: string, phone: string, channel: Task['channel']) =>
    rows.push({
      shift_id: shift.id,
      case_id: m.caseId,
      recipient_role: role,
      recipient_name: name,
      recipient_phone: phone,
      new_user_id: m.toUserId,
      responsible_user_id: leader ?? m.toUserId,
      channel,
      due_date: due,
      created_at: at,
    });
  for (const m of moved) {
    const f = facts.get(m.caseId);
    if (!f) continue;
    task(m, 'borger', f.name, '', 'digital_post');
    // A party with a phone number is called; the rest get digital post.
    for (const p of f.data ? partiesOf(f.data) : []) task(m, p.role, p.name, p.phone, p.phone ? 'telefon' : 'digital_post');
  }
  for (let i = 0; i < rows.length; i += INSERT_ROWS) await db.insertInto('notification_tasks').values(rows.slice(i, i + INSERT_ROWS)).execute();
  return rows.length;
}

function taskQuery(db: Db) {
  return db
    .selectFrom('notification_tasks as t')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .innerJoin('citizens as z', 'z.id', 'c.citizen_id')
    .innerJoin('users as nu', 'nu.id', 't.new_user_id')
    .innerJoin('users as ru', 'ru.id', 't.responsible_user_id')
    .select([
      't.id',
      't.shift_id',
      't.case_id',
      'c.case_number',
      'z.name as citizen_name',
      't.recipient_role',
      't.recipient_name',
      't.recipient_phone',
      'nu.name as new_name',
      'ru.name as responsible_name',
      't.channel',
      't.due_date',
      't.done_on',
      't.done_channel',
    ]);
}

type TaskRaw = Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirstOrThrow']>>;

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
export async function listTasks(db: Db, filter: { shiftId?: number; responsibleUserId?: number; outstandingOnly: boolean }): Promise<Task[]> {
  let q = taskQuery(db);
  if (filter.shiftId !== undefined) q = q.where('t.shift_id', '=', filter.shiftId);
  if (filter.responsibleUserId !== undefined) q = q.where('t.responsible_user_id', '=', filter.responsibleUserId);
  if (filter.outstandingOnly) q = q.where('t.done_on', 'is', null);
  // Outstanding (done_on NULL) first: a CASE sorts alike on every engine.
  const rows = await q
    .orderBy(sql`CASE WHEN t.done_on IS NULL THEN 0 ELSE 1 END`)
    .orderBy('t.due_date')
    .orderBy('t.id')
    .limit(2000)
    .execute();
  return rows.map(toTask);
}

export async function getTask(db: Db, id: number): Promise<Task> {
  const row = await taskQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Opgaven');
  return toTask(row);
}

export async function completeTask(db: Db, input: { taskId: number; doneOn: string; channel: Task['channel'] }, byUserId: number, today: string): Promise<Task> {
  const existing = await getTask(db, input.taskId);
  if (existing.doneOn) throw new AppError('CONFLICT', 'Opgaven er allerede markeret som udført.');
  if (input.doneOn > today) throw new AppError('VALIDATION', 'Datoen kan ikke ligge i fremtiden.', { doneOn: 'Datoen kan ikke ligge i fremtiden.' });
  await db.updateTable('notification_tasks').set({ done_on: input.doneOn, done_channel: input.channel, done_by: byUserId }).where('id', '=', input.taskId).execute();
  return getTask(db, input.taskId);
}
