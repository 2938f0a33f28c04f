/**
 * citizens.search: by CPR prefix (a range on the unique index) or by name (word
 * prefixes on the word index, name-match.ts). The search box asks on every keystroke,
 * so the statements are prepared once per register: building and compiling the query
 * with Kysely on each call cost more than running it.
 */
import type Database from 'better-sqlite3';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import type { CitizenSummary } from '../../../../shared/features/citizens';
import { perRegister } from '../../db/statement-cache';
import { firstIdsByName } from './name-match';
import { cprPrefix } from './rows';

const COLUMNS = `z.id, z.cpr, z.name, z.birth_date, z.protected_address,
  (SELECT count(*) FROM cases c WHERE c.citizen_id = z.id AND c.state = 'åben') AS open_cases`;

// One statement per query shape (CPR, name page, empty box): prepared once per register.
const statements = perRegister((raw) => ({
  byCpr: raw.prepare(`SELECT ${COLUMNS} FROM citizens z WHERE z.cpr >= ? AND z.cpr < ? ORDER BY z.name_sort, z.id LIMIT ?`),
  // The ids come in name order from name-match.ts; json_each keeps it (key is the position).
  byIds: raw.prepare(`SELECT ${COLUMNS} FROM json_each(?) j JOIN citizens z ON z.id = j.value ORDER BY j.key`),
  first: raw.prepare(`SELECT ${COLUMNS} FROM citizens z ORDER BY z.name_sort, z.id LIMIT ?`),
}));

interface Row {
  id: number;
  cpr: string;
  name: string;
  birth_date: string;
  protected_address: number;
  open_cases: number;
}

/**
 * The rows of one search, before mapping (also run bare by the benchmark, to weigh the
 * API path against it). The open-case count is taken for the chosen page only.
 */
export function citizenSearchRows(raw: Database.Database, query: string, limit: number): Row[] {
  const stmts = statements(raw);
  const digits = cprPrefix(query);
  if (digits) return stmts.byCpr.all(digits, `${digits}:`, limit) as Row[];
  const ids = firstIdsByName(raw, query, limit);
  if (ids) return ids.length ? (stmts.byIds.all(JSON.stringify(ids)) as Row[]) : [];
  // An empty box lists the first citizens by name; text with no letters or digits finds nobody.
  return query.trim() === '' ? (stmts.first.all(limit) as Row[]) : [];
}

export function searchCitizens(raw: Database.Database, query: string, limit: number, today: string): CitizenSummary[] {
  return citizenSearchRows(raw, query, limit).map((r) => ({
    id: r.id,
    cprFormatted: formatCpr(r.cpr),
    name: r.name,
    age: ageOn(r.birth_date, today),
    protectedAddress: r.protected_address === 1,
    openCases: r.open_cases,
  }));
}
