/** Who may see and change whose case stem: the caseworker themself, or a team leader of the same team. */
import { AppError, notFound } from '../../../../shared/api/errors';
import type { SessionUser } from '../../../../shared/features/users';
import type { Db } from '../../db/transaction';
import { byIdChunks } from '../../db/chunks';

export interface Person {
  id: number;
  initials: string;
  name: string;
  role: string;
  team_id: number;
  team_name: string;
  active: number;
}

export async function person(db: Db, userId: number): Promise<Person> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('teams as t', 't.id', 'u.team_id')
    .select(['u.id', 'u.initials', 'u.name', 'u.role', 'u.team_id', 't.name as team_name', 'u.active'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('Sagsbehandleren');
  return row;
}

export const isLeaderOf = (user: SessionUser, p: Person) => user.role === 'teamleder' && user.teamId === p.team_id;

/** The caseworker themself or their team leader. */
export function requireSelfOrLeader(user: SessionUser, p: Person): void {
  if (user.id !== p.id && !isLeaderOf(user, p)) {
    throw new AppError('FORBIDDEN', 'Kun sagsbehandleren selv og teamlederen i samme team kan se og overdrage sagsstammen.');
  }
}

export function requireLeader(user: SessionUser, p: Person): void {
  if (!isLeaderOf(user, p)) throw new AppError('FORBIDDEN', 'Kun teamlederen i sagsbehandlerens team kan starte et uplanlagt skift.');
}

/** Every case must be open and with the given caseworker; otherwise nothing happens. */
export async function requireOwnOpenCases(db: Db, userId: number, caseIds: number[]): Promise<void> {
  const rows = await byIdChunks(caseIds, (ids) => db.selectFrom('cases').select(['id', 'caseworker_id', 'state']).where('id', 'in', ids).execute());
  if (rows.length !== new Set(caseIds).size) throw new AppError('NOT_FOUND', 'En eller flere af de valgte sager findes ikke. Intet er ændret.');
  if (rows.some((r) => r.caseworker_id !== userId || r.state !== 'åben')) {
    throw new AppError('VALIDATION', 'Alle valgte sager skal være åbne sager hos den fraværende/afgivende sagsbehandler. Intet er ændret.', { caseIds: 'En sag hører ikke til sagsstammen.' });
  }
}
