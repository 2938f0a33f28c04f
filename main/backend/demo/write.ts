/**
 * Writing planned demo cases in multi-row inserts (demo/batch.ts): one statement per
 * row would take minutes for the large size. The caller holds the transaction.
 */
import type { Insertable } from 'kysely';
import { decidedStatuses, type ApplicationStatus } from '../../../shared/domain/enums';
import type { DB } from '../db/schema';
import type { Db } from '../db/transaction';
import { nameKey } from '../features/activity-names';
import { insertRows, insertRowsWithIds } from './batch';
import type { DemoCase } from './cases';
import type { DemoCitizen } from './citizens';
import { isoOfDay, Rng } from './random';
import {
  activityPool,
  applicationNotes,
  closingActivity,
  decisionActivity,
  kleFor,
  legacyNames,
  openingActivities,
  otherDescriptions,
  serviceFor,
  type ActivityWord,
} from './vocabulary';

/** Cases planned and written at a time: one statement's worth of case rows. */
const CHUNK = 500;

type Stamp = (day: number) => string;

/** Journal entries are dated on weekdays. */
function weekday(day: number, lo: number, hi: number): number {
  const dow = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  const moved = dow === 6 ? day - 1 : dow === 0 ? day + 1 : day;
  return moved < lo || moved > hi ? day : moved;
}

/**
 * How a demo entry is named: the standard name mostly; a legacy name (old wording,
 * misspelling, free text) more often the older the entry; now and then "Andet" with
 * a description. Its own Rng, so the rest of the demo register is unchanged by it.
 */
async function demoNaming(db: Db, today: number) {
  const list = await db.selectFrom('activity_names').select(['id', 'name', 'name_key', 'is_other']).orderBy('id').execute();
  const ids = new Map(list.map((r) => [r.name, r.id]));
  const other = list.find((r) => r.is_other === 1)?.id ?? null;
  // A legacy name must not be a list name written in other case: those the migration would count as standard.
  const keys = new Set(list.map((r) => r.name_key));
  const legacy = legacyNames().filter((n) => !keys.has(nameKey(n)));
  const rng = new Rng(4_404);
  return (standardName: string, day: number): [string, number | null, 0 | 1] => {
    const id = ids.get(standardName);
    if (id === undefined) throw new Error(`demo activity name is not on the standard list: ${standardName}`);
    const age = today - day;
    const p = age > 730 ? 0.1 : age > 365 ? 0.05 : 0.025;
    const r = rng.next();
    if (r < p) return [legacy[Math.floor(legacy.length * rng.next() ** 2)], null, 0];
    if (other !== null && r < p + 0.004) return [rng.pick(otherDescriptions), other, 0];
    return [standardName, id, 1];
  };
}

type Row<T extends keyof DB> = Insertable<DB[T]>;
/** A row that belongs to a case not yet written: its id is filled in once it is. */
type OfCase<R> = Omit<R, 'case_id'>;

/** What one case is written as, its child rows waiting for the case's id. */
interface CaseRows {
  caseRow: Row<'cases'>;
  paragraphs: OfCase<Row<'case_paragraphs'>>[];
  periods: OfCase<Row<'case_assignments'>>[];
  activities: OfCase<Row<'activities'>>[];
  applications: OfCase<Row<'applications'>>[];
  services: OfCase<Row<'services'>>[];
}

const serviceRow = (
  rng: Rng,
  citizenId: number,
  paragraph: string,
  startDay: number,
  endDay: number | null,
  at: string,
): OfCase<Row<'services'>> => {
  const word = serviceFor(paragraph);
  return {
    citizen_id: citizenId, service_type: word.type, paragraph, provider: rng.pick(word.providers), start_date: isoOfDay(startDay),
    end_date: endDay === null ? null : isoOfDay(endDay), scope: rng.pick(word.scopes), created_at: at, updated_at: at,
  };
};

