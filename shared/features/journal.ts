/** A case's journal (activities), its applications and the citizen's services. */
import { z } from 'zod';
import { method } from '../api/define';
import { applicationStatuses, decidedStatuses } from '../domain/enums';
import { id, isoDate, line, listOf, longText, pageOf, paging, paragraphCode, requiredLine } from './common';

// ---- activities -------------------------------------------------------------
export const activityInput = z.strictObject({
  caseId: id,
  date: isoDate,
  /** A name from the standard naming list (activityNames.search); free text is refused. */
  name: requiredLine(200),
  /** Required when the name is the list's "Andet" entry; the journal then shows it as the name. */
  description: line(200).default(''),
  note: longText(20_000).default(''),
});
export type ActivityInput = z.input<typeof activityInput>;

export const activity = z.object({
  id,
  caseId: id,
  date: z.string(),
  name: z.string(),
  /** The naming-list entry it was picked from; null for legacy names written before the list. */
  activityNameId: id.nullable(),
  /** Picked from the list and not "Andet". */
  standard: z.boolean(),
  note: z.string(),
  authorId: id,
  authorInitials: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

// ---- applications -----------------------------------------------------------
export const applicationStatus = z.enum(applicationStatuses, { message: 'Vælg en status.' });

const applicationFields = {
  paragraph: paragraphCode,
  receivedDate: isoDate,
  status: applicationStatus.default('verserende'),
  decisionDate: isoDate.nullable().default(null),
  note: line(500).default(''),
};

type ApplicationShape = { status: (typeof applicationStatuses)[number]; decisionDate: string | null; receivedDate: string };
const decisionRules = <T extends z.ZodType<ApplicationShape>>(schema: T) =>
  schema
    .refine((a) => !decidedStatuses.includes(a.status) || a.decisionDate !== null, {
      message: 'Angiv afgørelsesdatoen.',
      path: ['decisionDate'],
    })
    .refine((a) => a.status !== 'verserende' || a.decisionDate === null, {
      message: 'En verserende ansøgning har ingen afgørelsesdato.',
      path: ['decisionDate'],
    })
    .refine((a) => a.decisionDate === null || a.decisionDate >= a.receivedDate, {
      message: 'Afgørelsen kan ikke ligge før ansøgningen er modtaget.',
      path: ['decisionDate'],
    });

export const applicationInput = decisionRules(z.strictObject({ caseId: id, ...applicationFields }));
export type ApplicationInput = z.input<typeof applicationInput>;
export const applicationUpdate = decisionRules(z.strictObject({ id, ...applicationFields }));
export type ApplicationUpdate = z.input<typeof applicationUpdate>;

export const application = z.object({
  id,
  caseId: id,
  paragraph: z.string(),
  paragraphShort: z.string(),
  receivedDate: z.string(),
  status: applicationStatus,
  decisionDate: z.string().nullable(),
  /** Its own processing deadline, from its received date; met when decided by then. */
  deadline: z.string().nullable(),
  note: z.string(),
});
export type Application = z.infer<typeof application>;

// ---- services (indsatser / ydelser) -----------------------------------------
const serviceFields = {
  /** Municipalities differ: a service may belong to a case or only to the citizen. */
  caseId: id.nullable().default(null),
  serviceType: requiredLine(100),
  paragraph: paragraphCode,
  provider: line(200).default(''),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  scope: line(500).default(''),
  /** Empty: set from the service type's follow-up period after the start (issue 7). */
  followUpDate: isoDate.nullable().default(null),
};
type ServiceShape = { startDate: string; endDate: string | null; followUpDate: string | null };
const serviceRules = <T extends z.ZodType<ServiceShape>>(schema: T) =>
  schema
    .refine((s) => s.endDate === null || s.endDate >= s.startDate, {
      message: 'Slutdatoen kan ikke ligge før startdatoen.',
      path: ['endDate'],
    })
    .refine((s) => s.followUpDate === null || s.followUpDate >= s.startDate, {
      message: 'Opfølgningen kan ikke ligge før startdatoen.',
      path: ['followUpDate'],
    });

export const serviceInput = serviceRules(z.strictObject({ citizenId: id, ...serviceFields }));
export type ServiceInput = z.input<typeof serviceInput>;
export const serviceUpdate = serviceRules(z.strictObject({ id, ...serviceFields }));
export type ServiceUpdate = z.input<typeof serviceUpdate>;

export const service = z.object({
  id,
  citizenId: id,
  caseId: id.nullable(),
  caseNumber: z.string().nullable(),
  serviceType: z.string(),
  paragraph: z.string(),
  paragraphShort: z.string(),
  provider: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  scope: z.string(),
  followUpDate: z.string().nullable(),
});
export type Service = z.infer<typeof service>;

export const journalContract = {
  'activities.list': method(z.strictObject({ caseId: id, ...paging }), pageOf(activity), 'anyone'),
  'activities.create': method(activityInput, activity, 'anyone'),
  'applications.list': method(z.strictObject({ caseId: id }), listOf(application), 'anyone'),
  'applications.create': method(applicationInput, application, 'anyone'),
  'applications.update': method(applicationUpdate, application, 'anyone'),
  /** A case's services, or all of a citizen's services (linked to a case or not). */
  'services.list': method(
    z.union([z.strictObject({ caseId: id }), z.strictObject({ citizenId: id })]),
    listOf(service),
    'anyone',
  ),
  'services.create': method(serviceInput, service, 'anyone'),
  'services.update': method(serviceUpdate, service, 'anyone'),
};
