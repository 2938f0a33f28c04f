/**
 * What the register knows about a young person at the transition to the adult area: the
 * open children's cases, the transition steps not done, the services that stop at 18 and
 * those that go on, the parents and guardian and the diagnoses from the stamkort, and the
 * journal notes of the cross-area meeting. One citizen at a time, on indexes (cases_citizen,
 * services_citizen, the stamkort's primary key, activities_case_date).
 */
import { formatCpr } from '../../../../shared/domain/cpr';
import { formatDate } from '../../../../shared/domain/dates';
import { birthdayAt, monthsAfterBirth, transitionTaskKinds, transitionTasks, type TransitionTaskKind } from '../../../../shared/domain/transition';
import type { SummaryFacts, SummaryParent, SummaryService, TransitionDraft } from '../../../../shared/features/transition';
import { notFound } from '../../../../shared/api/errors';
import type { Reference } from '../../reference';
import type { Db } from '../../db/transaction';

/** 17½ years: the handover can be made from then (the § 111 decision for a placed young person is due then too). */
export const HANDOVER_FROM_MONTHS = 17 * 12 + 6;

/** The day before the 18th birthday: the last day as a child. */
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export interface YoungPersonHead {
  id: number;
  name: string;
  cpr: string;
  birthDate: string;
  address: string;
  protectedAddress: boolean;
  eighteenthBirthday: string;
  handoverFrom: string;
}

export async function youngPerson(db: Db, citizenId: number): Promise<YoungPersonHead> {
  const c = await db
    .selectFrom('citizens')
    .select(['id', 'name', 'cpr', 'birth_date', 'address', 'postal_code', 'city', 'protected_address'])
    .where('id', '=', citizenId)
    .executeTakeFirst();
  if (!c) throw notFound('Borgeren');
  const protectedAddress = c.protected_address === 1;
  return {
    id: c.id,
    name: c.name,
    cpr: c.cpr,
    birthDate: c.birth_date,
    address: protectedAddress ? '' : [c.address, [c.postal_code, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    protectedAddress,
    eighteenthBirthday: birthdayAt(c.birth_date, 18),
    handoverFrom: monthsAfterBirth(c.birth_date, HANDOVER_FROM_MONTHS),
  };
}

export const citizenHead = (p: YoungPersonHead) => ({
  citizenId: p.id,
  citizenName: p.name,
  cprFormatted: formatCpr(p.cpr),
  birthDate: p.birthDate,
  eighteenthBirthday: p.eighteenthBirthday,
  address: p.address,
  protectedAddress: p.protectedAddress,
});

export type ChildCase = TransitionDraft['childCases'][number] & { teamId: number };

/** The young person's open children's cases, oldest first, with caseworker and team. */
export async function openChildCases(db: Db, reference: Reference, citizenId: number): Promise<ChildCase[]> {
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .innerJoin('teams as t', 't.id', 'u.team_id')
    .select(['c.id', 'c.case_number', 'c.case_type', 'u.id as user_id', 'u.name as user_name', 'u.initials', 't.id as team_id', 't.name as team_name'])
    .where('c.citizen_id', '=', citizenId)
    .where('c.area', '=', 'børn')
    .where('c.state', '=', 'åben')
    .orderBy('c.id')
    .execute();
  const paragraphs = rows.length
    ? await db
        .selectFrom('case_paragraphs')
        .select(['case_id', 'paragraph'])
        .where(
          'case_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('case_id')
        .orderBy('position')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    caseType: r.case_type,
    paragraphs: paragraphs.filter((p) => p.case_id === r.id).map((p) => reference.short(p.paragraph)),
    caseworkerId: r.user_id,
    caseworkerName: r.user_name,
    caseworkerInitials: r.initials,
    teamId: r.team_id,
    teamName: r.team_name,
  }));
}

