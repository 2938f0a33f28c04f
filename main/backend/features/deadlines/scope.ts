/** Shared SQL pieces: whose cases a list covers, id lists, and day arithmetic. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Ctx } from '../../context';

export type Scope = 'mine' | 'team' | 'all';

/** The condition on a case's caseworker column (e.g. 'c.caseworker_id') for the scope. */
export function inScope(ctx: Ctx, scope: Scope, caseworkerColumn: string): RawBuilder<SqlBool> {
  const col = sql.ref(caseworkerColumn);
  if (scope === 'mine') return sql<SqlBool>`${col} = ${ctx.user.id}`;
  if (scope === 'team') return sql<SqlBool>`${col} IN (SELECT id FROM users WHERE team_id = ${ctx.user.teamId})`;
  return sql<SqlBool>`1 = 1`;
}

const CHUNK = 500;

/** Runs `query` on each chunk of the distinct ids (an `IN` list stays under the engines' parameter limits) and concatenates the rows. */
export async function byIdChunks<T>(ids: number[], query: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const distinct = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < distinct.length; i += CHUNK) out.push(...(await query(distinct.slice(i, i + CHUNK))));
  return out;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));
