/** The audit log (issue 8): who read or changed a citizen's data. Team leaders only. */
import { z } from 'zod';
import { method, type Restricted } from '../api/define';
import { id, pageOf, paging } from './common';

export const auditActions = ['read', 'change'] as const;
export const auditActionLabels: Record<(typeof auditActions)[number], string> = { read: 'Læst', change: 'Ændret' };

/** What each audited method did, in plain Danish (the page and the CSV export). Methods not listed show their technical name. */
const auditMethodLabels: Record<string, string> = {
  'citizens.get': 'Så borgerens oplysninger',
  'citizens.create': 'Oprettede borgeren',
  'citizens.update': 'Rettede borgerens oplysninger',
  'citizens.revealAddress': 'Viste den beskyttede adresse',
  'cases.get': 'Så sagen',
  'cases.create': 'Oprettede sagen',
  'cases.update': 'Rettede sagen',
  'cases.assignments': 'Så sagens sagsbehandlere',
  'cases.reassign': 'Flyttede sagen til en anden sagsbehandler',
  'activities.list': 'Så journalen',
  'activities.create': 'Skrev i journalen',
  'applications.list': 'Så ansøgningerne',
  'applications.create': 'Registrerede en ansøgning',
  'applications.update': 'Rettede en ansøgning',
  'services.list': 'Så ydelserne',
  'services.create': 'Registrerede en ydelse',
  'services.update': 'Rettede en ydelse',
  'stamkort.get': 'Så stamkortet',
  'stamkort.saveSection': 'Rettede stamkortet',
  'stamkort.confirm': 'Bekræftede stamkortet',
  'stamkort.history': 'Så stamkortets historik',
  'deadlines.forCase': 'Så sagens frister',
  'deadlines.registerNotice': 'Registrerede et varsel',
  'deadlines.registerReceipt': 'Registrerede en modtagelse',
  'checklists.forCase': 'Så sagens arbejdsgange',
  'checklists.start': 'Startede en arbejdsgang',
  'checklists.tick': 'Krydsede af i en arbejdsgang',
  'handover.saveSheet': 'Skrev overleveringsnotat',
  'handover.takeOver': 'Overtog sagen',
  'audit.citizen': 'Så adgangsloggen',
  'audit.exportCsv': 'Eksporterede adgangsloggen',
};

export const auditMethodLabel = (method: string): string => auditMethodLabels[method] ?? method;

export const auditEntry = z.object({
  id,
  at: z.string(),
  userInitials: z.string().nullable(),
  userName: z.string().nullable(),
  method: z.string(),
  action: z.enum(auditActions),
  caseId: id.nullable(),
  caseNumber: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Who looked at whom is itself sensitive: team leaders only. */
const readsLog = { roles: ['teamleder'], to: 'se, hvem der har læst eller ændret en borgers oplysninger' } as const satisfies Restricted;

export const auditContract = {
  /** A citizen's audit log, newest first. */
  'audit.citizen': method(z.strictObject({ citizenId: id, ...paging }), pageOf(auditEntry), readsLog),
  /** The same log as CSV (semicolon-separated, for Danish Excel). */
  'audit.exportCsv': method(z.strictObject({ citizenId: id }), z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }), readsLog),
};