/**
 * The young person's transition steps with whether each is done: the same rule as the
 * transition list (features/deadlines/transitions.ts), from the birth date, the day the
 * first children's case came in (fast track) and whether the young person is placed.
 */
export async function transitionSteps(db: Db, citizenId: number, birthDate: string, today: string) {
  const entered = await db.selectFrom('cases').select((eb) => eb.fn.min('received_date').as('first')).where('citizen_id', '=', citizenId).where('area', '=', 'børn').executeTakeFirst();
  const placedCase = await db
    .selectFrom('cases as c')
    .innerJoin('case_paragraphs as p', 'p.case_id', 'c.id')
    .select('c.id')
    .where('c.citizen_id', '=', citizenId)
    .where('c.state', '=', 'åben')
    .where('p.paragraph', '=', 'BL-46')
    .executeTakeFirst();
  const placedService = await db
    .selectFrom('services')
    .select('id')
    .where('citizen_id', '=', citizenId)
    .where('paragraph', '=', 'BL-46')
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
    .executeTakeFirst();
  const tasks = transitionTasks(birthDate, { placedOutsideHome: Boolean(placedCase || placedService), entered: entered?.first ?? null });
  const done = await db
    .selectFrom('tasks_done as d')
    .leftJoin('users as u', 'u.id', 'd.done_by')
    .select(['d.kind', 'd.due', 'd.done_at', 'u.name'])
    .where('d.subject_id', '=', citizenId)
    .where('d.kind', 'in', [...transitionTaskKinds])
    .execute();
  return tasks.map((t) => {
    const d = done.find((x) => x.kind === t.kind && x.due === t.due);
    return { ...t, done: Boolean(d), doneAt: d?.done_at ?? null, doneByName: d?.name ?? null };
  });
}

/** The due date of the 18-year step ("adult decisions take effect"), as tasks_done keys it. */
export const adultStep = (steps: Awaited<ReturnType<typeof transitionSteps>>) => steps.find((s) => s.kind === 'adultDecisions')!;

