/**
 * Writes the audit rows of successful calls (fed by Backend.dispatch). Case targets
 * are stored with their citizen, so a citizen's log shows every case read too.
 *
 * A change's rows are written on the change's own transaction, so the change and its
 * audit rows commit together or not at all. A write transaction costs more than most
 * reads it logs, so rows of reads are queued and written together at the end of the
 * event-loop turn, after the answer has gone out, or at once when a burst has queued
 * BATCH rows; a crash can lose only reads of the current turn.
 */
import type { Db } from '../../db/transaction';
import { log } from '../../log';
import { auditTargets, type AuditAction, type AuditTarget } from './targets';

const FALLBACK: AuditTarget = { action: 'read', unscoped: 'method without an audit descriptor' };
const BATCH = 50;
const CHUNK = 500;

export function auditTargetFor(method: string): AuditTarget {
  return (auditTargets as Record<string, AuditTarget | undefined>)[method] ?? FALLBACK;
}

/** Whether a method changes the register, and so runs in one transaction with its audit rows. */
export function writesRegister(method: string): boolean {
  const target = auditTargetFor(method);
  // A restore replaces the register file itself: it cannot run inside a transaction on it.
  if (method === 'backups.restore') return false;
  return 'none' in target ? target.writes === true : target.action === 'change';
}

export interface AuditEntry {
  method: string;
  userId: number | null;
  at: string;
  input: unknown;
  output: unknown;
}

interface Row {
  at: string;
  user_id: number | null;
  method: string;
  action: AuditAction;
  citizen_id: number | null;
  case_id: number | null;
}

/** The rows one call writes; case ids are looked up in chunks (parameter limits). */
async function rowsFor(db: Db, target: Exclude<AuditTarget, { none: string }>, entry: AuditEntry): Promise<Row[]> {
  const row = (citizenId: number | null, caseId: number | null): Row => ({
    at: entry.at,
    user_id: entry.userId,
    method: entry.method,
    action: target.action,
    citizen_id: citizenId,
    case_id: caseId,
  });
  if ('unscoped' in target) return [row(null, null)];
  const rows: Row[] = [];
  const ids = await target.targets((entry.input ?? {}) as Record<string, unknown>, (entry.output ?? {}) as Record<string, unknown>, db);
  const caseIds = [...new Set(ids.caseIds ?? [])];
  const citizensOfCases = new Set<number>();
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    const found = await db.selectFrom('cases').select(['id', 'citizen_id']).where('id', 'in', caseIds.slice(i, i + CHUNK)).orderBy('id').execute();
    for (const c of found) {
      rows.push(row(c.citizen_id, c.id));
      citizensOfCases.add(c.citizen_id);
    }
  }
  for (const citizenId of new Set(ids.citizenIds ?? [])) {
    if (!citizensOfCases.has(citizenId)) rows.push(row(citizenId, null));
  }
  return rows.length ? rows : [row(null, null)];
}

async function insertRows(db: Db, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('audit_log').values(rows.slice(i, i + CHUNK)).execute();
}

export class AuditLog {
  private pending: Row[] = [];
  private scheduled = false;
  private closed = false;

  constructor(readonly db: Db) {}

  /**
   * Logs one successful call; returns how many rows it gets. `trx` is the transaction a
   * change runs in: its rows are written there, after any queued reads (the log keeps
   * the order of calls).
   */
  async record(entry: AuditEntry, trx?: Db): Promise<number> {
    const target = auditTargetFor(entry.method);
    if ('none' in target) return 0;
    const rows = await rowsFor(trx ?? this.db, target, entry);
    if (trx) {
      const queued = this.pending;
      this.pending = [];
      try {
        await insertRows(trx, [...queued, ...rows]);
      } catch (err) {
        this.pending = [...queued, ...this.pending]; // the change is rolled back; the reads are kept
        throw err;
      }
      return rows.length;
    }
    this.pending.push(...rows);
    if (this.pending.length >= BATCH) await this.flush();
    else this.schedule();
    return rows.length;
  }

  /** Writes every queued row in one transaction (before closing, and for readers of the log). */
  async flush(db: Db = this.db): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    try {
      if (db.isTransaction) await insertRows(db, rows);
      else await db.transaction().execute((trx) => insertRows(trx, rows));
    } catch (err) {
      this.pending = [...rows, ...this.pending]; // kept for the next attempt, in order
      throw err;
    }
  }

  /** No more timed flushes (the register is closing; the caller flushes first). */
  stop(): void {
    this.closed = true;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.closed) return;
      this.flush().catch((err: unknown) => {
        log('warn', 'audit.flush_failed', { rows: this.pending.length, error: (err as Error)?.name ?? 'unknown' });
      });
    });
  }
}
