/**
 * Reassigning one case or many: close each open caseworker period, open a new one,
 * and move the case. All cases in one transaction: a redistribution is never half done.
 * The handover feature (shifts, temporary cover) moves cases through `moveCases` too,
 * so the assignment history is written in one place only.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { Ctx } from '../../context';

export interface CaseMove {
  caseId: number;
  toUserId: number;
  /** The assignment history's reason for this case. */
  reason: string;
}

/**
 * Moves cases to their new caseworkers. Call inside a transaction. Cases already with
 * the target are left alone (no new period). Throws NOT_FOUND when a case is missing,
 * before anything is written.
 */
export function moveCases(raw: Database.Database, moves: CaseMove[], byUserId: number | null, at: string): { reassigned: number; unchanged: number; movedIds: number[] } {
  const current = new Map<number, number>();
  const select = (n: number) => raw.prepare(`SELECT id, caseworker_id FROM cases WHERE id IN (${Array(n).fill('?').join(',')})`);
  // Chunked IN lists keep each statement under SQLite's variable limit.
  for (let i = 0; i < moves.length; i += 500) {
    const chunk = moves.slice(i, i + 500).map((m) => m.caseId);
    for (const r of select(chunk.length).all(...chunk) as { id: number; caseworker_id: number }[]) current.set(r.id, r.caseworker_id);
  }
  if (current.size !== new Set(moves.map((m) => m.caseId)).size) {
    throw new AppError('NOT_FOUND', 'En eller flere af de valgte sager findes ikke. Intet er ændret.');
  }
  const close = raw.prepare('UPDATE case_assignments SET to_at = ? WHERE case_id = ? AND to_at IS NULL');
  const open = raw.prepare('INSERT INTO case_assignments (case_id, user_id, from_at, to_at, reason, assigned_by) VALUES (?, ?, ?, NULL, ?, ?)');
  const update = raw.prepare('UPDATE cases SET caseworker_id = ?, updated_at = ? WHERE id = ?');
  const movedIds: number[] = [];
  const openFrom = raw.prepare('SELECT from_at FROM case_assignments WHERE case_id = ? AND to_at IS NULL');
  for (const m of moves) {
    if (current.get(m.caseId) === m.toUserId) continue;
    // A period that starts "later" than now (another PC's clock, or data imported from one)
    // is closed where it starts, so the history never runs backwards.
    const from = (openFrom.get(m.caseId) as { from_at: string } | undefined)?.from_at;
    const when = from && from > at ? from : at;
    close.run(when, m.caseId);
    open.run(m.caseId, m.toUserId, when, m.reason, byUserId);
    update.run(m.toUserId, at, m.caseId);
    movedIds.push(m.caseId);
  }
  return { reassigned: movedIds.length, unchanged: moves.length - movedIds.length, movedIds };
}

/** Throws VALIDATION unless every user is an active user. */
export function requireActiveUsers(raw: Database.Database, userIds: number[], field: string): void {
  const check = raw.prepare('SELECT active FROM users WHERE id = ?');
  for (const userId of new Set(userIds)) {
    const row = check.get(userId) as { active: number } | undefined;
    if (!row || row.active !== 1) {
      throw new AppError('VALIDATION', 'Den nye sagsbehandler findes ikke eller er ikke aktiv.', { [field]: 'Vælg en aktiv sagsbehandler.' });
    }
  }
}

export function reassignCases(ctx: Ctx, input: ParsedInput<'cases.reassign'>) {
  const { raw, user } = ctx;
  requireActiveUsers(raw, [input.toUserId], 'toUserId');
  const at = ctx.now().toISOString();
  const moves = input.caseIds.map((caseId) => ({ caseId, toUserId: input.toUserId, reason: input.reason }));
  const { reassigned, unchanged } = raw.transaction(() => moveCases(raw, moves, user.id, at))();
  return { reassigned, unchanged };
}
