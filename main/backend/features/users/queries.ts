import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Role } from '../../../../shared/domain/enums';
import type { SessionUser, User } from '../../../../shared/features/users';
import type { DB } from '../../db/schema';
import { perRegister } from '../../db/statement-cache';

/** Users with their team's name and their count of open cases (the caseload). */
export function userQuery(db: Kysely<DB>) {
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
      sql<number>`(SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben')`.as('open_cases'),
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
  open_cases: number;
};

export const toUser = (r: UserRow): User => ({
  id: r.id,
  initials: r.initials,
  name: r.name,
  role: r.role as Role,
  teamId: r.team_id,
  teamName: r.team_name,
  active: r.active === 1,
  openCases: r.open_cases,
});

export async function findUser(db: Kysely<DB>, id: number): Promise<User | null> {
  const row = await userQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

const sessionStatement = perRegister((raw) =>
  raw.prepare('SELECT id, initials, name, role, team_id, active FROM users WHERE id = ?'),
);

/**
 * The caller, looked up on every call before the handler runs: one primary-key read
 * as a prepared statement. Through Kysely, with the team's name and the caseload, it
 * cost about as much as the CPR search it guards. Plain SQL, as on PostgreSQL.
 */
export function findSessionUser(raw: Database.Database, id: number): SessionUser | null {
  const r = sessionStatement(raw).get(id) as Omit<UserRow, 'open_cases' | 'team_name'> | undefined;
  if (!r) return null;
  return { id: r.id, initials: r.initials, name: r.name, role: r.role as Role, teamId: r.team_id, active: r.active === 1 };
}
