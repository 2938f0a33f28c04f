/**
 * The CLI as a host of the backend, like the app's window: commands that read or change
 * the register's data open it with a Backend and call its dispatcher, so validated input,
 * roles, the instance lock (a register a running app holds is refused) and the audit log
 * apply to them as to every other caller. The CLI acts as one user: `--user INITIALER`,
 * or else the register's first active superbruger.
 */
import fs from 'node:fs';
import type { Input, Method, Output } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { User } from '../../shared/features/users';
import { Backend } from '../backend/backend';
import { MemorySettingsStore } from '../backend/settings';
import { fail, UsageError } from './command';

/** The flag every command that acts as a user takes, as its usage shows it. */
export const USER_FLAG = '[--user INITIALER]';

const ASK_FOR_USER = 'Angiv med --user INITIALER, hvem kommandoen udføres som.';

export interface CliHost {
  /** Who the calls are made as (the audit log names them). */
  user: User;
  /** One call through the dispatcher; throws the AppError in Danish. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
}

const sameInitials = (a: string, b: string) => a.trim().toLocaleUpperCase('da') === b.trim().toLocaleUpperCase('da');

/** Who a command acts as when --user is left out; undefined falls back to the first active superbruger. */
export type DefaultUser = (users: User[]) => User | undefined;

/** The user the CLI acts as: the one named by --user, else the command's default, else the first active superbruger (lowest id). */
async function actAs(backend: Backend, initials: string | undefined, preferred?: DefaultUser): Promise<User> {
  const users = (await backend.call('users.list', { includeInactive: true })).rows;
  const chosen =
    initials !== undefined
      ? users.find((u) => sameInitials(u.initials, initials))
      : (preferred?.(users) ?? users.filter((u) => u.active && u.role === 'superbruger').sort((a, b) => a.id - b.id)[0]);
  if (!chosen && initials !== undefined) throw new AppError('NOT_FOUND', `Der findes ingen bruger med initialerne "${initials}" i registret.`);
  if (!chosen) throw new UsageError(`Registret har ingen aktiv superbruger. ${ASK_FOR_USER}`);
  // session.setUser refuses an inactive user in Danish.
  return (await backend.call('session.setUser', { userId: chosen.id })).user;
}

/**
 * Opens an existing register (never creates one) with a Backend, acts as the user, runs
 * the command and closes the register again (queued audit rows are written, the lock is
 * let go). Known failures become a Danish message and exit 1.
 */
export async function withBackend(file: string, user: string | undefined, run: (host: CliHost) => Promise<number>, preferred?: DefaultUser): Promise<number> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return fail(`Registret findes ikke: ${file}`);
  const backend = new Backend({ registerPath: file, settings: new MemorySettingsStore() });
  try {
    // Takes the instance lock, migrates an older register (after a backup) and runs the due work.
    await backend.init();
    const status = await backend.status();
    if (status.problem) return fail(status.problem.message);
    if (!status.open) return fail(`Registret findes ikke: ${file}`);
    const host: CliHost = { user: await actAs(backend, user, preferred), call: (method, input) => backend.call(method, input) };
    return await run(host);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return fail(err.code === 'FORBIDDEN' ? `${err.message} ${ASK_FOR_USER}` : err.message);
  } finally {
    await backend.close();
  }
}
