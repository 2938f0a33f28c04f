/**
 * The start page's reminder list: the current user's open cases whose stamkort is
 * due for review, one per citizen (the newest case). SQL decides which cards are due
 * and hands over one page in order, so a caseworker with 10,000 open cases gets an
 * answer in milliseconds: bounded by the user's own open cases (index
 * cases_caseworker_state); the "changed since" checks are load.ts's, as index probes.
 */
import type Database from 'better-sqlite3';
import { ageOn } from '../../../../shared/domain/cpr';
import type { Reminder } from '../../../../shared/features/stamkort';
import { perRegister } from '../../db/statement-cache';
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
  total: number;
}

// The facts reviewStatus (rules.ts) decides on, and its condition for "due", in SQL.
const DUE = `
  WITH newest AS (
    SELECT c.id, c.case_number, c.citizen_id, c.area,
      row_number() OVER (PARTITION BY c.citizen_id ORDER BY c.received_date DESC, c.id DESC) AS nth
    FROM cases c WHERE c.caseworker_id = @user AND c.state = 'åben'
  ), facts AS (
    SELECT n.id, n.case_number, n.citizen_id, n.area, s.confirmed_on,
      -- CASE, so a card never confirmed (due anyway) costs no probe.
      CASE WHEN s.confirmed_at IS NULL THEN 0 ELSE ${changedServicesSql('n.citizen_id', 's.confirmed_at')} END AS changed_services,
      CASE WHEN s.confirmed_at IS NULL THEN 0 ELSE ${decidedApplicationsSql('n.citizen_id', 's.confirmed_at')} END AS decided_applications
    FROM newest n LEFT JOIN stamkort s ON s.citizen_id = n.citizen_id
    WHERE n.nth = 1
  ), due AS (
    SELECT * FROM facts f
    WHERE f.confirmed_on IS NULL OR f.confirmed_on < @cutoff OR f.changed_services OR f.decided_applications
  )`;

const statements = perRegister((raw) => ({
  // Never-confirmed cards first, then the longest unreviewed.
  page: raw.prepare(
    `${DUE} SELECT d.id, d.case_number, z.name, z.birth_date, d.area, d.confirmed_on, d.changed_services, d.decided_applications,
       count(*) OVER () AS total
     FROM due d JOIN citizens z ON z.id = d.citizen_id
     ORDER BY coalesce(d.confirmed_on, ''), d.case_number LIMIT @limit OFFSET @offset`,
  ),
  // Only for a page past the end, which has no row to carry the total.
  total: raw.prepare(`${DUE} SELECT count(*) FROM due`).pluck(),
}));

export function listReminders(raw: Database.Database, userId: number, today: string, offset: number, limit: number): { rows: Reminder[]; total: number } {
  const reviewDays = reviewDaysSetting(raw);
  const params = { user: userId, cutoff: reviewCutoff(today, reviewDays) };
  const stmts = statements(raw);
  const page = stmts.page.all({ ...params, limit, offset }) as Row[];
  const rows = page.map((r) => {
    const status = reviewStatus({
      confirmedOn: r.confirmed_on,
      reviewDays,
      today,
      changedServices: r.changed_services === 1,
      decidedApplications: r.decided_applications === 1,
    });
    return { caseId: r.id, caseNumber: r.case_number, citizenName: r.name, age: ageOn(r.birth_date, today), area: r.area, confirmedOn: r.confirmed_on, reasons: status.reasons };
  });
  return { rows, total: page[0]?.total ?? (offset === 0 ? 0 : (stmts.total.get(params) as number)) };
}
