/**
 * The demo register: fictitious but realistic teams, staff, citizens, cases,
 * caseworker history, journal, applications and services. Deterministic: the same
 * seed and "today" give the same register. Used by first-run setup ("Prøv med
 * demodata"), the CLI's `demo` command, tests and benchmarks.
 */
import { sql } from 'kysely';
import type { Area } from '../../../shared/domain/enums';
import { atomically, type Db } from '../db/transaction';
import { Reference } from '../reference';
import { planCases } from './cases';
import { insertCitizens, planCitizens } from './citizens';
import { dayOfDate, Rng, stampOfDay } from './random';
import { insertStaff } from './staff';
import { insertCases, insertLooseServices } from './write';
import type { DemoFeatureContext } from './feature';
import { fillStamkortDemo } from '../features/stamkort';
import { fillActivityNamesDemo } from '../features/activity-names';
import { fillProceduresDemo } from '../features/procedures';
import { fillDeadlinesDemo } from '../features/deadlines';
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

/** Writes the demo register, all of it in one transaction (joining the caller's when there is one). */
export function generateDemo(db: Db, options: DemoOptions): Promise<DemoSummary> {
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

  return atomically(db, async (trx) => {
    const teams = await insertStaff(trx, rng, PER_UNIT.teams * f, stampOfDay(today - 7 * 365, 9 * 60));
    const teamsByArea: Record<Area, typeof teams> = {
      børn: teams.filter((t) => t.area === 'børn'),
      voksen: teams.filter((t) => t.area === 'voksen'),
    };
    const reference = new Reference();
    const caseTypes = { børn: reference.caseTypesFor('børn'), voksen: reference.caseTypesFor('voksen') };

    const citizens = planCitizens(rng, PER_UNIT.citizens * f, today, PER_UNIT.teams * f / 2);
    const cases = planCases(rng, citizens, teamsByArea, caseTypes, PER_UNIT.cases * f, PER_UNIT.activities * f, today);
    await insertCitizens(trx, rng, citizens, stamp);
    const { activities } = await insertCases(trx, rng, cases, stamp, today);
    await insertLooseServices(trx, rng, citizens, stamp, today);
    // The running deadlines, as the app keeps them (services/decision-deadlines.ts), in one statement.
    await trx.updateTable('cases').set({ pending_deadline: sql.raw<string | null>(PENDING_DEADLINE_SQL) }).execute();
    await trx
      .insertInto('register_info')
      .values({ key: 'demo', value: '1' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: '1' }))
      .execute();

    // Each feature adds its own demo data on top of the case register's.
    const featureCtx: DemoFeatureContext = { size: options.size, scale: f, seed: options.seed ?? DEFAULT_DEMO_SEED, today: at };
    for (const fill of [fillStamkortDemo, fillActivityNamesDemo, fillProceduresDemo, fillDeadlinesDemo]) await fill(trx, featureCtx);

    const caseworkers = await trx
      .selectFrom('users as u')
      .innerJoin('teams as t', 't.id', 'u.team_id')
      .select(['u.id', 'u.initials', 'u.name', 't.name as team'])
      .select((eb) =>
        eb
          .selectFrom('cases as c')
          .select(eb.fn.countAll().as('n'))
          .whereRef('c.caseworker_id', '=', 'u.id')
          .where('c.state', '=', 'åben')
          .as('openCases'),
      )
      .where('u.role', '=', 'sagsbehandler')
      .orderBy('t.id')
      .orderBy('u.id')
      .execute();
    // Statistics for the query planner, so the first real queries on a big register are fast (both engines know ANALYZE).
    await sql`ANALYZE`.execute(trx);
    return {
      teams: teams.length,
      // count(*) is a string on PostgreSQL.
      caseworkers: caseworkers.map((c) => ({ ...c, openCases: Number(c.openCases) })),
      citizens: citizens.length,
      cases: cases.length,
      activities,
    };
  });
}
