/**
 * What happens by the calendar: temporary covers that have run out send the case back,
 * and planned shifts whose date has come are executed. A scheduled service (the backend
 * runs it at start and on a timer), never part of a read.
 */
import { formatDate } from '../../../../shared/domain/dates';
import { atomically, type Db } from '../../db/transaction';
import { moveCases, type CaseMove } from '../../services/move-cases';
import { byIdChunks } from '../../db/chunks';
import { executeShift } from './shifts';

/**
 * One transaction. Each cover and shift is claimed by a guarded UPDATE before anything
 * moves, so a second app instance on the same register (waiting on the row, or reading
 * after the commit) finds it taken and does nothing: the work is done once.
 */
export async function processDue(db: Db, today: string, at: string): Promise<{ returned: number; executed: number }> {
  return atomically(db, async (trx) => {
    const claimed = await trx
      .updateTable('temporary_covers')
      .set({ ended_at: at })
      .where('ended_at', 'is', null)
      .where('until_date', '<', today)
      .returning('id')
      .execute();
    const covers = await byIdChunks(
      claimed.map((c) => c.id),
      (ids) =>
        trx
          .selectFrom('temporary_covers as tc')
          .innerJoin('cases as c', 'c.id', 'tc.case_id')
          .innerJoin('users as u', 'u.id', 'tc.return_user_id')
          .select(['tc.id', 'tc.case_id', 'tc.cover_user_id', 'tc.return_user_id', 'tc.until_date', 'c.caseworker_id', 'u.active as return_active', 'u.name as return_name'])
          .where('tc.id', 'in', ids)
          .execute(),
    );
    covers.sort((a, b) => a.id - b.id);
    const moves: CaseMove[] = [];
    const notes = new Map<string, number[]>();
    for (const c of covers) {
      // Only a case still with the cover goes back; one moved on by hand meanwhile stays where it is.
      const back = c.caseworker_id === c.cover_user_id && c.return_active === 1;
      if (back) moves.push({ caseId: c.case_id, toUserId: c.return_user_id, reason: `Midlertidig dækning udløb ${formatDate(c.until_date)} – sagen er tilbage hos ${c.return_name}` });
      const note = back ? 'returneret' : c.return_active === 1 ? 'sagen var flyttet' : 'sagsbehandleren er ikke aktiv';
      notes.set(note, [...(notes.get(note) ?? []), c.id]);
    }
    await moveCases(trx, moves, null, at);
    for (const [note, ids] of notes) {
      await byIdChunks(ids, (chunk) => trx.updateTable('temporary_covers').set({ end_note: note }).where('id', 'in', chunk).execute());
    }
    const due = await trx
      .selectFrom('shifts')
      .select(['id', 'created_by'])
      .where('status', '=', 'forberedes')
      .where('shift_date', '<=', today)
      .orderBy('id')
      .execute();
    for (const s of due) await executeShift(trx, s.id, s.created_by, today, at);
    return { returned: moves.length, executed: due.length };
  });
}
