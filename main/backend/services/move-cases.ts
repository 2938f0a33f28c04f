/**
 * Shared service: moving cases to new caseworkers. Reassignment, handover shifts,
 * temporary cover and the transition to the adult area all move cases here, so the
 * assignment history is written in one place only.
 */
import { AppError } from '../../../shared/api/errors';
import type { Db } from '../db/transaction';

export interface CaseMove {
  caseId: number;
  toUserId: number;
  /** The assignment history's reason for this case. */
  reason: string;
}

const CHUNK = 500;

/**
 * Moves cases to their new caseworkers. Call with the transaction the change runs in
 * (`atomically`). Cases already with the target are left alone (no new period). Throws
 * NOT_FOUND when a case is missing, before anything is written.
 */
export async function moveCases(db: Db, moves: CaseMove[], byUserId: number | null, at: string): Promise<{ reassigned: number; unchanged: number; movedIds: number[] }> {
  const current = new Map<number, { caseworker: number; openFrom: string | null }>();
  const ids = [...new Set(moves.map((m) => m.caseId))];
  // Chunked IN lists keep each statement under the engines' parameter limits.
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('cases as c')
      .leftJoin('case_assignments as a', (j) => j.onRef('a.case_id', '=', 'c.id').on('a.to_at', 'is', null))
      .select(['c.id', 'c.caseworker_id', 'a.from_at'])
      .where('c.id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) current.set(r.id, { caseworker: r.caseworker_id, openFrom: r.from_at ?? null });
  }
  if (current.size !== ids.length) {
    throw new AppError('NOT_FOUND', 'En eller flere af de valgte sager findes ikke. Intet er ændret.');
  }
  const movedIds: number[] = [];
  for (const m of moves) {
    const now = current.get(m.caseId)!;
    if (now.caseworker === m.toUserId) continue;
    // A period that starts "later" than now (another PC's clock, or data imported from one)
    // is closed where it starts, so the history never runs backwards.
    const when = now.openFrom && now.openFrom > at ? now.openFrom : at;
    await db.updateTable('case_assignments').set({ to_at: when }).where('case_id', '=', m.caseId).where('to_at', 'is', null).execute();
    await db
      .insertInto('case_assignments')
      .values({ case_id: m.caseId, user_id: m.toUserId, from_at: when, to_at: null, reason: m.reason, assigned_by: byUserId })
      .execute();
    await db.updateTable('cases').set({ caseworker_id: m.toUserId, updated_at: at }).where('id', '=', m.caseId).execute();
    current.set(m.caseId, { caseworker: m.toUserId, openFrom: when });
    movedIds.push(m.caseId);
  }
  return { reassigned: movedIds.length, unchanged: moves.length - movedIds.length, movedIds };
}

/** Throws VALIDATION unless every user is an active user. */
export async function requireActiveUsers(db: Db, userIds: number[], field: string): Promise<void> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return;
  const active = await db.selectFrom('users').select('id').where('id', 'in', wanted).where('active', '=', 1).execute();
  if (active.length !== wanted.length) {
    throw new AppError('VALIDATION', 'Den nye sagsbehandler findes ikke eller er ikke aktiv.', { [field]: 'Vælg en aktiv sagsbehandler.' });
  }
}
