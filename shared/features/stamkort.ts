/**
 * The electronic stamkort (issue 3): one card per citizen, reached through any of
 * the citizen's cases. Sections 1–6 are typed in and kept with per-field history;
 * sections 7–8 (applications, services) are read live from the register.
 */
import { z } from 'zod';
import { method } from '../api/define';
import { applicationStatuses } from '../domain/enums';
import { id, isoDate, line, pageOf, paging, requiredLine } from './common';

// ---- field rules ---------------------------------------------------------------

/** Danish numbers: 8 digits, optionally +45 in front, spaces anywhere. Empty is allowed. */
export const phone = line(20).refine((v) => v === '' || /^(\+45)?\d{8}$/.test(v.replace(/\s+/g, '')), 'Skriv et dansk telefonnummer med 8 cifre, evt. med +45 foran.');

// Deliberately simple: one @, a dot in the domain, no spaces. Mail servers are the real judge.
export const email = line(254).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');

/** ICD-10 as written in Denmark: DF84.0 (SKS, with D) or F84.0; the decimals are optional. */
export const icd10 = line(10)
  .transform((v) => v.toUpperCase())
  .refine((v) => v === '' || /^D?[A-Z]\d{2}(\.?\d{1,2})?$/.test(v), 'Skriv ICD-10-koden som fx DF84.0 eller F84.0.');

const optionalDate = isoDate.nullable().default(null);

// ---- the six typed sections --------------------------------------------------------

export const sectionKeys = ['parents', 'siblings', 'household', 'school', 'diagnoses', 'partners'] as const;
export type SectionKey = (typeof sectionKeys)[number];

export const parentEntry = z.strictObject({
  name: requiredLine(120),
  relation: line(60).default(''),
  custody: z.boolean().default(false),
  phone: phone.default(''),
  email: email.default(''),
  /** Only when it differs from the child's own address. */
  address: line(200).default(''),
  partyRepresentative: z.boolean().default(false),
  guardian: z.boolean().default(false),
});

export const siblingEntry = z.strictObject({
  name: requiredLine(120),
  birthDate: optionalDate,
  /** When the birth date is not known. */
  age: z.number({ message: 'Skriv alderen som et helt tal.' }).int('Skriv alderen som et helt tal.').min(0, 'Alderen kan ikke være negativ.').max(120, 'Alderen er for høj.').nullable().default(null),
  livesWithChild: z.boolean().default(false),
});

export const householdArrangements = ['hjemme', 'delt_bopael', 'anbragt', 'botilbud', 'eget_hjem', 'andet'] as const;
export const householdEntry = z.strictObject({
  livesWith: requiredLine(200),
  address: line(200).default(''),
  arrangement: z.enum(householdArrangements, { message: 'Vælg en boform.' }).default('hjemme'),
  fromDate: optionalDate,
});

export const schoolEntry = z.strictObject({
  institution: requiredLine(150),
  group: line(60).default(''),
  contactPerson: line(120).default(''),
  phone: phone.default(''),
});

export const diagnosisEntry = z.strictObject({
  text: requiredLine(200),
  icd10: icd10.default(''),
  /** Never in the future; checked against the register's "today" when saving. */
  date: optionalDate,
  diagnosedBy: line(150).default(''),
});

export const partnerEntry = z.strictObject({
  role: requiredLine(100),
  name: line(120).default(''),
  organisation: line(150).default(''),
  phone: phone.default(''),
  email: email.default(''),
});

const sectionData = <T extends z.ZodType>(entry: T) =>
  z.strictObject({
    /** "Nothing to register" (no siblings, no diagnoses): the section is then complete without entries. */
    none: z.boolean().default(false),
    entries: z.array(entry).max(30, 'Højst 30 rækker i et afsnit.').default([]),
  }).refine((d) => !(d.none && d.entries.length > 0), { message: 'Fjern rækkerne, eller fjern markeringen af "Intet at registrere".', path: ['none'] });

export const sectionSchemas = {
  parents: sectionData(parentEntry),
  siblings: sectionData(siblingEntry),
  household: sectionData(householdEntry),
  school: sectionData(schoolEntry),
  diagnoses: sectionData(diagnosisEntry),
  partners: sectionData(partnerEntry),
};
export type SectionData<K extends SectionKey> = z.output<(typeof sectionSchemas)[K]>;
export type SectionDataInput<K extends SectionKey> = z.input<(typeof sectionSchemas)[K]>;
export type ParentEntry = z.output<typeof parentEntry>;
export type SiblingEntry = z.output<typeof siblingEntry>;
export type HouseholdEntry = z.output<typeof householdEntry>;
export type SchoolEntry = z.output<typeof schoolEntry>;
export type DiagnosisEntry = z.output<typeof diagnosisEntry>;
export type PartnerEntry = z.output<typeof partnerEntry>;

