/** cases.list: one page of cases for my case stem, a team or the register, with search, filters and sorting. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ParsedInput } from '../../../../shared/api/contract';
import { caseStates, phases } from '../../../../shared/domain/enums';
import type { Ctx } from '../../context';
import { cprPrefix, namePrefixQuery } from '../citizens/rows';
import { caseQuery, selectCaseRow, toCaseRow } from './queries';

type ListInput = ParsedInput<'cases.list'>;

const phaseOrder = sql.raw(`CASE c.phase ${phases.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`);
// A case's life (åben → afgjort → afsluttet), not the alphabet, like the phases.
const stateOrder = sql.raw(`CASE c.state ${caseStates.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`);

const sortColumns = {
  caseNumber: sql`c.case_number`,
  citizenName: sql`z.name_sort`,
  cpr: sql`z.cpr`,
  age: sql`z.birth_date`,
  // Free text: Danish order (Bil before BPA, Æ/Ø/Å last) via the function registered in db/open.ts.
  caseType: sql`danish_sort_key(c.case_type)`,
  phase: phaseOrder,
  state: stateOrder,
  receivedDate: sql`c.received_date`,
  deadline: sql`c.deadline`,
  nextFollowUp: sql`c.next_follow_up`,
  caseworker: sql`danish_sort_key(u.initials)`,
  lastActivityDate: sql`c.last_activity_date`,
} as const;

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
    const fts = namePrefixQuery(search);
    q = q.where((eb) => {
      const any: Expression<SqlBool>[] = [eb('c.case_number', 'like', `${search.replace(/[%_\\]/g, '')}%`)];
      if (digits) any.push(eb.and([eb('z.cpr', '>=', digits), eb('z.cpr', '<', `${digits}:`)]));
      if (fts && !digits) {
        any.push(eb('c.citizen_id', 'in', sql<number>`(SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH ${fts})`));
      }
      return eb.or(any);
    });
  }
  return q;
}

export async function listCases(input: ListInput, ctx: Ctx) {
  const base = filteredCases(input, ctx);
  const dir = input.sortDirection === 'desc' ? 'DESC' : 'ASC';
  // Age ascending means the latest birth date first.
  const effectiveDir = input.sortField === 'age' ? (dir === 'ASC' ? 'DESC' : 'ASC') : dir;
  const column = sortColumns[input.sortField];
  const [rows, count] = await Promise.all([
    selectCaseRow(base)
      .orderBy(sql`${column} ${sql.raw(effectiveDir)} NULLS LAST`)
      .orderBy('c.id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const today = ctx.today();
  return { rows: rows.map((r) => toCaseRow(r, ctx.reference, today)), total: count.n };
}
