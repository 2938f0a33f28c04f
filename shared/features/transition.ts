/**
 * The handover of a young person to the adult area at 18 (issue 15, DOMAIN.md 6.1–6.4,
 * Barnets lov §§ 122–123 and § 111): who is due, the prefilled transition summary, the
 * handover itself (one transaction) and the stored summaries.
 */
import { z } from 'zod';
import { method, type Restricted } from '../api/define';
import { transitionTaskKinds } from '../domain/transition';
import { id, line, longText, pageOf, paging, paragraphCode } from './common';

export const transitionScope = z.enum(['mine', 'team', 'all']).default('mine');

/** What happens to the young person's open children's cases at the handover. */
export const childCaseDecisions = ['close', 'keep', 'handOver'] as const;
export type ChildCaseDecision = (typeof childCaseDecisions)[number];

// ---- the facts of the summary (snapshotted from the register at the handover) ----------

export const summaryService = z.object({
  id,
  serviceType: z.string(),
  paragraph: z.string(),
  paragraphShort: z.string(),
  provider: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  scope: z.string(),
});
export type SummaryService = z.infer<typeof summaryService>;

export const summaryParent = z.object({
  name: z.string(),
  relation: z.string(),
  custody: z.boolean(),
  partyRepresentative: z.boolean(),
  guardian: z.boolean(),
  phone: z.string(),
  email: z.string(),
});
export type SummaryParent = z.infer<typeof summaryParent>;

export const summaryFacts = z.object({
  /** Running services under Barnets lov: they stop at 18. */
  servicesEnding: z.array(summaryService),
  /** Running services under other laws (e.g. SEL § 112 aids), which go on after 18. */
  servicesContinuing: z.array(summaryService),
  /** From the stamkort's "parents" section; false when the stamkort has none. */
  parentsKnown: z.boolean(),
  parents: z.array(summaryParent),
  diagnoses: z.array(z.object({ text: z.string(), icd10: z.string() })),
  /** Transition steps not marked done when the summary was made. */
  openSteps: z.array(z.object({ kind: z.enum(transitionTaskKinds), due: z.string() })),
});
export type SummaryFacts = z.infer<typeof summaryFacts>;

/** The parts of the summary the caseworker writes (prefilled where the register knows something). */
const summaryTextFields = {
  situation: longText(4000).default(''),
  crossMeeting: longText(4000).default(''),
  servicesNote: longText(2000).default(''),
  familyNote: longText(2000).default(''),
};
export const summaryTexts = z.object({ situation: z.string(), crossMeeting: z.string(), servicesNote: z.string(), familyNote: z.string() });
export type SummaryTexts = z.infer<typeof summaryTexts>;

// ---- lists ------------------------------------------------------------------------------

export const candidateRow = z.object({
  citizenId: id,
  citizenName: z.string(),
  birthDate: z.string(),
  eighteenthBirthday: z.string(),
  caseId: id,
  caseNumber: z.string(),
  caseworkerInitials: z.string(),
  /** Transition steps not marked done (the 18-year step included). */
  openSteps: z.number().int(),
});
export type CandidateRow = z.infer<typeof candidateRow>;

export const handoverRow = z.object({
  id,
  citizenId: id,
  citizenName: z.string(),
  handoverDate: z.string(),
  fromInitials: z.string(),
  toInitials: z.string(),
  toName: z.string(),
  toTeamName: z.string(),
  adultCaseId: id,
  adultCaseNumber: z.string(),
});
export type HandoverRow = z.infer<typeof handoverRow>;

// ---- the draft -------------------------------------------------------------------------

const citizenHead = {
  citizenId: id,
  citizenName: z.string(),
  cprFormatted: z.string(),
  birthDate: z.string(),
  eighteenthBirthday: z.string(),
  /** Empty when protected. */
  address: z.string(),
  protectedAddress: z.boolean(),
};

export const draftChildCase = z.object({
  id,
  caseNumber: z.string(),
  caseType: z.string(),
  paragraphs: z.array(z.string()),
  caseworkerId: id,
  caseworkerName: z.string(),
  caseworkerInitials: z.string(),
  teamName: z.string(),
});

