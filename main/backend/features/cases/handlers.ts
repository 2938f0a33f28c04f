import { AppError, notFound } from '../../../../shared/api/errors';
import { areaLabels, type Area } from '../../../../shared/domain/enums';
import type { casesContract } from '../../../../shared/features/cases';
import type { Ctx, HandlersFor } from '../../context';
import { atomically } from '../../db/transaction';
import { receiptDueFor } from '../deadlines';
import { computeDeadline, refreshPendingDeadlines } from '../../services/decision-deadlines';
import { nextCaseNumber } from '../../services/case-numbers';
import { listCases } from './list';
import { loadCaseDetail } from './queries';
import { reassignCases } from './reassign';

/** Paragraphs must be on the list and fit the case's area (children / adults). */
function checkParagraphs(ctx: Ctx, codes: string[], area: Area): void {
  for (const code of codes) {
    const p = ctx.reference.paragraph(code);
    if (!p) throw new AppError('VALIDATION', `Paragraffen ${code} findes ikke på listen.`, { paragraphs: 'Ukendt paragraf.' });
    if (!ctx.reference.fitsArea(code, area)) {
      const message = `${p.short} hører ikke til området ${areaLabels[area].toLowerCase()}.`;
      throw new AppError('VALIDATION', message, { paragraphs: message });
    }
  }
}

async function detail(ctx: Ctx, id: number) {
  const found = await loadCaseDetail(ctx.db, id, ctx.reference, ctx.today());
  if (!found) throw notFound('Sagen');
  return found;
}

export const caseHandlers: HandlersFor<typeof casesContract> = {
  'cases.list': (input, ctx) => listCases(input, ctx),

  'cases.get': (input, ctx) => detail(ctx, input.id),

  'cases.create': async (input, ctx) => {
    const { db, user } = ctx;
    const citizen = await db.selectFrom('citizens').select('id').where('id', '=', input.citizenId).executeTakeFirst();
    if (!citizen) throw notFound('Borgeren');
    checkParagraphs(ctx, input.paragraphs, input.area);
    const caseworkerId = input.caseworkerId ?? user.id;
    const caseworker = await db.selectFrom('users').select(['id', 'active']).where('id', '=', caseworkerId).executeTakeFirst();
    if (!caseworker || caseworker.active !== 1) {
      throw new AppError('VALIDATION', 'Sagsbehandleren findes ikke eller er ikke aktiv.', { caseworkerId: 'Vælg en aktiv sagsbehandler.' });
    }
    const now = ctx.now();
    const at = now.toISOString();
    // Everything on the transaction, the deadline and the case number included.
    const id = await atomically(db, async (trx) => {
      const row = await trx
        .insertInto('cases')
        .values({
          // The year of the Danish calendar day, not the machine's: 00:30 on 1 January is the new year.
          case_number: await nextCaseNumber(trx, ctx.today()),
          citizen_id: input.citizenId,
          area: input.area,
          case_type: input.caseType,
          kle_number: input.kleNumber,
          handlingsfacet: input.handlingsfacet,
          phase: input.phase,
          state: input.state,
          received_date: input.receivedDate,
          // Without a deadline from the caseworker, the team's rule for the paragraphs sets it (issue 7).
          deadline: input.deadline ?? (await computeDeadline(trx, ctx.reference, input.receivedDate, input.caseType, input.paragraphs)).deadline,
          receipt_due: await receiptDueFor(trx, input.receivedDate),
          next_follow_up: input.nextFollowUp,
          caseworker_id: caseworkerId,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('case_paragraphs')
        .values(input.paragraphs.map((paragraph, position) => ({ case_id: row.id, paragraph, position })))
        .execute();
      await trx
        .insertInto('case_assignments')
        .values({ case_id: row.id, user_id: caseworkerId, from_at: at, to_at: null, reason: 'Sagen oprettet', assigned_by: user.id })
        .execute();
      await refreshPendingDeadlines(trx, [row.id]);
      return row.id;
    });
    return detail(ctx, id);
  },

  'cases.update': async (input, ctx) => {
    const { db } = ctx;
    const existing = await db.selectFrom('cases').select('id').where('id', '=', input.id).executeTakeFirst();
    if (!existing) throw notFound('Sagen');
    checkParagraphs(ctx, input.paragraphs, input.area);
    await atomically(db, async (trx) => {
      const deadline = input.deadline ?? (await computeDeadline(trx, ctx.reference, input.receivedDate, input.caseType, input.paragraphs)).deadline;
      await trx
        .updateTable('cases')
        .set({
          area: input.area,
          case_type: input.caseType,
          kle_number: input.kleNumber,
          handlingsfacet: input.handlingsfacet,
          phase: input.phase,
          state: input.state,
          received_date: input.receivedDate,
          deadline,
          next_follow_up: input.nextFollowUp,
          updated_at: ctx.now().toISOString(),
        })
        .where('id', '=', input.id)
        .execute();
      await trx.deleteFrom('case_paragraphs').where('case_id', '=', input.id).execute();
      await trx
        .insertInto('case_paragraphs')
        .values(input.paragraphs.map((paragraph, position) => ({ case_id: input.id, paragraph, position })))
        .execute();
      // Applications received with the case share its deadline.
      await trx.updateTable('applications').set({ deadline }).where('case_id', '=', input.id).where('received_date', '=', input.receivedDate).execute();
      await refreshPendingDeadlines(trx, [input.id]);
    });
    return detail(ctx, input.id);
  },

  'cases.assignments': async (input, { db }) => {
    const exists = await db.selectFrom('cases').select('id').where('id', '=', input.caseId).executeTakeFirst();
    if (!exists) throw notFound('Sagen');
    const rows = await db
      .selectFrom('case_assignments as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('users as b', 'b.id', 'a.assigned_by')
      .select(['a.id', 'a.user_id', 'u.initials', 'u.name', 'a.from_at', 'a.to_at', 'a.reason', 'b.name as by_name'])
      .where('a.case_id', '=', input.caseId)
      .orderBy('a.from_at', 'desc')
      .orderBy('a.id', 'desc')
      .execute();
    return {
      rows: rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        initials: r.initials,
        name: r.name,
        fromAt: r.from_at,
        toAt: r.to_at,
        reason: r.reason,
        assignedByName: r.by_name,
      })),
    };
  },

  'cases.reassign': (input, ctx) => reassignCases(ctx, input),
};
