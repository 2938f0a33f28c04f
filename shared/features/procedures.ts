/** The procedure library (issue 6): procedures, versions, search, checklists on cases, import. */
import { z } from 'zod';
import { method, type Restricted } from '../api/define';
import { phases } from '../domain/enums';
import { empty, id, isoDate, line, listOf, longText, pageOf, paragraphCode, requiredLine } from './common';
import { areaOrBoth } from './reference';

export const procedureStatuses = ['udkast', 'gældende', 'arkiveret'] as const;
export type ProcedureStatus = (typeof procedureStatuses)[number];
export const procedureStatusLabels: Record<ProcedureStatus, string> = { udkast: 'Udkast', gældende: 'Gældende', arkiveret: 'Arkiveret' };

export const procedurePhase = z.enum(phases, { message: 'Vælg en fase.' });
export const procedureArea = z.enum(areaOrBoth.options, { message: 'Vælg børn, voksne eller begge.' });
export const procedureStatus = z.enum(procedureStatuses, { message: 'Vælg en status.' });

/** Only links to the official law portal: the library never quotes paragraph text. */
export const legalLink = z.strictObject({
  label: requiredLine(120),
  url: z
    .string()
    .trim()
    .max(500, 'Højst 500 tegn.')
    .regex(/^https:\/\/(www\.)?retsinformation\.dk\/\S*$/, 'Linket skal gå til retsinformation.dk (https://www.retsinformation.dk/…).'),
});
export type LegalLink = z.infer<typeof legalLink>;

export const procedureStep = z.strictObject({ what: requiredLine(500), who: line(120), when: line(120) });
export const involvement = z.strictObject({ who: requiredLine(120), why: line(500), when: line(120) });

const unique = <T>(list: T[]) => new Set(list).size === list.length;

/** Everything a caseworker writes; one version of a procedure holds all of it. */
export const procedureFields = {
  title: requiredLine(200),
  purpose: longText(4000),
  steps: z.array(procedureStep).max(50, 'Højst 50 trin.'),
  involvement: z.array(involvement).max(30, 'Højst 30 linjer.'),
  time: line(300),
  legalLinks: z.array(legalLink).max(20, 'Højst 20 links.'),
  phases: z.array(procedurePhase).max(6).refine(unique, 'Samme fase er valgt to gange.'),
  area: procedureArea,
  paragraphs: z.array(paragraphCode).max(20, 'Højst 20 paragraffer.').refine(unique, 'Samme paragraf er valgt to gange.'),
  tags: z.array(requiredLine(40)).max(20, 'Højst 20 emneord.'),
  checklist: z.array(requiredLine(300)).max(40, 'Højst 40 punkter.'),
  /** Shows the weekend/holiday warning when the checklist is run (refusals). */
  warnBeforeClosedDays: z.boolean().default(false),
  ownerId: id.nullable(),
  status: procedureStatus,
  reviewIntervalMonths: z.number({ message: 'Angiv et antal måneder.' }).int('Angiv hele måneder.').min(1, 'Mindst 1 måned.').max(60, 'Højst 60 måneder.'),
};

export const procedureContent = z.strictObject(procedureFields);
export type ProcedureContent = z.infer<typeof procedureContent>;
export type ProcedureContentInput = z.input<typeof procedureContent>;

export const procedureCreate = procedureContent;
export const procedureUpdate = z.strictObject({
  id,
  /** The version the caseworker edited: a newer one means someone else saved first. */
  baseVersion: z.number().int().positive(),
  changeNote: requiredLine(300),
  ...procedureFields,
});
export type ProcedureUpdate = z.input<typeof procedureUpdate>;
/** What the edit form holds: the update without the ids the page adds. */
export const procedureEditForm = procedureUpdate.omit({ id: true, baseVersion: true });
export type ProcedureEditForm = z.input<typeof procedureEditForm>;

const reviewFacts = {
  ownerName: z.string().nullable(),
  lastReviewed: z.string().nullable(),
  reviewDue: z.string(),
  /** Past its review date: shown to everyone as "Kan være forældet". */
  outOfDate: z.boolean(),
};

export const procedureSummary = z.object({
  id,
  title: z.string(),
  area: procedureArea,
  status: procedureStatus,
  phases: z.array(procedurePhase),
  /** Short labels, "BL § 86". */
  paragraphs: z.array(z.string()),
  tags: z.array(z.string()),
  version: z.number().int(),
  hasChecklist: z.boolean(),
  ...reviewFacts,
});
export type ProcedureSummary = z.infer<typeof procedureSummary>;

/** A procedure suggested on a case, with why it fits: the case's paragraphs it is written for, and whether it fits the phase. */
export const caseProcedure = procedureSummary.extend({
  /** Short labels of the case's paragraphs the procedure is written for ("SEL § 116"); empty for a general procedure. */
  matchedParagraphs: z.array(z.string()),
  matchesPhase: z.boolean(),
});
export type CaseProcedure = z.infer<typeof caseProcedure>;

