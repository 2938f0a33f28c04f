/**
 * The dispatcher every host uses (Electron IPC, the e2e binding, browser-mode HTTP,
 * the CLI, unit tests): check that a register and a user are there when the method
 * needs them and that the user's role may call it (the contract's `access`), parse the
 * input with the contract's zod schema, run the handler, and turn every failure into
 * { code, message } in Danish.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { contract, isMethod, type Input, type Method, type Output } from '../../shared/api/contract';
import { mayCall, type Access } from '../../shared/api/define';
import { AppError, forbidden, type ApiResult } from '../../shared/api/errors';
import { toIsoDate } from '../../shared/domain/dates';
import type { AppStatus, SetupInput } from '../../shared/features/app';
import type { SessionUser, User } from '../../shared/features/users';
import type { Ctx, HostOps } from './context';
import { openRegister, type Register } from './db/open';
import { latestSchemaVersion } from './db/migrations';
import { generateDemo } from './demo/generate';
import { handlers } from './handlers';
import { log } from './log';
import { Reference } from './reference';
import type { SettingsStore } from './settings';
import { findSessionUser, findUser } from './features/users';
import { setupEmptyRegister } from './features/app';
import { AuditLog, writesRegister } from './features/audit';
import { InstanceLock } from './backup/lock';
import { BackupManager } from './backup/manager';
import { ensureDailyBackup } from './backup/service';
import { processDue } from './features/handover';
import { storageProblem } from './db/dialect';
import { systemClock } from './clock';

export interface BackendOptions {
  registerPath: string;
  settings: SettingsStore;
  /** Folder with a municipality's own reference lists (paragraphs.json, case-types.json). */
  referenceDir?: string;
  backupDir?: string;
  now?: () => Date;
  /** Check every output against its schema too (tests). */
  validateOutput?: boolean;
}

/** How often scheduled work (due handovers, expired cover) runs while the app is open. */
const DUE_INTERVAL_MS = 5 * 60_000;

const INTERNAL_MESSAGE = 'Der skete en uventet fejl. Prøv igen, og kontakt en superbruger, hvis det sker igen.';

/** Danish messages per field, from zod issues (first message per field wins). */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

