/**
 * Writes the audit rows of successful calls (fed by Backend.dispatch). Case targets
 * are stored with their citizen, so a citizen's log shows every case read too.
 *
 * A write transaction costs more than most reads it logs (~75 µs against ~30 µs for a
 * CPR lookup), so rows of reads are queued and written together at the end of the
 * event-loop turn, after the answer has gone out, or at once when a burst has queued
 * BATCH rows. Rows of changes are written at once, after any queued reads, so the log
 * keeps the order of calls. A crash can lose only reads of the current turn.
 */
import type Database from 'better-sqlite3';
import { log } from '../../log';
import { auditTargets, type AuditAction, type AuditTarget } from './targets';

const FALLBACK: AuditTarget = { action: 'read', unscoped: 'method without an audit descriptor' };
const BATCH = 50;

export function auditTargetFor(method: string): AuditTarget {
  return (auditTargets as Record<string, AuditTarget | undefined>)[method] ?? FALLBACK;
}

export interface AuditEntry {
  method: string;
  userId: number | null;
  at: string;
  input: unknown;
  output: unknown;
}

type Row = [at: string, userId: number | null, method: string, action: AuditAction, citizenId: number | null, caseId: number | null];

/** The rows one call writes; ids are looked up in chunks (SQLite's variable limit). */
function rowsFor(raw: Database.Database, target: Exclude<AuditTarget, { none: string }>, entry: AuditEntry): Row[] {
  const row = (citizenId: number | null, caseId: number | null): Row => [entry.at, entry.userId, entry.method, target.action, citizenId, caseId];
  if ('unscoped' in target) return [row(null, null)];
  const rows: Row[] = [];
  const ids = target.targets((entry.input ?? {}) as Record<string, unknown>, (entry.output ?? {}) as Record<string, unknown>, raw);
  const caseIds = [...new Set(ids.caseIds ?? [])];
  const citizensOfCases = new Set<number>();
  for (let i = 0; i < caseIds.length; i += 500) {
    const chunk = caseIds.slice(i, i + 500);
    const found = raw
      .prepare(`SELECT id, citizen_id FROM cases WHERE id IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as { id: number; citizen_id: number }[];
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

export class AuditLog {
  private pending: Row[] = [];
  private scheduled = false;
  private readonly insert: Database.Statement;

  constructor(readonly raw: Database.Database) {
    this.insert = raw.prepare('INSERT INTO audit_log(at, user_id, method, action, citizen_id, case_id) VALUES (?, ?, ?, ?, ?, ?)');
  }

  /** Logs one successful call; returns how many rows it gets. */
  record(entry: AuditEntry): number {
    const target = auditTargetFor(entry.method);
    if ('none' in target) return 0;
    const rows = rowsFor(this.raw, target, entry);
    this.pending.push(...rows);
    if (target.action === 'change' || this.pending.length >= BATCH) this.flush();
    else this.schedule();
    return rows.length;
  }

  /** Writes every queued row in one transaction (before closing, and for readers of the log). */
  flush(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    try {
      this.raw.transaction(() => {
        for (const r of rows) this.insert.run(...r);
      })();
    } catch (err) {
      this.pending = [...rows, ...this.pending]; // kept for the next attempt, in order
      throw err;
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.raw.open) return;
      try {
        this.flush();
      } catch (err) {
        log('warn', 'audit.flush_failed', { rows: this.pending.length, error: (err as Error)?.name ?? 'unknown' });
      }
    });
  }
}
