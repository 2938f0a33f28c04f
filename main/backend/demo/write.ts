/**
 * Writing planned demo cases with raw prepared statements, in chunked transactions:
 * per-row Kysely calls would take minutes for the large size, and chunks keep the
 * WAL file from growing to the size of the whole register.
 */
import type Database from 'better-sqlite3';
import { decidedStatuses, type ApplicationStatus } from '../../../shared/domain/enums';
import { nameKey } from '../features/activity-names/matching';
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

const CHUNK = 2_000;

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
function demoNaming(raw: Database.Database, today: number) {
  const ids = new Map((raw.prepare('SELECT name, id FROM activity_names').all() as { name: string; id: number }[]).map((r) => [r.name, r.id]));
  const other = (raw.prepare('SELECT id FROM activity_names WHERE is_other = 1').get() as { id: number } | undefined)?.id ?? null;
  // A legacy name must not be a list name written in other case: those the migration would count as standard.
  const keys = new Set((raw.prepare('SELECT name_key FROM activity_names').all() as { name_key: string }[]).map((r) => r.name_key));
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

export function insertCases(raw: Database.Database, rng: Rng, cases: DemoCase[], stamp: Stamp, today: number): { activities: number } {
  const insertCase = raw.prepare(
    `INSERT INTO cases (case_number, citizen_id, area, case_type, kle_number, handlingsfacet, phase, state, received_date, deadline,
       next_follow_up, caseworker_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'G01', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParagraph = raw.prepare('INSERT INTO case_paragraphs (case_id, paragraph, position) VALUES (?, ?, ?)');
  const insertPeriod = raw.prepare(
    'INSERT INTO case_assignments (case_id, user_id, from_at, to_at, reason, assigned_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertActivity = raw.prepare(
    'INSERT INTO activities (case_id, activity_date, name, activity_name_id, standard, note, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const naming = demoNaming(raw, today);
  const insertApplication = raw.prepare(
    `INSERT INTO applications (case_id, paragraph, received_date, status, decision_date, deadline, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertService = raw.prepare(
    `INSERT INTO services (citizen_id, case_id, service_type, paragraph, provider, start_date, end_date, scope, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  let activities = 0;
  const writeOne = (c: DemoCase) => {
    const journal = planJournal(c);
    const lastDay = journal.reduce((m, [day]) => Math.max(m, day), c.receivedDay);
    const caseId = Number(
      insertCase.run(
        c.caseNumber, c.citizen.id, c.area, c.caseType.name, kleFor(c.caseType.name), c.phase, c.state,
        isoOfDay(c.receivedDay), isoOfDay(c.deadlineDay), c.followUpDay === null ? null : isoOfDay(c.followUpDay),
        c.caseworkerId, stamp(c.receivedDay), stamp(lastDay),
      ).lastInsertRowid,
    );
    c.caseType.paragraphs.forEach((p, i) => insertParagraph.run(caseId, p, i));

    const assignedBy = c.team.leaderId;
    c.periods.forEach((p, i) => {
      const next = c.periods[i + 1];
      insertPeriod.run(caseId, p.userId, stamp(p.fromDay), next ? stamp(next.fromDay) : null, p.reason, assignedBy);
    });

    // Each entry is written by whoever had the case that day.
    const holderOn = (day: number) => {
      let holder = c.periods[0].userId;
      for (const p of c.periods) if (p.fromDay <= day) holder = p.userId;
      return holder;
    };
    for (const [day, word] of journal) {
      const [name, nameId, standard] = naming(word.name, day);
      insertActivity.run(caseId, isoOfDay(day), name, nameId, standard, rng.pick(word.notes), holderOn(day), stamp(day));
    }
    activities += journal.length;

    writeApplications(c, caseId);
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

  const writeApplications = (c: DemoCase, caseId: number) => {
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
      insertApplication.run(
        caseId, paragraph, isoOfDay(receivedDay), status, decisionDay === null ? null : isoOfDay(decisionDay), isoOfDay(deadlineDay),
        rng.pick(applicationNotes[status]), stamp(receivedDay), updated,
      );
      if ((status === 'bevilget' || status === 'delvist_bevilget') && decisionDay !== null) {
        writeService(c.citizen, caseId, paragraph, decisionDay + rng.int(7, 45), c.state === 'afsluttet' ? c.endDay : null);
      }
    }
  };

  const writeService = (citizen: DemoCitizen, caseId: number | null, paragraph: string, startDay: number, endBy: number | null) => {
    const word = serviceFor(paragraph);
    let endDay: number | null = null;
    if (endBy !== null) endDay = Math.max(startDay, endBy);
    else if (rng.chance(0.45)) endDay = startDay + rng.int(90, 720);
    const at = stamp(Math.min(startDay, today));
    insertService.run(citizen.id, caseId, word.type, paragraph, rng.pick(word.providers), isoOfDay(startDay), endDay === null ? null : isoOfDay(endDay), rng.pick(word.scopes), at, at);
  };

  for (let start = 0; start < cases.length; start += CHUNK) {
    raw.transaction(() => {
      for (const c of cases.slice(start, start + CHUNK)) writeOne(c);
    })();
  }
  return { activities };
}

/** Services granted before the register was taken into use: not linked to any case. */
export function insertLooseServices(raw: Database.Database, rng: Rng, citizens: DemoCitizen[], stamp: Stamp, today: number): void {
  const insert = raw.prepare(
    `INSERT INTO services (citizen_id, case_id, service_type, paragraph, provider, start_date, end_date, scope, created_at, updated_at)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  raw.transaction(() => {
    for (const c of citizens) {
      if (!rng.chance(0.1)) continue;
      const paragraph = c.area === 'børn' ? rng.pick(['SEL-112', 'BL-86', 'BL-32']) : rng.pick(['SEL-112', 'SEL-85', 'SEL-97']);
      const word = serviceFor(paragraph);
      const startDay = Math.min(today, Math.max(c.birthDay + 30, today - rng.int(400, 3000)));
      const endDay = rng.chance(0.4) ? Math.min(today, startDay + rng.int(60, 900)) : null;
      const at = stamp(startDay);
      insert.run(c.id, word.type, paragraph, rng.pick(word.providers), isoOfDay(startDay), endDay === null ? null : isoOfDay(endDay), rng.pick(word.scopes), at, at);
    }
  })();
}
