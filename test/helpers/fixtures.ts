/** Small builders and probes shared by the handler tests. All of them go through the real backend or the real file. */
import { AppError } from '../../shared/api/errors';
import type { CaseInput } from '../../shared/features/cases';
import type { CitizenInput } from '../../shared/features/citizens';
import type { Role } from '../../shared/domain/enums';
import type { Backend } from '../../main/backend/backend';
import { danishMoment } from '../clock';
import { testRegister, type TestRegister } from './register';

/** A settable clock, so case numbers, "today" and "future" are deterministic; zone-less times are Danish. */
export interface Clock {
  now: () => Date;
  set(iso: string): void;
}
export function clock(startIso = '2026-03-10T12:00:00'): Clock {
  let t = danishMoment(startIso).getTime();
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = danishMoment(iso).getTime();
    },
  };
}

export async function clockedRegister(startIso?: string, options: { role?: Role } = {}): Promise<TestRegister & { clock: Clock }> {
  const c = clock(startIso);
  const reg = await testRegister({ now: c.now, role: options.role });
  return { ...reg, clock: c };
}

/**
 * A valid CPR number for a birth date (YYYY-MM-DD). The 7th digit picks the century:
 * 4 for 2000–2036, 0–3 for the 1900s. `n` (0–999) makes numbers unique; odd n → man.
 */
export function makeCpr(birth: string, n: number, opts: { hyphen?: boolean } = {}): string {
  const [y, m, d] = birth.split('-');
  const seventh = Number(y) >= 2000 ? '4' : '1';
  const serial = seventh + String(n).padStart(3, '0');
  return `${d}${m}${y.slice(2)}${opts.hyphen ? '-' : ''}${serial}`;
}

const TABLES = [
  'teams',
  'users',
  'citizens',
  'cases',
  'case_paragraphs',
  'case_assignments',
  'activities',
  'applications',
  'services',
  'register_info',
] as const;

function raw(reg: { backend: Backend }) {
  const r = reg.backend.openRegister;
  if (!r) throw new Error('no open register');
  return r.raw;
}

export function count(reg: { backend: Backend }, table: (typeof TABLES)[number]): number {
  return (raw(reg).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Every row of every table, as one string: equal snapshots mean nothing was written. */
export function snapshot(reg: { backend: Backend }): string {
  const db = raw(reg);
  return JSON.stringify(TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

export function sql<T = Record<string, unknown>>(reg: { backend: Backend }, query: string, ...params: unknown[]): T[] {
  return raw(reg).prepare(query).all(...params) as T[];
}

/** Awaits a call that must fail and returns its AppError (never INTERNAL unless asked). */
export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

export async function addCitizen(b: Backend, name: string, birth: string, n: number, extra: Partial<CitizenInput> = {}) {
  return b.call('citizens.create', { cpr: makeCpr(birth, n), name, ...extra });
}

export async function addCase(b: Backend, citizenId: number, extra: Partial<CaseInput> = {}) {
  return b.call('cases.create', {
    citizenId,
    area: 'børn',
    caseType: 'Merudgifter',
    paragraphs: ['BL-86'],
    receivedDate: '2026-01-05',
    ...extra,
  });
}

/**
 * Runs `fn` with the current user in `role` for the moment: the role is set in the register
 * file and put back afterwards (even when `fn` fails). For fixtures that need a method the
 * contract gives another role (users.create is the team leader's, the procedure library the
 * super user's) while the register's only user is the first run's caseworker, who stays who
 * they were for the test itself.
 */
export async function inRole<T>(reg: { backend: Backend }, role: Role, fn: () => Promise<T>): Promise<T> {
  const me = (await reg.backend.call('session.current', {})).user;
  if (!me) throw new Error('no current user');
  if (me.role === role) return fn();
  const setRole = raw(reg).prepare('UPDATE users SET role = ? WHERE id = ?');
  setRole.run(role, me.id);
  try {
    return await fn();
  } finally {
    setRole.run(me.role, me.id);
  }
}

/** Adds a colleague as a team leader does (users.create is the team leader's); the current user stays who they are. */
export async function addUser(reg: { backend: Backend }, initials: string, name: string, role: Role = 'sagsbehandler', teamId = 1) {
  return inRole(reg, 'teamleder', () => reg.backend.call('users.create', { initials, name, role, teamId }));
}
