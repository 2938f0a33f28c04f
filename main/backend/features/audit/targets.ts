/**
 * Which contract methods touch a citizen's data, and how to find whose. One entry per
 * method; test/unit/reliability/audit-coverage.test.ts fails for any method of the
 * contract that is missing here, so a new method cannot slip past the audit log.
 *
 * - `targets`: the citizens and/or cases the call read or changed, from its parsed
 *   input, its output, or (for ids that only point at a case indirectly) the register.
 * - `unscoped`: lists and searches that show many citizens at once; logged once per
 *   call without a target (one row per listed citizen would flood the log).
 * - `none`: no citizen data; the string says why, for the reviewer.
 */
import type { Method } from '../../../../shared/api/contract';
import type { Db } from '../../db/transaction';

export type AuditAction = 'read' | 'change';
export interface AuditIds {
  citizenIds?: readonly number[];
  caseIds?: readonly number[];
}
type Input = Record<string, unknown>;
type Output = Record<string, unknown>;

type Targets = (input: Input, output: Output, db: Db) => AuditIds | Promise<AuditIds>;

/**
 * `writes` on a `none` entry: the call changes the register (staff, rules, the naming
 * list, the library) without touching citizen data, so it still runs in one transaction.
 */
export type AuditTarget =
  | { action: AuditAction; targets: Targets }
  | { action: AuditAction; unscoped: string }
  | { none: string; writes?: true };

const num = (v: unknown): number[] => (typeof v === 'number' ? [v] : []);
const read = (targets: Targets): AuditTarget => ({ action: 'read', targets });
const change = (targets: Targets): AuditTarget => ({ action: 'change', targets });
const caseOfInput = (key: string) => (i: Input) => ({ caseIds: num(i[key]) });
const caseOfOutput = (key: string) => (_i: Input, o: Output) => ({ caseIds: num(o[key]) });
const citizenOfInput = (key: string) => (i: Input) => ({ citizenIds: num(i[key]) });
const list = (why: string): AuditTarget => ({ action: 'read', unscoped: why });
const none = (why: string): AuditTarget => ({ none: why });
const noneWrites = (why: string): AuditTarget => ({ none: why, writes: true });

/** Case ids in an output list, e.g. a handover shift's cases or an overview's rows. */
const casesIn = (key: string) => (_i: Input, o: Output) => ({
  caseIds: Array.isArray(o[key]) ? (o[key] as { caseId?: unknown }[]).flatMap((r) => num(r.caseId)) : [],
});

/** The `id` of each row of an output list (the transition handover's cases). */
const idsIn = (rows: unknown): number[] => (Array.isArray(rows) ? (rows as { id?: unknown }[]).flatMap((r) => num(r.id)) : []);

async function caseOfRun(db: Db, runId: unknown): Promise<number[]> {
  if (typeof runId !== 'number') return [];
  const row = await db.selectFrom('checklist_runs').select('case_id').where('id', '=', runId).executeTakeFirst();
  return row ? [row.case_id] : [];
}

