/**
 * The transition from child to adult services, from the birth date alone. Pure date
 * rules (no holidays, no database), so the renderer, the backend and the tests share them.
 *
 * Birthdays on 29 February: in a year without 29 February the birthday is taken to be
 * 1 March, so an age-bound step ("takes effect at 18") never lands before the young
 * person has actually reached the age.
 */

// Plain UTC day arithmetic: these rules run for thousands of young people per list, and
// date-fns' parsing and formatting was the bulk of the time there.
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const parts = (iso: string) => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))] as const;
const addDays = (iso: string, days: number) => {
  const [y, m, d] = parts(iso);
  return toIso(Date.UTC(y, m - 1, d) + days * DAY);
};
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const transitionTaskKinds = ['track', 'invitation', 'preparation', 'crossMeeting', 'after18', 'adultDecisions'] as const;
export type TransitionTaskKind = (typeof transitionTaskKinds)[number];

export interface TransitionTask {
  kind: TransitionTaskKind;
  /** ISO date the step is due. */
  due: string;
  /** For the invitation: the information meeting it invites to. */
  meetingDate?: string;
}

/** The date a person born on `birth` reaches `years` years (29 February → 1 March in common years). */
export function birthdayAt(birth: string, years: number): string {
  const [y, m, d] = parts(birth);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-03-01`;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The date `months` after the birth (15½ years = 186 months); a missing day of month is the month's last day. */
export function monthsAfterBirth(birth: string, months: number): string {
  const [y, m, d] = parts(birth);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** Age in whole years on a date. */
export function ageOn(birth: string, on: string): number {
  const [y] = parts(birth);
  const years = Number(on.slice(0, 4)) - y;
  return birthdayAt(birth, years) <= on ? years : years - 1;
}

/** Information meetings are held in February, May, August and November: one per quarter. */
export const MEETING_MONTHS = [2, 5, 8, 11] as const;
/** Invitations go out four weeks before the meeting. */
export const INVITATION_DAYS_BEFORE = 28;

/** The meeting day in a meeting month: the second Tuesday (a fixed rule the team can plan around). */
export function meetingDateIn(year: number, month: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  return `${year}-${pad(month)}-${pad(firstTuesday + 7)}`;
}

/** The information meeting of the quarter a date falls in. */
export function meetingOfQuarter(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return meetingDateIn(year, MEETING_MONTHS[Math.floor((month - 1) / 3)]);
}

/** The first meeting whose invitation date is on or after `from`. */
export function nextMeetingInvitableFrom(from: string): string {
  let year = Number(from.slice(0, 4));
  for (;;) {
    for (const month of MEETING_MONTHS) {
      const meeting = meetingDateIn(year, month);
      if (invitationDate(meeting) >= from) return meeting;
    }
    year += 1;
  }
}

export function invitationDate(meeting: string): string {
  return addDays(meeting, -INVITATION_DAYS_BEFORE);
}

/**
 * Every transition step for a young person. `entered` is the day the municipality got
 * the young person's children's case; entering after 15½ is the fast track: steps that
 * were due before then are due on that day, and the invitation goes to the next
 * meeting that can still be reached.
 */
export function transitionTasks(birth: string, opts: { placedOutsideHome: boolean; entered?: string | null }): TransitionTask[] {
  const halfPast15 = monthsAfterBirth(birth, 15 * 12 + 6);
  const sixteen = birthdayAt(birth, 16);
  const seventeen = birthdayAt(birth, 17);
  const eighteen = birthdayAt(birth, 18);
  const entered = opts.entered ?? null;
  const fastTrack = entered !== null && entered > halfPast15;
  const atLeastEntry = (due: string) => (fastTrack && entered! > due ? entered! : due);

  let meeting = meetingOfQuarter(sixteen);
  if (fastTrack && invitationDate(meeting) < entered!) meeting = nextMeetingInvitableFrom(entered!);
  const tasks: TransitionTask[] = [{ kind: 'track', due: atLeastEntry(halfPast15) }];
  // A meeting after the 18th birthday is of no use: the adult services have taken over.
  if (meeting < eighteen) tasks.push({ kind: 'invitation', due: invitationDate(meeting), meetingDate: meeting });
  tasks.push({ kind: 'preparation', due: atLeastEntry(sixteen) });
  tasks.push({ kind: 'crossMeeting', due: atLeastEntry(seventeen) });
  if (opts.placedOutsideHome) tasks.push({ kind: 'after18', due: atLeastEntry(monthsAfterBirth(birth, 17 * 12 + 6)) });
  tasks.push({ kind: 'adultDecisions', due: atLeastEntry(eighteen) });
  return tasks;
}

/** Danish labels of the steps, for screens, printouts and the reminder centre. */
export const transitionTaskLabels: Record<TransitionTaskKind, string> = {
  track: 'Beslut om sagen skal i overgangsforløbet (15½ år)',
  invitation: 'Send invitation og informationsbrev til informationsmødet',
  preparation: 'Forbered overgangen til voksenindsatser sammen med den unge og forældrene (BL §§ 122–123)',
  crossMeeting: 'Hold tværgående møde med voksenområdet (ca. et år før 18 år)',
  after18: 'Træf afgørelse om støtte efter 18 år for anbragt ung (BL § 111)',
  adultDecisions: 'Afgørelser om voksenindsatser skal have virkning fra 18-årsdagen',
};
