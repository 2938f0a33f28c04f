/** Reading a citizen's audit log: team leaders only (who looked at whom is itself sensitive; the contract's `access`). */
import Papa from 'papaparse';
import { notFound } from '../../../../shared/api/errors';
import { auditActionLabels, auditMethodLabel, type AuditEntry, type auditContract } from '../../../../shared/features/audit';
import type { Ctx, HandlersFor } from '../../context';

async function requireCitizen(ctx: Ctx, citizenId: number): Promise<void> {
  const found = await ctx.db.selectFrom('citizens').select('id').where('id', '=', citizenId).executeTakeFirst();
  if (!found) throw notFound('Borgeren');
}

/** A citizen's log, newest first. */
function entries(ctx: Ctx, citizenId: number) {
  return ctx.db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('cases as c', 'c.id', 'a.case_id')
    .select(['a.id', 'a.at', 'u.initials as userInitials', 'u.name as userName', 'a.method', 'a.action', 'a.case_id as caseId', 'c.case_number as caseNumber'])
    .where('a.citizen_id', '=', citizenId)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc');
}

export const auditHandlers: HandlersFor<typeof auditContract> = {
  'audit.citizen': async (input, ctx) => {
    await requireCitizen(ctx, input.citizenId);
    await ctx.host.flushAudit(); // reads just made may still be queued (record.ts)
    const counted = await ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('citizen_id', '=', input.citizenId).executeTakeFirstOrThrow();
    const rows: AuditEntry[] = await entries(ctx, input.citizenId).limit(input.limit).offset(input.offset).execute();
    return { rows, total: Number(counted.n) };
  },

  'audit.exportCsv': async (input, ctx) => {
    await requireCitizen(ctx, input.citizenId);
    await ctx.host.flushAudit(); // reads just made may still be queued (record.ts)
    const rows: AuditEntry[] = await entries(ctx, input.citizenId).execute();
    const csv = Papa.unparse(
      {
        fields: ['Tidspunkt', 'Initialer', 'Medarbejder', 'Handling', 'Funktion', 'Sagsnummer'],
        data: rows.map((r) => [r.at, r.userInitials ?? '', r.userName ?? '', auditActionLabels[r.action], auditMethodLabel(r.method), r.caseNumber ?? '']),
      },
      // Semicolons for Danish Excel; quote everything so no cell is read as a formula.
      { delimiter: ';', quotes: true, escapeFormulae: true },
    );
    return { fileName: `logbog-borger-${input.citizenId}-${ctx.today()}.csv`, csv: `\ufeff${csv}`, rows: rows.length };
  },
};
