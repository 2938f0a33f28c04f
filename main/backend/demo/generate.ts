// STUB: replaced by the demo generator (helper H3).
import type Database from 'better-sqlite3';

export type DemoSize = 'small' | 'medium' | 'large';

export interface DemoSummary {
  teams: number;
  caseworkers: { id: number; initials: string; name: string; team: string; openCases: number }[];
  citizens: number;
  cases: number;
  activities: number;
}

export interface DemoOptions {
  size: DemoSize;
  /** Same seed, same register. */
  seed?: number;
  /** "Today" for the generated dates. */
  today?: Date;
}

export function generateDemo(_raw: Database.Database, _options: DemoOptions): DemoSummary {
  throw new Error('not implemented');
}
