/**
 * citizens.search: by CPR prefix (a range on the unique index) or by name (word
 * prefixes on the word index, name-match.ts). The search box asks on every keystroke:
 * each shape is one small indexed query, and the open-case count is taken for the
 * chosen page only.
 */
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import type { CitizenSummary } from '../../../../shared/features/citizens';
import type { Db } from '../../db/transaction';
import { firstIdsByName } from './name-match';
import { cprPrefix } from './rows';

function summaries(db: Db) {
  return db
    .selectFrom('citizens as z')
    .select((eb) => [
      'z.id',
      'z.cpr',
      'z.name',
      'z.birth_date',
      'z.protected_address',
      eb
        .selectFrom('cases as c')
        .select(eb.fn.countAll<number | string>().as('n'))
        .whereRef('c.citizen_id', '=', 'z.id')
        .where('c.state', '=', 'åben')
        .as('open_cases'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

/**
 * The rows of one search, before mapping (also run bare by the benchmark, to weigh the
 * API path against it).
 */
export async function citizenSearchRows(db: Db, query: string, limit: number): Promise<Row[]> {
  const digits = cprPrefix(query);
  if (digits) {
    return summaries(db).where('z.cpr', '>=', digits).where('z.cpr', '<', `${digits}:`).orderBy('z.name_sort').orderBy('z.id').limit(limit).execute();
  }
  const ids = await firstIdsByName(db, query, limit);
  if (ids) {
    if (ids.length === 0) return [];
    // The ids come in name order from name-match.ts: keep it.
    const byId = new Map((await summaries(db).where('z.id', 'in', ids).execute()).map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
  // An empty box lists the first citizens by name; text with no letters or digits finds nobody.
  return query.trim() === '' ? summaries(db).orderBy('z.name_sort').orderBy('z.id').limit(limit).execute() : [];
}

export async function searchCitizens(db: Db, query: string, limit: number, today: string): Promise<CitizenSummary[]> {
  return (await citizenSearchRows(db, query, limit)).map((r) => ({
    id: r.id,
    cprFormatted: formatCpr(r.cpr),
    name: r.name,
    age: ageOn(r.birth_date, today),
    protectedAddress: r.protected_address === 1,
    // count(*) is a string on PostgreSQL.
    openCases: Number(r.open_cases),
  }));
}