export class Backend implements HostOps {
  private register: Register | null = null;
  private problem: AppError | null = null;
  readonly reference: Reference;
  private readonly now: () => Date;
  private lock: InstanceLock | null = null;
  private readonly backupManager: BackupManager;
  private audit: AuditLog | null = null;
  private dueTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: BackendOptions) {
    this.reference = new Reference(options.referenceDir);
    this.now = options.now ?? systemClock();
    this.backupManager = new BackupManager({
      registerPath: options.registerPath,
      settings: options.settings,
      fixedDir: options.backupDir,
      now: this.now,
      register: () => this.register,
      closeRegister: () => this.closeRegister(),
      reopenRegister: () => this.init(),
    });
  }

  backups(): BackupManager {
    return this.backupManager;
  }

  get registerPath(): string {
    return this.options.registerPath;
  }

  /** The open register, for hosts and tests that need the raw handle. */
  get openRegister(): Register | null {
    return this.register;
  }

  /** Opens the register when the file exists; a missing file means first run. */
  async init(): Promise<void> {
    this.problem = null;
    if (!fs.existsSync(this.options.registerPath)) return;
    try {
      // One instance per register: a second one is refused before it touches the file.
      this.lock ??= InstanceLock.acquire(this.options.registerPath);
      this.register = await openRegister(this.options.registerPath, { backupDir: this.backupManager.dir, now: this.now });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      this.problem = err;
      log('warn', 'register.open_refused', { code: err.code });
      return;
    }
    try {
      await ensureDailyBackup(this.register.raw, this.options.registerPath, this.backupManager.dir, this.now());
    } catch (err) {
      // An unreachable backup folder (network drive) must not stop the day's work; the page shows the folder.
      log('warn', 'backup.daily_failed', { error: (err as Error)?.name ?? 'unknown' });
    }
    // Scheduled work runs as a service, never inside a read: at start, then on a timer.
    await this.runDue();
    this.dueTimer ??= setInterval(() => void this.runDue(), DUE_INTERVAL_MS);
    this.dueTimer.unref?.();
  }

  /**
   * Handover: expired temporary covers return and due planned shifts are executed
   * (issue 5). Idempotent and in one transaction, so two app instances on one team
   * register do the work once: the second finds nothing left to do.
   */
  async runDue(): Promise<{ returned: number; executed: number } | null> {
    const register = this.register;
    if (!register) return null;
    try {
      const due = await processDue(register.db, toIsoDate(this.now()), this.now().toISOString());
      if (due.returned + due.executed > 0) log('info', 'handover.due_processed', due);
      return due;
    } catch (err) {
      log('warn', 'handover.due_failed', { error: (err as Error)?.name ?? 'unknown' });
      return null;
    }
  }

  /** Queued audit rows are written before the file is let go. */
  private async closeRegister(): Promise<void> {
    await this.flushAudit();
    this.audit?.stop();
    this.audit = null;
    await this.register?.close();
    this.register = null;
  }

  /** Writes audit rows still queued (see features/audit/record.ts); for readers of the raw log. */
  async flushAudit(): Promise<void> {
    await this.audit?.flush();
  }

  private auditLog(register: Register): AuditLog {
    if (this.audit?.db !== register.db) {
      this.audit?.stop();
      this.audit = new AuditLog(register.db);
    }
    return this.audit;
  }

  async close(): Promise<void> {
    if (this.dueTimer) clearInterval(this.dueTimer);
    this.dueTimer = null;
    await this.closeRegister();
    this.lock?.release();
    this.lock = null;
  }

  // ---- HostOps -------------------------------------------------------------

  private async isDemo(): Promise<boolean> {
    if (!this.register) return false;
    const row = await this.register.db.selectFrom('register_info').select('value').where('key', '=', 'demo').executeTakeFirst();
    return row?.value === '1';
  }

  private currentUserId(): number | null {
    if (!this.register) return null;
    return this.options.settings.get('currentUserByRegister')?.[this.options.registerPath] ?? null;
  }

  /** The chosen user with the caseload, for the status. */
  private async currentUser(): Promise<User | null> {
    const id = this.currentUserId();
    const user = id && this.register ? await findUser(this.register.db, id) : null;
    return user && user.active ? user : null;
  }

  /** The chosen user as every call checks it: one indexed lookup. */
  private async sessionUser(): Promise<SessionUser | null> {
    const id = this.currentUserId();
    const user = id && this.register ? await findSessionUser(this.register.db, id) : null;
    return user && user.active ? user : null;
  }

  setCurrentUser(userId: number): void {
    const map = { ...(this.options.settings.get('currentUserByRegister') ?? {}) };
    map[this.options.registerPath] = userId;
    this.options.settings.set('currentUserByRegister', map);
  }

  async status(): Promise<AppStatus> {
    return {
      registerPath: this.options.registerPath,
      registerExists: fs.existsSync(this.options.registerPath),
      open: this.register !== null,
      schemaVersion: this.register?.schemaVersion ?? null,
      latestSchemaVersion,
      demo: await this.isDemo(),
      currentUser: await this.currentUser(),
      problem: this.problem ? { code: this.problem.code, message: this.problem.message } : null,
      now: this.now().toISOString(),
    };
  }

  async setup(input: SetupInput): Promise<AppStatus> {
    if (this.register || fs.existsSync(this.options.registerPath)) {
      throw new AppError('REGISTER_EXISTS', 'Der findes allerede et register i den valgte fil. Det bliver ikke overskrevet.');
    }
    this.lock ??= InstanceLock.acquire(this.options.registerPath);
    const register = await openRegister(this.options.registerPath, { create: true });
    try {
      if (input.kind === 'demo') {
        const summary = await generateDemo(register.db, { size: 'small', today: this.now() });
        this.register = register;
        this.setCurrentUser(summary.caseworkers[0].id);
      } else {
        const userId = await setupEmptyRegister(register.db, input, this.now());
        this.register = register;
        this.setCurrentUser(userId);
      }
    } catch (err) {
      // A half-made register must not be left behind for the next start.
      await register.close();
      this.register = null;
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(this.options.registerPath + suffix, { force: true });
      throw err;
    }
    this.problem = null;
    return this.status();
  }

  // ---- dispatch ------------------------------------------------------------

  private async context(needs: 'nothing' | 'register' | 'user'): Promise<Ctx> {
    const register = this.register;
    if (needs !== 'nothing' && !register) {
      throw new AppError('NO_REGISTER', 'Der er ikke åbnet et register.');
    }
    const maybeUser = needs === 'nothing' ? null : await this.sessionUser();
    if (needs === 'user' && !maybeUser) {
      throw new AppError('NO_USER', 'Vælg hvem du er, før du fortsætter.');
    }
    const now = this.now;
    const missing = (): never => {
      throw new AppError('NO_REGISTER', 'Der er ikke åbnet et register.');
    };
    return {
      get db() {
        return register?.db ?? missing();
      },
      get user(): SessionUser {
        if (!maybeUser) throw new AppError('NO_USER', 'Vælg hvem du er, før du fortsætter.');
        return maybeUser;
      },
      maybeUser,
      reference: this.reference,
      host: this,
      now,
      today: () => toIsoDate(now()),
    };
  }

  /** The boundary: never throws, always answers { ok, value } or { ok: false, error }. */
  async dispatch(method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Programmet kender ikke den funktion.' } };
    }
    const def = contract[method];
    try {
      // A missing register or user is the real problem, whatever the input: say that first.
      const ctx = await this.context(def.needs);
      // Then the role the contract declares beside the method, before the input is even read:
      // a refused call parses nothing, runs no handler and writes nothing.
      const access: Access = def.access;
      if (access !== 'anyone' && !mayCall(access, ctx.user.role)) throw forbidden(access, ctx.user.role);
      const parsed = def.input.safeParse(input === undefined ? {} : input);
      if (!parsed.success) {
        const fields = fieldMessages(parsed.error);
        const first = Object.values(fields)[0];
        throw new AppError('VALIDATION', `Oplysningerne kan ikke gemmes: ${first}`, fields);
      }
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => Promise<unknown> | unknown;
      const register = this.register;
      // Audit of citizen data read or changed (features/audit/targets.ts says whose).
      const audited = def.needs === 'user' && register !== null;
      const entry = (output: unknown) => ({ method, userId: ctx.maybeUser?.id ?? null, at: this.now().toISOString(), input: parsed.data, output });
      let value: unknown;
      if (register && writesRegister(method)) {
        // A change holds one transaction for all its rows and its audit rows: both or neither.
        value = await register.db.transaction().execute(async (trx) => {
          // The same context with the transaction as its db (getters such as `user` stay lazy).
          const inTrx = Object.create(ctx, { db: { value: trx } }) as Ctx;
          const out = await handler(parsed.data, inTrx);
          if (audited) await this.auditLog(register).record(entry(out), trx);
          return out;
        });
      } else {
        value = await handler(parsed.data, ctx);
        if (audited) await this.auditLog(register).record(entry(value));
      }
      if (this.options.validateOutput) {
        const out = def.output.safeParse(value);
        if (!out.success) {
          log('error', 'api.output_invalid', { method, issues: out.error.issues.length });
          throw new AppError('INTERNAL', INTERNAL_MESSAGE);
        }
      }
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toBody() };
      const storage = storageProblem(err);
      if (storage) {
        log('error', 'api.storage_failed', { method, code: storage.code });
        return { ok: false, error: storage.toBody() };
      }
      // Only the method and the error's class/code are logged: never values, which may be personal data.
      const code = (err as { code?: unknown })?.code;
      log('error', 'api.failed', { method, error: (err as Error)?.name ?? 'unknown', code: typeof code === 'string' ? code : null });
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  }

  /** Typed call for the CLI and tests: returns the value or throws the AppError. */
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await this.dispatch(method, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
    return result.value as Output<M>;
  }
}
