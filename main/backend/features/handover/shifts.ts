/** Shifts as data: reading one, listing a team's, and executing a planned one. */
import type Database from 'better-sqlite3';
import { notFound } from '../../../../shared/api/errors';
import type { ShiftCase, ShiftDetail, ShiftSummary } from '../../../../shared/features/handover';
import { moveCases } from '../cases/reassign';
import { createTasks } from './tasks';

const SUMMARY = `
  SELECT s.id, s.kind, s.from_user_id, u.name AS from_name, t.name AS team_name, s.shift_date, s.reason, s.status,
    s.meeting_date, s.meeting_participants, s.team_id, s.created_by,
    (SELECT count(*) FROM shift_cases sc WHERE sc.shift_id = s.id) AS case_count,
    (SELECT count(*) FROM notification_tasks nt WHERE nt.shift_id = s.id AND nt.done_on IS NULL) AS open_tasks
  FROM shifts s JOIN users u ON u.id = s.from_user_id JOIN teams t ON t.id = s.team_id`;

interface SummaryRaw {
  id: number;
  kind: 'planlagt' | 'uplanlagt';
  from_user_id: number;
  from_name: string;
  team_name: string;
  shift_date: string;
  reason: string;
  status: 'forberedes' | 'gennemført';
  meeting_date: string | null;
  meeting_participants: string;
  team_id: number;
  created_by: number;
  case_count: number;
  open_tasks: number;
}

const toSummary = (r: SummaryRaw): ShiftSummary => ({
  id: r.id,
  kind: r.kind,
  fromUserId: r.from_user_id,
  fromName: r.from_name,
  teamName: r.team_name,
  shiftDate: r.shift_date,
  reason: r.reason,
  status: r.status,
  caseCount: r.case_count,
  openTasks: r.open_tasks,
});

export function shiftRow(raw: Database.Database, id: number): SummaryRaw {
  const row = raw.prepare(`${SUMMARY} WHERE s.id = ?`).get(id) as SummaryRaw | undefined;
  if (!row) throw notFound('Skiftet');
  return row;
}

/** The team's shifts, newest first (bounded: a team has few shifts a year). */
export function listShifts(raw: Database.Database, teamId: number): ShiftSummary[] {
  return (raw.prepare(`${SUMMARY} WHERE s.team_id = ? ORDER BY s.id DESC LIMIT 200`).all(teamId) as SummaryRaw[]).map(toSummary);
}

/** The sheet's required fields: only the outgoing caseworker knows these. */
export const sheetComplete = (c: Pick<ShiftCase, 'essentials' | 'deviation' | 'agreements' | 'knowledgeElsewhere' | 'familyTold'>) =>
  [c.essentials, c.deviation, c.agreements, c.knowledgeElsewhere, c.familyTold].every((v) => v.trim().length > 0);

export function loadShift(raw: Database.Database, id: number): ShiftDetail {
  const s = shiftRow(raw, id);
  const cases = (
    raw
      .prepare(
        `SELECT sc.case_id, c.case_number, z.name AS citizen_name, sc.to_user_id, u.name AS to_name, sc.position, sc.minutes, sc.cover_until,
           sc.essentials, sc.deviation, sc.agreements, sc.knowledge_elsewhere, sc.family_told, sc.taken_over_at
         FROM shift_cases sc JOIN cases c ON c.id = sc.case_id JOIN citizens z ON z.id = c.citizen_id JOIN users u ON u.id = sc.to_user_id
         WHERE sc.shift_id = ? ORDER BY sc.position, sc.case_id`,
      )
      .all(id) as Record<string, unknown>[]
  ).map((r) => {
    const c = {
      caseId: r.case_id as number,
      caseNumber: r.case_number as string,
      citizenName: r.citizen_name as string,
      toUserId: r.to_user_id as number,
      toName: r.to_name as string,
      position: r.position as number,
      minutes: r.minutes as number,
      coverUntil: r.cover_until as string | null,
      essentials: r.essentials as string,
      deviation: r.deviation as string,
      agreements: r.agreements as string,
      knowledgeElsewhere: r.knowledge_elsewhere as string,
      familyTold: r.family_told as string,
      takenOverAt: r.taken_over_at as string | null,
    };
    return { ...c, complete: sheetComplete(c) };
  });
  const questions = (
    raw
      .prepare(
        `SELECT q.id, q.case_id, q.question, u.name AS asked_by_name, q.asked_at, q.answer, q.answered_at
         FROM shift_questions q JOIN users u ON u.id = q.asked_by WHERE q.shift_id = ? ORDER BY q.id`,
      )
      .all(id) as { id: number; case_id: number; question: string; asked_by_name: string; asked_at: string; answer: string | null; answered_at: string | null }[]
  ).map((q) => ({ id: q.id, caseId: q.case_id, question: q.question, askedByName: q.asked_by_name, askedAt: q.asked_at, answer: q.answer, answeredAt: q.answered_at }));
  return { ...toSummary(s), meetingDate: s.meeting_date, participants: s.meeting_participants, cases, questions };
}

/**
 * Executes a planned shift in one transaction: the cases still open with the outgoing
 * caseworker move to their receivers (history with the shift's reason), and the
 * notification tasks are created. Cases closed or moved meanwhile are left alone.
 */
export function executeShift(raw: Database.Database, id: number, byUserId: number, today: string, at: string): void {
  raw.transaction(() => {
    const s = shiftRow(raw, id);
    if (s.status !== 'forberedes') return;
    const items = raw
      .prepare(
        `SELECT sc.case_id, sc.to_user_id FROM shift_cases sc JOIN cases c ON c.id = sc.case_id
         JOIN users u ON u.id = sc.to_user_id
         WHERE sc.shift_id = ? AND c.caseworker_id = ? AND c.state = 'åben' AND u.active = 1 ORDER BY sc.position`,
      )
      .all(id, s.from_user_id) as { case_id: number; to_user_id: number }[];
    const moves = items.map((i) => ({ caseId: i.case_id, toUserId: i.to_user_id, reason: `Planlagt skift: ${s.reason}` }));
    const { movedIds } = moveCases(raw, moves, byUserId, at);
    const moved = new Set(movedIds);
    createTasks(raw, { id, teamId: s.team_id }, moves.filter((m) => moved.has(m.caseId)), byUserId, today, at);
    raw.prepare("UPDATE shifts SET status = 'gennemført', executed_at = ? WHERE id = ?").run(at, id);
  })();
}