export const transitionDraft = z.object({
  ...citizenHead,
  /** 17½: the handover can be done from this day. */
  handoverFrom: z.string(),
  handoverAllowed: z.boolean(),
  /** Set when the young person has been handed over already. */
  handoverId: id.nullable(),
  childCases: z.array(draftChildCase),
  /** Open adult cases of the young person, which the handover may use instead of a new one. */
  adultCases: z.array(z.object({ id, caseNumber: z.string(), caseType: z.string(), caseworkerName: z.string() })),
  facts: summaryFacts,
  /** The cross-area meeting: when the step was marked done, and the journal notes about it. */
  crossMeeting: z.object({
    doneAt: z.string().nullable(),
    doneByName: z.string().nullable(),
    notes: z.array(z.object({ date: z.string(), name: z.string(), note: z.string(), caseNumber: z.string() })),
  }),
  texts: summaryTexts,
  /** A suggested adult case type and paragraphs from the children's services. */
  suggestion: z.object({ caseType: z.string(), paragraphs: z.array(z.string()) }),
});
export type TransitionDraft = z.infer<typeof transitionDraft>;

// ---- the handover ---------------------------------------------------------------------

export const handOverInput = z
  .strictObject({
    citizenId: id,
    toTeamId: id,
    toUserId: id,
    /** An open adult case to use; null: a new adult case is created with the type and paragraphs below. */
    adultCaseId: id.nullable().default(null),
    caseType: line(100).default(''),
    paragraphs: z.array(paragraphCode).max(10, 'Højst 10 paragraffer på en sag.').default([]),
    childCases: z.enum(childCaseDecisions, { message: 'Vælg hvad der skal ske med børnesagen.' }),
    ...summaryTextFields,
  })
  .superRefine((v, issue) => {
    if (v.adultCaseId !== null) return;
    if (v.caseType === '') issue.addIssue({ code: 'custom', path: ['caseType'], message: 'Feltet skal udfyldes.' });
    if (v.paragraphs.length === 0) issue.addIssue({ code: 'custom', path: ['paragraphs'], message: 'Vælg mindst én paragraf.' });
    if (new Set(v.paragraphs).size !== v.paragraphs.length) issue.addIssue({ code: 'custom', path: ['paragraphs'], message: 'Samme paragraf er valgt to gange.' });
  });
export type HandOverInput = z.input<typeof handOverInput>;

export const handOverResult = z.object({
  id,
  adultCaseId: id,
  adultCaseNumber: z.string(),
  /** The children's cases the decision was applied to. */
  childCaseIds: z.array(id),
});

export const storedHandover = z.object({
  id,
  ...citizenHead,
  handoverDate: z.string(),
  createdAt: z.string(),
  byName: z.string(),
  fromName: z.string(),
  fromTeamName: z.string(),
  toName: z.string(),
  toInitials: z.string(),
  toTeamName: z.string(),
  adultCaseId: id,
  adultCaseNumber: z.string(),
  adultCaseType: z.string(),
  /** False when an existing adult case was used. */
  adultCaseCreated: z.boolean(),
  childCases: z.array(z.object({ id, caseNumber: z.string(), caseType: z.string(), decision: z.enum(childCaseDecisions) })),
  facts: summaryFacts,
  texts: summaryTexts,
});
export type StoredHandover = z.infer<typeof storedHandover>;

/** The children's caseworker hands over, or their team leader (the handler checks whose case it is). */
const handsOver = { roles: ['sagsbehandler', 'teamleder'], to: 'overdrage en ung til voksenområdet' } as const satisfies Restricted;

export const transitionContract = {
  'transition.candidates': method(z.strictObject({ scope: transitionScope, ...paging }), pageOf(candidateRow), 'anyone'),
  'transition.prepare': method(z.strictObject({ citizenId: id }), transitionDraft, 'anyone'),
  'transition.handOver': method(handOverInput, handOverResult, handsOver),
  'transition.get': method(z.strictObject({ id }), storedHandover, 'anyone'),
  'transition.handovers': method(z.strictObject({ scope: transitionScope, ...paging }), pageOf(handoverRow), 'anyone'),
};
