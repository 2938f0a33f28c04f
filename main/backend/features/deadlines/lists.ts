/** The deadline lists (paged, filtered in SQL on indexed columns) and the compliance figures. */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { addPeriod } from '../../../../shared/domain/calendar';
import { compareDanish } from '../../../../shared/domain/collation';
import type { ComplianceRow, DeadlineSettings, ListKind, ListRow } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { loadSettings } from './config';
import { daysBetween, inScope, type Scope } from './scope';

interface Query {
  /** The follow-up list runs on services; the others on cases. */
  services: boolean;
  where: RawBuilder<SqlBool>;
  date: RawBuilder<string>;
}

// The deadline lists run on the case's running deadline (services/decision-deadlines.ts): a decided case is on none of them.
function listQuery(ctx: Ctx, kind: ListKind, scope: Scope, s: DeadlineSettings): Query {
  const today = ctx.today();
  const sc = inScope(ctx, scope, 'c.caseworker_id');
  const open = sql<SqlBool>`c.state = 'åben' AND ${sc}`;
  const pending = sql<string>`c.pending_deadline`;
  switch (kind) {
    case 'coming':
      return {
        services: false,
        where: sql`${open} AND c.pending_deadline BETWEEN ${today} AND ${addPeriod(today, s.warningDays, 'dage')} AND c.expected_decision_date IS NULL`,
        date: pending,
      };
    case 'overdueWithoutNotice':
      return {
        services: false,
        where: sql`${open} AND c.pending_deadline < ${today} AND (c.expected_decision_date IS NULL OR c.expected_decision_date < ${today})`,
        date: pending,
      };
    case 'overdueWithNotice':
      return { services: false, where: sql`${open} AND c.pending_deadline < ${today} AND c.expected_decision_date >= ${today}`, date: pending };
    case 'receipts':
      // From the warning period before the receipt is due; the partial index holds only missing receipts.
      return {
        services: false,
        where: sql`${open} AND c.receipt_date IS NULL AND c.receipt_due IS NOT NULL AND c.receipt_due <= ${addPeriod(today, s.warningDays, 'dage')}`,
        date: sql`c.receipt_due`,
      };
    case 'idle':
      return {
        services: false,
        where: sql`${open} AND coalesce(c.last_activity_date, c.received_date) <= ${addPeriod(today, -s.idleDays, 'dage')}`,
        date: sql`coalesce(c.last_activity_date, c.received_date)`,
      };
    case 'followUps':
      return {
        services: true,
        where: sql`s.follow_up_date <= ${addPeriod(today, s.warningDays, 'dage')} AND (s.end_date IS NULL OR s.end_date >= ${today}) AND ${sc}`,
        date: sql`s.follow_up_date`,
      };
  }
}

interface ListSqlRow {
  id: number;
  case_number: string;
  name: string;
  case_type: string;
  initials: string;
  date: string;
  expected_decision_date: string | null;
  service_id: number | null;
  service_type: string | null;
}

