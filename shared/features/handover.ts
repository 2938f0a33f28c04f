/**
 * Handover (issue 5): the case-stem overview, unplanned shifts (redistribution and
 * temporary cover), planned shifts (sheets, meeting, execution), the tasks of telling
 * the family about the new caseworker, and the figures.
 */
import { z } from 'zod';
import { method } from '../api/define';
import { phase } from './cases';
import { id, isoDate, line, listOf, longText, requiredLine } from './common';

export const channels = ['digital_post', 'telefon', 'brev'] as const;
export const channel = z.enum(channels, { message: 'Vælg digital post, telefon eller brev.' });
export const channelLabels: Record<(typeof channels)[number], string> = { digital_post: 'Digital post', telefon: 'Telefon', brev: 'Brev' };

export const recipientRoles = ['borger', 'forældremyndighed', 'partsrepræsentant', 'værge'] as const;
export const recipientRoleLabels: Record<(typeof recipientRoles)[number], string> = {
  borger: 'Borgeren',
  forældremyndighed: 'Forældremyndighedsindehaver',
  partsrepræsentant: 'Partsrepræsentant',
  værge: 'Værge',
};

export const notifyByValues = ['teamleder', 'modtager'] as const;

// ---- the case-stem overview -----------------------------------------------------------

export const overviewSorts = ['opfølgning', 'borger', 'frist'] as const;

export const party = z.object({ role: z.enum(recipientRoles), name: z.string(), phone: z.string() });
export type Party = z.infer<typeof party>;

