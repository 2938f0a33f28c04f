/**
 * The start page's reminder list: the current user's open cases whose stamkort is
 * due for review, one per citizen (the newest case). SQL decides which cards are due
 * and hands over one page in order, so a caseworker with 10,000 open cases gets an
 * answer in milliseconds: bounded by the user's own open cases (index
 * cases_caseworker_state); the "changed since" checks are load.ts's, as index probes.
 */
import { sql } from 'kysely';
import { ageOn } from '../../../../shared/domain/cpr';
import type { Reminder } from '../../../../shared/features/stamkort';
import type { Db } from '../../db/transaction';
import { changedServicesSql, decidedApplicationsSql, reviewDaysSetting } from './load';
import { reviewCutoff, reviewStatus } from './rules';

interface Row {
  id: number;
  case_number: string;
  name: string;
  birth_date: string;
  area: 'børn' | 'voksen';
  confirmed_on: string | null;
  changed_services: number;
  decided_applications: number;
  /** A string on PostgreSQL (bigint). */
  total: number | string;
}

// The facts reviewStatus (rules.ts) decides on, and its condition for "due", in SQL.
function due(userId: number, cutoff: string) {
  const citizen = sql.ref<number>('n.citizen_id');
  const since = sql.ref<string>('s.confirmed_at');
  return sql`
  WITH newest AS (
    SELECT c.id, c.case_number, c.citizen_id, c.area,
      row_number() OVER (PARTITION BY c.citizen_id ORDER BY c.received_date DESC, c.id DESC) AS nth
    FROM cases c WHERE c.caseworker_id = ${userId} AND c.state = 'åben'
  ), facts AS (
    SELECT n.id, n.case_number, n.citizen_id, n.area, s.confirmed_on,
      -- CASE, so a card never confirmed (due anyway) costs no probe.
      CASE WHEN s.confirmed_at IS NULL THEN 0 ELSE ${changedServicesSql(citizen, since)} END AS changed_services,
      CASE WHEN s.confirmed_at IS NULL THEN 0 ELSE ${decidedApplicationsSql(citizen, since)} END AS decided_applications
    FROM newest n LEFT JOIN stamkort s ON s.citizen_id = n.citizen_id
    WHERE n.nth = 1
  ), due AS (
    SELECT * FROM facts f
    WHERE f.confirmed_on IS NULL OR f.confirmed_on < ${cutoff} OR f.changed_services = 1 OR f.decided_applications = 1
  )`;
}

export async function listReminders(db: Db, userId: number, today: string, offset: number, limit: number): Promise<{ rows: Reminder[]; total: number }> {
  const reviewDays = await reviewDaysSetting(db);
  const cutoff = reviewCutoff(today, reviewDays);
  // Never-confirmed cards first, then the longest unreviewed.
  const { rows: page } = await sql<Row>`${due(userId, cutoff)} SELECT d.id, d.case_number, z.name, z.birth_date, d.area, d.confirmed_on, d.changed_services, d.decided_applications,
       count(*) OVER () AS total
     FROM due d JOIN citizens z ON z.id = d.citizen_id
     ORDER BY coalesce(d.confirmed_on, ''), d.case_number LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const rows = page.map((r) => {
    const status = reviewStatus({
      confirmedOn: r.confirmed_on,
      reviewDays,
      today,
      changedServices: Number(r.changed_services) === 1,
      decidedApplications: Number(r.decided_applications) === 1,
    });
    return { caseId: r.id, caseNumber: r.case_number, citizenName: r.name, age: ageOn(r.birth_date, today), area: r.area, confirmedOn: r.confirmed_on, reasons: status.reasons };
  });
  if (page.length > 0) return { rows, total: Number(page[0].total) };
  if (offset === 0) return { rows, total: 0 };
  // Only for a page past the end, which has no row to carry the total.
  const { rows: counted } = await sql<{ n: number | string }>`${due(userId, cutoff)} SELECT count(*) AS n FROM due`.execute(db);
  return { rows, total: Number(counted[0].n) };
}
