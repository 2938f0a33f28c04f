import { sql } from 'kysely';
import type { Role } from '../../../../shared/domain/enums';
import type { SessionUser, User } from '../../../../shared/features/users';
import type { Db } from '../../db/transaction';

/** Users with their team's name and their count of open cases (the caseload). */
export function userQuery(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('teams as t', 't.id', 'u.team_id')
    .select([
      'u.id',
      'u.initials',
      'u.name',
      'u.role',
      'u.team_id',
      't.name as team_name',
      'u.active',
      sql<number | string>`(SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben')`.as('open_cases'),
    ]);
}

type UserRow = {
  id: number;
  initials: string;
  name: string;
  role: string;
  team_id: number;
  team_name: string;
  active: number;
  /** count(*): a string on PostgreSQL. */
  open_cases: number | string;
};

export const toUser = (r: UserRow): User => ({
  id: r.id,
  initials: r.initials,
  name: r.name,
  role: r.role as Role,
  teamId: r.team_id,
  teamName: r.team_name,
  active: r.active === 1,
  openCases: Number(r.open_cases),
});

export async function findUser(db: Db, id: number): Promise<User | null> {
  const row = await userQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

/**
 * The caller, looked up on every call before the handler runs: one primary-key read,
 * without the team's name and the caseload (with them it cost about as much as the CPR
 * search it guards).
 */
export async function findSessionUser(db: Db, id: number): Promise<SessionUser | null> {
  const r = await db.selectFrom('users').select(['id', 'initials', 'name', 'role', 'team_id', 'active']).where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  return { id: r.id, initials: r.initials, name: r.name, role: r.role as Role, teamId: r.team_id, active: r.active === 1 };
}
