/**
 * Reading a stamkort: the case's citizen, the card's sections with completeness,
 * the review status, and sections 7–8 live from the register. Raw prepared
 * statements on indexed columns: opening a card must answer in well under 50 ms
 * on the large register.
 */
import type Database from 'better-sqlite3';
import { notFound } from '../../../../shared/api/errors';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import { decidedStatuses, type ApplicationStatus } from '../../../../shared/domain/enums';
import { mayCall } from '../../../../shared/api/define';
import { sectionsFor, stamkortContract, type SectionKey, type Stamkort } from '../../../../shared/features/stamkort';
import type { SessionUser } from '../../../../shared/features/users';
import { perRegister } from '../../db/statement-cache';
import type { Reference } from '../../reference';
import { DEFAULT_REVIEW_DAYS, missingIn, reviewStatus, type StoredSection } from './rules';

const DECIDED = decidedStatuses.map((s) => `'${s}'`).join(', ');
const LIVE_LIMIT = 50;

export function reviewDaysSetting(raw: Database.Database): number {
  const row = raw.prepare("SELECT value FROM register_info WHERE key = 'stamkort_review_days'").get() as { value: string } | undefined;
  const n = row ? Number(row.value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_REVIEW_DAYS;
}

interface CaseHead {
  id: number;
  case_number: string;
  citizen_id: number;
  area: 'børn' | 'voksen';
  name: string;
  cpr: string;
  birth_date: string;
  protected_address: number;
  address: string;
  postal_code: string;
  city: string;
  cw_name: string;
  cw_initials: string;
}

export function caseHead(raw: Database.Database, caseId: number): CaseHead {
  const row = raw
    .prepare(
      `SELECT c.id, c.case_number, c.citizen_id, c.area, z.name, z.cpr, z.birth_date, z.protected_address, z.address, z.postal_code, z.city,
         u.name AS cw_name, u.initials AS cw_initials
       FROM cases c JOIN citizens z ON z.id = c.citizen_id JOIN users u ON u.id = c.caseworker_id
       WHERE c.id = ?`,
    )
    .get(caseId) as CaseHead | undefined;
  if (!row) throw notFound('Sagen');
  return row;
}

/**
 * "Has the register changed since the last confirmation?" as SQL on a citizen id and a
 * moment (column names or parameters): one card here, every card of a caseworker in
 * the reminder list (reminders.ts). Index probes on services_citizen_updated and on
 * cases_citizen + applications_case.
 */
export const changedServicesSql = (citizen: string, since: string) =>
  `EXISTS (SELECT 1 FROM services v WHERE v.citizen_id = ${citizen} AND v.updated_at > ${since})`;
export const decidedApplicationsSql = (citizen: string, since: string) =>
  `EXISTS (SELECT 1 FROM cases k JOIN applications a ON a.case_id = k.id
     WHERE k.citizen_id = ${citizen} AND a.status IN (${DECIDED}) AND a.updated_at > ${since})`;

const changesStatement = perRegister((raw) =>
  raw.prepare(
    `SELECT ${changedServicesSql('@citizen', '@since')} AS changed_services, ${decidedApplicationsSql('@citizen', '@since')} AS decided_applications`,
  ),
);

/** Has the register changed since the moment of the last confirmation (services, decisions)? */
export function registerChanges(raw: Database.Database, citizenId: number, since: string) {
  const r = changesStatement(raw).get({ citizen: citizenId, since }) as { changed_services: number; decided_applications: number };
  return { changedServices: r.changed_services === 1, decidedApplications: r.decided_applications === 1 };
}

interface CardRow {
  version: number;
  confirmed_on: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
}

export function loadStamkort(raw: Database.Database, reference: Reference, caseId: number, today: string, user: SessionUser | null): Stamkort {
  const head = caseHead(raw, caseId);
  const card = raw
    .prepare(
      `SELECT s.version, s.confirmed_on, s.confirmed_at, u.name AS confirmed_by
       FROM stamkort s LEFT JOIN users u ON u.id = s.confirmed_by WHERE s.citizen_id = ?`,
    )
    .get(head.citizen_id) as CardRow | undefined;
  const stored = new Map(
    (
      raw
        .prepare(
          `SELECT x.section, x.data, x.version, x.updated_at, u.name AS updated_by
           FROM stamkort_sections x JOIN users u ON u.id = x.updated_by WHERE x.citizen_id = ?`,
        )
        .all(head.citizen_id) as { section: SectionKey; data: string; version: number; updated_at: string; updated_by: string }[]
    ).map((r) => [r.section, r]),
  );
  const sections = sectionsFor(head.area).map((key) => {
    const r = stored.get(key);
    const data: StoredSection = r ? (JSON.parse(r.data) as StoredSection) : { none: false, entries: [] };
    const missing = missingIn(key, data, !!r, head.area);
    return { key, data, version: r?.version ?? 0, updatedAt: r?.updated_at ?? null, updatedBy: r?.updated_by ?? null, complete: missing.length === 0, missing };
  });

  const reviewDays = reviewDaysSetting(raw);
  const changes = card?.confirmed_at ? registerChanges(raw, head.citizen_id, card.confirmed_at) : { changedServices: false, decidedApplications: false };
  const status = reviewStatus({ confirmedOn: card?.confirmed_on ?? null, reviewDays, today, ...changes });

  const applications = (
    raw
      .prepare(
        `SELECT a.id, c.case_number, a.paragraph, a.received_date, a.status
         FROM cases c JOIN applications a ON a.case_id = c.id
         WHERE c.citizen_id = ? AND a.status = 'verserende'
         ORDER BY a.received_date DESC, a.id DESC LIMIT ${LIVE_LIMIT}`,
      )
      .all(head.citizen_id) as { id: number; case_number: string; paragraph: string; received_date: string; status: ApplicationStatus }[]
  ).map((a) => ({ id: a.id, caseNumber: a.case_number, paragraphShort: reference.short(a.paragraph), receivedDate: a.received_date, status: a.status }));

  const services = (
    raw
      .prepare(
        `SELECT id, service_type, paragraph, provider, start_date, end_date FROM services
         WHERE citizen_id = ? AND (end_date IS NULL OR end_date >= ?)
         ORDER BY start_date DESC, id DESC LIMIT ${LIVE_LIMIT}`,
      )
      .all(head.citizen_id, today) as { id: number; service_type: string; paragraph: string; provider: string; start_date: string; end_date: string | null }[]
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
