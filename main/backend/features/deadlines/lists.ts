/** The deadline lists (paged, filtered in SQL on indexed columns) and the compliance figures. */
import { addPeriod } from '../../../../shared/domain/calendar';
import type { ComplianceRow, ListKind, ListRow } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { loadSettings } from './config';
import { daysBetween, scopeSql, type Scope } from './scope';

interface Query {
  from: string;
  where: string;
  params: unknown[];
  date: string;
}

function listQuery(ctx: Ctx, kind: ListKind, scope: Scope): Query {
  const today = ctx.today();
  const s = loadSettings(ctx.raw);
  const sc = scopeSql(ctx, scope);
  const cases = 'cases c JOIN citizens ci ON ci.id = c.citizen_id JOIN users u ON u.id = c.caseworker_id';
  const open = `c.state = 'åben' AND ${sc.where}`;
  switch (kind) {
    case 'coming':
      return {
        from: cases,
        where: `${open} AND c.deadline BETWEEN ? AND ? AND c.expected_decision_date IS NULL`,
        params: [...sc.params, today, addPeriod(today, s.warningDays, 'dage')],
        date: 'c.deadline',
      };
    case 'overdueWithoutNotice':
      return {
        from: cases,
        where: `${open} AND c.deadline < ? AND (c.expected_decision_date IS NULL OR c.expected_decision_date < ?)`,
        params: [...sc.params, today, today],
        date: 'c.deadline',
      };
    case 'overdueWithNotice':
      return { from: cases, where: `${open} AND c.deadline < ? AND c.expected_decision_date >= ?`, params: [...sc.params, today, today], date: 'c.deadline' };
    case 'receipts':
      // From the warning period before the receipt is due; the partial index holds only missing receipts.
      return {
        from: cases,
        where: `${open} AND c.receipt_date IS NULL AND c.receipt_due IS NOT NULL AND c.receipt_due <= ?`,
        params: [...sc.params, addPeriod(today, s.warningDays, 'dage')],
        date: 'c.receipt_due',
      };
    case 'idle':
      return {
        from: cases,
        where: `${open} AND coalesce(c.last_activity_date, c.received_date) <= ?`,
        params: [...sc.params, addPeriod(today, -s.idleDays, 'dage')],
        date: 'coalesce(c.last_activity_date, c.received_date)',
      };
    case 'followUps':
      return {
        from: `services s JOIN cases c ON c.id = s.case_id JOIN citizens ci ON ci.id = c.citizen_id JOIN users u ON u.id = c.caseworker_id`,
        where: `s.follow_up_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) AND ${sc.where}`,
        params: [addPeriod(today, s.warningDays, 'dage'), today, ...sc.params],
        date: 's.follow_up_date',
      };
  }
}

export function listDeadlines(ctx: Ctx, input: { kind: ListKind; scope: Scope; offset: number; limit: number }): { rows: ListRow[]; total: number } {
  const q = listQuery(ctx, input.kind, input.scope);
  const service = input.kind === 'followUps' ? 's.id AS service_id, s.service_type' : 'NULL AS service_id, NULL AS service_type';
  const rows = ctx.raw
    .prepare(
      `SELECT c.id, c.case_number, ci.name, c.case_type, u.initials, ${q.date} AS date, c.expected_decision_date, ${service}
       FROM ${q.from} WHERE ${q.where} ORDER BY ${q.date}, c.id LIMIT ? OFFSET ?`,
    )
    .all(...q.params, input.limit, input.offset) as {
    id: number;
    case_number: string;
    name: string;
    case_type: string;
    initials: string;
    date: string;
    expected_decision_date: string | null;
    service_id: number | null;
    service_type: string | null;
  }[];
  // The count needs no names: leaving the citizen and user joins out keeps it an index scan.
  const countFrom = input.kind === 'followUps' ? 'services s JOIN cases c ON c.id = s.case_id' : 'cases c';
  const total = (ctx.raw.prepare(`SELECT count(*) AS n FROM ${countFrom} WHERE ${q.where}`).get(...q.params) as { n: number }).n;
  const today = ctx.today();
  return {
    total,
    rows: rows.map((r) => ({
      caseId: r.id,
      caseNumber: r.case_number,
      citizenName: r.name,
      caseType: r.case_type,
      caseworkerInitials: r.initials,
      date: r.date,
      days: daysBetween(r.date, today),
      expectedDecisionDate: r.expected_decision_date,
      serviceId: r.service_id,
      serviceType: r.service_type,
    })),
  };
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

/**
 * Per team and case type, over cases whose deadline fell within the last year: the share
 * decided (first decision on an application) by the deadline, and of the cases that went
 * past it, the share where the citizen got a written notice.
 */
export function compliance(ctx: Ctx, input: { scope: Scope; area?: string }): { rows: ComplianceRow[] } {
  const today = ctx.today();
  const sc = scopeSql(ctx, input.scope);
  const overdue = `((d.first IS NOT NULL AND d.first > c.deadline) OR (d.first IS NULL AND c.state = 'åben' AND c.deadline < @today))`;
  const rows = ctx.raw
    .prepare(
      `SELECT t.name AS teamName, c.case_type AS caseType,
         sum(d.first IS NOT NULL) AS decided,
         sum(d.first IS NOT NULL AND d.first <= c.deadline) AS decidedInTime,
         sum(${overdue}) AS overdue,
         sum(${overdue} AND EXISTS (SELECT 1 FROM deadline_events e WHERE e.case_id = c.id AND e.kind = 'notice')) AS overdueTold
       FROM cases c
       JOIN users u ON u.id = c.caseworker_id
       JOIN teams t ON t.id = u.team_id
       LEFT JOIN (SELECT case_id, min(decision_date) AS first FROM applications WHERE decision_date IS NOT NULL GROUP BY case_id) d ON d.case_id = c.id
       WHERE c.deadline IS NOT NULL AND c.deadline >= @from AND (@area IS NULL OR c.area = @area) AND ${sc.where.replace('?', '@scope')}
       GROUP BY t.name, c.case_type
       ORDER BY t.name, c.case_type`,
    )
    .all({ today, from: addPeriod(today, -365, 'dage'), area: input.area ?? null, ...(sc.params.length ? { scope: sc.params[0] } : {}) }) as Omit<
    ComplianceRow,
    'inTimeShare' | 'toldShare'
  >[];
  return {
    rows: rows.map((r) => ({ ...r, inTimeShare: share(r.decidedInTime, r.decided), toldShare: share(r.overdueTold, r.overdue) })),
  };
}
