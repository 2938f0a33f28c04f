/** Shared SQL pieces: whose cases a list covers, and day arithmetic. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Ctx } from '../../context';

export type Scope = 'mine' | 'team' | 'all';

/** A WHERE fragment on the case alias `c` and its parameters. */
export function scopeSql(ctx: Ctx, scope: Scope): { where: string; params: unknown[] } {
  if (scope === 'mine') return { where: 'c.caseworker_id = ?', params: [ctx.user.id] };
  if (scope === 'team') return { where: 'c.caseworker_id IN (SELECT id FROM users WHERE team_id = ?)', params: [ctx.user.teamId] };
  return { where: '1 = 1', params: [] };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));
