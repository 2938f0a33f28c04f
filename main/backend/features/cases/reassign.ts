/**
 * Reassigning one case or many: close each open caseworker period, open a new one,
 * and move the case. All cases in one transaction: a redistribution is never half done.
 */
import { AppError } from '../../../../shared/api/errors';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { Ctx } from '../../context';

export async function reassignCases(ctx: Ctx, input: ParsedInput<'cases.reassign'>) {
  const { db, user } = ctx;
  const target = await db.selectFrom('users').select(['id', 'active', 'name']).where('id', '=', input.toUserId).executeTakeFirst();
  if (!target || target.active !== 1) {
    throw new AppError('VALIDATION', 'Den nye sagsbehandler findes ikke eller er ikke aktiv.', {
      toUserId: 'Vælg en aktiv sagsbehandler.',
    });
  }
  const at = ctx.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const cases: { id: number; caseworker_id: number }[] = [];
    // Chunked IN lists keep each statement under SQLite's variable limit.
    for (let i = 0; i < input.caseIds.length; i += 500) {
      const chunk = input.caseIds.slice(i, i + 500);
      cases.push(...(await trx.selectFrom('cases').select(['id', 'caseworker_id']).where('id', 'in', chunk).execute()));
    }
    if (cases.length !== input.caseIds.length) {
      throw new AppError('NOT_FOUND', 'En eller flere af de valgte sager findes ikke. Intet er ændret.');
    }
    let reassigned = 0;
    for (const c of cases) {
      if (c.caseworker_id === target.id) continue;
      await trx
        .updateTable('case_assignments')
        .set({ to_at: at })
        .where('case_id', '=', c.id)
        .where('to_at', 'is', null)
        .execute();
      await trx
        .insertInto('case_assignments')
        .values({ case_id: c.id, user_id: target.id, from_at: at, to_at: null, reason: input.reason, assigned_by: user.id })
        .execute();
      await trx.updateTable('cases').set({ caseworker_id: target.id, updated_at: at }).where('id', '=', c.id).execute();
      reassigned += 1;
    }
    return { reassigned, unchanged: cases.length - reassigned };
  });
}
