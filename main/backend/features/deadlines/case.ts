/** One case's deadline, notices, receipt and timeline with idle stretches. */
import { sql } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import { addPeriod } from '../../../../shared/domain/calendar';
import { decidedStatuses } from '../../../../shared/domain/enums';
import type { CaseDeadlines, DeadlineStatus, IdleStretch } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { atomically, type Db } from '../../db/transaction';
import { loadSettings } from './config';
import { daysBetween } from './scope';

interface CaseFacts {
  state: string;
  deadline: string | null;
  pending_deadline: string | null;
  expected_decision_date: string | null;
}

/**
 * Where the case stands against its deadline. Only an undecided application (the running
 * deadline, services/decision-deadlines.ts) can be overdue; a decided case shows 'decided'.
 */
export function deadlineStatus(c: CaseFacts, today: string, warningDays: number): DeadlineStatus {
  if (c.state !== 'åben') return 'closed';
  if (c.pending_deadline === null) return c.deadline === null ? 'none' : 'decided';
  const told = c.expected_decision_date !== null && c.expected_decision_date >= today;
  if (c.pending_deadline < today) return told ? 'overdueWithNotice' : 'overdueWithoutNotice';
  if (!told && c.pending_deadline <= addPeriod(today, warningDays, 'dage')) return 'coming';
  return 'ok';
}

/** Stretches longer than `limit` days between the received date, each activity and (for an open case) today. */
export function idleStretches(points: string[], end: string | null, limit: number): IdleStretch[] {
  const stretches: IdleStretch[] = [];
  const all = end ? [...points, end] : points;
  for (let i = 1; i < all.length; i++) {
    const days = daysBetween(all[i - 1], all[i]);
    if (days > limit) stretches.push({ from: all[i - 1], to: all[i], days, ongoing: end !== null && i === all.length - 1 });
  }
  return stretches;
}

async function loadCase(db: Db, caseId: number) {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'state', 'received_date', 'deadline', 'pending_deadline', 'expected_decision_date', 'receipt_due', 'receipt_date', 'last_activity_date'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw notFound('Sagen');
  return row;
}

