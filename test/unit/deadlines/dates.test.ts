/** The date rules of issue 7 with fixed dates: deadlines, closed days and the transition steps. */
import { describe, expect, test } from 'vitest';
import { addPeriod, deadlineFrom } from '../../../shared/domain/calendar';
import { toIsoDate } from '../../../shared/domain/dates';
import {
  ageOn,
  birthdayAt,
  invitationDate,
  meetingDateIn,
  meetingOfQuarter,
  transitionTasks,
  type TransitionTaskKind,
} from '../../../shared/domain/transition';

const due = (tasks: ReturnType<typeof transitionTasks>, kind: TransitionTaskKind) => tasks.find((t) => t.kind === kind);

describe("today's date is the Danish calendar day", () => {
  test('between midnight and 1 (2 in summer) Danish time it is already the new day, whatever the machine time zone', () => {
    expect(toIsoDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02'); // 00:30 in Copenhagen (CET)
    expect(toIsoDate(new Date('2026-12-01T22:59:00Z'))).toBe('2026-12-01');
    expect(toIsoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // 00:30 CEST
    expect(toIsoDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('processing deadlines move past weekends and closed days', () => {
  test('a deadline landing on Langfredag 2027 moves past Easter to Tuesday 30 March', () => {
    // 8 weeks after 29 January 2027 is Friday 26 March: Langfredag, then the weekend and 2. påskedag.
    expect(addPeriod('2027-01-29', 8, 'uger')).toBe('2027-03-26');
    expect(deadlineFrom('2027-01-29', 8, 'uger')).toBe('2027-03-30');
  });

  test('a deadline on 24 December moves past Christmas to 28 December', () => {
    // 24-12-2026 is a Thursday; 25 and 26 are holidays, 27 a Sunday.
    expect(deadlineFrom('2026-10-24', 2, 'måneder')).toBe('2026-12-28');
  });

  test('31 December and New Year move into the new year', () => {
    expect(deadlineFrom('2027-12-17', 14, 'dage')).toBe('2028-01-03');
  });

  test('grundlovsdag is closed', () => {
    expect(deadlineFrom('2026-05-29', 7, 'dage')).toBe('2026-06-08'); // Fri 5 June 2026 → Mon 8 June
  });

  test('Store Bededag 2023 (5 May) was closed, 2024 (26 April) is a working day', () => {
    expect(deadlineFrom('2023-04-28', 7, 'dage')).toBe('2023-05-08');
    expect(deadlineFrom('2024-04-19', 7, 'dage')).toBe('2024-04-26');
  });

  test('months end on the last day of a shorter month, then move to a working day', () => {
    expect(addPeriod('2026-01-31', 1, 'måneder')).toBe('2026-02-28');
    expect(deadlineFrom('2026-01-31', 1, 'måneder')).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
  });

  test('a working day stays where it is', () => {
    expect(deadlineFrom('2026-03-02', 6, 'uger')).toBe('2026-04-13');
  });
});

describe('birthdays', () => {
  test('29 February: in a common year the birthday is 1 March', () => {
    expect(birthdayAt('2012-02-29', 16)).toBe('2028-02-29'); // leap year
    expect(birthdayAt('2012-02-29', 18)).toBe('2030-03-01');
    expect(ageOn('2012-02-29', '2030-02-28')).toBe(17);
    expect(ageOn('2012-02-29', '2030-03-01')).toBe(18);
  });

  test('age turns on the birthday itself', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
  });
});

describe('information meetings: one per quarter, invitation four weeks before', () => {
  test('meetings are the second Tuesday of February, May, August and November', () => {
    expect(meetingDateIn(2026, 2)).toBe('2026-02-10');
    expect(meetingDateIn(2026, 5)).toBe('2026-05-12');
    expect(meetingDateIn(2026, 8)).toBe('2026-08-11');
    expect(meetingDateIn(2026, 11)).toBe('2026-11-10');
    expect(invitationDate('2026-05-12')).toBe('2026-04-14');
  });

  test.each([
    ['2010-01-01', '2026-02-10'],
    ['2010-03-31', '2026-02-10'],
    ['2010-04-01', '2026-05-12'],
    ['2010-06-30', '2026-05-12'],
    ['2010-07-01', '2026-08-11'],
    ['2010-09-30', '2026-08-11'],
    ['2010-10-01', '2026-11-10'],
    ['2010-12-31', '2026-11-10'],
  ])('born %s (16 in that quarter) is invited to the meeting on %s', (birth, meeting) => {
    const invitation = due(transitionTasks(birth, { placedOutsideHome: false }), 'invitation');
    expect(invitation).toEqual({ kind: 'invitation', due: invitationDate(meeting), meetingDate: meeting });
    expect(meetingOfQuarter(birthdayAt(birth, 16))).toBe(meeting);
  });

  test('turning 16 on 1 January: the invitation is sent in the new year, not the old', () => {
    const tasks = transitionTasks('2010-01-01', { placedOutsideHome: false });
    expect(due(tasks, 'invitation')!.due).toBe('2026-01-13');
  });
});

describe('the transition steps', () => {
  test('every step has its due date from the birth date', () => {
    const tasks = transitionTasks('2010-06-15', { placedOutsideHome: true });
    expect(tasks.map((t) => [t.kind, t.due])).toEqual([
      ['track', '2025-12-15'],
      ['invitation', '2026-04-14'],
      ['preparation', '2026-06-15'],
      ['crossMeeting', '2027-06-15'],
      ['after18', '2027-12-15'],
      ['adultDecisions', '2028-06-15'],
    ]);
  });

  test('the decision on support after 18 is only for young people placed outside the home', () => {
    expect(due(transitionTasks('2010-06-15', { placedOutsideHome: false }), 'after18')).toBeUndefined();
  });

  test('born 29 February: 15½ is 29 August, 18 is 1 March in a common year', () => {
    const tasks = transitionTasks('2012-02-29', { placedOutsideHome: true });
    expect(due(tasks, 'track')!.due).toBe('2027-08-29');
    expect(due(tasks, 'invitation')!.meetingDate).toBe('2028-02-08'); // 16 on 29-02-2028, a leap year
    expect(due(tasks, 'crossMeeting')!.due).toBe('2029-03-01');
    expect(due(tasks, 'after18')!.due).toBe('2029-08-29');
    expect(due(tasks, 'adultDecisions')!.due).toBe('2030-03-01');
  });

  test('born 31 August: 15½ is the last day of February', () => {
    expect(due(transitionTasks('2011-08-31', { placedOutsideHome: false }), 'track')!.due).toBe('2027-02-28');
  });

  test('15½ across a year end: born 30 June, the step falls on 30 December', () => {
    expect(due(transitionTasks('2011-06-30', { placedOutsideHome: false }), 'track')!.due).toBe('2026-12-30');
  });

  test('fast track: entering after 15½ makes past steps due on entry and invites to the next reachable meeting', () => {
    // 16 on 15 June 2026 (meeting 12 May, invitation 14 April) but the case arrives 1 May 2026.
    const tasks = transitionTasks('2010-06-15', { placedOutsideHome: false, entered: '2026-05-01' });
    expect(due(tasks, 'track')!.due).toBe('2026-05-01');
    expect(due(tasks, 'invitation')).toEqual({ kind: 'invitation', due: '2026-07-14', meetingDate: '2026-08-11' });
    expect(due(tasks, 'preparation')!.due).toBe('2026-06-15');
  });

  test('fast track close to 18: no invitation to a meeting after the 18th birthday', () => {
    const tasks = transitionTasks('2008-01-20', { placedOutsideHome: false, entered: '2025-12-20' });
    expect(due(tasks, 'invitation')).toBeUndefined();
    expect(due(tasks, 'crossMeeting')!.due).toBe('2025-12-20');
    expect(due(tasks, 'adultDecisions')!.due).toBe('2026-01-20');
  });

  test('entering before 15½ changes nothing', () => {
    expect(transitionTasks('2010-06-15', { placedOutsideHome: false, entered: '2020-01-01' })).toEqual(
      transitionTasks('2010-06-15', { placedOutsideHome: false }),
    );
  });
});