/** One page of a deadline list; `settings` when the caller has them already (the reminder centre). */
export async function listDeadlines(
  ctx: Ctx,
  input: { kind: ListKind; scope: Scope; offset: number; limit: number },
  settings?: DeadlineSettings,
): Promise<{ rows: ListRow[]; total: number }> {
  const q = listQuery(ctx, input.kind, input.scope, settings ?? (await loadSettings(ctx.db)));
  const from = q.services
    ? sql`services s JOIN cases c ON c.id = s.case_id JOIN citizens ci ON ci.id = c.citizen_id JOIN users u ON u.id = c.caseworker_id`
    : sql`cases c JOIN citizens ci ON ci.id = c.citizen_id JOIN users u ON u.id = c.caseworker_id`;
  const service = q.services ? sql`s.id AS service_id, s.service_type` : sql`NULL AS service_id, NULL AS service_type`;
  const { rows } = await sql<ListSqlRow>`SELECT c.id, c.case_number, ci.name, c.case_type, u.initials, ${q.date} AS date, c.expected_decision_date, ${service}
       FROM ${from} WHERE ${q.where} ORDER BY ${q.date}, c.id LIMIT ${input.limit} OFFSET ${input.offset}`.execute(ctx.db);
  // The count needs no names: leaving the citizen and user joins out keeps it an index scan.
  const countFrom = q.services ? sql`services s JOIN cases c ON c.id = s.case_id` : sql`cases c`;
  const { rows: counted } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${countFrom} WHERE ${q.where}`.execute(ctx.db);
  const today = ctx.today();
  return {
    total: Number(counted[0].n),
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
 * Per team and case type, over applications whose deadline fell within the last year (up
 * to today): decided by the deadline counts as met, whatever happened after; decided
 * after it, or still undecided past it, counts as over (as does a case without applications
 * past its own deadline); of those over, the share where the citizen got a written notice.
 * Withdrawn applications are not measured.
 */
export async function compliance(ctx: Ctx, input: { scope: Scope; area?: string }): Promise<{ rows: ComplianceRow[] }> {
  const today = ctx.today();
  const decided = sql<boolean>`a.decision_date IS NOT NULL AND a.status <> 'trukket_tilbage'`;
  const inTime = sql<boolean>`${decided} AND a.decision_date <= a.deadline`;
  const over = sql<boolean>`((${decided} AND a.decision_date > a.deadline) OR (a.status = 'verserende' AND a.deadline < ${today}))`;
  const told = sql<boolean>`EXISTS (SELECT 1 FROM deadline_events e WHERE e.case_id = c.id AND e.kind = 'notice')`;
  const count = (condition: ReturnType<typeof sql<boolean>>) => sql<number>`sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  let q = ctx.db
    .selectFrom('applications as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .innerJoin('teams as t', 't.id', 'u.team_id')
    .select([
      't.name as teamName',
      'c.case_type as caseType',
      count(decided).as('decided'),
      count(inTime).as('decidedInTime'),
      count(over).as('overdue'),
      count(sql<boolean>`${over} AND ${told}`).as('overdueTold'),
    ])
    .where('a.deadline', 'is not', null)
    .where('a.deadline', '>=', addPeriod(today, -365, 'dage'))
    .where('a.deadline', '<=', today)
    .where('a.status', '<>', 'trukket_tilbage');
  if (input.area) q = q.where('c.area', '=', input.area);
  if (input.scope === 'mine') q = q.where('c.caseworker_id', '=', ctx.user.id);
  else if (input.scope === 'team') q = q.where('u.team_id', '=', ctx.user.teamId);
  const byApplication = await q.groupBy(['t.name', 'c.case_type']).execute();
  // A case registered without applications runs on its own deadline while undecided: over it, it counts as over.
  let noApplications = ctx.db
    .selectFrom('cases as c')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .innerJoin('teams as t', 't.id', 'u.team_id')
    .select(['t.name as teamName', 'c.case_type as caseType', sql<number>`count(*)`.as('overdue'), count(told).as('overdueTold')])
    .where('c.state', '=', 'åben')
    .where('c.pending_deadline', '>=', addPeriod(today, -365, 'dage'))
    .where('c.pending_deadline', '<', today)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('applications as a').select('a.id').whereRef('a.case_id', '=', 'c.id'))));
  if (input.area) noApplications = noApplications.where('c.area', '=', input.area);
  if (input.scope === 'mine') noApplications = noApplications.where('c.caseworker_id', '=', ctx.user.id);
  else if (input.scope === 'team') noApplications = noApplications.where('u.team_id', '=', ctx.user.teamId);

  const groups = new Map<string, Omit<ComplianceRow, 'inTimeShare' | 'toldShare'>>();
  const group = (teamName: string, caseType: string) => {
    const key = JSON.stringify([teamName, caseType]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { teamName, caseType, decided: 0, decidedInTime: 0, overdue: 0, overdueTold: 0 }));
    return g;
  };
  for (const r of byApplication) {
    const g = group(r.teamName, r.caseType);
    g.decided += Number(r.decided);
    g.decidedInTime += Number(r.decidedInTime);
    g.overdue += Number(r.overdue);
    g.overdueTold += Number(r.overdueTold);
  }
  for (const r of await noApplications.groupBy(['t.name', 'c.case_type']).execute()) {
    const g = group(r.teamName, r.caseType);
    g.overdue += Number(r.overdue);
    g.overdueTold += Number(r.overdueTold);
  }
  return {
    rows: [...groups.values()]
      .sort((a, b) => compareDanish(a.teamName, b.teamName) || compareDanish(a.caseType, b.caseType))
      .map((g) => ({ ...g, inTimeShare: share(g.decidedInTime, g.decided), toldShare: share(g.overdueTold, g.overdue) })),
  };
}
