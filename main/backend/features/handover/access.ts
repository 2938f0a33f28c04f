/** Who may see and change whose case stem: the caseworker themself, or a team leader of the same team. */
import type Database from 'better-sqlite3';
import { AppError, notFound } from '../../../../shared/api/errors';
import type { SessionUser } from '../../../../shared/features/users';

export interface Person {
  id: number;
  initials: string;
  name: string;
  role: string;
  team_id: number;
  team_name: string;
  active: number;
}

export function person(raw: Database.Database, userId: number): Person {
  const row = raw
    .prepare('SELECT u.id, u.initials, u.name, u.role, u.team_id, t.name AS team_name, u.active FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = ?')
    .get(userId) as Person | undefined;
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
export function requireOwnOpenCases(raw: Database.Database, userId: number, caseIds: number[]): void {
  const rows = raw
    .prepare(`SELECT id, caseworker_id, state FROM cases WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(caseIds)) as { id: number; caseworker_id: number; state: string }[];
  if (rows.length !== new Set(caseIds).size) throw new AppError('NOT_FOUND', 'En eller flere af de valgte sager findes ikke. Intet er ændret.');
  if (rows.some((r) => r.caseworker_id !== userId || r.state !== 'åben')) {
    throw new AppError('VALIDATION', 'Alle valgte sager skal være åbne sager hos den fraværende/afgivende sagsbehandler. Intet er ændret.', { caseIds: 'En sag hører ikke til sagsstammen.' });
  }
}
