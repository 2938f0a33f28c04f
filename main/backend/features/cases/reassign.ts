/**
 * Reassigning one case or many: close each open caseworker period, open a new one,
 * and move the case. All cases in one transaction: a redistribution is never half done.
 * The moving itself is the shared service (services/move-cases.ts), which the handover
 * and transition features use too, so the assignment history is written in one place only.
 */
import type { ParsedInput } from '../../../../shared/api/contract';
import type { Ctx } from '../../context';
import { atomically } from '../../db/transaction';
import { moveCases, requireActiveUsers } from '../../services/move-cases';

export async function reassignCases(ctx: Ctx, input: ParsedInput<'cases.reassign'>) {
  const { user } = ctx;
  const at = ctx.now().toISOString();
  const moves = input.caseIds.map((caseId) => ({ caseId, toUserId: input.toUserId, reason: input.reason }));
  const { reassigned, unchanged } = await atomically(ctx.db, async (trx) => {
    await requireActiveUsers(trx, [input.toUserId], 'toUserId');
    return moveCases(trx, moves, user.id, at);
  });
  return { reassigned, unchanged };
}
