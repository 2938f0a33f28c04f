/** One case's deadline, notices, receipt and timeline with idle stretches. */
import { AppError, notFound } from '../../../../shared/api/errors';
import { addPeriod } from '../../../../shared/domain/calendar';
import type { CaseDeadlines, DeadlineStatus, IdleStretch } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { loadSettings } from './config';
import { daysBetween } from './scope';

interface CaseRaw {
  id: number;
  state: string;
  received_date: string;
  deadline: string | null;
  expected_decision_date: string | null;
  receipt_due: string | null;
  receipt_date: string | null;
  last_activity_date: string | null;
}

export function deadlineStatus(c: Pick<CaseRaw, 'state' | 'deadline' | 'expected_decision_date'>, today: string, warningDays: number): DeadlineStatus {
  if (c.state !== 'åben') return 'closed';
  if (c.deadline === null) return 'none';
  const told = c.expected_decision_date !== null && c.expected_decision_date >= today;
  if (c.deadline < today) return told ? 'overdueWithNotice' : 'overdueWithoutNotice';
  if (!told && c.deadline <= addPeriod(today, warningDays, 'dage')) return 'coming';
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

function loadCase(ctx: Ctx, caseId: number): CaseRaw {
  const row = ctx.raw
    .prepare(
      `SELECT id, state, received_date, deadline, expected_decision_date, receipt_due, receipt_date, last_activity_date
       FROM cases WHERE id = ?`,
    )
    .get(caseId) as CaseRaw | undefined;
  if (!row) throw notFound('Sagen');
  return row;
}

export function caseDeadlines(ctx: Ctx, caseId: number): CaseDeadlines {
  const c = loadCase(ctx, caseId);
  const today = ctx.today();
  const settings = loadSettings(ctx.raw);
  const events = ctx.raw
    .prepare(
      `SELECT e.id, e.kind, e.event_date AS date, e.expected_date AS expectedDate, e.note, u.name AS byName, e.created_at AS at
       FROM deadline_events e JOIN users u ON u.id = e.created_by WHERE e.case_id = ? ORDER BY e.id DESC`,
    )
    .all(caseId) as CaseDeadlines['events'];
  // The journal is short per case; 1000 keeps a pathological case from loading without bound.
  const timeline = ctx.raw
    .prepare('SELECT activity_date AS date, name FROM activities WHERE case_id = ? ORDER BY activity_date, id LIMIT 1000')
    .all(caseId) as CaseDeadlines['timeline'];
  const points = [c.received_date, ...timeline.map((t) => t.date).filter((d) => d >= c.received_date)];
  const open = c.state === 'åben';
  const lastTouch = c.last_activity_date && c.last_activity_date > c.received_date ? c.last_activity_date : c.received_date;
  return {
    caseId,
    state: c.state,
    receivedDate: c.received_date,
    deadline: c.deadline,
    expectedDecisionDate: c.expected_decision_date,
    status: deadlineStatus(c, today, settings.warningDays),
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

export function registerNotice(ctx: Ctx, input: { caseId: number; sentDate: string; expectedDate: string; note: string }): CaseDeadlines {
  const c = loadCase(ctx, input.caseId);
  assertNotFuture(ctx, input.sentDate, 'sentDate');
  if (input.sentDate < c.received_date) {
    throw new AppError('VALIDATION', 'Underretningen kan ikke ligge før sagen blev modtaget.', { sentDate: 'Datoen ligger før sagen blev modtaget.' });
  }
  if (input.expectedDate <= ctx.today()) {
    throw new AppError('VALIDATION', 'Den nye forventede afgørelsesdato skal ligge efter i dag.', { expectedDate: 'Vælg en dato efter i dag.' });
  }
  ctx.raw.transaction(() => {
    ctx.raw
      .prepare(
        `INSERT INTO deadline_events (case_id, kind, event_date, expected_date, note, created_by, created_at)
         VALUES (?, 'notice', ?, ?, ?, ?, ?)`,
      )
      .run(input.caseId, input.sentDate, input.expectedDate, input.note, ctx.user.id, ctx.now().toISOString());
    ctx.raw.prepare('UPDATE cases SET expected_decision_date = ? WHERE id = ?').run(input.expectedDate, input.caseId);
  })();
  return caseDeadlines(ctx, input.caseId);
}

export function registerReceipt(ctx: Ctx, input: { caseId: number; sentDate: string }): CaseDeadlines {
  const c = loadCase(ctx, input.caseId);
  if (c.receipt_date !== null) throw new AppError('CONFLICT', 'Der er allerede registreret en kvittering på sagen.');
  assertNotFuture(ctx, input.sentDate, 'sentDate');
  if (input.sentDate < c.received_date) {
    throw new AppError('VALIDATION', 'Kvitteringen kan ikke ligge før sagen blev modtaget.', { sentDate: 'Datoen ligger før sagen blev modtaget.' });
  }
  ctx.raw.transaction(() => {
    ctx.raw
      .prepare(`INSERT INTO deadline_events (case_id, kind, event_date, note, created_by, created_at) VALUES (?, 'receipt', ?, '', ?, ?)`)
      .run(input.caseId, input.sentDate, ctx.user.id, ctx.now().toISOString());
    ctx.raw.prepare('UPDATE cases SET receipt_date = ? WHERE id = ?').run(input.sentDate, input.caseId);
  })();
  return caseDeadlines(ctx, input.caseId);
}
