/** Cases, their caseworker assignment history and reassignment. */
import { z } from 'zod';
import { method } from '../api/define';
import { caseStates, phases } from '../domain/enums';
import { id, isoDate, line, pageOf, listOf, paging, paragraphCode, requiredLine, sortDirection } from './common';
import { area } from './reference';

export const phase = z.enum(phases, { message: 'Vælg en fase.' });
export const caseState = z.enum(caseStates, { message: 'Vælg en tilstand.' });

export const kleNumber = z
  .string()
  .trim()
  .max(20)
  .regex(/^(\d{2}\.\d{2}\.\d{2})?$/, 'KLE-nummeret skrives NN.NN.NN, fx 27.24.00.')
  .default('');

export const handlingsfacet = z
  .string()
  .trim()
  .max(10)
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^([A-Z]\d{2})?$/, 'Handlingsfacetten skrives som et bogstav og to cifre, fx G01.'))
  .default('');

const caseFields = {
  area,
  caseType: requiredLine(100),
  kleNumber,
  handlingsfacet,
  paragraphs: z
    .array(paragraphCode)
    .min(1, 'Vælg mindst én paragraf.')
    .max(10, 'Højst 10 paragraffer på en sag.')
    .refine((list) => new Set(list).size === list.length, 'Samme paragraf er valgt to gange.'),
  phase: phase.default('sagsåbning'),
  state: caseState.default('åben'),
  receivedDate: isoDate,
  deadline: isoDate.nullable().default(null),
  nextFollowUp: isoDate.nullable().default(null),
};

/** A deadline is counted from the received date, so it can never come before it. */
const deadlineNotBeforeReceived: [(c: { receivedDate: string; deadline: string | null }) => boolean, { message: string; path: string[] }] = [
  (c) => c.deadline === null || c.deadline >= c.receivedDate,
  { message: 'Fristen kan ikke ligge før den dag, sagen er modtaget.', path: ['deadline'] },
];

export const caseInput = z
  .strictObject({
    citizenId: id,
    ...caseFields,
    /** Defaults to the current user. */
    caseworkerId: id.optional(),
  })
  .refine(...deadlineNotBeforeReceived);
export type CaseInput = z.input<typeof caseInput>;

export const caseUpdate = z.strictObject({ id, ...caseFields }).refine(...deadlineNotBeforeReceived);
export type CaseUpdate = z.input<typeof caseUpdate>;

export const caseRow = z.object({
  id,
  caseNumber: z.string(),
  citizenId: id,
  citizenName: z.string(),
  cprFormatted: z.string(),
  age: z.number().int(),
  protectedAddress: z.boolean(),
  area,
  caseType: z.string(),
  /** Short paragraph labels, e.g. "BL § 86". */
  paragraphs: z.array(z.string()),
  phase,
  state: caseState,
  receivedDate: z.string(),
  /** The case's own processing deadline (set by the rule or the caseworker). */
  deadline: z.string().nullable(),
  /** The deadline that runs now: the earliest of the undecided applications; null when no decision awaits. Only this one can be overdue. */
  pendingDeadline: z.string().nullable(),
  nextFollowUp: z.string().nullable(),
  caseworkerId: id,
  caseworkerInitials: z.string(),
  caseworkerName: z.string(),
  lastActivityDate: z.string().nullable(),
});
export type CaseRow = z.infer<typeof caseRow>;

export const caseDetail = caseRow.extend({
  kleNumber: z.string(),
  handlingsfacet: z.string(),
  paragraphCodes: z.array(z.string()),
  citizenAddress: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseSortFields = [
  'caseNumber',
  'citizenName',
  'cpr',
  'age',
  'caseType',
  'phase',
  'state',
  'receivedDate',
  'deadline',
  'nextFollowUp',
  'caseworker',
  'lastActivityDate',
] as const;

export const caseListInput = z.strictObject({
  /** mine: the current user's cases; team: a team's (default the user's own team); all: the whole register. */
  scope: z.enum(['mine', 'team', 'all']).default('mine'),
  teamId: id.optional(),
  caseworkerId: id.optional(),
  /** Name (word prefixes), CPR number (any prefix, with or without hyphen) or case number. */
  search: line(100).default(''),
  states: z.array(caseState).max(3).default(['åben']),
  phase: phase.optional(),
  area: area.optional(),
  sortField: z.enum(caseSortFields).default('nextFollowUp'),
  sortDirection,
  ...paging,
});
export type CaseListInput = z.input<typeof caseListInput>;

export const assignment = z.object({
  id,
  userId: id,
  initials: z.string(),
  name: z.string(),
  fromAt: z.string(),
  toAt: z.string().nullable(),
  reason: z.string(),
  assignedByName: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignment>;

export const reassignInput = z.strictObject({
  caseIds: z
    .array(id)
    .min(1, 'Vælg mindst én sag.')
    .max(5000, 'Højst 5000 sager på én gang.')
    .refine((list) => new Set(list).size === list.length, 'Samme sag er valgt to gange.'),
  toUserId: id,
  reason: requiredLine(500),
});

export const casesContract = {
  'cases.list': method(caseListInput, pageOf(caseRow), 'anyone'),
  'cases.get': method(z.strictObject({ id }), caseDetail, 'anyone'),
  'cases.create': method(caseInput, caseDetail, 'anyone'),
  'cases.update': method(caseUpdate, caseDetail, 'anyone'),
  'cases.assignments': method(z.strictObject({ caseId: id }), listOf(assignment), 'anyone'),
  'cases.reassign': method(reassignInput, z.object({ reassigned: z.number().int(), unchanged: z.number().int() }), { roles: ['teamleder'], to: 'flytte sager til en anden sagsbehandler' }),
};
