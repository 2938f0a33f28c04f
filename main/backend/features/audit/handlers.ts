/** Reading a citizen's audit log: team leaders only (who looked at whom is itself sensitive; the contract's `access`). */
import Papa from 'papaparse';
import { notFound } from '../../../../shared/api/errors';
import { auditActionLabels, auditMethodLabel, type AuditEntry, type auditContract } from '../../../../shared/features/audit';
import type { Ctx, HandlersFor } from '../../context';

function requireCitizen(ctx: Ctx, citizenId: number): void {
  if (!ctx.raw.prepare('SELECT 1 FROM citizens WHERE id = ?').get(citizenId)) throw notFound('Borgeren');
}

const SELECT = `
  SELECT a.id, a.at, u.initials AS userInitials, u.name AS userName, a.method, a.action,
         a.case_id AS caseId, c.case_number AS caseNumber
  FROM audit_log a
  LEFT JOIN users u ON u.id = a.user_id
  LEFT JOIN cases c ON c.id = a.case_id
  WHERE a.citizen_id = ?
  ORDER BY a.at DESC, a.id DESC`;


export const auditHandlers: HandlersFor<typeof auditContract> = {
  'audit.citizen': (input, ctx) => {
    requireCitizen(ctx, input.citizenId);
    ctx.host.flushAudit(); // reads just made may still be queued (record.ts)
    const total = (ctx.raw.prepare('SELECT count(*) AS n FROM audit_log WHERE citizen_id = ?').get(input.citizenId) as { n: number }).n;
    const rows = ctx.raw.prepare(`${SELECT} LIMIT ? OFFSET ?`).all(input.citizenId, input.limit, input.offset) as AuditEntry[];
    return { rows, total };
  },

  'audit.exportCsv': (input, ctx) => {
    requireCitizen(ctx, input.citizenId);
    ctx.host.flushAudit(); // reads just made may still be queued (record.ts)
    const rows = ctx.raw.prepare(SELECT).all(input.citizenId) as AuditEntry[];
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
