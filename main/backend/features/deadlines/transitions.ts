/** Young people with a children's case: their transition steps, the meetings and the invitation lists. */
import { sql } from 'kysely';
import { addPeriod } from '../../../../shared/domain/calendar';
import { INVITATION_DAYS_BEFORE, invitationDate, monthsAfterBirth, nextMeetingInvitableFrom, transitionTasks, type TransitionTask } from '../../../../shared/domain/transition';
import type { TransitionRow } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { byIdChunks } from '../../db/chunks';
import { inScope, type Scope } from './scope';

export interface YoungPerson {
  citizenId: number;
  name: string;
  birthDate: string;
  address: string;
  protectedAddress: boolean;
  caseId: number;
  caseNumber: string;
  caseworkerInitials: string;
  caseworkerName: string;
  entered: string;
  placed: boolean;
  tasks: (TransitionTask & { done: boolean })[];
  fastTrack: boolean;
}

const yearsBefore = (iso: string, years: number) => `${Number(iso.slice(0, 4)) - years}${iso.slice(4)}`;

const TRANSITION_KINDS = ['track', 'invitation', 'preparation', 'crossMeeting', 'after18', 'adultDecisions'];

/**
 * Young people born in [bornFrom, bornTo] with an open children's case in scope who have
 * not been handed over to the adult area (features/transition, migration 012). Starts
 * from the birth-date index, so it reads a few birth cohorts, never the whole register
 * (the transition list reads everyone older too: see openTransitionTasks). The case shown
 * is the citizen's oldest open children's case in scope, with its caseworker.
 */
export async function loadYoungPeople(ctx: Ctx, scope: Scope, bornFrom: string, bornTo: string): Promise<YoungPerson[]> {
  const { db } = ctx;
  const today = ctx.today();
  const placed = sql<number>`CASE WHEN EXISTS (SELECT 1 FROM cases x JOIN case_paragraphs p ON p.case_id = x.id WHERE x.citizen_id = ci.id AND x.state = 'åben' AND p.paragraph = 'BL-46')
    OR EXISTS (SELECT 1 FROM services s WHERE s.citizen_id = ci.id AND s.paragraph = 'BL-46' AND (s.end_date IS NULL OR s.end_date >= ${today})) THEN 1 ELSE 0 END`;
  const rows = await db
    .selectFrom('citizens as ci')
    .innerJoin('cases as c', (join) =>
      join.on((eb) =>
        eb(
          'c.id',
          '=',
          eb
            .selectFrom('cases as x')
            .select((e) => e.fn.min<number>('x.id').as('first'))
            .whereRef('x.citizen_id', '=', 'ci.id')
            .where('x.area', '=', 'børn')
            .where('x.state', '=', 'åben')
            .where(inScope(ctx, scope, 'x.caseworker_id')),
        ),
      ),
    )
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .select((eb) => [
      'ci.id',
      'ci.name',
      'ci.birth_date',
      sql<string>`trim(ci.address || ' ' || ci.postal_code || ' ' || ci.city)`.as('address'),
      'ci.protected_address',
      'c.id as case_id',
      'c.case_number',
      'u.initials',
      'u.name as caseworker_name',
      eb
        .selectFrom('cases as x')
        .select((e) => e.fn.min<string>('x.received_date').as('entered'))
        .whereRef('x.citizen_id', '=', 'ci.id')
        .where('x.area', '=', 'børn')
        .$asScalar()
        .$notNull()
        .as('entered'),
      placed.as('placed'),
    ])
    .where('ci.birth_date', '>=', bornFrom)
    .where('ci.birth_date', '<=', bornTo)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('transition_handovers as h').select('h.id').whereRef('h.citizen_id', '=', 'ci.id'))))
    .orderBy('ci.birth_date')
    .orderBy('ci.id')
    .execute();
  if (rows.length === 0) return [];
  const doneRows = await byIdChunks(
    rows.map((r) => r.id),
    (chunk) => db.selectFrom('tasks_done').select(['kind', 'subject_id', 'due']).where('kind', 'in', TRANSITION_KINDS).where('subject_id', 'in', chunk).execute(),
  );
  const done = new Set(doneRows.map((d) => `${d.kind}|${d.subject_id}|${d.due}`));
  return rows.map((r) => {
    const tasks = transitionTasks(r.birth_date, { placedOutsideHome: r.placed === 1, entered: r.entered });
    return {
      citizenId: r.id,
      name: r.name,
      birthDate: r.birth_date,
      address: r.protected_address ? '' : r.address,
      protectedAddress: r.protected_address === 1,
      caseId: r.case_id,
      caseNumber: r.case_number,
      caseworkerInitials: r.initials,
      caseworkerName: r.caseworker_name,
      entered: r.entered,
      placed: r.placed === 1,
      fastTrack: r.entered > monthsAfterBirth(r.birth_date, 186),
      tasks: tasks.map((t) => ({ ...t, done: done.has(`${t.kind}|${r.id}|${t.due}`) })),
    };
  });
}

