/**
 * Reading a stamkort: the case's citizen, the card's sections with completeness,
 * the review status, and sections 7–8 live from the register. Queries on indexed
 * columns: opening a card must answer in well under 50 ms on the large register.
 */
import { sql, type Expression, type RawBuilder } from 'kysely';
import { notFound } from '../../../../shared/api/errors';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import { decidedStatuses, type ApplicationStatus } from '../../../../shared/domain/enums';
import { mayCall } from '../../../../shared/api/define';
import { sectionsFor, stamkortContract, type SectionKey, type Stamkort } from '../../../../shared/features/stamkort';
import type { SessionUser } from '../../../../shared/features/users';
import type { Db } from '../../db/transaction';
import type { Reference } from '../../reference';
import { DEFAULT_REVIEW_DAYS, missingIn, reviewStatus, type StoredSection } from './rules';

const DECIDED = sql.join(decidedStatuses.map((s) => sql.lit(s)));
const LIVE_LIMIT = 50;

export async function reviewDaysSetting(db: Db): Promise<number> {
  const row = await db.selectFrom('register_info').select('value').where('key', '=', 'stamkort_review_days').executeTakeFirst();
  const n = row ? Number(row.value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_REVIEW_DAYS;
}

export async function caseHead(db: Db, caseId: number) {
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('citizens as z', 'z.id', 'c.citizen_id')
    .innerJoin('users as u', 'u.id', 'c.caseworker_id')
    .select([
      'c.id',
      'c.case_number',
      'c.citizen_id',
      'c.area',
      'z.name',
      'z.cpr',
      'z.birth_date',
      'z.protected_address',
      'z.address',
      'z.postal_code',
      'z.city',
      'u.name as cw_name',
      'u.initials as cw_initials',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw notFound('Sagen');
  return { ...row, area: row.area as 'børn' | 'voksen' };
}

/**
 * "Has the register changed since the last confirmation?" as SQL on a citizen id and a
 * moment (columns or values), 1 or 0 on every engine: one card here, every card of a
 * caseworker in the reminder list (reminders.ts). Index probes on services_citizen_updated
 * and on cases_citizen + applications_case.
 */
export const changedServicesSql = (citizen: Expression<number>, since: Expression<string>): RawBuilder<number> =>
  sql<number>`CASE WHEN EXISTS (SELECT 1 FROM services v WHERE v.citizen_id = ${citizen} AND v.updated_at > ${since}) THEN 1 ELSE 0 END`;
export const decidedApplicationsSql = (citizen: Expression<number>, since: Expression<string>): RawBuilder<number> =>
  sql<number>`CASE WHEN EXISTS (SELECT 1 FROM cases k JOIN applications a ON a.case_id = k.id
     WHERE k.citizen_id = ${citizen} AND a.status IN (${DECIDED}) AND a.updated_at > ${since}) THEN 1 ELSE 0 END`;

/** Has the register changed since the moment of the last confirmation (services, decisions)? */
export async function registerChanges(db: Db, citizenId: number, since: string) {
  const r = await db
    .selectNoFrom([changedServicesSql(sql.val(citizenId), sql.val(since)).as('changed_services'), decidedApplicationsSql(sql.val(citizenId), sql.val(since)).as('decided_applications')])
    .executeTakeFirstOrThrow();
  return { changedServices: Number(r.changed_services) === 1, decidedApplications: Number(r.decided_applications) === 1 };
}

export async function loadStamkort(db: Db, reference: Reference, caseId: number, today: string, user: SessionUser | null): Promise<Stamkort> {
  const head = await caseHead(db, caseId);
  const card = await db
    .selectFrom('stamkort as s')
    .leftJoin('users as u', 'u.id', 's.confirmed_by')
    .select(['s.version', 's.confirmed_on', 's.confirmed_at', 'u.name as confirmed_by'])
    .where('s.citizen_id', '=', head.citizen_id)
    .executeTakeFirst();
  const sectionRows = await db
    .selectFrom('stamkort_sections as x')
    .innerJoin('users as u', 'u.id', 'x.updated_by')
    .select(['x.section', 'x.data', 'x.version', 'x.updated_at', 'u.name as updated_by'])
    .where('x.citizen_id', '=', head.citizen_id)
    .execute();
  const stored = new Map(sectionRows.map((r) => [r.section as SectionKey, r]));
  const sections = sectionsFor(head.area).map((key) => {
    const r = stored.get(key);
    const data: StoredSection = r ? (JSON.parse(r.data) as StoredSection) : { none: false, entries: [] };
    const missing = missingIn(key, data, !!r, head.area);
    return { key, data, version: r?.version ?? 0, updatedAt: r?.updated_at ?? null, updatedBy: r?.updated_by ?? null, complete: missing.length === 0, missing };
  });

  const reviewDays = await reviewDaysSetting(db);
  const changes = card?.confirmed_at ? await registerChanges(db, head.citizen_id, card.confirmed_at) : { changedServices: false, decidedApplications: false };
  const status = reviewStatus({ confirmedOn: card?.confirmed_on ?? null, reviewDays, today, ...changes });

  const applications = (
    await db
      .selectFrom('cases as c')
      .innerJoin('applications as a', 'a.case_id', 'c.id')
      .select(['a.id', 'c.case_number', 'a.paragraph', 'a.received_date', 'a.status'])
      .where('c.citizen_id', '=', head.citizen_id)
      .where('a.status', '=', 'verserende')
      .orderBy('a.received_date', 'desc')
      .orderBy('a.id', 'desc')
      .limit(LIVE_LIMIT)
      .execute()
  ).map((a) => ({ id: a.id, caseNumber: a.case_number, paragraphShort: reference.short(a.paragraph), receivedDate: a.received_date, status: a.status as ApplicationStatus }));

  const services = (
    await db
      .selectFrom('services')
      .select(['id', 'service_type', 'paragraph', 'provider', 'start_date', 'end_date'])
      .where('citizen_id', '=', head.citizen_id)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
      .orderBy('start_date', 'desc')
      .orderBy('id', 'desc')
      .limit(LIVE_LIMIT)
      .execute()
  ).map((s) => ({
    id: s.id,
    serviceType: s.service_type,
    paragraphShort: reference.short(s.paragraph),
    provider: s.provider,
    startDate: s.start_date,
    endDate: s.end_date,
  }));

  return {
    caseId: head.id,
    citizenId: head.citizen_id,
    area: head.area,
    citizenName: head.name,
    cprFormatted: formatCpr(head.cpr),
    age: ageOn(head.birth_date, today),
    protectedAddress: head.protected_address === 1,
    // A protected address is never shown on the card or its printout.
    address: head.protected_address === 1 ? '' : [head.address, [head.postal_code, head.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    caseNumber: head.case_number,
    caseworkerName: head.cw_name,
    caseworkerInitials: head.cw_initials,
    version: card?.version ?? 0,
    confirmedOn: card?.confirmed_on ?? null,
    confirmedBy: card?.confirmed_by ?? null,
    review: { due: status.due, reasons: status.reasons, reviewDays, dueOn: status.dueOn },
    sections,
    applications,
    services,
    canChangeSettings: user !== null && mayCall(stamkortContract['stamkort.updateSettings'].access, user.role),
  };
}
