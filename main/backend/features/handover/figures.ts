/**
 * Management figures for a team: how often citizens changed caseworker in the last
 * 12 months (the plan's goal is fewer changes), and how many notification tasks were
 * done on time.
 */
import type Database from 'better-sqlite3';

export function teamFigures(raw: Database.Database, teamId: number, today: string) {
  const since = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  // A change is an assignment period that follows an earlier one on the same case (creation is not a change).
  const perCitizen = raw
    .prepare(
      `SELECT c.citizen_id, count(*) AS n FROM case_assignments a
       JOIN cases c ON c.id = a.case_id JOIN users u ON u.id = c.caseworker_id
       WHERE u.team_id = ? AND a.from_at >= ?
         AND EXISTS (SELECT 1 FROM case_assignments p WHERE p.case_id = a.case_id AND p.from_at < a.from_at)
       GROUP BY c.citizen_id`,
    )
    .all(teamId, since) as { citizen_id: number; n: number }[];
  const citizens = (
    raw
      .prepare(`SELECT count(DISTINCT c.citizen_id) AS n FROM cases c JOIN users u ON u.id = c.caseworker_id WHERE u.team_id = ? AND c.state = 'åben'`)
      .get(teamId) as { n: number }
  ).n;
  const buckets = new Map<number, number>();
  for (const r of perCitizen) buckets.set(r.n, (buckets.get(r.n) ?? 0) + 1);
  const withChanges = perCitizen.length;
  const zero = Math.max(citizens - withChanges, 0);
  const changes = [{ changes: 0, citizens: zero }, ...[...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => ({ changes: k, citizens: v }))];
  const totalCitizens = zero + withChanges;
  const totalChanges = perCitizen.reduce((s, r) => s + r.n, 0);
  const t = raw
    .prepare(
      `SELECT count(*) AS total,
         sum(CASE WHEN t.done_on IS NOT NULL AND t.done_on <= t.due_date THEN 1 ELSE 0 END) AS on_time,
         sum(CASE WHEN (t.done_on IS NOT NULL AND t.done_on > t.due_date) OR (t.done_on IS NULL AND t.due_date < ?) THEN 1 ELSE 0 END) AS late,
         sum(CASE WHEN t.done_on IS NULL THEN 1 ELSE 0 END) AS outstanding
       FROM notification_tasks t JOIN shifts s ON s.id = t.shift_id WHERE s.team_id = ?`,
    )
    .get(today, teamId) as { total: number; on_time: number | null; late: number | null; outstanding: number | null };
  return {
    since,
    changes,
    averageChanges: totalCitizens === 0 ? 0 : Math.round((totalChanges / totalCitizens) * 100) / 100,
    tasksTotal: t.total,
    tasksOnTime: t.on_time ?? 0,
    tasksLate: t.late ?? 0,
    tasksOutstanding: t.outstanding ?? 0,
  };
}
