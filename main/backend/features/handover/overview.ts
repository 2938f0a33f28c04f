/**
 * The case-stem overview: every open case of one caseworker with what a colleague
 * needs to take over at short notice. A fixed number of queries whatever the number
 * of cases (cases, then services, applications, parties and last activities for all
 * case ids at once), so 80 cases cost the same round trips as 8.
 */
import type Database from 'better-sqlite3';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import { decidedStatuses, type Phase } from '../../../../shared/domain/enums';
import { compareDanish } from '../../../../shared/domain/collation';
import type { OverviewRow, Party, overviewSorts } from '../../../../shared/features/handover';
import type { Reference } from '../../reference';
import { reviewDaysSetting } from '../stamkort/load';
import { reviewStatus } from '../stamkort/rules';

const DECIDED = decidedStatuses.map((s) => `'${s}'`).join(', ');

interface CaseRaw {
  id: number;
  case_number: string;
  citizen_id: number;
  name: string;
  cpr: string;
  birth_date: string;
  phase: Phase;
  /** The running deadline: none once every application is decided. */
  deadline: string | null;
  next_follow_up: string | null;
  paragraphs: string | null;
  confirmed_on: string | null;
  changed_services: number;
  decided_applications: number;
  last_date: string | null;
  last_name: string | null;
}

// Citizens' own data plus the stamkort's confirmation and whether the register changed since (stamkort rules decide).
const CASES = `
  SELECT c.id, c.case_number, c.citizen_id, z.name, z.cpr, z.birth_date, c.phase, c.pending_deadline AS deadline, c.next_follow_up,
    (SELECT group_concat(paragraph, ',') FROM (SELECT paragraph FROM case_paragraphs p WHERE p.case_id = c.id ORDER BY p.position)) AS paragraphs,
    sk.confirmed_on,
    CASE WHEN sk.confirmed_at IS NULL THEN 0 ELSE EXISTS (SELECT 1 FROM services s WHERE s.citizen_id = c.citizen_id AND s.updated_at > sk.confirmed_at) END AS changed_services,
    CASE WHEN sk.confirmed_at IS NULL THEN 0 ELSE EXISTS (
      SELECT 1 FROM cases c2 JOIN applications a ON a.case_id = c2.id
      WHERE c2.citizen_id = c.citizen_id AND a.status IN (${DECIDED}) AND a.updated_at > sk.confirmed_at) END AS decided_applications,
    la.activity_date AS last_date, la.name AS last_name
  FROM cases c
  JOIN citizens z ON z.id = c.citizen_id
  LEFT JOIN stamkort sk ON sk.citizen_id = c.citizen_id
  LEFT JOIN activities la ON la.id = (SELECT a.id FROM activities a WHERE a.case_id = c.id ORDER BY a.activity_date DESC, a.id DESC LIMIT 1)`;

export type CaseScope = { userId: number } | { caseIds: number[] };

