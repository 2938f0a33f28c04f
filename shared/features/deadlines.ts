/** Deadlines, reminders and transitions (issue 7). */
import { z } from 'zod';
import { method, type Restricted } from '../api/define';
import { transitionTaskKinds } from '../domain/transition';
import { area } from './reference';
import { empty, id, isoDate, line, listOf, pageOf, paging, paragraphCode } from './common';

export const deadlineUnit = z.enum(['dage', 'uger', 'måneder'], { message: 'Vælg dage, uger eller måneder.' });
export const scope = z.enum(['mine', 'team', 'all']).default('mine');

// ---- configuration ----------------------------------------------------------
const amount = z.number({ message: 'Angiv et antal.' }).int('Angiv et helt tal.').min(1, 'Mindst 1.').max(365, 'Højst 365.');

export const deadlineRuleInput = z.strictObject({
  paragraph: paragraphCode,
  /** Empty: the rule covers every case type under the paragraph. */
  caseType: line(100).default(''),
  amount,
  unit: deadlineUnit,
  note: line(300).default(''),
});
export type DeadlineRuleInput = z.input<typeof deadlineRuleInput>;

export const deadlineRule = z.object({
  id,
  paragraph: z.string(),
  paragraphShort: z.string(),
  paragraphTitle: z.string(),
  caseType: z.string(),
  amount: z.number().int(),
  unit: deadlineUnit,
  note: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type DeadlineRule = z.infer<typeof deadlineRule>;

export const deadlineSettings = z.strictObject({
  warningDays: z.number({ message: 'Angiv et antal dage.' }).int('Angiv et helt tal.').min(1, 'Mindst 1 dag.').max(90, 'Højst 90 dage.'),
  idleDays: z.number({ message: 'Angiv et antal dage.' }).int('Angiv et helt tal.').min(5, 'Mindst 5 dage.').max(365, 'Højst 365 dage.'),
  receiptDays: z.number({ message: 'Angiv et antal dage.' }).int('Angiv et helt tal.').min(1, 'Mindst 1 dag.').max(30, 'Højst 30 dage.'),
  followUpMonths: z.number({ message: 'Angiv et antal måneder.' }).int('Angiv et helt tal.').min(1, 'Mindst 1 måned.').max(36, 'Højst 36 måneder.'),
});
export type DeadlineSettings = z.infer<typeof deadlineSettings>;

export const followUpRuleInput = z.strictObject({
  serviceType: line(100).refine((v) => v.length > 0, 'Feltet skal udfyldes.'),
  months: z.number({ message: 'Angiv et antal måneder.' }).int('Angiv et helt tal.').min(1, 'Mindst 1 måned.').max(36, 'Højst 36 måneder.'),
});
export type FollowUpRuleInput = z.input<typeof followUpRuleInput>;
export const followUpRule = z.object({ serviceType: z.string(), months: z.number().int() });

export const deadlineConfig = z.object({
  rules: z.array(deadlineRule),
  settings: deadlineSettings,
  followUps: z.array(followUpRule),
});
export type DeadlineConfig = z.infer<typeof deadlineConfig>;

// ---- a case's deadline --------------------------------------------------------
export const previewInput = z.strictObject({
  receivedDate: isoDate,
  caseType: line(100).default(''),
  paragraphs: z.array(paragraphCode).max(10).default([]),
});
export const deadlinePreview = z.object({
  deadline: z.string().nullable(),
  /** Which rule gave the date, e.g. "BL § 86: 8 uger". */
  basis: z.string().nullable(),
  /** The closed day or weekend the deadline was moved past, if any. */
  movedFrom: z.string().nullable(),
});
export type DeadlinePreview = z.infer<typeof deadlinePreview>;

export const noticeInput = z
  .strictObject({
    caseId: id,
    sentDate: isoDate,
    expectedDate: isoDate,
    note: line(500).default(''),
  })
  .refine((n) => n.expectedDate > n.sentDate, { message: 'Den nye forventede dato skal ligge efter underretningen.', path: ['expectedDate'] });
export type NoticeInput = z.input<typeof noticeInput>;

export const receiptInput = z.strictObject({ caseId: id, sentDate: isoDate });
export type ReceiptInput = z.input<typeof receiptInput>;

export const deadlineEvent = z.object({
  id,
  kind: z.enum(['notice', 'receipt']),
  date: z.string(),
  expectedDate: z.string().nullable(),
  note: z.string(),
  byName: z.string(),
  at: z.string(),
});
export type DeadlineEvent = z.infer<typeof deadlineEvent>;

/** 'decided': no decision awaits (every application decided); only an undecided application can be overdue. */
export const deadlineStatus = z.enum(['none', 'ok', 'coming', 'overdueWithNotice', 'overdueWithoutNotice', 'decided', 'closed']);
export type DeadlineStatus = z.infer<typeof deadlineStatus>;

export const timelineEntry = z.object({ date: z.string(), name: z.string() });
export const idleStretch = z.object({ from: z.string(), to: z.string(), days: z.number().int(), ongoing: z.boolean() });
export type IdleStretch = z.infer<typeof idleStretch>;

export const caseDeadlines = z.object({
  caseId: id,
  state: z.string(),
  receivedDate: z.string(),
  /** The case's own deadline. */
  deadline: z.string().nullable(),
  /** The deadline that runs now; null when no decision awaits. */
  pendingDeadline: z.string().nullable(),
  expectedDecisionDate: z.string().nullable(),
  status: deadlineStatus,
  /** Each application against its own deadline. */
  applications: z.array(
    z.object({
      paragraph: z.string(),
      receivedDate: z.string(),
      deadline: z.string().nullable(),
      decisionDate: z.string().nullable(),
      outcome: z.enum(['metInTime', 'decidedLate', 'pending', 'overdue', 'withdrawn']),
    }),
  ),
  receiptDue: z.string().nullable(),
  receiptDate: z.string().nullable(),
  events: z.array(deadlineEvent),
  idleDays: z.number().int(),
  idleLimit: z.number().int(),
  timeline: z.array(timelineEntry),
  idleStretches: z.array(idleStretch),
});
export type CaseDeadlines = z.infer<typeof caseDeadlines>;

// ---- lists -------------------------------------------------------------------
export const listKinds = ['coming', 'overdueWithoutNotice', 'overdueWithNotice', 'receipts', 'idle', 'followUps'] as const;
export type ListKind = (typeof listKinds)[number];

export const listInput = z.strictObject({ kind: z.enum(listKinds), scope, ...paging });
export const listRow = z.object({
  caseId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  caseType: z.string(),
  caseworkerInitials: z.string(),
  /** The date the row is about: deadline, receipt due, last activity or follow-up. */
  date: z.string(),
  /** Days past (positive) or left (negative); idle days for the idle list. */
  days: z.number().int(),
  expectedDecisionDate: z.string().nullable(),
  /** The service, for follow-ups. */
  serviceId: id.nullable(),
  serviceType: z.string().nullable(),
});
export type ListRow = z.infer<typeof listRow>;

export const complianceRow = z.object({
  teamName: z.string(),
  caseType: z.string(),
  decided: z.number().int(),
  decidedInTime: z.number().int(),
  /** Share in whole per cent, null when nothing to measure. */
  inTimeShare: z.number().nullable(),
  overdue: z.number().int(),
  overdueTold: z.number().int(),
  toldShare: z.number().nullable(),
});
export type ComplianceRow = z.infer<typeof complianceRow>;
export const COMPLIANCE_FLOOR = 80;

// ---- transitions and reminders ---------------------------------------------------
export const transitionTaskKind = z.enum(transitionTaskKinds);
export const taskKind = z.enum([...transitionTaskKinds, 'followUp']);

export const transitionRow = z.object({
  citizenId: id,
  caseId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  birthDate: z.string(),
  caseworkerInitials: z.string(),
  kind: transitionTaskKind,
  due: z.string(),
  meetingDate: z.string().nullable(),
  fastTrack: z.boolean(),
});
export type TransitionRow = z.infer<typeof transitionRow>;

export const markDoneInput = z.strictObject({ kind: taskKind, subjectId: id, due: isoDate });

export const invitationRow = z.object({
  citizenId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  birthDate: z.string(),
  address: z.string(),
  protectedAddress: z.boolean(),
  caseworkerName: z.string(),
  /** Each custody holder, when the stamkort holds them. */
  custodyHolders: z.array(z.object({ name: z.string(), address: z.string() })),
  invitedAt: z.string().nullable(),
});
export type InvitationRow = z.infer<typeof invitationRow>;
export const invitationList = z.object({
  meetingDate: z.string(),
  invitationDate: z.string(),
  /** False when the register has no custody holders yet (the stamkort is not filled in). */
  custodyKnown: z.boolean(),
  rows: z.array(invitationRow),
});

export const reminderKinds = ['overdueWithoutNotice', 'coming', 'receipt', 'followUp', 'transition', 'idle'] as const;
export const reminder = z.object({
  kind: z.enum(reminderKinds),
  caseId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  caseworkerInitials: z.string(),
  due: z.string(),
  text: z.string(),
  /** For tasks that can be marked done here. */
  task: z.object({ kind: taskKind, subjectId: id, due: z.string() }).nullable(),
});
export type Reminder = z.infer<typeof reminder>;
export const reminderGroup = z.object({ kind: z.enum(reminderKinds), title: z.string(), items: z.array(reminder), total: z.number().int() });
export type ReminderGroup = z.infer<typeof reminderGroup>;

/** The deadlines are the team's published promise: team leaders and super users set them. */
const setsDeadlines = { roles: ['teamleder', 'superbruger'], to: 'ændre fristerne' } as const satisfies Restricted;

export const deadlinesContract = {
  'deadlines.config': method(empty, deadlineConfig, 'anyone'),
  'deadlines.saveRule': method(deadlineRuleInput, deadlineRule, setsDeadlines),
  'deadlines.deleteRule': method(z.strictObject({ id }), z.object({ deleted: z.boolean() }), setsDeadlines),
  'deadlines.saveSettings': method(deadlineSettings, deadlineSettings, setsDeadlines),
  'deadlines.saveFollowUpRule': method(followUpRuleInput, followUpRule, setsDeadlines),
  'deadlines.deleteFollowUpRule': method(z.strictObject({ serviceType: line(100) }), z.object({ deleted: z.boolean() }), setsDeadlines),
  'deadlines.preview': method(previewInput, deadlinePreview, 'anyone'),
  'deadlines.forCase': method(z.strictObject({ caseId: id }), caseDeadlines, 'anyone'),
  'deadlines.registerNotice': method(noticeInput, caseDeadlines, 'anyone'),
  'deadlines.registerReceipt': method(receiptInput, caseDeadlines, 'anyone'),
  'deadlines.list': method(listInput, pageOf(listRow), 'anyone'),
  'deadlines.compliance': method(z.strictObject({ scope: scope.default('all'), area: area.optional() }), listOf(complianceRow), 'anyone'),
  'deadlines.transitions': method(z.strictObject({ scope, ...paging }), pageOf(transitionRow), 'anyone'),
  'deadlines.meetings': method(z.strictObject({ scope: scope.default('all') }), listOf(z.object({ meetingDate: z.string(), invitationDate: z.string(), count: z.number().int() })), 'anyone'),
  'deadlines.invitations': method(z.strictObject({ meetingDate: isoDate, scope: scope.default('all') }), invitationList, 'anyone'),
  'deadlines.markDone': method(markDoneInput, z.object({ done: z.boolean() }), 'anyone'),
  'deadlines.reminders': method(z.strictObject({ scope: z.enum(['mine', 'team']).default('mine') }), z.object({ groups: z.array(reminderGroup), today: z.string() }), 'anyone'),
};
