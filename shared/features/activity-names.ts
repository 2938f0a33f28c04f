/** The standard activity naming list (issue 4): the list, its history, data quality and sharing. */
import { z } from 'zod';
import { method, type Restricted } from '../api/define';
import { phases } from '../domain/enums';
import { empty, id, line, listOf, longText, pageOf, paging, requiredLine } from './common';

export const nameAreas = ['børn', 'voksen', 'begge'] as const;
export type NameArea = (typeof nameAreas)[number];
export const nameAreaLabels: Record<NameArea, string> = { børn: 'Børn', voksen: 'Voksne', begge: 'Børn og voksne' };

export const namePhase = z.enum(phases, { message: 'Vælg en fase.' });
export const nameArea = z.enum(nameAreas, { message: 'Vælg børn, voksen eller begge.' });

/** The fields a super user edits; the same schema validates the editor, the API and every imported row. */
export const activityNameFields = {
  name: requiredLine(120),
  phase: namePhase,
  area: nameArea,
  /** What information belongs under this name. */
  content: longText(2_000).trim().refine((v) => v.length > 0, 'Feltet skal udfyldes.'),
  guidance: longText(2_000).trim().default(''),
  example: longText(1_000).trim().default(''),
  synonyms: z.array(requiredLine(80)).max(30, 'Højst 30 synonymer.').default([]),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  /** The one "Andet" entry: picking it needs a description and counts as non-standard. */
  isOther: z.boolean().default(false),
};
export const activityNameInput = z.strictObject(activityNameFields);
export type ActivityNameInput = z.input<typeof activityNameInput>;
export type ActivityNameData = z.output<typeof activityNameInput>;

export const activityName = z.object({
  id,
  name: z.string(),
  phase: namePhase,
  area: nameArea,
  content: z.string(),
  guidance: z.string(),
  example: z.string(),
  synonyms: z.array(z.string()),
  sortOrder: z.number().int(),
  isOther: z.boolean(),
  active: z.boolean(),
  /** How many versions the entry has had (1 = never changed since it was created). */
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ActivityName = z.infer<typeof activityName>;

export const searchHit = activityName.extend({
  /** The synonym that matched, when the name itself did not. */
  matchedSynonym: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const versionActions = ['oprettet', 'ændret', 'udgået', 'genaktiveret', 'importeret'] as const;
export const versionChange = z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() });
export const nameVersion = z.object({
  id,
  activityNameId: id,
  name: z.string(),
  version: z.number().int(),
  action: z.enum(versionActions),
  changes: z.array(versionChange),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});
export type NameVersion = z.infer<typeof nameVersion>;

export const nonStandardName = z.object({
  name: z.string(),
  count: z.number().int(),
  /** How many of them were written through "Andet". */
  viaOther: z.number().int(),
  suggestion: z.object({ id, name: z.string(), matchedOn: z.string() }).nullable(),
});
export type NonStandardName = z.infer<typeof nonStandardName>;

export const nameMapping = z.object({
  id,
  fromName: z.string(),
  toId: id,
  toName: z.string(),
  count: z.number().int(),
  mappedAt: z.string(),
  mappedBy: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type NameMapping = z.infer<typeof nameMapping>;

export const shareRow = z.object({
  id,
  label: z.string(),
  team: z.string(),
  total: z.number().int(),
  standard: z.number().int(),
  /** 0–100, null when there were no activities. */
  percent: z.number().nullable(),
});
export type ShareRow = z.infer<typeof shareRow>;

export const exportFormats = ['json', 'csv'] as const;
export const exportFormat = z.enum(exportFormats, { message: 'Vælg JSON eller CSV.' });

/** Super users keep the list (DOMAIN.md); everyone uses it. */
const keepsList = { roles: ['superbruger'], to: 'ændre listen over aktivitetsnavne' } as const satisfies Restricted;

export const activityNamesContract = {
  'activityNames.list': method(z.strictObject({ includeRetired: z.boolean().default(true) }), listOf(activityName), 'anyone'),
  /** Type-ahead over names and synonyms, for the activity dialog. */
  'activityNames.search': method(
    z.strictObject({
      query: line(120).default(''),
      area: z.enum(['børn', 'voksen']).optional(),
      limit: z.number().int().min(1).max(100).default(60),
    }),
    listOf(searchHit),
    'anyone',
  ),
  'activityNames.create': method(activityNameInput, activityName, keepsList),
  'activityNames.update': method(z.strictObject({ id, ...activityNameFields }), activityName, keepsList),
  'activityNames.setActive': method(z.strictObject({ id, active: z.boolean() }), activityName, keepsList),
  'activityNames.versions': method(z.strictObject({ activityNameId: id.optional(), ...paging }), pageOf(nameVersion), 'anyone'),
  'activityNames.nonStandard': method(z.strictObject({ ...paging }), pageOf(nonStandardName), 'anyone'),
  'activityNames.map': method(z.strictObject({ fromName: z.string().min(1).max(400), toId: id }), nameMapping, keepsList),
  'activityNames.mappings': method(z.strictObject({ ...paging }), pageOf(nameMapping), 'anyone'),
  'activityNames.undoMapping': method(z.strictObject({ id }), nameMapping, keepsList),
  /** Share of activities in the last 90 days that use a standard name, per caseworker and per team. */
  'activityNames.share': method(
    empty,
    z.object({ from: z.string(), to: z.string(), caseworkers: z.array(shareRow), teams: z.array(shareRow) }),
    'anyone',
  ),
  'activityNames.export': method(
    z.strictObject({ format: exportFormat }),
    z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
    'anyone',
  ),
  /** The file's bytes as base64, so a Windows-1252 CSV arrives untouched. */
  'activityNames.import': method(
    z.strictObject({ format: exportFormat, base64: z.string().min(1, 'Vælg en fil.').max(14_000_000, 'Filen er for stor.') }),
    z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
    keepsList,
  ),
};
