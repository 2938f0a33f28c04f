/** cases.list: one page of cases for my case stem, a team or the register, with search, filters and sorting. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ParsedInput } from '../../../../shared/api/contract';
import { caseStates, phases } from '../../../../shared/domain/enums';
import type { Ctx } from '../../context';
import { dialectOf, type RegisterDialect } from '../../db/dialect';
import { compiledQueryCache } from '../../db/statement-cache';
import { citizenIdsByName, cprPrefix } from '../citizens';
import { caseQuery, selectCaseRow, toCaseRow } from './queries';

type ListInput = ParsedInput<'cases.list'>;

const phaseOrder = sql.raw(`CASE c.phase ${phases.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`);
// A case's life (åben → afgjort → afsluttet), not the alphabet, like the phases.
const stateOrder = sql.raw(`CASE c.state ${caseStates.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`);

const sortColumns = (dialect: RegisterDialect) => ({
  caseNumber: sql`c.case_number`,
  citizenName: sql`z.name_sort`,
  cpr: sql`z.cpr`,
  age: sql`z.birth_date`,
  // Free text: Danish order (Bil before BPA, Æ/Ø/Å last), as the engine gives it (db/dialect).
  caseType: dialect.sortKey(sql.ref<string>('c.case_type')),
  phase: phaseOrder,
  state: stateOrder,
  receivedDate: sql`c.received_date`,
  // The list shows the deadline that runs (a decided case has none).
  deadline: sql`c.pending_deadline`,
  nextFollowUp: sql`c.next_follow_up`,
  caseworker: dialect.sortKey(sql.ref<string>('u.initials')),
  lastActivityDate: sql`c.last_activity_date`,
});

export function filteredCases(input: ListInput, ctx: Ctx) {
  let q = caseQuery(ctx.db);
  if (input.scope === 'mine') q = q.where('c.caseworker_id', '=', ctx.user.id);
  if (input.scope === 'team') q = q.where('u.team_id', '=', input.teamId ?? ctx.user.teamId);
  if (input.caseworkerId) q = q.where('c.caseworker_id', '=', input.caseworkerId);
  if (input.states.length) q = q.where('c.state', 'in', input.states);
  if (input.phase) q = q.where('c.phase', '=', input.phase);
  if (input.area) q = q.where('c.area', '=', input.area);
  const search = input.search.trim();
  if (search) {
    const digits = cprPrefix(search);
    const byName = digits ? null : citizenIdsByName(ctx.db, search);
    q = q.where((eb) => {
      const any: Expression<SqlBool>[] = [eb('c.case_number', 'like', `${search.replace(/[%_\\]/g, '')}%`)];
      if (digits) any.push(eb.and([eb('z.cpr', '>=', digits), eb('z.cpr', '<', `${digits}:`)]));
      if (byName) any.push(eb('c.citizen_id', 'in', byName));
      return eb.or(any);
    });
  }
  return q;
}

// The list queries read only the input and who is asking (filteredCases): that is the key.
const compiled = compiledQueryCache();

export async function listCases(input: ListInput, ctx: Ctx) {
  const key = JSON.stringify([input, ctx.user.id, ctx.user.teamId]);
  const dir = input.sortDirection === 'desc' ? 'DESC' : 'ASC';
  // Age ascending means the latest birth date first.
  const effectiveDir = input.sortField === 'age' ? (dir === 'ASC' ? 'DESC' : 'ASC') : dir;
  const db = ctx.db;
  const column = sortColumns(dialectOf(db))[input.sortField];
  const page = compiled(db, `page ${key}`, () =>
    selectCaseRow(db, filteredCases(input, ctx))
      .orderBy(sql`${column} ${sql.raw(effectiveDir)} NULLS LAST`)
      .orderBy('c.id')
      .limit(input.limit)
      .offset(input.offset),
  );
  const count = compiled(db, `count ${key}`, () => filteredCases(input, ctx).select((eb) => eb.fn.countAll<number | string>().as('n')));
  const [rows, total] = await Promise.all([db.executeQuery(page), db.executeQuery(count)]);
  const today = ctx.today();
  // count(*) is a string on PostgreSQL.
  return { rows: rows.rows.map((r) => toCaseRow(r, ctx.reference, today)), total: Number(total.rows[0].n) };
}
