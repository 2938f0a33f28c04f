/**
 * The case-stem overview: every open case of one caseworker with what a colleague
 * needs to take over at short notice. A fixed number of queries whatever the number
 * of cases (cases, then services, applications, parties and last activities for all
 * case ids at once), so 80 cases cost the same round trips as 8.
 */
import { sql } from 'kysely';
import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import { decidedStatuses, type Phase } from '../../../../shared/domain/enums';
import { compareDanish } from '../../../../shared/domain/collation';
import type { OverviewRow, Party, overviewSorts } from '../../../../shared/features/handover';
import { dialectOf } from '../../db/dialect';
import type { Db } from '../../db/transaction';
import type { Reference } from '../../reference';
import { reviewDaysSetting, reviewStatus } from '../stamkort';
import { byIdChunks } from '../../db/chunks';

// Citizens' own data plus the stamkort's confirmation and whether the register changed since (stamkort rules decide).
// The flags are CASE … THEN 1 ELSE 0, never a bare EXISTS: an integer on every engine (PostgreSQL's EXISTS is a boolean).
function casesQuery(db: Db) {
  return db
    .selectFrom('cases as c')
    .innerJoin('citizens as z', 'z.id', 'c.citizen_id')
    .leftJoin('stamkort as sk', 'sk.citizen_id', 'c.citizen_id')
    .leftJoin('activities as la', (j) =>
      j.on((eb) =>
        eb(
          'la.id',
          '=',
          eb.selectFrom('activities as a').select('a.id').whereRef('a.case_id', '=', 'c.id').orderBy('a.activity_date', 'desc').orderBy('a.id', 'desc').limit(1),
        ),
      ),
    )
    .select([
      'c.id',
      'c.case_number',
      'c.citizen_id',
      'z.name',
      'z.cpr',
      'z.birth_date',
      'c.phase',
      // The running deadline: none once every application is decided.
      'c.pending_deadline as deadline',
      'c.next_follow_up',
      dialectOf(db).joinedValues(sql`SELECT p.paragraph FROM case_paragraphs p WHERE p.case_id = c.id ORDER BY p.position`, 'paragraph', ',').as('paragraphs'),
      'sk.confirmed_on',
      sql<number>`CASE WHEN sk.confirmed_at IS NULL THEN 0
        WHEN EXISTS (SELECT 1 FROM services s WHERE s.citizen_id = c.citizen_id AND s.updated_at > sk.confirmed_at) THEN 1 ELSE 0 END`.as('changed_services'),
      sql<number>`CASE WHEN sk.confirmed_at IS NULL THEN 0
        WHEN EXISTS (SELECT 1 FROM cases c2 JOIN applications a ON a.case_id = c2.id
          WHERE c2.citizen_id = c.citizen_id AND a.status IN (${sql.join([...decidedStatuses])}) AND a.updated_at > sk.confirmed_at) THEN 1 ELSE 0 END`.as('decided_applications'),
      'la.activity_date as last_date',
      'la.name as last_name',
    ]);
}

export type CaseScope = { userId: number } | { caseIds: number[] };

export async function overviewRows(db: Db, reference: Reference, today: string, scope: CaseScope): Promise<OverviewRow[]> {
  const cases =
    'userId' in scope
      ? await casesQuery(db).where('c.caseworker_id', '=', scope.userId).where('c.state', '=', 'åben').execute()
      : await byIdChunks(scope.caseIds, (ids) => casesQuery(db).where('c.id', 'in', ids).execute());
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const citizenIds = cases.map((c) => c.citizen_id);

  // Each case lies in one chunk, so the order within a case holds across chunks.
  const services = group(
    await byIdChunks(ids, (chunk) =>
      db
        .selectFrom('services')
        .select(['case_id', 'service_type', 'end_date'])
        .where('case_id', 'in', chunk)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
        .orderBy('start_date')
        .orderBy('id')
        .execute(),
    ),
  );
  const applications = group(
    await byIdChunks(ids, (chunk) =>
      db
        .selectFrom('applications')
        .select(['case_id', 'paragraph', 'received_date', 'deadline'])
        .where('case_id', 'in', chunk)
        .where('status', '=', 'verserende')
        .orderBy('received_date')
        .orderBy('id')
        .execute(),
    ),
  );
  const parents = new Map<number, Party[]>();
  // A card without parents gives no parties.
  for (const r of await byIdChunks(citizenIds, (chunk) =>
    db.selectFrom('stamkort_sections').select(['citizen_id', 'data']).where('section', '=', 'parents').where('citizen_id', 'in', chunk).execute(),
  )) {
    parents.set(r.citizen_id, partiesOf(r.data));
  }

  const reviewDays = await reviewDaysSetting(db);
  return cases.map((c) => {
    const overdue: string[] = [];
    if (c.next_follow_up && c.next_follow_up < today) overdue.push('Opfølgning overskredet');
    if (c.deadline && c.deadline < today) overdue.push('Frist overskredet');
    const status = reviewStatus({
      confirmedOn: c.confirmed_on,
      reviewDays,
      today,
      changedServices: Number(c.changed_services) === 1,
      decidedApplications: Number(c.decided_applications) === 1,
    });
    return {
      caseId: c.id,
      caseNumber: c.case_number,
      citizenId: c.citizen_id,
      citizenName: c.name,
      cprFormatted: formatCpr(c.cpr),
      age: ageOn(c.birth_date, today),
      paragraphs: (c.paragraphs ? c.paragraphs.split(',') : []).map((code) => reference.short(code)),
      phase: c.phase as Phase,
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

function group<T extends { case_id: number | null }>(rows: T[]): Map<number | null, T[]> {
  const out = new Map<number | null, T[]>();
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
