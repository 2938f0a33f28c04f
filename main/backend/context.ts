/** What every handler gets besides its parsed input. */
import type { Kysely } from 'kysely';
import type { ContractShape } from '../../shared/api/define';
import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import type { AppStatus, SetupInput } from '../../shared/features/app';
import type { SessionUser } from '../../shared/features/users';
import type { DB } from './db/schema';
import type { Reference } from './reference';
import type { BackupManager } from './backup/manager';

/** The host-level operations the app.* and session.* handlers need. */
export interface HostOps {
  status(): Promise<AppStatus>;
  setup(input: SetupInput): Promise<AppStatus>;
  setCurrentUser(userId: number): void;
  /** Backups and restore of the open register (main/backend/backup). */
  backups(): BackupManager;
  /** Writes queued audit rows, so a reader of the log sees every call made so far. */
  flushAudit(): Promise<void>;
}

export interface Ctx {
  /**
   * The register, through the one port. Throws NO_REGISTER when no register is open.
   * In a change call this is the call's transaction (its audit rows commit with it).
   */
  db: Kysely<DB>;
  /** The current user; throws NO_USER when nobody is chosen. */
  user: SessionUser;
  /** The current user or null, for methods that work without one. */
  maybeUser: SessionUser | null;
  reference: Reference;
  host: HostOps;
  now(): Date;
  /** Today as YYYY-MM-DD: the Danish calendar day of the backend's clock. */
  today(): string;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: Ctx) => Promise<Output<M>> | Output<M>;

/** Every method of the contract, each with its handler: a missing one is a compile error. */
export type Handlers = { [M in Method]: Handler<M> };

/** The handlers of one feature's contract. */
export type HandlersFor<C extends ContractShape> = { [M in keyof C & Method]: Handler<M> };
