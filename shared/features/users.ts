/** Teams, users and "who am I". */
import { z } from 'zod';
import { method, type Restricted } from '../api/define';
import { roles } from '../domain/enums';
import { empty, id, listOf, requiredLine } from './common';

export const role = z.enum(roles, { message: 'Vælg en rolle.' });

export const initials = z
  .string()
  .trim()
  .max(10)
  .regex(/^[A-Za-zÆØÅæøå]{2,6}$/, 'Initialer er 2–6 bogstaver.')
  .transform((v) => v.toLocaleUpperCase('da'));

export const team = z.object({ id, name: z.string(), memberCount: z.number().int() });
export type Team = z.infer<typeof team>;

export const user = z.object({
  id,
  initials: z.string(),
  name: z.string(),
  role,
  teamId: id,
  teamName: z.string(),
  active: z.boolean(),
  openCases: z.number().int(),
});
export type User = z.infer<typeof user>;
/** Who is calling, as every handler sees it: without the team's name and the caseload, which cost a join and a count per call. */
export type SessionUser = Omit<User, 'openCases' | 'teamName'>;

export const teamInput = z.strictObject({ name: requiredLine(100) });
export const userInput = z.strictObject({ initials, name: requiredLine(100), role, teamId: id });
export const userUpdate = z.strictObject({ id, name: requiredLine(100), role, teamId: id, active: z.boolean() });

/** Staff and teams are the team leader's (DOMAIN.md: the leader distributes the work). */
const staff = { roles: ['teamleder'], to: 'oprette og rette medarbejdere og teams' } as const satisfies Restricted;

export const usersContract = {
  'teams.list': method(empty, listOf(team), 'anyone', 'register'),
  'teams.create': method(teamInput, team, staff),
  'users.list': method(
    z.strictObject({ teamId: id.optional(), includeInactive: z.boolean().default(false) }),
    listOf(user),
    'anyone',
    'register',
  ),
  'users.create': method(userInput, user, staff),
  'users.update': method(userUpdate, user, staff),
  'session.current': method(empty, z.object({ user: user.nullable() }), 'anyone', 'register'),
  'session.setUser': method(z.strictObject({ userId: id }), z.object({ user }), 'anyone', 'register'),
};
