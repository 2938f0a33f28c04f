/** Shared SQL pieces: whose cases a list covers, and day arithmetic. */
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

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));