export const procedureDetail = procedureContent.extend({
  id,
  version: z.number().int(),
  /** The version shown (the current one unless an old one was asked for). */
  shownVersion: z.number().int(),
  paragraphLabels: z.array(z.string()),
  changeNote: z.string(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
  ...reviewFacts,
});
export type ProcedureDetail = z.infer<typeof procedureDetail>;

export const versionRow = z.object({ version: z.number().int(), changeNote: z.string(), savedAt: z.string(), savedByName: z.string().nullable(), title: z.string() });

export const procedureListInput = z.strictObject({
  phase: procedurePhase.optional(),
  /** børn or voksen also lists procedures for both. */
  area: procedureArea.optional(),
  paragraph: paragraphCode.optional(),
  status: procedureStatus.optional(),
  /** Only procedures whose owner is the current user and that are due for review. */
  dueForMe: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const searchInput = z.strictObject({
  query: line(200),
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(20),
});

/** [start, end) character ranges of matched words. */
const highlights = z.array(z.tuple([z.number().int(), z.number().int()]));
export const searchHit = z.object({
  id,
  title: z.string(),
  score: z.number(),
  snippet: z.string(),
  titleHighlights: highlights,
  snippetHighlights: highlights,
  status: procedureStatus,
  outOfDate: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHit>;

/** The hits; when there are none, other searches that do find something (a near spelling of a word). */
export const searchResult = listOf(searchHit).extend({ suggestions: z.array(z.string()) });

export const checklistItem = z.object({
  index: z.number().int(),
  text: z.string(),
  checked: z.boolean(),
  byName: z.string().nullable(),
  at: z.string().nullable(),
});
export const checklistRun = z.object({
  id,
  procedureId: id,
  procedureTitle: z.string(),
  version: z.number().int(),
  startedAt: z.string(),
  startedByName: z.string(),
  open: z.boolean(),
  warnBeforeClosedDays: z.boolean(),
  items: z.array(checklistItem),
});
export type ChecklistRun = z.infer<typeof checklistRun>;

export const closedDayCheck = z.object({
  date: z.string(),
  warn: z.boolean(),
  message: z.string(),
  /** The first day after which there are working days for the citizen to call back. */
  suggestedDate: z.string().nullable(),
});

export const importFile = z.strictObject({
  name: requiredLine(255),
  /** Markdown as text, or .docx as base64. */
  content: z.string().max(20_000_000, 'Filen er for stor.'),
  encoding: z.enum(['text', 'base64']),
});
export const importPreviewItem = z.object({
  fileName: z.string(),
  ok: z.boolean(),
  /** What was read, ready to save. */
  procedure: procedureContent.nullable(),
  /** Headings, fields or values that could not be placed. */
  unmapped: z.array(z.string()),
  problems: z.array(z.string()),
});

/** Super users keep the library (DOMAIN.md); everyone reads it, uses its checklists, and an owner marks a review. */
const keepsLibrary = { roles: ['superbruger'], to: 'oprette, rette og importere arbejdsgange' } as const satisfies Restricted;

export const proceduresContract = {
  'procedures.list': method(procedureListInput, pageOf(procedureSummary), 'anyone'),
  'procedures.folders': method(empty, z.object({
    phases: z.array(z.object({ phase: procedurePhase, count: z.number().int() })),
    areas: z.array(z.object({ area: procedureArea, count: z.number().int() })),
    paragraphs: z.array(z.object({ code: z.string(), label: z.string(), count: z.number().int() })),
  }), 'anyone'),
  'procedures.search': method(searchInput, searchResult, 'anyone'),
  'procedures.get': method(z.strictObject({ id, version: z.number().int().positive().optional() }), procedureDetail, 'anyone'),
  'procedures.versions': method(z.strictObject({ id }), listOf(versionRow), 'anyone'),
  'procedures.create': method(procedureCreate, procedureDetail, keepsLibrary),
  'procedures.update': method(procedureUpdate, procedureDetail, keepsLibrary),
  'procedures.markReviewed': method(z.strictObject({ id }), procedureDetail, 'anyone'),
  'procedures.forCase': method(z.strictObject({ caseId: id }), listOf(caseProcedure), 'anyone'),
  'procedures.importPreview': method(z.strictObject({ files: z.array(importFile).min(1, 'Vælg mindst én fil.').max(50, 'Højst 50 filer ad gangen.') }), listOf(importPreviewItem), keepsLibrary),
  'procedures.importConfirm': method(z.strictObject({ procedures: z.array(procedureContent).min(1).max(50) }), z.object({ ids: z.array(id) }), keepsLibrary),
  'checklists.forCase': method(z.strictObject({ caseId: id }), listOf(checklistRun), 'anyone'),
  'checklists.start': method(z.strictObject({ caseId: id, procedureId: id }), checklistRun, 'anyone'),
  'checklists.tick': method(z.strictObject({ runId: id, index: z.number().int().min(0), checked: z.boolean() }), checklistRun, 'anyone'),
  'checklists.closedDayCheck': method(z.strictObject({ date: isoDate }), closedDayCheck, 'anyone'),
};
