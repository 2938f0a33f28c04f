/**
 * citizens.search: by CPR prefix (a range on the unique index) or by name (word
 * prefixes on the word index, name-match.ts). The search box asks on every keystroke,
 * so the statements are prepared once per register and shape: building and compiling
 * the query with Kysely on each call cost more than running it.
 */
import type Database from 'better-sqlite3';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import type { CitizenSummary } from '../../../../shared/features/citizens';
import { perRegister } from '../../db/statement-cache';
import { firstByName, type SqlPart } from './name-match';
import { cprPrefix } from './rows';

const COLUMNS = `z.id, z.cpr, z.name, z.birth_date, z.protected_address,
  (SELECT count(*) FROM cases c WHERE c.citizen_id = z.id AND c.state = 'åben') AS open_cases`;

/**
 * The SQL of one search (also run bare by the benchmark, to weigh the API path against
 * it). The open-case count is taken for the chosen page only.
 */
export function citizenSearchSql(query: string, limit: number): SqlPart | null {
  const digits = cprPrefix(query);
  if (digits) {
    return {
      sql: `SELECT ${COLUMNS} FROM citizens z WHERE z.cpr >= ? AND z.cpr < ? ORDER BY z.name_sort, z.id LIMIT ?`,
      params: [digits, `${digits}:`, limit],
    };
  }
  const page = firstByName(query, limit);
  if (page) {
    return {
      sql: `SELECT ${COLUMNS} FROM (${page.sql}) h JOIN citizens z ON z.id = h.citizen_id ORDER BY h.name_sort, h.citizen_id`,
      params: page.params,
    };
  }
  // An empty box lists the first citizens by name; text with no letters or digits finds nobody.
  if (query.trim() === '') return { sql: `SELECT ${COLUMNS} FROM citizens z ORDER BY z.name_sort, z.id LIMIT ?`, params: [limit] };
  return null;
}

// One statement per query shape (CPR, or the number of words and spellings): a few dozen at most.
const statements = perRegister(() => new Map<string, Database.Statement>());

interface Row {
  id: number;
  cpr: string;
  name: string;
  birth_date: string;
  protected_address: number;
  open_cases: number;
}

export function searchCitizens(raw: Database.Database, query: string, limit: number, today: string): CitizenSummary[] {
  const search = citizenSearchSql(query, limit);
  if (!search) return [];
  const cache = statements(raw);
  let stmt = cache.get(search.sql);
  if (!stmt) cache.set(search.sql, (stmt = raw.prepare(search.sql)));
  return (stmt.all(...search.params) as Row[]).map((r) => ({
    id: r.id,
    cprFormatted: formatCpr(r.cpr),
    name: r.name,
    age: ageOn(r.birth_date, today),
    protectedAddress: r.protected_address === 1,
    openCases: r.open_cases,
  }));
}