export async function caseDeadlines(ctx: Ctx, caseId: number): Promise<CaseDeadlines> {
  const { db } = ctx;
  const c = await loadCase(db, caseId);
  const today = ctx.today();
  const settings = await loadSettings(db);
  const events = await db
    .selectFrom('deadline_events as e')
    .innerJoin('users as u', 'u.id', 'e.created_by')
    .select(['e.id', 'e.kind', 'e.event_date as date', 'e.expected_date as expectedDate', 'e.note', 'u.name as byName', 'e.created_at as at'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id', 'desc')
    .execute();
  const applications = await db
    .selectFrom('applications')
    .select(['paragraph', 'received_date', 'deadline', 'status', 'decision_date'])
    .where('case_id', '=', caseId)
    .orderBy('received_date')
    .orderBy('id')
    .execute();
  // The journal is short per case; 1000 keeps a pathological case from loading without bound.
  const timeline = await db
    .selectFrom('activities')
    .select(['activity_date as date', 'name'])
    .where('case_id', '=', caseId)
    .orderBy('activity_date')
    .orderBy('id')
    .limit(1000)
    .execute();
  const points = [c.received_date, ...timeline.map((t) => t.date).filter((d) => d >= c.received_date)];
  const open = c.state === 'åben';
  const lastTouch = c.last_activity_date && c.last_activity_date > c.received_date ? c.last_activity_date : c.received_date;
  return {
    caseId,
    state: c.state,
    receivedDate: c.received_date,
    deadline: c.deadline,
    pendingDeadline: c.pending_deadline,
    expectedDecisionDate: c.expected_decision_date,
    status: deadlineStatus(c, today, settings.warningDays),
    applications: applications.map((a) => {
      const decided = (decidedStatuses as readonly string[]).includes(a.status) && a.decision_date !== null;
      return {
        paragraph: ctx.reference.short(a.paragraph),
        receivedDate: a.received_date,
        deadline: a.deadline,
        decisionDate: decided ? a.decision_date : null,
        // Met when decided by the deadline; overdue only while undecided.
        outcome: decided
          ? a.deadline === null || a.decision_date! <= a.deadline
            ? ('metInTime' as const)
            : ('decidedLate' as const)
          : a.status === 'verserende'
            ? a.deadline !== null && a.deadline < today
              ? ('overdue' as const)
              : ('pending' as const)
            : ('withdrawn' as const),
      };
    }),
    receiptDue: c.receipt_due,
    receiptDate: c.receipt_date,
    events,
    idleDays: open ? Math.max(0, daysBetween(lastTouch, today)) : 0,
    idleLimit: settings.idleDays,
    timeline,
    idleStretches: idleStretches(points, open && today > points[points.length - 1] ? today : null, settings.idleDays),
  };
}

function assertNotFuture(ctx: Ctx, date: string, field: string): void {
  if (date > ctx.today()) throw new AppError('VALIDATION', 'Datoen kan ikke ligge i fremtiden.', { [field]: 'Datoen kan ikke ligge i fremtiden.' });
}

export async function registerNotice(ctx: Ctx, input: { caseId: number; sentDate: string; expectedDate: string; note: string }): Promise<CaseDeadlines> {
  const c = await loadCase(ctx.db, input.caseId);
  if (c.pending_deadline === null) {
    // A notice is about a decision that awaits; one sent before the decision may still be registered afterwards.
    const decided = await ctx.db.selectFrom('applications').select(sql<string | null>`max(decision_date)`.as('last')).where('case_id', '=', input.caseId).executeTakeFirst();
    if (!decided?.last || input.sentDate > decided.last) {
      throw new AppError('VALIDATION', 'Der afventer ingen afgørelse på sagen, så der er ingen forsinkelse at give borgeren besked om.');
    }
  }
  assertNotFuture(ctx, input.sentDate, 'sentDate');
  if (input.sentDate < c.received_date) {
    throw new AppError('VALIDATION', 'Underretningen kan ikke ligge før sagen blev modtaget.', { sentDate: 'Datoen ligger før sagen blev modtaget.' });
  }
  if (input.expectedDate <= ctx.today()) {
    throw new AppError('VALIDATION', 'Den nye forventede afgørelsesdato skal ligge efter i dag.', { expectedDate: 'Vælg en dato efter i dag.' });
  }
  await atomically(ctx.db, async (trx) => {
    await trx
      .insertInto('deadline_events')
      .values({ case_id: input.caseId, kind: 'notice', event_date: input.sentDate, expected_date: input.expectedDate, note: input.note, created_by: ctx.user.id, created_at: ctx.now().toISOString() })
      .execute();
    await trx.updateTable('cases').set({ expected_decision_date: input.expectedDate }).where('id', '=', input.caseId).execute();
  });
  return caseDeadlines(ctx, input.caseId);
}

export async function registerReceipt(ctx: Ctx, input: { caseId: number; sentDate: string }): Promise<CaseDeadlines> {
  const c = await loadCase(ctx.db, input.caseId);
  if (c.receipt_date !== null) throw new AppError('CONFLICT', 'Der er allerede registreret en kvittering på sagen.');
  assertNotFuture(ctx, input.sentDate, 'sentDate');
  if (input.sentDate < c.received_date) {
    throw new AppError('VALIDATION', 'Kvitteringen kan ikke ligge før sagen blev modtaget.', { sentDate: 'Datoen ligger før sagen blev modtaget.' });
  }
  await atomically(ctx.db, async (trx) => {
    await trx
      .insertInto('deadline_events')
      .values({ case_id: input.caseId, kind: 'receipt', event_date: input.sentDate, expected_date: null, note: '', created_by: ctx.user.id, created_at: ctx.now().toISOString() })
      .execute();
    await trx.updateTable('cases').set({ receipt_date: input.sentDate }).where('id', '=', input.caseId).execute();
  });
  return caseDeadlines(ctx, input.caseId);
}
