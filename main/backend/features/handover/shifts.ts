/** Shifts as data: reading one, listing a team's, and executing a planned one. */
import { notFound } from '../../../../shared/api/errors';
import type { ShiftCase, ShiftDetail, ShiftSummary } from '../../../../shared/features/handover';
import { atomically, type Db } from '../../db/transaction';
import { moveCases } from '../../services/move-cases';
import { createTasks } from './tasks';

function summaryQuery(db: Db) {
  return db
    .selectFrom('shifts as s')
    .innerJoin('users as u', 'u.id', 's.from_user_id')
    .innerJoin('teams as t', 't.id', 's.team_id')
    .select((eb) => [
      's.id',
      's.kind',
      's.from_user_id',
      'u.name as from_name',
      't.name as team_name',
      's.shift_date',
      's.reason',
      's.status',
      's.meeting_date',
      's.meeting_participants',
      's.team_id',
      's.created_by',
      eb.selectFrom('shift_cases as sc').select((e) => e.fn.countAll().as('n')).whereRef('sc.shift_id', '=', 's.id').as('case_count'),
      eb
        .selectFrom('notification_tasks as nt')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('nt.shift_id', '=', 's.id')
        .where('nt.done_on', 'is', null)
        .as('open_tasks'),
    ]);
}

type SummaryRaw = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

const toSummary = (r: SummaryRaw): ShiftSummary => ({
  id: r.id,
  kind: r.kind,
  fromUserId: r.from_user_id,
  fromName: r.from_name,
  teamName: r.team_name,
  shiftDate: r.shift_date,
  reason: r.reason,
  status: r.status,
  // count(*) is a string on PostgreSQL.
  caseCount: Number(r.case_count),
  openTasks: Number(r.open_tasks),
});

export async function shiftRow(db: Db, id: number): Promise<SummaryRaw> {
  const row = await summaryQuery(db).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Skiftet');
  return row;
}

/** The team's shifts, newest first (bounded: a team has few shifts a year). */
export async function listShifts(db: Db, teamId: number): Promise<ShiftSummary[]> {
  return (await summaryQuery(db).where('s.team_id', '=', teamId).orderBy('s.id', 'desc').limit(200).execute()).map(toSummary);
}

/** The sheet's required fields: only the outgoing caseworker knows these. */
export const sheetComplete = (c: Pick<ShiftCase, 'essentials' | 'deviation' | 'agreements' | 'knowledgeElsewhere' | 'familyTold'>) =>
  [c.essentials, c.deviation, c.agreements, c.knowledgeElsewhere, c.familyTold].every((v) => v.trim().length > 0);

export async function loadShift(db: Db, id: number): Promise<ShiftDetail> {
  const s = await shiftRow(db, id);
  const cases = (
    await db
      .selectFrom('shift_cases as sc')
      .innerJoin('cases as c', 'c.id', 'sc.case_id')
      .innerJoin('citizens as z', 'z.id', 'c.citizen_id')
      .innerJoin('users as u', 'u.id', 'sc.to_user_id')
      .select([
        'sc.case_id',
        'c.case_number',
        'z.name as citizen_name',
        'sc.to_user_id',
        'u.name as to_name',
        'sc.position',
        'sc.minutes',
        'sc.cover_until',
        'sc.essentials',
        'sc.deviation',
        'sc.agreements',
        'sc.knowledge_elsewhere',
        'sc.family_told',
        'sc.taken_over_at',
      ])
      .where('sc.shift_id', '=', id)
      .orderBy('sc.position')
      .orderBy('sc.case_id')
      .execute()
  ).map((r) => {
    const c = {
      caseId: r.case_id,
      caseNumber: r.case_number,
      citizenName: r.citizen_name,
      toUserId: r.to_user_id,
      toName: r.to_name,
      position: r.position,
      minutes: r.minutes,
      coverUntil: r.cover_until,
      essentials: r.essentials,
      deviation: r.deviation,
      agreements: r.agreements,
      knowledgeElsewhere: r.knowledge_elsewhere,
      familyTold: r.family_told,
      takenOverAt: r.taken_over_at,
    };
    return { ...c, complete: sheetComplete(c) };
  });
  const questions = (
    await db
      .selectFrom('shift_questions as q')
      .innerJoin('users as u', 'u.id', 'q.asked_by')
      .select(['q.id', 'q.case_id', 'q.question', 'u.name as asked_by_name', 'q.asked_at', 'q.answer', 'q.answered_at'])
      .where('q.shift_id', '=', id)
      .orderBy('q.id')
      .execute()
  ).map((q) => ({ id: q.id, caseId: q.case_id, question: q.question, askedByName: q.asked_by_name, askedAt: q.asked_at, answer: q.answer, answeredAt: q.answered_at }));
  return { ...toSummary(s), meetingDate: s.meeting_date, participants: s.meeting_participants, cases, questions };
}

/**
 * Executes a planned shift in one transaction: the cases still open with the outgoing
 * caseworker move to their receivers (history with the shift's reason), and the
 * notification tasks are created. Cases closed or moved meanwhile are left alone.
 * The shift is claimed first by a guarded UPDATE, so it is executed once only, even
 * when two app instances (or a click and the schedule) reach it at the same time.
 */
export async function executeShift(db: Db, id: number, byUserId: number, today: string, at: string): Promise<void> {
  await atomically(db, async (trx) => {
    const claimed = await trx
      .updateTable('shifts')
      .set({ status: 'gennemført', executed_at: at })
      .where('id', '=', id)
      .where('status', '=', 'forberedes')
      .returning('id')
      .executeTakeFirst();
    if (!claimed) return;
    const s = await shiftRow(trx, id);
    const items = await trx
      .selectFrom('shift_cases as sc')
      .innerJoin('cases as c', 'c.id', 'sc.case_id')
      .innerJoin('users as u', 'u.id', 'sc.to_user_id')
      .select(['sc.case_id', 'sc.to_user_id'])
      .where('sc.shift_id', '=', id)
      .where('c.caseworker_id', '=', s.from_user_id)
      .where('c.state', '=', 'åben')
      .where('u.active', '=', 1)
      .orderBy('sc.position')
      .execute();
    const moves = items.map((i) => ({ caseId: i.case_id, toUserId: i.to_user_id, reason: `Planlagt skift: ${s.reason}` }));
    const { movedIds } = await moveCases(trx, moves, byUserId, at);
    const moved = new Set(movedIds);
    await createTasks(trx, { id, teamId: s.team_id }, moves.filter((m) => moved.has(m.caseId)), byUserId, today, at);
  });
}