export const overviewRow = z.object({
  caseId: id,
  caseNumber: z.string(),
  citizenId: id,
  citizenName: z.string(),
  cprFormatted: z.string(),
  age: z.number().int(),
  paragraphs: z.array(z.string()),
  phase,
  deadline: z.string().nullable(),
  nextFollowUp: z.string().nullable(),
  services: z.array(z.object({ name: z.string(), endDate: z.string().nullable() })),
  applications: z.array(z.object({ paragraph: z.string(), receivedDate: z.string(), deadline: z.string().nullable() })),
  /** Danish, e.g. "Opfølgning overskredet". */
  overdue: z.array(z.string()),
  parties: z.array(party),
  lastActivity: z.object({ date: z.string(), name: z.string() }).nullable(),
  stamkortCurrent: z.boolean(),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const overview = z.object({
  caseworker: z.object({ id, initials: z.string(), name: z.string(), teamName: z.string() }),
  today: z.string(),
  rows: z.array(overviewRow),
});
export type Overview = z.infer<typeof overview>;

// ---- shifts ---------------------------------------------------------------------------

const caseIdList = z
  .array(id)
  .min(1, 'Vælg mindst én sag.')
  .max(500, 'Højst 500 sager på én gang.')
  .refine((list) => new Set(list).size === list.length, 'Samme sag er valgt to gange.');

export const move = z.strictObject({
  caseId: id,
  toUserId: id,
  /** Temporary cover: the case returns to the absent caseworker after this date. */
  coverUntil: isoDate.nullable().default(null),
});

export const redistributeInput = z.strictObject({
  fromUserId: id,
  reason: requiredLine(500),
  moves: z
    .array(move)
    .min(1, 'Vælg mindst én sag.')
    .max(500, 'Højst 500 sager på én gang.')
    .refine((list) => new Set(list.map((m) => m.caseId)).size === list.length, 'Samme sag er valgt to gange.'),
});
export type RedistributeInput = z.input<typeof redistributeInput>;

export const planInput = z.strictObject({
  fromUserId: id,
  shiftDate: isoDate,
  reason: requiredLine(500),
  caseIds: caseIdList,
  /** One receiver for all; change per case afterwards. */
  toUserId: id,
});
export type PlanInput = z.input<typeof planInput>;

export const sheetFields = {
  essentials: longText(4000),
  deviation: longText(4000),
  agreements: longText(4000),
  knowledgeElsewhere: longText(4000),
  familyTold: longText(4000),
};
export const sheetInput = z.strictObject({ shiftId: id, caseId: id, toUserId: id, ...sheetFields });
export type SheetInput = z.input<typeof sheetInput>;

export const agendaInput = z.strictObject({
  shiftId: id,
  meetingDate: isoDate,
  participants: line(500),
  /** The cases in meeting order, with minutes each. */
  items: z.array(z.strictObject({ caseId: id, minutes: z.number({ message: 'Skriv minutter som et helt tal.' }).int('Skriv minutter som et helt tal.').min(1, 'Mindst 1 minut.').max(240, 'Højst 240 minutter.') })).min(1).max(500),
});
export type AgendaInput = z.input<typeof agendaInput>;

export const question = z.object({
  id,
  caseId: id,
  question: z.string(),
  askedByName: z.string(),
  askedAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});

export const shiftCase = z.object({
  caseId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  toUserId: id,
  toName: z.string(),
  position: z.number().int(),
  minutes: z.number().int(),
  coverUntil: z.string().nullable(),
  essentials: z.string(),
  deviation: z.string(),
  agreements: z.string(),
  knowledgeElsewhere: z.string(),
  familyTold: z.string(),
  complete: z.boolean(),
  takenOverAt: z.string().nullable(),
});
export type ShiftCase = z.infer<typeof shiftCase>;

export const shiftSummary = z.object({
  id,
  kind: z.enum(['planlagt', 'uplanlagt']),
  fromUserId: id,
  fromName: z.string(),
  teamName: z.string(),
  shiftDate: z.string(),
  reason: z.string(),
  status: z.enum(['forberedes', 'gennemført']),
  caseCount: z.number().int(),
  openTasks: z.number().int(),
});
export type ShiftSummary = z.infer<typeof shiftSummary>;

export const shiftDetail = shiftSummary.extend({
  meetingDate: z.string().nullable(),
  participants: z.string(),
  cases: z.array(shiftCase),
  questions: z.array(question),
});
export type ShiftDetail = z.infer<typeof shiftDetail>;

// ---- notification tasks -----------------------------------------------------------------

export const task = z.object({
  id,
  shiftId: id,
  caseId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  recipientRole: z.enum(recipientRoles),
  recipientName: z.string(),
  recipientPhone: z.string(),
  newCaseworkerName: z.string(),
  responsibleName: z.string(),
  channel,
  dueDate: z.string(),
  doneOn: z.string().nullable(),
  doneChannel: channel.nullable(),
});
export type Task = z.infer<typeof task>;

export const tasksInput = z.strictObject({
  shiftId: id.optional(),
  /** The responsible person; default the current user when no shift is given. */
  responsibleUserId: id.optional(),
  outstandingOnly: z.boolean().default(true),
});

export const completeTaskInput = z.strictObject({ taskId: id, doneOn: isoDate, channel });
export type CompleteTaskInput = z.input<typeof completeTaskInput>;

export const settings = z.object({ teamId: id, notifyBy: z.enum(notifyByValues), notifyDays: z.number().int() });
export const settingsInput = z.strictObject({
  notifyBy: z.enum(notifyByValues, { message: 'Vælg teamleder eller modtagende sagsbehandler.' }),
  notifyDays: z.number({ message: 'Skriv antal arbejdsdage som et helt tal.' }).int('Skriv antal arbejdsdage som et helt tal.').min(1, 'Mindst 1 arbejdsdag.').max(30, 'Højst 30 arbejdsdage.'),
});

export const figures = z.object({
  since: z.string(),
  /** Citizens by number of caseworker changes in the last 12 months. */
  changes: z.array(z.object({ changes: z.number().int(), citizens: z.number().int() })),
  averageChanges: z.number(),
  tasksTotal: z.number().int(),
  tasksOnTime: z.number().int(),
  tasksLate: z.number().int(),
  tasksOutstanding: z.number().int(),
});

export const teamCaseworker = z.object({ id, initials: z.string(), name: z.string(), role: z.string(), openCases: z.number().int() });

const shiftId = z.strictObject({ id });

/** The printed handover pack: the agenda, then one sheet per case prefilled from the register. */
export const pack = z.object({
  shift: shiftDetail,
  today: z.string(),
  rows: z.array(overviewRow.extend({ recentActivities: z.array(z.object({ date: z.string(), name: z.string() })) })),
});
export type Pack = z.infer<typeof pack>;

export const handoverContract = {
  'handover.caseworkers': method(z.strictObject({}), listOf(teamCaseworker), 'anyone'),
  'handover.overview': method(z.strictObject({ userId: id, sort: z.enum(overviewSorts).default('opfølgning') }), overview, 'anyone'),
  'handover.redistribute': method(redistributeInput, z.object({ shiftId: id, moved: z.number().int(), tasks: z.number().int() }), { roles: ['teamleder'], to: 'fordele en fraværende sagsbehandlers sager' }),
  'handover.plan': method(planInput, shiftDetail, 'anyone'),
  'handover.shifts': method(z.strictObject({}), listOf(shiftSummary), 'anyone'),
  'handover.shift': method(shiftId, shiftDetail, 'anyone'),
  'handover.saveSheet': method(sheetInput, shiftDetail, 'anyone'),
  'handover.saveAgenda': method(agendaInput, shiftDetail, 'anyone'),
  'handover.takeOver': method(z.strictObject({ shiftId: id, caseId: id }), shiftDetail, 'anyone'),
  'handover.ask': method(z.strictObject({ shiftId: id, caseId: id, question: requiredLine(1000) }), shiftDetail, 'anyone'),
  'handover.answer': method(z.strictObject({ questionId: id, answer: requiredLine(2000) }), shiftDetail, 'anyone'),
  'handover.execute': method(shiftId, shiftDetail, 'anyone'),
  'handover.tasks': method(tasksInput, listOf(task), 'anyone'),
  'handover.completeTask': method(completeTaskInput, task, 'anyone'),
  'handover.settings': method(z.strictObject({}), settings, 'anyone'),
  'handover.saveSettings': method(settingsInput, settings, { roles: ['teamleder'], to: 'ændre teamets indstillinger for overlevering' }),
  'handover.figures': method(z.strictObject({}), figures, { roles: ['teamleder'], to: 'se teamets nøgletal for overlevering' }),
  'handover.pack': method(shiftId, pack, 'anyone'),
};
