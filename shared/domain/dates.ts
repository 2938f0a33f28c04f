/**
 * Dates cross the API as ISO strings (YYYY-MM-DD, or full ISO timestamps for
 * moments). Caseworkers read and type them as DD-MM-YYYY.
 */
import { format, isValid, parse, parseISO } from 'date-fns';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = parseISO(value);
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

/** 2026-12-24 → 24-12-2026; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'dd-MM-yyyy') : '';
}

/** A timestamp → 24-12-2026 14:05 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'dd-MM-yyyy HH:mm') : '';
}

/** 24-12-2026 → 2026-12-24; null when the text is not a real date. */
export function parseDanishDate(text: string): string | null {
  const d = parse(text.trim(), 'dd-MM-yyyy', new Date());
  return isValid(d) ? format(d, 'yyyy-MM-dd') : null;
}

// en-CA writes dates as YYYY-MM-DD.
const danishCalendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Danish calendar day of a moment (today's date from the clock). Deadlines and
 * "not in the future" run on Danish days whatever time zone a machine is set to, so
 * the window and the register agree on the date also between midnight and 1 o'clock,
 * when the UTC date is still yesterday.
 */
export function toIsoDate(date: Date): string {
  return danishCalendarDay.format(date);
}
