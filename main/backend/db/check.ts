/**
 * Is the register sound? SQLite's integrity and foreign-key checks, orphan rows in
 * tables without declared foreign keys, and the app's own invariants. Read-only:
 * used by the CLI's `check`, the restore verification and the crash test.
 */
import type Database from 'better-sqlite3';

export interface CheckReport {
  schemaVersion: number;
  problems: string[];
}

const count = (raw: Database.Database, query: string): number => (raw.prepare(query).get() as { n: number }).n;

/** Invariants as "how many rows break it" queries. Features add theirs here. */
const invariants: { table: string; what: string; query: string }[] = [
  {
    table: 'cases',
    what: 'case(s) without an open assignment period for their caseworker',
    query: `SELECT count(*) AS n FROM cases c
            WHERE NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.to_at IS NULL AND a.user_id = c.caseworker_id)`,
  },
  {
    table: 'case_assignments',
    what: 'case(s) with more than one open assignment period',
    query: 'SELECT count(*) AS n FROM (SELECT case_id FROM case_assignments WHERE to_at IS NULL GROUP BY case_id HAVING count(*) > 1)',
  },
  {
    table: 'case_assignments',
    what: 'assignment period(s) overlapping another period of the same case',
    query: `SELECT count(*) AS n FROM case_assignments a JOIN case_assignments b
              ON a.case_id = b.case_id AND a.id < b.id
            WHERE a.from_at < coalesce(b.to_at, '9999') AND b.from_at < coalesce(a.to_at, '9999')`,
  },
  {
    // A redistribution closes the old period and opens the new one at the same moment, in one
    // transaction; a closed period with no successor starting when it ended means it was cut in half.
    table: 'case_assignments',
    what: 'closed assignment period(s) with no period taking over (half-done redistribution)',
    query: `SELECT count(*) AS n FROM case_assignments a
            WHERE a.to_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM case_assignments b WHERE b.case_id = a.case_id AND b.from_at = a.to_at AND b.id <> a.id)`,
  },
  {
    table: 'citizens_fts',
    what: 'citizen(s) missing from the name search index',
    query: 'SELECT count(*) AS n FROM citizens z WHERE NOT EXISTS (SELECT 1 FROM citizens_fts f WHERE f.rowid = z.id)',
  },
  {
    table: 'citizen_name_words',
    what: 'citizen(s) missing from the name search index',
    query: `SELECT count(*) AS n FROM citizens z
            WHERE z.name GLOB '*[A-Za-z0-9]*' AND NOT EXISTS (SELECT 1 FROM citizen_name_words w WHERE w.citizen_id = z.id)`,
  },
  {
    table: 'citizen_name_words',
    what: 'name search word(s) with a stale name order',
    query: 'SELECT count(*) AS n FROM citizen_name_words w JOIN citizens z ON z.id = w.citizen_id WHERE w.name_sort IS NOT z.name_sort',
  },
  {
    table: 'activity_nonstandard_names',
    what: 'non-standard activity name(s) whose kept count differs from the journal',
    query: `SELECT count(*) AS n FROM (
              SELECT * FROM (SELECT name, count(*), count(activity_name_id) FROM activities WHERE standard = 0 GROUP BY name
                             EXCEPT SELECT name, n, via_other FROM activity_nonstandard_names)
              UNION ALL
              SELECT * FROM (SELECT name, n, via_other FROM activity_nonstandard_names
                             EXCEPT SELECT name, count(*), count(activity_name_id) FROM activities WHERE standard = 0 GROUP BY name))`,
  },
  {
    table: 'audit_log',
    what: 'audit row(s) naming a case of another citizen',
    query: 'SELECT count(*) AS n FROM audit_log a JOIN cases c ON c.id = a.case_id WHERE a.citizen_id IS NOT c.citizen_id',
  },
];

export function checkRegister(raw: Database.Database): CheckReport {
  const problems: string[] = [];
  const integrity = raw.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  if (problems.length) return { schemaVersion: raw.pragma('user_version', { simple: true }) as number, problems };

  const fk = raw.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk) problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);

  const tables = new Set((raw.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as { name: string }[]).map((t) => t.name));
  for (const inv of invariants) {
    if (!tables.has(inv.table)) continue; // an older register, before the table existed
    const n = count(raw, inv.query);
    if (n > 0) problems.push(`invariant: ${n} ${inv.what}`);
  }
  return { schemaVersion: raw.pragma('user_version', { simple: true }) as number, problems };
}