export function overviewRows(raw: Database.Database, reference: Reference, today: string, scope: CaseScope): OverviewRow[] {
  const cases = (
    'userId' in scope
      ? raw.prepare(`${CASES} WHERE c.caseworker_id = ? AND c.state = 'åben'`).all(scope.userId)
      : raw.prepare(`${CASES} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(scope.caseIds))
  ) as CaseRaw[];
  if (cases.length === 0) return [];
  const ids = JSON.stringify(cases.map((c) => c.id));
  const citizenIds = JSON.stringify([...new Set(cases.map((c) => c.citizen_id))]);

  const services = group(
    raw
      .prepare(
        `SELECT case_id, service_type, end_date FROM services
         WHERE case_id IN (SELECT value FROM json_each(?)) AND (end_date IS NULL OR end_date >= ?)
         ORDER BY start_date, id`,
      )
      .all(ids, today) as { case_id: number; service_type: string; end_date: string | null }[],
  );
  const applications = group(
    raw
      .prepare(
        `SELECT case_id, paragraph, received_date, deadline FROM applications
         WHERE case_id IN (SELECT value FROM json_each(?)) AND status = 'verserende' ORDER BY received_date, id`,
      )
      .all(ids) as { case_id: number; paragraph: string; received_date: string; deadline: string | null }[],
  );
  const parents = new Map<number, Party[]>();
  // The stamkort's table exists from migration 003 on; a card without parents gives no parties.
  for (const r of raw
    .prepare(`SELECT citizen_id, data FROM stamkort_sections WHERE section = 'parents' AND citizen_id IN (SELECT value FROM json_each(?))`)
    .all(citizenIds) as { citizen_id: number; data: string }[]) {
    parents.set(r.citizen_id, partiesOf(r.data));
  }

  const reviewDays = reviewDaysSetting(raw);
  return cases.map((c) => {
    const overdue: string[] = [];
    if (c.next_follow_up && c.next_follow_up < today) overdue.push('Opfølgning overskredet');
    if (c.deadline && c.deadline < today) overdue.push('Frist overskredet');
    const status = reviewStatus({ confirmedOn: c.confirmed_on, reviewDays, today, changedServices: c.changed_services === 1, decidedApplications: c.decided_applications === 1 });
    return {
      caseId: c.id,
      caseNumber: c.case_number,
      citizenId: c.citizen_id,
      citizenName: c.name,
      cprFormatted: formatCpr(c.cpr),
      age: ageOn(c.birth_date, today),
      paragraphs: (c.paragraphs ? c.paragraphs.split(',') : []).map((code) => reference.short(code)),
      phase: c.phase,
      deadline: c.deadline,
      nextFollowUp: c.next_follow_up,
      services: (services.get(c.id) ?? []).map((s) => ({ name: s.service_type, endDate: s.end_date })),
      // Each undecided application with its own deadline.
      applications: (applications.get(c.id) ?? []).map((a) => ({ paragraph: reference.short(a.paragraph), receivedDate: a.received_date, deadline: a.deadline })),
      overdue,
      parties: parents.get(c.citizen_id) ?? [],
      lastActivity: c.last_date ? { date: c.last_date, name: c.last_name ?? '' } : null,
      stamkortCurrent: !status.due,
    };
  });
}

function group<T extends { case_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.case_id);
    if (list) list.push(r);
    else out.set(r.case_id, [r]);
  }
  return out;
}

/** Custody holders, party representatives and guardians from the stamkort's parents section. */
export function partiesOf(json: string): Party[] {
  let data: { entries?: { name?: string; phone?: string; custody?: boolean; partyRepresentative?: boolean; guardian?: boolean }[] };
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const out: Party[] = [];
  for (const e of data.entries ?? []) {
    const name = e.name ?? '';
    const phone = e.phone ?? '';
    if (e.custody) out.push({ role: 'forældremyndighed', name, phone });
    if (e.partyRepresentative) out.push({ role: 'partsrepræsentant', name, phone });
    if (e.guardian) out.push({ role: 'værge', name, phone });
  }
  return out;
}

const last = '9999-12-31';
/** Sorting by next follow-up, citizen or the earliest deadline; cases without a date last. */
export function sortRows(rows: OverviewRow[], sort: (typeof overviewSorts)[number]): OverviewRow[] {
  const byCitizen = (a: OverviewRow, b: OverviewRow) => compareDanish(a.citizenName, b.citizenName) || a.caseNumber.localeCompare(b.caseNumber);
  const cmp =
    sort === 'borger'
      ? byCitizen
      : sort === 'frist'
        ? (a: OverviewRow, b: OverviewRow) => (a.deadline ?? last).localeCompare(b.deadline ?? last) || byCitizen(a, b)
        : (a: OverviewRow, b: OverviewRow) => (a.nextFollowUp ?? last).localeCompare(b.nextFollowUp ?? last) || byCitizen(a, b);
  return [...rows].sort(cmp);
}