export const auditTargets: Partial<Record<Method, AuditTarget>> = {
  // ---- the register and its people (staff, not citizens) ----
  'app.status': none('register status'),
  'app.setup': none('first-run setup; a demo register holds fictitious people only'),
  'reference.paragraphs': none('reference list'),
  'reference.caseTypes': none('reference list'),
  'teams.list': none('staff'),
  'teams.create': noneWrites('staff'),
  'users.list': none('staff'),
  'users.create': noneWrites('staff'),
  'users.update': noneWrites('staff'),
  'session.current': none('staff'),
  'session.setUser': none('staff'),

  // ---- citizens and cases ----
  'citizens.search': list('search results: name, CPR number and age of many citizens'),
  'citizens.get': read((_i, o) => ({ citizenIds: num(o.id) })),
  'citizens.create': change((_i, o) => ({ citizenIds: num(o.id) })),
  'citizens.update': change(citizenOfInput('id')),
  'citizens.revealAddress': read(citizenOfInput('id')),
  'cases.list': list('case lists: name and CPR number of many citizens'),
  'cases.get': read(caseOfInput('id')),
  'cases.create': change(caseOfOutput('id')),
  'cases.update': change(caseOfInput('id')),
  'cases.assignments': read(caseOfInput('caseId')),
  'cases.reassign': change((i) => ({ caseIds: Array.isArray(i.caseIds) ? (i.caseIds as number[]) : [] })),
  'activities.list': read(caseOfInput('caseId')),
  'activities.create': change(caseOfInput('caseId')),
  'applications.list': read(caseOfInput('caseId')),
  'applications.create': change(caseOfInput('caseId')),
  'applications.update': change(caseOfOutput('caseId')),
  'services.list': read((i) => ({ caseIds: num(i.caseId), citizenIds: num(i.citizenId) })),
  'services.create': change((i, o) => ({ citizenIds: num(i.citizenId), caseIds: num(o.caseId) })),
  'services.update': change((_i, o) => ({ citizenIds: num(o.citizenId), caseIds: num(o.caseId) })),

  // ---- stamkort (issue 3): family, school and diagnoses of the child ----
  'stamkort.get': read(caseOfInput('caseId')),
  'stamkort.saveSection': change(caseOfInput('caseId')),
  'stamkort.confirm': change(caseOfInput('caseId')),
  'stamkort.history': read(caseOfInput('caseId')),
  'stamkort.reminders': list('cards due for review, with citizen names'),
  'stamkort.settings': none('review interval'),
  'stamkort.updateSettings': noneWrites('review interval'),

  // ---- activity names (issue 4): the naming list; non-standard names may be free text ----
  'activityNames.list': none('naming list'),
  'activityNames.search': none('naming list'),
  'activityNames.create': noneWrites('naming list'),
  'activityNames.update': noneWrites('naming list'),
  'activityNames.setActive': noneWrites('naming list'),
  'activityNames.versions': none('naming list history'),
  'activityNames.nonStandard': list('free-text activity names written on cases, which may name a person'),
  'activityNames.map': { action: 'change', unscoped: 'renames a free-text activity name on many cases' },
  'activityNames.mappings': none('naming list mappings'),
  'activityNames.undoMapping': { action: 'change', unscoped: 'restores free-text activity names on many cases' },
  'activityNames.share': none('counts per caseworker and team'),
  'activityNames.export': none('naming list'),
  'activityNames.import': noneWrites('naming list'),

  // ---- procedures (issue 6): the library is not about citizens; checklists are on cases ----
  'procedures.list': none('procedure library'),
  'procedures.folders': none('procedure library'),
  'procedures.search': none('procedure library'),
  'procedures.get': none('procedure library'),
  'procedures.versions': none('procedure library'),
  'procedures.create': noneWrites('procedure library'),
  'procedures.update': noneWrites('procedure library'),
  'procedures.markReviewed': noneWrites('procedure library'),
  'procedures.forCase': none('procedures matching a case type; no citizen data'),
  'procedures.importPreview': none('procedure library'),
  'procedures.importConfirm': noneWrites('procedure library'),
  'checklists.forCase': read(caseOfInput('caseId')),
  'checklists.start': change(caseOfInput('caseId')),
  'checklists.tick': change(async (i, _o, db) => ({ caseIds: await caseOfRun(db, i.runId) })),
  'checklists.closedDayCheck': none('calendar'),

  // ---- deadlines (issue 7) ----
  'deadlines.config': none('rules'),
  'deadlines.saveRule': noneWrites('rules'),
  'deadlines.deleteRule': noneWrites('rules'),
  'deadlines.saveSettings': noneWrites('rules'),
  'deadlines.saveFollowUpRule': noneWrites('rules'),
  'deadlines.deleteFollowUpRule': noneWrites('rules'),
  'deadlines.preview': none('date arithmetic'),
  'deadlines.forCase': read(caseOfInput('caseId')),
  'deadlines.registerNotice': change(caseOfInput('caseId')),
  'deadlines.registerReceipt': change(caseOfInput('caseId')),
  'deadlines.list': list('deadline lists with citizen names'),
  'deadlines.compliance': none('counts'),
  'deadlines.transitions': list('young people approaching 18, with names'),
  'deadlines.meetings': none('counts per meeting date'),
  'deadlines.invitations': list('invitation lists with citizen names'),
  'deadlines.markDone': { action: 'change', unscoped: 'a transition or follow-up task; the subject is not always a case' },
  'deadlines.reminders': list('reminders with citizen names'),

  // ---- handover (issue 5): a caseworker's cases, shifts and handover sheets ----
  'handover.caseworkers': none('staff with case counts'),
  'handover.overview': read(casesIn('rows')),
  'handover.redistribute': change((i) => ({ caseIds: Array.isArray(i.moves) ? (i.moves as { caseId: number }[]).map((m) => m.caseId) : [] })),
  'handover.plan': change((i) => ({ caseIds: Array.isArray(i.caseIds) ? (i.caseIds as number[]) : [] })),
  'handover.shifts': none('shift summaries: dates and counts'),
  'handover.shift': read(casesIn('cases')),
  'handover.saveSheet': change(caseOfInput('caseId')),
  'handover.saveAgenda': change(casesIn('cases')),
  'handover.takeOver': change(caseOfInput('caseId')),
  'handover.ask': change(caseOfInput('caseId')),
  'handover.answer': change((_i, o) => {
    const questions = Array.isArray(o.questions) ? (o.questions as { id: number; caseId: number }[]) : [];
    return { caseIds: questions.map((q) => q.caseId) };
  }),
  'handover.execute': change(casesIn('cases')),
  'handover.tasks': list('notification tasks with citizen names'),
  'handover.completeTask': change(caseOfOutput('caseId')),
  'handover.settings': none('team settings'),
  'handover.saveSettings': noneWrites('team settings'),
  'handover.figures': none('counts'),
  'handover.pack': read(casesIn('rows')),

  // ---- transition to the adult area (issue 15): the young person, their children's cases and the adult case ----
  'transition.candidates': list('young people due for the handover to the adult area, with names'),
  'transition.prepare': read((i, o) => ({ citizenIds: num(i.citizenId), caseIds: [...idsIn(o.childCases), ...idsIn(o.adultCases)] })),
  'transition.handOver': change((i, o) => ({ citizenIds: num(i.citizenId), caseIds: [...num(o.adultCaseId), ...(Array.isArray(o.childCaseIds) ? o.childCaseIds.flatMap(num) : [])] })),
  'transition.get': read((_i, o) => ({ citizenIds: num(o.citizenId), caseIds: [...num(o.adultCaseId), ...idsIn(o.childCases)] })),
  'transition.handovers': list('handovers to the adult area, with names'),

  // ---- this feature ----
  'audit.citizen': read(citizenOfInput('citizenId')),
  'audit.exportCsv': read(citizenOfInput('citizenId')),
  'backups.list': none('backup files'),
  'backups.create': none('a copy of the register; no one citizen'),
  'backups.setFolder': none('settings'),
  'backups.restore': { action: 'change', unscoped: 'the whole register is replaced' },
};
