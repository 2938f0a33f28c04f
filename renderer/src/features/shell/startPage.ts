/**
 * Where the app opens for a user. A team leader has few cases of their own (often none):
 * they open on the team's cases, with the team's reminders and who is away; everyone
 * else on Min sagsstamme. A leader's own cases are at /mine.
 */
import type { User } from '../../../../shared/features/users';

export const leadsTeam = (user: Pick<User, 'role'>): boolean => user.role === 'teamleder';

export const startPath = (user: Pick<User, 'role'>): string => (leadsTeam(user) ? '/team' : '/');

/** Min sagsstamme: the start page itself, or for a team leader the page beside it. */
export const myCasesPath = (user: Pick<User, 'role'>): string => (leadsTeam(user) ? '/mine' : '/');
