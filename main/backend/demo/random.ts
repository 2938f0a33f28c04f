/**
 * Seeded randomness and day arithmetic for the demo generator. Dates are whole
 * days since 1970-01-01 (UTC), so there is no daylight-saving drift and the same
 * seed and "today" always give the same register.
 */
import { toIsoDate } from '../../../shared/domain/dates';

/** mulberry32: tiny, fast, and good enough for made-up data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1][0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

const DAY_MS = 86_400_000;

/** The Danish calendar day of `date` as a day number (whatever the machine's time zone). */
export const dayOfDate = (date: Date): number => Date.parse(`${toIsoDate(date)}T00:00:00Z`) / DAY_MS;

export const dayOf = (year: number, month1: number, day: number): number => Date.UTC(year, month1 - 1, day) / DAY_MS;

export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A moment on that day (working hours), as an ISO timestamp. */
export const stampOfDay = (day: number, minuteOfDay: number): string =>
  new Date(day * DAY_MS + minuteOfDay * 60_000).toISOString();

export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
