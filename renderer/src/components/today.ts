import { toIsoDate } from '../../../shared/domain/dates';

/**
 * The backend's clock, as far ahead of or behind this window's clock as the status said.
 * "Today" is the register's Danish calendar day (the team server's, or a test's pinned
 * clock), not whatever the PC's clock and time zone say.
 */
let offsetMs = 0;

export function followBackendClock(backendNowIso: unknown): void {
  if (typeof backendNowIso !== 'string') return;
  const backendNow = Date.parse(backendNowIso);
  if (Number.isFinite(backendNow)) offsetMs = backendNow - Date.now();
}

export const nowDate = (): Date => new Date(Date.now() + offsetMs);

/** Today as an ISO date: the Danish calendar day of the backend's clock. */
export const todayIso = (): string => toIsoDate(nowDate());
