import { AppError, notFound } from '../../../../shared/api/errors';
import { danishSortKey } from '../../../../shared/domain/collation';
import { parseCpr } from '../../../../shared/domain/cpr';
import type { CaseState } from '../../../../shared/domain/enums';
import type { CitizenInput, citizensContract } from '../../../../shared/features/citizens';
import type { HandlersFor } from '../../context';
import { atomically, type Db } from '../../db/transaction';
import { writeNameWords } from '../../services/name-words';
import { toCitizen } from './rows';
import { searchCitizens } from './search';

async function getCitizen(db: Db, id: number) {
  const row = await db.selectFrom('citizens').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Borgeren');
  return row;
}

/**
 * Values derived from the CPR number: never typed twice. `today` is the Danish calendar
 * day of the backend's clock (ctx.today()): the contract's schema cannot know it, so
 * "born after today" is refused here.
 */
function citizenValues(input: Required<CitizenInput>, today: string) {
  const parsed = parseCpr(input.cpr, today);
  if (!parsed.ok) throw new AppError('VALIDATION', `Oplysningerne kan ikke gemmes: ${parsed.message}`, { cpr: parsed.message });
  return {
    cpr: parsed.info.cpr,
    name: input.name,
    name_sort: danishSortKey(input.name),
    address: input.address,
    postal_code: input.postalCode,
    city: input.city,
    protected_address: input.protectedAddress ? 1 : 0,
    birth_date: parsed.info.birthDate,
    gender: parsed.info.gender,
    substitute_cpr: parsed.info.substitute ? 1 : 0,
  };
}

/** A protected address never leaves the backend unless revealed (citizens.revealAddress, audited). */
function masked<T extends { protectedAddress: boolean; address: string; postalCode: string; city: string }>(c: T): T {
  return c.protectedAddress ? { ...c, address: '', postalCode: '', city: '' } : c;
}

async function assertCprFree(db: Db, cpr: string, exceptId?: number) {
  let q = db.selectFrom('citizens').select('id').where('cpr', '=', cpr);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    const message = 'Der findes allerede en borger med dette CPR-nummer.';
    throw new AppError('CONFLICT', message, { cpr: message });
  }
}

export const citizenHandlers: HandlersFor<typeof citizensContract> = {
  'citizens.search': async (input, { db, today }) => ({ rows: await searchCitizens(db, input.query, input.limit, today()) }),

  'citizens.get': async (input, { db, today }) => {
    const row = await getCitizen(db, input.id);
    const cases = await db
      .selectFrom('cases as c')
      .innerJoin('users as u', 'u.id', 'c.caseworker_id')
      .select(['c.id', 'c.case_number', 'c.case_type', 'c.state', 'u.initials', 'c.received_date'])
      .where('c.citizen_id', '=', input.id)
      .orderBy('c.received_date', 'desc')
      .execute();
    return {
      ...masked(toCitizen(row, today())),
      cases: cases.map((c) => ({
        id: c.id,
        caseNumber: c.case_number,
        caseType: c.case_type,
        state: c.state as CaseState,
        caseworkerInitials: c.initials,
        receivedDate: c.received_date,
      })),
    };
  },

  'citizens.create': async (input, { db, now, today }) => {
    const values = citizenValues(input, today());
    await assertCprFree(db, values.cpr);
    const at = now().toISOString();
    // The citizen and its name words (the search index) commit together.
    const row = await atomically(db, async (trx) => {
      const inserted = await trx
        .insertInto('citizens')
        .values({ ...values, created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeNameWords(trx, [{ citizenId: inserted.id, name: inserted.name, nameSort: inserted.name_sort }]);
      return inserted;
    });
    return masked(toCitizen(row, today()));
  },

  'citizens.update': async (input, { db, now, today }) => {
    await getCitizen(db, input.id);
    const values = citizenValues(input, today());
    await assertCprFree(db, values.cpr, input.id);
    const row = await atomically(db, async (trx) => {
      const updated = await trx
        .updateTable('citizens')
        .set({ ...values, updated_at: now().toISOString() })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeNameWords(trx, [{ citizenId: updated.id, name: updated.name, nameSort: updated.name_sort }]);
      return updated;
    });
    return masked(toCitizen(row, today()));
  },

  'citizens.revealAddress': async (input, { db }) => {
    const row = await getCitizen(db, input.id);
    return { address: row.address, postalCode: row.postal_code, city: row.city };
  },
};
