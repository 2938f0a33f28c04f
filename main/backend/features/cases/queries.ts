/** The case row query shared by the lists and the case view, and its mapping. */
import { sql } from 'kysely';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import type { Area, CaseState, Phase } from '../../../../shared/domain/enums';
import type { CaseDetail, CaseRow } from '../../../../shared/features/cases';
import { dialectOf } from '../../db/dialect';
import type { Db } from '../../db/transaction';
import type { Reference } from '../../reference';

export function caseQuery(db: Db) {
  return db
    .selectFrom('cases as c')
    .innerJoin('citizens as z', 'z.id', 'c.citizen_id')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id');
}

/** The case's paragraph codes in their order, comma-separated (`db` gives the engine). */
const paragraphList = (db: Db) =>
  dialectOf(db).joinedValues(sql`SELECT p.paragraph FROM case_paragraphs p WHERE p.case_id = c.id ORDER BY p.position`, 'paragraph', ',');

export function selectCaseRow(db: Db, q: ReturnType<typeof caseQuery>) {
  return q.select([
    'c.id',
    'c.case_number',
    'c.citizen_id',
    'z.name as citizen_name',
    'z.cpr',
    'z.birth_date',
    'z.protected_address',
    'c.area',
    'c.case_type',
    paragraphList(db).as('paragraphs'),
    'c.phase',
    'c.state',
    'c.received_date',
    'c.deadline',
    'c.pending_deadline',
    'c.next_follow_up',
    'c.caseworker_id',
    'u.initials as caseworker_initials',
    'u.name as caseworker_name',
    'c.last_activity_date',
  ]);
}

export type CaseRowRaw = Awaited<ReturnType<ReturnType<typeof selectCaseRow>['executeTakeFirstOrThrow']>>;

export function toCaseRow(r: CaseRowRaw, reference: Reference, today: string): CaseRow {
  const codes = r.paragraphs ? r.paragraphs.split(',') : [];
  return {
    id: r.id,
    caseNumber: r.case_number,
    citizenId: r.citizen_id,
    citizenName: r.citizen_name,
    cprFormatted: formatCpr(r.cpr),
    age: ageOn(r.birth_date, today),
    protectedAddress: r.protected_address === 1,
    area: r.area as Area,
    caseType: r.case_type,
    paragraphs: codes.map((code) => reference.short(code)),
    phase: r.phase as Phase,
    state: r.state as CaseState,
    receivedDate: r.received_date,
    deadline: r.deadline,
    pendingDeadline: r.pending_deadline,
    nextFollowUp: r.next_follow_up,
    caseworkerId: r.caseworker_id,
    caseworkerInitials: r.caseworker_initials,
    caseworkerName: r.caseworker_name,
    lastActivityDate: r.last_activity_date,
  };
}

export async function loadCaseDetail(db: Db, id: number, reference: Reference, today: string): Promise<CaseDetail | null> {
  const row = await selectCaseRow(db, caseQuery(db))
    .select(['c.kle_number', 'c.handlingsfacet', 'z.address', 'z.postal_code', 'z.city', 'c.created_at', 'c.updated_at'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const base = toCaseRow(row, reference, today);
  const address = [row.address, [row.postal_code, row.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return {
    ...base,
    kleNumber: row.kle_number,
    handlingsfacet: row.handlingsfacet,
    paragraphCodes: row.paragraphs ? row.paragraphs.split(',') : [],
    // A protected address never leaves the backend in the case view.
    citizenAddress: row.protected_address === 1 ? '' : address,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
