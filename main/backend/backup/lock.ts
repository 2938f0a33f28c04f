/**
 * One app instance per register: a lock file beside the register holding the owner's
 * pid, host and a random token. A second instance is refused while the owner lives;
 * a lock left by a crashed instance (dead pid on this host) is taken over.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../../../shared/api/errors';
import { log } from '../log';

interface LockFacts {
  pid: number;
  host: string;
  token: string;
  since: string;
}

export const lockFileFor = (registerPath: string) => `${registerPath}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockFacts | null {
  try {
    const facts = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockFacts>;
    if (typeof facts.pid !== 'number' || typeof facts.host !== 'string' || typeof facts.token !== 'string') return null;
    return { pid: facts.pid, host: facts.host, token: facts.token, since: String(facts.since ?? '') };
  } catch {
    return null;
  }
}

/** Is the register held by a live instance (this host), or by any instance on another host? */
export function lockHolder(registerPath: string): LockFacts | null {
  const facts = readLock(lockFileFor(registerPath));
  if (!facts) return null;
  if (facts.host === os.hostname() && !alive(facts.pid)) return null;
  return facts;
}

export function inUseError(holder: LockFacts): AppError {
  const where = holder.host === os.hostname() ? 'på denne computer' : `på computeren ${holder.host}`;
  return new AppError(
    'CONFLICT',
    `Registret er allerede åbent i Sagsoverblik ${where}. Luk det andet vindue først, så der ikke skrives to steder fra på én gang.`,
  );
}

export class InstanceLock {
  private constructor(
    private readonly file: string,
    private readonly token: string,
  ) {}

  /** Takes the lock or throws CONFLICT in Danish. A folder where no lock can be written gets no lock (logged). */
  static acquire(registerPath: string): InstanceLock | null {
    const file = lockFileFor(registerPath);
    const facts: LockFacts = { pid: process.pid, host: os.hostname(), token: crypto.randomUUID(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        // 'wx' fails if the file exists: two instances starting at once cannot both win.
        fs.writeFileSync(file, JSON.stringify(facts), { flag: 'wx' });
        return new InstanceLock(file, facts.token);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') {
          log('warn', 'register.lock_unavailable', { code: code ?? null });
          return null;
        }
        const holder = lockHolder(registerPath);
        if (holder) throw inUseError(holder);
        // A stale lock from a crashed instance: remove it and try once more.
        fs.rmSync(file, { force: true });
      }
    }
    const holder = lockHolder(registerPath);
    throw inUseError(holder ?? facts);
  }

  release(): void {
    // Only our own lock is removed, never one another instance took over.
    if (readLock(this.file)?.token === this.token) fs.rmSync(this.file, { force: true });
  }
}
