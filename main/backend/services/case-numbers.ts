/** Case numbers, a shared service (cases.create, the handover to the adult area): per year, 2026-000001, 2026-000002, … */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The next number in the Danish calendar year `today` (YYYY-MM-DD) falls in; call inside the transaction that inserts the case. */
export async function nextCaseNumber(db: Kysely<DB>, today: string): Promise<string> {
  const year = today.slice(0, 4);
  const last = await db
    .selectFrom('cases')
    .select('case_number')
    .where('case_number', '>=', `${year}-`)
    .where('case_number', '<', `${year}.`)
    .orderBy('case_number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = last ? Number(last.case_number.slice(5)) + 1 : 1;
  return `${year}-${String(seq).padStart(6, '0')}`;
}
