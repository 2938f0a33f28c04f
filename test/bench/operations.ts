/**
 * The operations the benchmark measures, each as the full API path (validation,
 * handler, JSON serialisation — what a host does) and, for lists and searches, the
 * bare SQL for the same rows. Features that are not built yet are skipped by name.
 */
import type { Backend } from '../../main/backend/backend';
import type { Ctx } from '../../main/backend/context';
import { caseListInput } from '../../shared/features/cases';
import { filteredCases, selectCaseRow } from '../../main/backend/features/cases';
import { citizenSearchRows } from '../../main/backend/features/citizens';
import { isMethod } from '../../shared/api/contract';
import { sql } from 'kysely';

export interface Operation {
  name: string;
  /** Interactive calls must answer p95 < 50 ms and grow < 3× from small to large. */
  interactive: boolean;
  api: () => Promise<unknown>;
  /** The bare SQL for the same rows (lists and searches only). */
  sql?: () => unknown;
}

export interface BenchSubjects {
  /** The caseworker with the fullest stem (~60 open cases). */
  busyUserId: number;
  teamId: number;
  caseId: number;
  citizenName: string;
  cprPrefix: string;
}

/** Full API path: dispatch (zod parse, handler, output) plus serialising the answer as a host does. */
async function viaApi(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return JSON.stringify(result);
}

export function findSubjects(backend: Backend): BenchSubjects {
  const raw = backend.openRegister!.raw;
  const busy = raw
    .prepare(
      `SELECT u.id, u.team_id, count(*) AS n FROM cases c JOIN users u ON u.id = c.caseworker_id
       WHERE c.state = 'åben' GROUP BY u.id ORDER BY abs(count(*) - 80), u.id LIMIT 1`,
    )
    .get() as { id: number; team_id: number; n: number };
  const someCase = raw.prepare('SELECT id, citizen_id FROM cases WHERE caseworker_id = ? ORDER BY id LIMIT 1').get(busy.id) as {
    id: number;
    citizen_id: number;
  };
  const citizen = raw.prepare('SELECT name, cpr FROM citizens WHERE id = ?').get(someCase.citizen_id) as { name: string; cpr: string };
  return {
    busyUserId: busy.id,
    teamId: busy.team_id,
    caseId: someCase.id,
    citizenName: citizen.name.split(' ').pop()!.slice(0, 5),
    cprPrefix: citizen.cpr.slice(0, 6),
  };
}

export function operations(backend: Backend, s: BenchSubjects): Operation[] {
  const register = backend.openRegister!;
  const { raw, db } = register;
  const user = raw
    .prepare('SELECT id, team_id AS teamId FROM users WHERE id = ?')
    .get(s.busyUserId) as { id: number; teamId: number };
  // Enough of a handler context to build the same query the handler builds.
  const ctx = { db, user, today: () => new Date().toISOString().slice(0, 10) } as unknown as Ctx;
  const caseListSql = (input: unknown) => {
    const parsed = caseListInput.parse(input);
    const compiled = selectCaseRow(db, filteredCases(parsed, ctx))
      .orderBy(sql`c.next_follow_up ASC NULLS LAST`)
      .orderBy('c.id')
      .limit(parsed.limit)
      .offset(parsed.offset)
      .compile();
    const stmt = raw.prepare(compiled.sql);
    const params = compiled.parameters as unknown[];
    return () => stmt.all(...params);
  };
  const mine = { scope: 'mine', limit: 100 } as const;
  const team = { scope: 'team', teamId: s.teamId, limit: 100 } as const;
  // The handler's own statements, run bare: no dispatch, no row mapping, no serialising.
  const bareSearch = (query: string) => () => citizenSearchRows(db, query, 20);

  const ops: Operation[] = [
    { name: 'my case stem (cases.list mine)', interactive: true, api: () => viaApi(backend, 'cases.list', mine), sql: caseListSql(mine) },
    { name: 'team list first page (cases.list team)', interactive: true, api: () => viaApi(backend, 'cases.list', team), sql: caseListSql(team) },
    { name: 'open a case (cases.get)', interactive: true, api: () => viaApi(backend, 'cases.get', { id: s.caseId }) },
    {
      name: 'case journal first page (activities.list)',
      interactive: true,
      api: () => viaApi(backend, 'activities.list', { caseId: s.caseId, limit: 50 }),
    },
    {
      name: 'search citizens by name',
      interactive: true,
      api: () => viaApi(backend, 'citizens.search', { query: s.citizenName }),
      sql: bareSearch(s.citizenName),
    },
    {
      name: 'search citizens by CPR',
      interactive: true,
      api: () => viaApi(backend, 'citizens.search', { query: s.cprPrefix }),
      sql: bareSearch(s.cprPrefix),
    },
  ];
  return [...ops, ...featureOperations(backend, s)];
}

/** Operations of features built after the case register; skipped while a method does not exist. */
function featureOperations(backend: Backend, s: BenchSubjects): Operation[] {
  const raw = backend.openRegister!.raw;
  const leader = raw.prepare("SELECT id FROM users WHERE team_id = ? AND role = 'teamleder' ORDER BY id LIMIT 1").get(s.teamId) as
    | { id: number }
    | undefined;
  const candidates: { name: string; method: string; input: unknown; asUser?: number; interactive?: boolean }[] = [
    { name: 'open a stamkort', method: 'stamkort.get', input: { caseId: s.caseId } },
    { name: 'activity-name type-ahead: "møde"', method: 'activityNames.search', input: { query: 'møde' } },
    { name: 'activity-name type-ahead: "tlf"', method: 'activityNames.search', input: { query: 'tlf' } },
    { name: 'data-quality view (first page)', method: 'activityNames.nonStandard', input: { limit: 50 } },
    { name: 'procedure search: "afslag"', method: 'procedures.search', input: { query: 'afslag' } },
    { name: 'procedure search: "brev" (in compounds)', method: 'procedures.search', input: { query: 'brev' } },
    { name: 'procedure search: "afslagene" (inflection)', method: 'procedures.search', input: { query: 'afslagene' } },
    { name: 'procedure search: "sagsbehandlerskift"', method: 'procedures.search', input: { query: 'sagsbehandlerskift' } },
    { name: 'case-stem overview as data', method: 'handover.overview', input: { userId: s.busyUserId } },
    { name: 'reminder centre for a team', method: 'deadlines.reminders', input: { scope: 'team' }, asUser: leader?.id },
  ];
  return candidates
    .filter((c) => isMethod(c.method))
    .map((c) => ({
      name: c.name,
      interactive: c.interactive ?? true,
      api: async () => {
        if (c.asUser === undefined) return viaApi(backend, c.method, c.input);
        // The team view is a team leader's: answer as one, then go back to the caseworker.
        backend.setCurrentUser(c.asUser);
        try {
          return await viaApi(backend, c.method, c.input);
        } finally {
          backend.setCurrentUser(s.busyUserId);
        }
      },
    }));
}
