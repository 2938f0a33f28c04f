/** Integrity check used by the CLI's `check` and by tests. */
import type Database from 'better-sqlite3';

export interface CheckReport {
  schemaVersion: number;
  problems: string[];
}

export function checkRegister(raw: Database.Database): CheckReport {
  const problems: string[] = [];
  const integrity = raw.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  const fk = raw.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk) problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  // The app's own invariants: every case has exactly one open caseworker period, and it names the current caseworker.
  const noOpen = raw
    .prepare(
      `SELECT count(*) AS n FROM cases c
       WHERE NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.to_at IS NULL AND a.user_id = c.caseworker_id)`,
    )
    .get() as { n: number };
  if (noOpen.n > 0) problems.push(`invariant: ${noOpen.n} case(s) without an open assignment period for their caseworker`);
  return { schemaVersion: raw.pragma('user_version', { simple: true }) as number, problems };
}
