/** Case numbers, a shared service (cases.create, the handover to the adult area): per year, 2026-000001, 2026-000002, … */
import type { Db } from '../db/transaction';

/** The next number in the Danish calendar year `today` (YYYY-MM-DD) falls in; call with the transaction that inserts the case. */
export async function nextCaseNumber(db: Db, today: string): Promise<string> {
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