function parse(json: string | undefined): { none?: unknown; entries?: Record<string, unknown>[] } | null {
  if (json === undefined) return null;
  try {
    const data = JSON.parse(json) as unknown;
    return data && typeof data === 'object' ? (data as { entries?: Record<string, unknown>[] }) : null;
  } catch {
    return null;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The facts of the summary, read from the register now. */
export async function summaryFacts(
  db: Db,
  reference: Reference,
  person: YoungPersonHead,
  steps: Awaited<ReturnType<typeof transitionSteps>>,
): Promise<SummaryFacts> {
  // Services running on the last day as a child or later: those under Barnets lov stop at 18.
  const lastChildDay = dayBefore(person.eighteenthBirthday);
  const services = await db
    .selectFrom('services')
    .select(['id', 'service_type', 'paragraph', 'provider', 'start_date', 'end_date', 'scope'])
    .where('citizen_id', '=', person.id)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', lastChildDay)]))
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  const toService = (s: (typeof services)[number]): SummaryService => ({
    id: s.id,
    serviceType: s.service_type,
    paragraph: s.paragraph,
    paragraphShort: reference.short(s.paragraph),
    provider: s.provider,
    startDate: s.start_date,
    endDate: s.end_date,
    scope: s.scope,
  });
  const childLaw = (code: string) => (reference.paragraph(code)?.law ?? (code.startsWith('BL-') ? 'Barnets lov' : '')) === 'Barnets lov';

  const sections = await db.selectFrom('stamkort_sections').select(['section', 'data']).where('citizen_id', '=', person.id).where('section', 'in', ['parents', 'diagnoses']).execute();
  const parentsData = parse(sections.find((s) => s.section === 'parents')?.data);
  const diagnosesData = parse(sections.find((s) => s.section === 'diagnoses')?.data);
  const parents: SummaryParent[] = (parentsData?.entries ?? [])
    .filter((e) => str(e.name) !== '')
    .map((e) => ({
      name: str(e.name),
      relation: str(e.relation),
      custody: e.custody === true,
      partyRepresentative: e.partyRepresentative === true,
      guardian: e.guardian === true,
      phone: str(e.phone),
      email: str(e.email),
    }));

  return {
    servicesEnding: services.filter((s) => childLaw(s.paragraph)).map(toService),
    servicesContinuing: services.filter((s) => !childLaw(s.paragraph)).map(toService),
    parentsKnown: parentsData !== null && (parents.length > 0 || parentsData.none === true),
    parents,
    diagnoses: (diagnosesData?.entries ?? []).filter((e) => str(e.text) !== '').map((e) => ({ text: str(e.text), icd10: str(e.icd10) })),
    openSteps: steps.filter((s) => !s.done).map((s) => ({ kind: s.kind as TransitionTaskKind, due: s.due })),
  };
}

/** Journal notes about the cross-area meeting ("overgangsmøde", "tværgående møde") on any of the citizen's cases, oldest first. */
export async function crossMeetingNotes(db: Db, citizenId: number) {
  const rows = await db
    .selectFrom('activities as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .select(['a.activity_date', 'a.name', 'a.note', 'c.case_number'])
    .where('c.citizen_id', '=', citizenId)
    // lower(): SQLite's LIKE ignores case, PostgreSQL's does not.
    .where((eb) => {
      const name = eb.fn<string>('lower', ['a.name']);
      return eb.or([eb(name, 'like', '%overgangsmøde%'), eb(name, 'like', '%tværgående møde%')]);
    })
    .orderBy('a.activity_date')
    .orderBy('a.id')
    .limit(20)
    .execute();
  return rows.map((r) => ({ date: r.activity_date, name: r.name, note: r.note, caseNumber: r.case_number }));
}

/** The prefilled "agreed at the cross-area meeting" text: each journal note with its date. */
export const crossMeetingText = (notes: Awaited<ReturnType<typeof crossMeetingNotes>>) =>
  notes
    .filter((n) => n.note.trim() !== '')
    .map((n) => `${formatDate(n.date)}: ${n.note.trim()}`)
    .join('\n\n');

/**
 * Children's paragraphs and the adult paragraph that usually takes over at 18 (Serviceloven).
 * A suggestion for the new adult case only; the caseworker chooses. Aids, consumer goods,
 * cars and home adaptation (SEL §§ 112–116) are the same paragraphs for children and adults.
 */
const ADULT_PARAGRAPH: Record<string, string> = {
  'BL-32': 'SEL-85',
  'BL-46': 'SEL-107',
  'BL-82': 'SEL-104',
  'BL-83': 'SEL-104',
  'BL-86': 'SEL-100',
  'BL-89': 'SEL-97',
  'SEL-112': 'SEL-112',
  'SEL-113': 'SEL-113',
  'SEL-114': 'SEL-114',
  'SEL-116': 'SEL-116',
};

export async function suggestAdultCase(db: Db, reference: Reference, childCaseIds: number[], facts: SummaryFacts): Promise<{ caseType: string; paragraphs: string[] }> {
  const caseParagraphs = childCaseIds.length
    ? (await db.selectFrom('case_paragraphs').select('paragraph').where('case_id', 'in', childCaseIds).orderBy('case_id').orderBy('position').execute()).map((p) => p.paragraph)
    : [];
  const from = [...caseParagraphs, ...facts.servicesEnding.map((s) => s.paragraph), ...facts.servicesContinuing.map((s) => s.paragraph)];
  const paragraphs = [...new Set(from.map((p) => ADULT_PARAGRAPH[p]).filter((p): p is string => p !== undefined && reference.fitsArea(p, 'voksen')))].slice(0, 10);
  const type = reference.caseTypesFor('voksen').find((t) => t.paragraphs.some((p) => p === paragraphs[0]));
  return { caseType: type?.name ?? '', paragraphs };
}
