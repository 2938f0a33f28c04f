/** Young people with a children's case: their transition steps, the meetings and the invitation lists. */
import { addPeriod } from '../../../../shared/domain/calendar';
import { INVITATION_DAYS_BEFORE, invitationDate, monthsAfterBirth, nextMeetingInvitableFrom, transitionTasks, type TransitionTask } from '../../../../shared/domain/transition';
import type { TransitionRow } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { scopeSql, type Scope } from './scope';

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

/**
 * Young people born in [bornFrom, bornTo] with an open children's case in scope who have
 * not been handed over to the adult area (features/transition, migration 012). Starts
 * from the birth-date index, so it reads a few birth cohorts, never the whole register
 * (the transition list reads everyone older too: see openTransitionTasks).
 */
export function loadYoungPeople(ctx: Ctx, scope: Scope, bornFrom: string, bornTo: string): YoungPerson[] {
  const sc = scopeSql(ctx, scope);
  const today = ctx.today();
  const rows = ctx.raw
    .prepare(
      `SELECT ci.id, ci.name, ci.birth_date, trim(ci.address || ' ' || ci.postal_code || ' ' || ci.city) AS address, ci.protected_address,
         min(c.id) AS case_id, u.initials, u.name AS caseworker_name,
         (SELECT min(received_date) FROM cases x WHERE x.citizen_id = ci.id AND x.area = 'børn') AS entered,
         (EXISTS (SELECT 1 FROM cases x JOIN case_paragraphs p ON p.case_id = x.id WHERE x.citizen_id = ci.id AND x.state = 'åben' AND p.paragraph = 'BL-46')
          OR EXISTS (SELECT 1 FROM services s WHERE s.citizen_id = ci.id AND s.paragraph = 'BL-46' AND (s.end_date IS NULL OR s.end_date >= ?))) AS placed
       FROM citizens ci
       JOIN cases c ON c.citizen_id = ci.id AND c.area = 'børn' AND c.state = 'åben'
       JOIN users u ON u.id = c.caseworker_id
       WHERE ci.birth_date BETWEEN ? AND ? AND ${sc.where}
         AND NOT EXISTS (SELECT 1 FROM transition_handovers h WHERE h.citizen_id = ci.id)
       GROUP BY ci.id
       ORDER BY ci.birth_date, ci.id`,
    )
    .all(today, bornFrom, bornTo, ...sc.params) as {
    id: number;
    name: string;
    birth_date: string;
    address: string;
    protected_address: number;
    case_id: number;
    initials: string;
    caseworker_name: string;
    entered: string;
    placed: number;
  }[];
  if (rows.length === 0) return [];
  const done = new Set(
    (
      ctx.raw
        .prepare(
          `SELECT kind, subject_id, due FROM tasks_done WHERE kind IN ('track', 'invitation', 'preparation', 'crossMeeting', 'after18', 'adultDecisions')
           AND subject_id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(rows.map((r) => r.id))) as { kind: string; subject_id: number; due: string }[]
    ).map((d) => `${d.kind}|${d.subject_id}|${d.due}`),
  );
  const numbers = new Map(
    (
      ctx.raw.prepare('SELECT id, case_number FROM cases WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(rows.map((r) => r.case_id))) as {
        id: number;
        case_number: string;
      }[]
    ).map((r) => [r.id, r.case_number]),
  );
  return rows.map((r) => {
    const tasks = transitionTasks(r.birth_date, { placedOutsideHome: r.placed === 1, entered: r.entered });
    return {
      citizenId: r.id,
      name: r.name,
      birthDate: r.birth_date,
      address: r.protected_address ? '' : r.address,
      protectedAddress: r.protected_address === 1,
      caseId: r.case_id,
      caseNumber: numbers.get(r.case_id) ?? '',
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
export function openTransitionTasks(ctx: Ctx, scope: Scope, until: string): TransitionRow[] {
  const bornTo = addPeriod(until, -186, 'måneder');
  const rows: TransitionRow[] = [];
  for (const p of loadYoungPeople(ctx, scope, '0000-01-01', bornTo)) {
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
export function invitedTo(ctx: Ctx, scope: Scope, meetingDate: string): YoungPerson[] {
  return invitedToAny(ctx, scope, meetingDate, meetingDate).filter((p) => p.tasks.some((t) => t.kind === 'invitation' && t.meetingDate === meetingDate));
}

/** Everyone who may be invited to a meeting from `first` to `last`: 16 in those quarters, or fast-tracked to them (under 18). */
export function invitedToAny(ctx: Ctx, scope: Scope, first: string, last: string): YoungPerson[] {
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