/**
 * Plans each case's rows in memory (drawing the Rng in the same order as always, so the
 * same seed gives the same register), then writes them chunk by chunk, table by table,
 * in multi-row statements. Ids are handed out in case order in every table, as before.
 */
export async function insertCases(db: Db, rng: Rng, cases: DemoCase[], stamp: Stamp, today: number): Promise<{ activities: number }> {
  const naming = await demoNaming(db, today);

  let activities = 0;
  const planOne = (c: DemoCase): CaseRows => {
    const journal = planJournal(c);
    const lastDay = journal.reduce((m, [day]) => Math.max(m, day), c.receivedDay);
    const caseRow: Row<'cases'> = {
      case_number: c.caseNumber, citizen_id: c.citizen.id, area: c.area, case_type: c.caseType.name, kle_number: kleFor(c.caseType.name),
      handlingsfacet: 'G01', phase: c.phase, state: c.state, received_date: isoOfDay(c.receivedDay), deadline: isoOfDay(c.deadlineDay),
      next_follow_up: c.followUpDay === null ? null : isoOfDay(c.followUpDay), caseworker_id: c.caseworkerId,
      created_at: stamp(c.receivedDay), updated_at: stamp(lastDay),
    };
    const paragraphs = c.caseType.paragraphs.map((paragraph, position) => ({ paragraph, position }));

    const assignedBy = c.team.leaderId;
    const periods = c.periods.map((p, i) => {
      const next = c.periods[i + 1];
      return { user_id: p.userId, from_at: stamp(p.fromDay), to_at: next ? stamp(next.fromDay) : null, reason: p.reason, assigned_by: assignedBy };
    });

    // Each entry is written by whoever had the case that day.
    const holderOn = (day: number) => {
      let holder = c.periods[0].userId;
      for (const p of c.periods) if (p.fromDay <= day) holder = p.userId;
      return holder;
    };
    const entries = journal.map(([day, word]) => {
      const [name, nameId, standard] = naming(word.name, day);
      return {
        activity_date: isoOfDay(day), name, activity_name_id: nameId, standard, note: rng.pick(word.notes), author_id: holderOn(day), created_at: stamp(day),
      };
    });
    activities += journal.length;

    const rows: CaseRows = { caseRow, paragraphs, periods, activities: entries, applications: [], services: [] };
    planApplications(c, rows);
    return rows;
  };

  /** Opening entry on the day received, a spread of entries, then decision / closing. */
  const planJournal = (c: DemoCase): [number, ActivityWord][] => {
    const out: [number, ActivityWord][] = [[c.receivedDay, rng.pick(openingActivities)]];
    const closing: [number, ActivityWord][] = [];
    if (c.decisionDay !== null && c.decisionDay <= c.endDay) closing.push([c.decisionDay, decisionActivity]);
    if (c.state === 'afsluttet') closing.push([c.endDay, closingActivity]);
    const hi = Math.min(c.endDay, today);
    const span = hi - c.receivedDay;
    const untilDecision = Math.max(1, (c.decisionDay ?? hi) - c.receivedDay);
    const days: number[] = [];
    for (let i = closing.length + 1; i < c.activityCount; i++) days.push(weekday(c.receivedDay + rng.int(0, span), c.receivedDay, hi));
    days.sort((x, y) => x - y);
    for (const day of days) {
      const afterDecision = c.decisionDay !== null && day > c.decisionDay;
      out.push([day, rng.pick(activityPool(c.area, afterDecision, (day - c.receivedDay) / untilDecision))]);
    }
    return out.concat(closing);
  };

  const planApplications = (c: DemoCase, rows: CaseRows) => {
    const n = rng.weighted([[0, 15], [1, 70], [2, 15]] as const);
    const early = c.phase === 'sagsåbning' || c.phase === 'sagsoplysning' || c.phase === 'sagsvurdering';
    for (let i = 0; i < n; i++) {
      const paragraph = c.caseType.paragraphs[i % c.caseType.paragraphs.length];
      const receivedDay = i === 0 ? c.receivedDay : Math.min(today, c.receivedDay + rng.int(30, Math.max(30, c.endDay - c.receivedDay)));
      let status: ApplicationStatus;
      if (c.state === 'åben' && (early || (c.phase === 'afgørelse' && rng.chance(0.7)) || receivedDay > today - 21)) status = 'verserende';
      else status = rng.weighted([['bevilget', 55], ['delvist_bevilget', 15], ['afslag', 20], ['trukket_tilbage', 10]] as const);
      const decided = decidedStatuses.includes(status);
      // Received with the case: its deadline and (once decided) its decision are the case's.
      const deadlineDay = i === 0 ? c.deadlineDay : receivedDay + (c.deadlineDay - c.receivedDay);
      const decisionDay = !decided
        ? null
        : i === 0 && c.decisionDay !== null
          ? c.decisionDay
          : Math.max(receivedDay, Math.min(today, receivedDay + rng.int(14, Math.max(14, Math.round((deadlineDay - receivedDay) * (rng.chance(0.88) ? 0.95 : 1.3))))));
      const updated = stamp(decisionDay ?? receivedDay);
      rows.applications.push({
        paragraph, received_date: isoOfDay(receivedDay), status, decision_date: decisionDay === null ? null : isoOfDay(decisionDay),
        deadline: isoOfDay(deadlineDay), note: rng.pick(applicationNotes[status]), created_at: stamp(receivedDay), updated_at: updated,
      });
      if ((status === 'bevilget' || status === 'delvist_bevilget') && decisionDay !== null) {
        rows.services.push(planService(c.citizen, paragraph, decisionDay + rng.int(7, 45), c.state === 'afsluttet' ? c.endDay : null));
      }
    }
  };

  const planService = (citizen: DemoCitizen, paragraph: string, startDay: number, endBy: number | null) => {
    let endDay: number | null = null;
    if (endBy !== null) endDay = Math.max(startDay, endBy);
    else if (rng.chance(0.45)) endDay = startDay + rng.int(90, 720);
    return serviceRow(rng, citizen.id, paragraph, startDay, endDay, stamp(Math.min(startDay, today)));
  };

  for (let start = 0; start < cases.length; start += CHUNK) {
    const planned = cases.slice(start, start + CHUNK).map(planOne);
    const ids = await insertRowsWithIds(db, 'cases', planned.map((p) => p.caseRow), 'case_number');
    const withId = <R>(pick: (p: CaseRows) => R[]) => planned.flatMap((p) => pick(p).map((r) => ({ ...r, case_id: ids.get(p.caseRow.case_number)! })));
    await insertRows(db, 'case_paragraphs', withId((p) => p.paragraphs));
    await insertRows(db, 'case_assignments', withId((p) => p.periods));
    await insertRows(db, 'activities', withId((p) => p.activities));
    await insertRows(db, 'applications', withId((p) => p.applications));
    await insertRows(db, 'services', withId((p) => p.services));
  }
  return { activities };
}

/** Services granted before the register was taken into use: not linked to any case. */
export async function insertLooseServices(db: Db, rng: Rng, citizens: DemoCitizen[], stamp: Stamp, today: number): Promise<void> {
  const rows: Row<'services'>[] = [];
  for (const c of citizens) {
    if (!rng.chance(0.1)) continue;
    const paragraph = c.area === 'børn' ? rng.pick(['SEL-112', 'BL-86', 'BL-32']) : rng.pick(['SEL-112', 'SEL-85', 'SEL-97']);
    const startDay = Math.min(today, Math.max(c.birthDay + 30, today - rng.int(400, 3000)));
    const endDay = rng.chance(0.4) ? Math.min(today, startDay + rng.int(60, 900)) : null;
    rows.push({ ...serviceRow(rng, c.id, paragraph, startDay, endDay, stamp(startDay)), case_id: null });
  }
  await insertRows(db, 'services', rows);
}
