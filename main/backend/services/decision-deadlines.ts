/**
 * Decision deadlines: a shared service for the cases, journal, deadlines and handover
 * features and the demo generator. One rule (issue 15): a processing deadline is met when
 * the decision is made, so only an undecided application can be overdue.
 *
 * - Each application has its own deadline, from its own received date (an application
 *   received with the case shares the case's deadline, which the caseworker may have set).
 * - A case's running deadline (`cases.pending_deadline`) is the earliest deadline of its
 *   undecided applications; a case without applications runs on its own deadline until it
 *   passes the decision phase; NULL when no decision awaits. Every change to a case or its
 *   applications refreshes it in the same transaction, and the lists filter on it by index.
 *
 * Plain SQL that SQLite and PostgreSQL both understand (migration 011 and the demo use the
 * same text); Kysely for the rest, always on the handle (or transaction) the call holds.
 */
import { sql } from 'kysely';
import { addPeriod, closedDayName, deadlineFrom, isWorkingDay, type DeadlineUnit } from '../../../shared/domain/calendar';
import type { DeadlinePreview } from '../../../shared/features/deadlines';
import type { Db } from '../db/transaction';
import type { Reference } from '../reference';

/** Phases in which a case without applications still awaits its decision. */
export const PHASES_BEFORE_DECISION = ['sagsåbning', 'sagsoplysning', 'sagsvurdering', 'afgørelse'] as const;

/** The running deadline of the row `cases` (used in UPDATE cases SET pending_deadline = …). */
export const PENDING_DEADLINE_SQL = `CASE
  WHEN cases.state <> 'åben' THEN NULL
  WHEN EXISTS (SELECT 1 FROM applications a WHERE a.case_id = cases.id)
    THEN (SELECT min(a.deadline) FROM applications a WHERE a.case_id = cases.id AND a.status = 'verserende')
  WHEN cases.phase IN (${PHASES_BEFORE_DECISION.map((p) => `'${p}'`).join(', ')}) THEN cases.deadline
  ELSE NULL
END`;

/** Recomputes the running deadline of these cases; call with the transaction that changed them. */
export async function refreshPendingDeadlines(db: Db, caseIds: readonly number[]): Promise<void> {
  // Chunked IN lists keep each statement under the engines' parameter limits.
  for (let i = 0; i < caseIds.length; i += 500) {
    await db
      .updateTable('cases')
      .set({ pending_deadline: sql.raw<string | null>(PENDING_DEADLINE_SQL) })
      .where('id', 'in', caseIds.slice(i, i + 500))
      .execute();
  }
}

const unitLabel = (amount: number, unit: DeadlineUnit) =>
  amount === 1 ? { dage: '1 dag', uger: '1 uge', måneder: '1 måned' }[unit] : `${amount} ${unit}`;

/**
 * The deadline the team's rules give: for each paragraph the rule for the case type, else
 * the paragraph's general rule; the earliest resulting date wins, because the strictest
 * rule is the one the citizen can hold us to. Never before the received date.
 */
export async function computeDeadline(
  db: Db,
  reference: Reference,
  received: string,
  caseType: string,
  paragraphs: readonly string[],
): Promise<DeadlinePreview> {
  if (paragraphs.length === 0) return { deadline: null, basis: null, movedFrom: null };
  const rules = await db
    .selectFrom('deadline_rules')
    .select(['paragraph', 'case_type', 'amount', 'unit'])
    .where('paragraph', 'in', [...paragraphs])
    .execute();
  let best: DeadlinePreview = { deadline: null, basis: null, movedFrom: null };
  for (const paragraph of paragraphs) {
    const rule =
      rules.find((r) => r.paragraph === paragraph && r.case_type !== '' && r.case_type.toLowerCase() === caseType.toLowerCase()) ??
      rules.find((r) => r.paragraph === paragraph && r.case_type === '');
    if (!rule) continue;
    const unit = rule.unit as DeadlineUnit;
    const deadline = deadlineFrom(received, rule.amount, unit);
    if (best.deadline === null || deadline < best.deadline) {
      const unmoved = addPeriod(received, rule.amount, unit);
      best = {
        deadline,
        basis: `${reference.short(paragraph)}${rule.case_type ? ` (${rule.case_type})` : ''}: ${unitLabel(rule.amount, unit)}`,
        movedFrom: unmoved !== deadline ? (closedDayName(unmoved) ?? (isWorkingDay(unmoved) ? null : 'weekend')) : null,
      };
    }
  }
  return best;
}

/**
 * An application's own deadline: the case's when it came in with the case (the caseworker
 * may have set that one by hand), else the rule for its paragraph from its own received
 * date, else the rule for the case's paragraphs.
 */
export async function applicationDeadline(
  db: Db,
  reference: Reference,
  caseId: number,
  application: { paragraph: string; receivedDate: string },
): Promise<string | null> {
  const c = await db.selectFrom('cases').select(['case_type', 'received_date', 'deadline']).where('id', '=', caseId).executeTakeFirstOrThrow();
  if (application.receivedDate === c.received_date && c.deadline !== null && c.deadline >= application.receivedDate) return c.deadline;
  const own = await computeDeadline(db, reference, application.receivedDate, c.case_type, [application.paragraph]);
  if (own.deadline !== null) return own.deadline;
  const paragraphs = (await db.selectFrom('case_paragraphs').select('paragraph').where('case_id', '=', caseId).orderBy('position').execute()).map((p) => p.paragraph);
  return (await computeDeadline(db, reference, application.receivedDate, c.case_type, paragraphs)).deadline;
}

/** When the deadline of a case (or its applications) counts as overdue on `today`. */
export const isOverdue = (pendingDeadline: string | null, today: string): boolean => pendingDeadline !== null && pendingDeadline < today;