/** Which sections an area's card has: adults have no daycare/school section. */
export const sectionsFor = (area: 'børn' | 'voksen'): readonly SectionKey[] =>
  area === 'børn' ? sectionKeys : sectionKeys.filter((k) => k !== 'school');

// ---- inputs ------------------------------------------------------------------------

/** `version` is the section's version the edit is based on (0 for a section never saved). */
const saveFor = <K extends SectionKey>(key: K) =>
  z.strictObject({ caseId: id, section: z.literal(key), version: z.number().int().min(0), data: sectionSchemas[key] });

export const saveSectionInput = z.discriminatedUnion('section', [
  saveFor('parents'),
  saveFor('siblings'),
  saveFor('household'),
  saveFor('school'),
  saveFor('diagnoses'),
  saveFor('partners'),
]);
export type SaveSectionInput = z.input<typeof saveSectionInput>;

export const confirmInput = z.strictObject({
  caseId: id,
  /** The card version the caseworker has read: a card changed since is not confirmed blindly. */
  version: z.number().int().min(0),
  date: isoDate,
});
export type ConfirmInput = z.input<typeof confirmInput>;

export const reviewDays = z
  .number({ message: 'Skriv antal dage som et helt tal.' })
  .int('Skriv antal dage som et helt tal.')
  .min(7, 'Mindst 7 dage.')
  .max(730, 'Højst 730 dage.');
export const settingsInput = z.strictObject({ reviewDays });

// ---- outputs -----------------------------------------------------------------------

const sectionState = z.object({
  key: z.enum(sectionKeys),
  data: z.object({ none: z.boolean(), entries: z.array(z.record(z.string(), z.unknown())) }),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  complete: z.boolean(),
  /** Danish hints on what is missing. */
  missing: z.array(z.string()),
});
export type SectionState = z.infer<typeof sectionState>;

export const review = z.object({
  due: z.boolean(),
  /** Danish reasons, empty when not due. */
  reasons: z.array(z.string()),
  reviewDays: z.number().int(),
  /** The last day the card counts as current (null: never confirmed). */
  dueOn: z.string().nullable(),
});

export const liveApplication = z.object({
  id,
  caseNumber: z.string(),
  paragraphShort: z.string(),
  receivedDate: z.string(),
  status: z.enum(applicationStatuses),
});
export const liveService = z.object({
  id,
  serviceType: z.string(),
  paragraphShort: z.string(),
  provider: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
});

export const stamkort = z.object({
  caseId: id,
  citizenId: id,
  area: z.enum(['børn', 'voksen']),
  citizenName: z.string(),
  cprFormatted: z.string(),
  age: z.number().int(),
  protectedAddress: z.boolean(),
  address: z.string(),
  caseNumber: z.string(),
  caseworkerName: z.string(),
  caseworkerInitials: z.string(),
  version: z.number().int(),
  confirmedOn: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  review,
  sections: z.array(sectionState),
  applications: z.array(liveApplication),
  services: z.array(liveService),
  /** Team leaders and super users may change the review interval. */
  canChangeSettings: z.boolean(),
});
export type Stamkort = z.infer<typeof stamkort>;

export const historyRow = z.object({
  id,
  changedAt: z.string(),
  changedBy: z.string(),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
});
export type HistoryRow = z.infer<typeof historyRow>;

export const reminder = z.object({
  caseId: id,
  caseNumber: z.string(),
  citizenName: z.string(),
  age: z.number().int(),
  area: z.enum(['børn', 'voksen']),
  confirmedOn: z.string().nullable(),
  reasons: z.array(z.string()),
});
export type Reminder = z.infer<typeof reminder>;

export const stamkortContract = {
  'stamkort.get': method(z.strictObject({ caseId: id }), stamkort, 'anyone'),
  'stamkort.saveSection': method(saveSectionInput, stamkort, 'anyone'),
  'stamkort.confirm': method(confirmInput, stamkort, 'anyone'),
  'stamkort.history': method(z.strictObject({ caseId: id, section: z.enum(sectionKeys), ...paging }), pageOf(historyRow), 'anyone'),
  /** The current user's open cases whose card is due for review. */
  'stamkort.reminders': method(z.strictObject({ ...paging }), pageOf(reminder), 'anyone'),
  'stamkort.settings': method(z.strictObject({}), z.object({ reviewDays: z.number().int() }), 'anyone'),
  'stamkort.updateSettings': method(settingsInput, z.object({ reviewDays: z.number().int() }), { roles: ['teamleder', 'superbruger'], to: 'ændre, hvor ofte stamkort skal gennemgås' }),
};
