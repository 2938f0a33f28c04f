/**
 * The test suite's "now": pinned, so no test depends on the day it runs. The configs
 * (vitest.config.ts, playwright.config.ts) put it in SAGSOVERBLIK_NOW, which the
 * backend's clock (main/backend/clock.ts) and every CLI process a test starts read.
 * `npm test` also runs a representative part of the suite at other moments
 * (scripts/test-all.mjs: 29 February, New Year's Eve in UTC).
 */
import { toIsoDate } from '../shared/domain/dates';

export const DEFAULT_TEST_NOW = '2026-12-02T10:00:00.000Z';

/** Sets SAGSOVERBLIK_NOW unless the caller chose a moment; returns the moment. */
export function pinTestClock(env: NodeJS.ProcessEnv = process.env): string {
  env.SAGSOVERBLIK_NOW ||= DEFAULT_TEST_NOW;
  return env.SAGSOVERBLIK_NOW;
}

/** The pinned moment, as tests compute expected dates from it. */
export const testNow = (): Date => new Date(pinTestClock());

/** The pinned Danish calendar day (what the backend calls today). */
export const testToday = (): string => toIsoDate(testNow());

/** An ISO date `days` calendar days from `iso` (negative: before). */
export function isoDaysFrom(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A moment from an ISO string; without a zone it is Danish wall-clock time (as a caseworker
 * reads it), so a test means the same whatever the machine's time zone.
 */
export function danishMoment(iso: string): Date {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) return new Date(iso);
  const asUtc = Date.parse(`${iso}Z`);
  // Copenhagen's offset at that moment (+1 or +2 hours), read off the formatter.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(asUtc))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
  return new Date(asUtc - (wall - asUtc));
}
