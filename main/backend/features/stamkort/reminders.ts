/**
 * The start page's reminder list: the current user's open cases whose stamkort is
 * due for review. Bounded by the user's own open cases (index cases_caseworker_state),
 * so it never scans the whole register.
 */
import type Database from 'better-sqlite3';
import { ageOn } from '../../../../shared/domain/cpr';
import type { Reminder } from '../../../../shared/features/stamkort';
import { registerChanges, reviewDaysSetting } from './load';
import { reviewStatus } from './rules';

interface Row {
  id: number;
  case_number: string;
  citizen_id: number;
  name: string;
  birth_date: string;
  area: 'børn' | 'voksen';
  confirmed_on: string | null;
  confirmed_at: string | null;
}

export function listReminders(raw: Database.Database, userId: number, today: string, offset: number, limit: number): { rows: Reminder[]; total: number } {
  const reviewDays = reviewDaysSetting(raw);
  const rows = raw
    .prepare(
      `SELECT c.id, c.case_number, c.citizen_id, z.name, z.birth_date, c.area, s.confirmed_on, s.confirmed_at
       FROM cases c JOIN citizens z ON z.id = c.citizen_id LEFT JOIN stamkort s ON s.citizen_id = c.citizen_id
       WHERE c.caseworker_id = ? AND c.state = 'åben'
       ORDER BY c.received_date DESC, c.id DESC`,
    )
    .all(userId) as Row[];
  const seen = new Set<number>();
  const due: Reminder[] = [];
  for (const r of rows) {
    // One card per citizen: a citizen with two open cases is one reminder (the newest case).
    if (seen.has(r.citizen_id)) continue;
    seen.add(r.citizen_id);
    const changes = r.confirmed_at ? registerChanges(raw, r.citizen_id, r.confirmed_at) : { changedServices: false, decidedApplications: false };
    const status = reviewStatus({ confirmedOn: r.confirmed_on, reviewDays, today, ...changes });
    if (!status.due) continue;
    due.push({ caseId: r.id, caseNumber: r.case_number, citizenName: r.name, age: ageOn(r.birth_date, today), area: r.area, confirmedOn: r.confirmed_on, reasons: status.reasons });
  }
  // Never-confirmed cards first, then the longest unreviewed.
  due.sort((a, b) => (a.confirmedOn ?? '').localeCompare(b.confirmedOn ?? '') || a.caseNumber.localeCompare(b.caseNumber));
  return { rows: due.slice(offset, offset + limit), total: due.length };
}