/**
 * Open transition steps due by `until`, oldest first. From 15½ (minus the look-ahead) with
 * no upper age: a young person stays on the list while a step is not done and the
 * children's case is open, however long past the 18th birthday, until the handover to the
 * adult area (features/transition) or the case is closed. (Until issue 15 they dropped
 * off three months after 18, done or not.) Few are past 18 with an open children's
 * case, and every one of them is something to act on.
 */
export async function openTransitionTasks(ctx: Ctx, scope: Scope, until: string): Promise<TransitionRow[]> {
  const bornTo = addPeriod(until, -186, 'måneder');
  const rows: TransitionRow[] = [];
  for (const p of await loadYoungPeople(ctx, scope, '0000-01-01', bornTo)) {
    for (const t of p.tasks) {
      if (t.done || t.due > until) continue;
      rows.push({
        citizenId: p.citizenId,
        caseId: p.caseId,
        caseNumber: p.caseNumber,
        citizenName: p.name,
        birthDate: p.birthDate,
        caseworkerInitials: p.caseworkerInitials,
        kind: t.kind,
        due: t.due,
        meetingDate: t.meetingDate ?? null,
        fastTrack: p.fastTrack,
      });
    }
  }
  return rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.citizenId - b.citizenId));
}

/** The young people invited to one meeting: 16 in its quarter, or fast-tracked to it. */
export async function invitedTo(ctx: Ctx, scope: Scope, meetingDate: string): Promise<YoungPerson[]> {
  return (await invitedToAny(ctx, scope, meetingDate, meetingDate)).filter((p) => p.tasks.some((t) => t.kind === 'invitation' && t.meetingDate === meetingDate));
}

/** Everyone who may be invited to a meeting from `first` to `last`: 16 in those quarters, or fast-tracked to them (under 18). */
export function invitedToAny(ctx: Ctx, scope: Scope, first: string, last: string): Promise<YoungPerson[]> {
  // A meeting month is the middle month of its quarter: the quarter ends about 50 days after the meeting.
  return loadYoungPeople(ctx, scope, yearsBefore(first, 18), yearsBefore(addPeriod(last, 60, 'dage'), 16));
}

/**
 * The next `count` information meetings, the first on or after `today`: a meeting that has
 * been held is not upcoming (issue 15), even in the quarter it belongs to.
 */
export function upcomingMeetings(today: string, count = 4): string[] {
  // The first meeting whose invitation date is on or after today − 28 days is the first meeting on or after today.
  const dates = [nextMeetingInvitableFrom(addPeriod(today, -INVITATION_DAYS_BEFORE, 'dage'))];
  while (dates.length < count) dates.push(nextMeetingInvitableFrom(addPeriod(invitationDate(dates[dates.length - 1]), 1, 'dage')));
  return dates;
}

export { invitationDate };
