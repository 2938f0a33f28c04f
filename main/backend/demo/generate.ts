/**
 * The demo register: fictitious but realistic teams, staff, citizens, cases,
 * caseworker history, journal, applications and services. Deterministic: the same
 * seed and "today" give the same register. Used by first-run setup ("Prøv med
 * demodata"), the CLI's `demo` command, tests and benchmarks.
 */
import type Database from 'better-sqlite3';
import type { Area } from '../../../shared/domain/enums';
import { Reference } from '../reference';
import { planCases } from './cases';
import { insertCitizens, planCitizens } from './citizens';
import { dayOfDate, Rng, stampOfDay } from './random';
import { insertStaff } from './staff';
import { insertCases, insertLooseServices } from './write';
import type { DemoFeatureContext } from './feature';
import { fillStamkortDemo } from '../features/stamkort/demo';
import { fillActivityNamesDemo } from '../features/activity-names/demo';
import { fillProceduresDemo } from '../features/procedures/demo';
import { fillDeadlinesDemo } from '../features/deadlines/demo';
import { systemClock } from '../clock';
import { PENDING_DEADLINE_SQL } from '../services/decision-deadlines';

export type DemoSize = 'small' | 'medium' | 'large';
export const demoSizes: readonly DemoSize[] = ['small', 'medium', 'large'];

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

const SCALE: Record<DemoSize, number> = { small: 1, medium: 10, large: 100 };
export const DEFAULT_DEMO_SEED = 20240601;

/** Per scale unit: 2 teams (10 caseworkers with 30–60 open cases each), 300 citizens, 500 cases, ~8,000 activities. */
const PER_UNIT = { teams: 2, citizens: 300, cases: 500, activities: 8_000 };

export function generateDemo(raw: Database.Database, options: DemoOptions): DemoSummary {
  const f = SCALE[options.size];
  const rng = new Rng(options.seed ?? DEFAULT_DEMO_SEED);
  const at = options.today ?? systemClock()();
  const today = dayOfDate(at);
  // Working hours only; the minute varies so lists sorted by time look natural.
  // Never later than the moment of generation: a period starting "later today" could not be closed now.
  const nowIso = at.toISOString();
  const stamp = (day: number) => {
    const s = stampOfDay(day, 8 * 60 + ((day * 37) % 480));
    return s > nowIso ? nowIso : s;
  };

  const teams = raw.transaction(() => insertStaff(raw, rng, PER_UNIT.teams * f, stampOfDay(today - 7 * 365, 9 * 60)))();
  const teamsByArea: Record<Area, typeof teams> = {
    børn: teams.filter((t) => t.area === 'børn'),
    voksen: teams.filter((t) => t.area === 'voksen'),
  };
  const reference = new Reference();
  const caseTypes = { børn: reference.caseTypesFor('børn'), voksen: reference.caseTypesFor('voksen') };

  const citizens = planCitizens(rng, PER_UNIT.citizens * f, today, PER_UNIT.teams * f / 2);
  const cases = planCases(rng, citizens, teamsByArea, caseTypes, PER_UNIT.cases * f, PER_UNIT.activities * f, today);
  insertCitizens(raw, rng, citizens, stamp);
  const { activities } = insertCases(raw, rng, cases, stamp, today);
  insertLooseServices(raw, rng, citizens, stamp, today);
  // The running deadlines, as the app keeps them (services/decision-deadlines.ts), in one statement.
  raw.prepare(`UPDATE cases SET pending_deadline = ${PENDING_DEADLINE_SQL}`).run();
  raw.prepare("INSERT OR REPLACE INTO register_info (key, value) VALUES ('demo', '1')").run();

  // Each feature adds its own demo data on top of the case register's.
  const featureCtx: DemoFeatureContext = { size: options.size, scale: f, seed: options.seed ?? DEFAULT_DEMO_SEED, today: at };
  for (const fill of [fillStamkortDemo, fillActivityNamesDemo, fillProceduresDemo, fillDeadlinesDemo]) {
    raw.transaction(() => fill(raw, featureCtx))();
  }

  const caseworkers = raw
    .prepare(
      `SELECT u.id, u.initials, u.name, t.name AS team,
         (SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben') AS openCases
       FROM users u JOIN teams t ON t.id = u.team_id
       WHERE u.role = 'sagsbehandler'
       ORDER BY t.id, u.id`,
    )
    .all() as DemoSummary['caseworkers'];
  // Statistics for the query planner, so the first real queries on a big register are fast.
  raw.exec('ANALYZE');
  return { teams: teams.length, caseworkers, citizens: citizens.length, cases: cases.length, activities };
}
