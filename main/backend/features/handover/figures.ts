/**
 * Management figures for a team: how often citizens changed caseworker in the last
 * 12 months (the plan's goal is fewer changes), and how many notification tasks were
 * done on time.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/transaction';

export async function teamFigures(db: Db, teamId: number, today: string) {
  const since = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  // A change is an assignment period that follows an earlier one on the same case (creation is not a change).
  const perCitizen = (
    await db
      .selectFrom('case_assignments as a')
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .innerJoin('users as u', 'u.id', 'c.caseworker_id')
      .select(['c.citizen_id', (eb) => eb.fn.countAll().as('n')])
      .where('u.team_id', '=', teamId)
      .where('a.from_at', '>=', since)
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('case_assignments as p').select(sql.lit(1).as('one')).whereRef('p.case_id', '=', 'a.case_id').whereRef('p.from_at', '<', 'a.from_at')),
      )
      .groupBy('c.citizen_id')
      .execute()
  ).map((r) => ({ citizen_id: r.citizen_id, n: Number(r.n) })); // count(*) is a string on PostgreSQL
  const { n: citizenCount } = await db
    .selectFrom('cases as c')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .select((eb) => eb.fn.count('c.citizen_id').distinct().as('n'))
    .where('u.team_id', '=', teamId)
    .where('c.state', '=', 'åben')
    .executeTakeFirstOrThrow();
  const citizens = Number(citizenCount);
  const buckets = new Map<number, number>();
  for (const r of perCitizen) buckets.set(r.n, (buckets.get(r.n) ?? 0) + 1);
  const withChanges = perCitizen.length;
  const zero = Math.max(citizens - withChanges, 0);
  const changes = [{ changes: 0, citizens: zero }, ...[...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => ({ changes: k, citizens: v }))];
  const totalCitizens = zero + withChanges;
  const totalChanges = perCitizen.reduce((s, r) => s + r.n, 0);
  const t = await db
    .selectFrom('notification_tasks as t')
    .innerJoin('shifts as s', 's.id', 't.shift_id')
    .select([
      (eb) => eb.fn.countAll().as('total'),
      sql<number | string | null>`sum(CASE WHEN t.done_on IS NOT NULL AND t.done_on <= t.due_date THEN 1 ELSE 0 END)`.as('on_time'),
      sql<number | string | null>`sum(CASE WHEN (t.done_on IS NOT NULL AND t.done_on > t.due_date) OR (t.done_on IS NULL AND t.due_date < ${today}) THEN 1 ELSE 0 END)`.as('late'),
      sql<number | string | null>`sum(CASE WHEN t.done_on IS NULL THEN 1 ELSE 0 END)`.as('outstanding'),
    ])
    .where('s.team_id', '=', teamId)
    .executeTakeFirstOrThrow();
  return {
    since,
    changes,
    averageChanges: totalCitizens === 0 ? 0 : Math.round((totalChanges / totalCitizens) * 100) / 100,
    // Sums and counts are numeric strings on PostgreSQL; no rows gives a null sum.
    tasksTotal: Number(t.total),
    tasksOnTime: Number(t.on_time ?? 0),
    tasksLate: Number(t.late ?? 0),
    tasksOutstanding: Number(t.outstanding ?? 0),
  };
}
