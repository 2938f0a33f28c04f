/**
 * Danish working days. Closed days are the public holidays from date-holidays
 * (a maintained package: it knows Store Bededag only until 2023) plus the days the
 * municipality is closed that the package does not count as public holidays:
 * grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December).
 * Backend only: date-holidays is too large for the renderer bundle.
 */
import Holidays from 'date-holidays';
import { addDays, addMonths, format, getDay, parseISO } from 'date-fns';

const holidays = new Holidays('DK');
const byYear = new Map<number, Map<string, string>>();

function closedDaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of holidays.getHolidays(year)) if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    days.set(`${year}-06-05`, 'Grundlovsdag');
    days.set(`${year}-12-24`, 'Juleaftensdag');
    days.set(`${year}-12-31`, 'Nytårsaftensdag');
    byYear.set(year, days);
  }
  return days;
}

/** The name of the closed day (holiday) on an ISO date, or null. Weekends are not named. */
export function closedDayName(iso: string): string | null {
  return closedDaysOf(Number(iso.slice(0, 4))).get(iso) ?? null;
}

export function isWeekend(iso: string): boolean {
  const d = getDay(parseISO(iso));
  return d === 0 || d === 6;
}

export function isWorkingDay(iso: string): boolean {
  return !isWeekend(iso) && closedDayName(iso) === null;
}

/** The date itself when it is a working day, else the next working day. */
export function nextWorkingDay(iso: string): string {
  let day = parseISO(iso);
  let text = iso;
  while (!isWorkingDay(text)) {
    day = addDays(day, 1);
    text = format(day, 'yyyy-MM-dd');
  }
  return text;
}

/** Adds whole working days (e.g. "within 5 working days"). */
export function addWorkingDays(iso: string, days: number): string {
  let day = parseISO(iso);
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(format(day, 'yyyy-MM-dd'))) left -= 1;
  }
  return format(day, 'yyyy-MM-dd');
}

export const deadlineUnits = ['dage', 'uger', 'måneder'] as const;
export type DeadlineUnit = (typeof deadlineUnits)[number];

/**
 * A processing deadline: the received date plus the rule's period, moved forward to
 * the next working day when it lands on a weekend or a closed day.
 */
export function deadlineFrom(received: string, amount: number, unit: DeadlineUnit): string {
  return nextWorkingDay(addPeriod(received, amount, unit));
}

/** A date plus a period in days, weeks or months (a missing day of month is the month's last day). */
export function addPeriod(from: string, amount: number, unit: DeadlineUnit): string {
  const start = parseISO(from);
  const end = unit === 'dage' ? addDays(start, amount) : unit === 'uger' ? addDays(start, amount * 7) : addMonths(start, amount);
  return format(end, 'yyyy-MM-dd');
}
