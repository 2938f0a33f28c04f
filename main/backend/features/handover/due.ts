/**
 * What happens by the calendar: temporary covers that have run out send the case back,
 * and planned shifts whose date has come are executed. Run when the backend opens a
 * register and before the handover lists are read, so nothing waits for a click.
 */
import type Database from 'better-sqlite3';
import { formatDate } from '../../../../shared/domain/dates';
import { moveCases } from '../cases/reassign';
import { executeShift } from './shifts';

export function processDue(raw: Database.Database, today: string, at: string): { returned: number; executed: number } {
  let returned = 0;
  const covers = raw
    .prepare(
      `SELECT tc.id, tc.case_id, tc.cover_user_id, tc.return_user_id, tc.until_date, c.caseworker_id, u.active AS return_active, u.name AS return_name
       FROM temporary_covers tc JOIN cases c ON c.id = tc.case_id JOIN users u ON u.id = tc.return_user_id
       WHERE tc.ended_at IS NULL AND tc.until_date < ?`,
    )
    .all(today) as { id: number; case_id: number; cover_user_id: number; return_user_id: number; until_date: string; caseworker_id: number; return_active: number; return_name: string }[];
  if (covers.length > 0) {
    raw.transaction(() => {
      const end = raw.prepare('UPDATE temporary_covers SET ended_at = ?, end_note = ? WHERE id = ? AND ended_at IS NULL');
      for (const c of covers) {
        // Only a case still with the cover goes back; one moved on by hand meanwhile stays where it is.
        if (c.caseworker_id === c.cover_user_id && c.return_active === 1) {
          const reason = `Midlertidig dækning udløb ${formatDate(c.until_date)} – sagen er tilbage hos ${c.return_name}`;
          moveCases(raw, [{ caseId: c.case_id, toUserId: c.return_user_id, reason }], null, at);
          end.run(at, 'returneret', c.id);
          returned += 1;
        } else {
          end.run(at, c.return_active === 1 ? 'sagen var flyttet' : 'sagsbehandleren er ikke aktiv', c.id);
        }
      }
    })();
  }
  const due = raw.prepare("SELECT id, created_by FROM shifts WHERE status = 'forberedes' AND shift_date <= ? ORDER BY id").all(today) as { id: number; created_by: number }[];
  for (const s of due) executeShift(raw, s.id, s.created_by, today, at);
  return { returned, executed: due.length };
}
