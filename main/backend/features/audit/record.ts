/**
 * Writes the audit rows for one successful call (called by Backend.dispatch). Case
 * targets are stored with their citizen, so a citizen's log shows every case read too.
 */
import type Database from 'better-sqlite3';
import { auditTargets, type AuditTarget } from './targets';

const FALLBACK: AuditTarget = { action: 'read', unscoped: 'method without an audit descriptor' };

export function auditTargetFor(method: string): AuditTarget {
  return (auditTargets as Record<string, AuditTarget | undefined>)[method] ?? FALLBACK;
}

/** All rows of one call in one transaction; ids are looked up in chunks (SQLite's variable limit). */
export function recordAudit(
  raw: Database.Database,
  entry: { method: string; userId: number | null; at: string; input: unknown; output: unknown },
): number {
  const target = auditTargetFor(entry.method);
  if ('none' in target) return 0;
  const insert = raw.prepare(
    'INSERT INTO audit_log(at, user_id, method, action, citizen_id, case_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const rows: [number | null, number | null][] = [];
  if ('unscoped' in target) {
    rows.push([null, null]);
  } else {
    const ids = target.targets((entry.input ?? {}) as Record<string, unknown>, (entry.output ?? {}) as Record<string, unknown>, raw);
    const caseIds = [...new Set(ids.caseIds ?? [])];
    const citizensOfCases = new Set<number>();
    for (let i = 0; i < caseIds.length; i += 500) {
      const chunk = caseIds.slice(i, i + 500);
      const found = raw
        .prepare(`SELECT id, citizen_id FROM cases WHERE id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as { id: number; citizen_id: number }[];
      for (const c of found) {
        rows.push([c.citizen_id, c.id]);
        citizensOfCases.add(c.citizen_id);
      }
    }
    for (const citizenId of new Set(ids.citizenIds ?? [])) {
      if (!citizensOfCases.has(citizenId)) rows.push([citizenId, null]);
    }
    if (rows.length === 0) rows.push([null, null]);
  }
  raw.transaction(() => {
    for (const [citizenId, caseId] of rows) insert.run(entry.at, entry.userId, entry.method, target.action, citizenId, caseId);
  })();
  return rows.length;
}
