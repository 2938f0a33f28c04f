/**
 * Demo data for deadlines, relative to the day the register is created: notices on most
 * overdue cases (a few without, for the list that must be empty), receipts, follow-up
 * dates on ongoing services, and young people placed at every transition step, so the
 * reminder centre shows every kind of reminder on first start.
 */
import type Database from 'better-sqlite3';
import { addPeriod } from '../../../../shared/domain/calendar';
import { toIsoDate } from '../../../../shared/domain/dates';
import { monthsAfterBirth, nextMeetingInvitableFrom, transitionTasks } from '../../../../shared/domain/transition';
import type { DemoFeatureContext } from '../../demo/feature';
import { Rng } from '../../demo/random';
import { loadSettings } from './config';
import { PENDING_DEADLINE_SQL } from '../../services/decision-deadlines';

const MOD11 = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

export function fillDeadlinesDemo(raw: Database.Database, ctx: DemoFeatureContext): void {
  const rng = new Rng(ctx.seed ^ 0x7d7);
  const today = toIsoDate(ctx.today);
  const at = ctx.today.toISOString();
  const young = placeYoungPeople(raw, today);
  fillCases(raw, rng, today, at);
  fillFollowUps(raw, rng, today);
  markEarlierStepsDone(raw, today, young);
}

/** Notices on most overdue open cases, receipts on nearly all open cases. */
function fillCases(raw: Database.Database, rng: Rng, today: string, at: string): void {
  const open = raw
    .prepare(`SELECT id, caseworker_id, received_date, pending_deadline FROM cases WHERE state = 'åben' ORDER BY id`)
    .all() as { id: number; caseworker_id: number; received_date: string; pending_deadline: string | null }[];
  const event = raw.prepare(
    'INSERT INTO deadline_events (case_id, kind, event_date, expected_date, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setNotice = raw.prepare('UPDATE cases SET expected_decision_date = ? WHERE id = ?');
  const setReceipt = raw.prepare('UPDATE cases SET receipt_due = ?, receipt_date = ? WHERE id = ?');
  for (const c of open) {
    const due = addPeriod(c.received_date, 10, 'dage');
    const recent = c.received_date >= addPeriod(today, -12, 'dage');
    // Most receipts are sent; a few recent enquiries still wait for one.
    if (recent && rng.chance(0.5)) setReceipt.run(due, null, c.id);
    else {
      const sent = addPeriod(c.received_date, rng.int(1, 8), 'dage');
      const date = sent > today ? today : sent;
      setReceipt.run(due, date, c.id);
      event.run(c.id, 'receipt', date, null, '', c.caseworker_id, at);
    }
    // Only a decision that still awaits can be late, so only then is the citizen told.
    if (c.pending_deadline !== null && c.pending_deadline < today && rng.chance(0.93)) {
      const sent = addPeriod(c.pending_deadline, -rng.int(0, 10), 'dage');
      const expected = addPeriod(today, rng.int(5, 70), 'dage');
      event.run(c.id, 'notice', sent < c.received_date ? c.received_date : sent, expected, 'Afventer oplysninger.', c.caseworker_id, at);
      setNotice.run(expected, c.id);
    }
  }
  // A few undecided cases coming due soon, so that list is never empty in a demo.
  const later = raw
    .prepare(`SELECT id, received_date FROM cases WHERE state = 'åben' AND pending_deadline > ? AND received_date >= ? ORDER BY id LIMIT 3`)
    .all(addPeriod(today, 14, 'dage'), addPeriod(today, -60, 'dage')) as { id: number; received_date: string }[];
  const setDeadline = raw.prepare('UPDATE cases SET deadline = ? WHERE id = ?');
  const setApplications = raw.prepare('UPDATE applications SET deadline = ? WHERE case_id = ? AND received_date = ?');
  later.forEach((c, i) => {
    const deadline = addPeriod(today, 3 + i * 4, 'dage');
    setDeadline.run(deadline, c.id);
    setApplications.run(deadline, c.id, c.received_date);
  });
  raw.prepare(`UPDATE cases SET pending_deadline = ${PENDING_DEADLINE_SQL} WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(later.map((c) => c.id)));
}

/** Ongoing services get their next follow-up: the period after the start, repeated until recent. */
function fillFollowUps(raw: Database.Database, rng: Rng, today: string): void {
  const services = raw
    .prepare('SELECT id, service_type, start_date FROM services WHERE end_date IS NULL OR end_date >= ? ORDER BY id')
    .all(today) as { id: number; service_type: string; start_date: string }[];
  const set = raw.prepare('UPDATE services SET follow_up_date = ? WHERE id = ?');
  const from = addPeriod(today, -rng.int(20, 40), 'dage');
  const general = loadSettings(raw).followUpMonths;
  const byType = new Map(
    (raw.prepare('SELECT service_type, months FROM follow_up_rules').all() as { service_type: string; months: number }[]).map((r) => [r.service_type.toLowerCase(), r.months]),
  );
  for (const s of services) {
    const months = byType.get(s.service_type.toLowerCase()) ?? general;
    // Skip whole periods arithmetically, then step: the same date as repeating the period from the start.
    const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
    const [sy, sm] = [Number(s.start_date.slice(0, 4)), Number(s.start_date.slice(5, 7))];
    let n = Math.max(1, Math.floor(((fy - sy) * 12 + (fm - sm)) / months) - 1);
    let next = addPeriod(s.start_date, n * months, 'måneder');
    while (next < from) next = addPeriod(s.start_date, ++n * months, 'måneder');
    set.run(next, s.id);
  }
}

interface Young {
  citizenId: number;
  caseId: number;
  userId: number;
}

/**
 * Gives a handful of children with an open children's case a birth date that puts them at a
 * given transition step now (the demo's own people, with demo CPR numbers that fail modulus 11).
 */
function placeYoungPeople(raw: Database.Database, today: string): Young[] {
  const candidates = raw
    .prepare(
      `SELECT ci.id AS citizenId, min(c.id) AS caseId, c.caseworker_id AS userId, ci.cpr
       FROM citizens ci JOIN cases c ON c.citizen_id = ci.id AND c.area = 'børn' AND c.state = 'åben'
       WHERE ci.birth_date BETWEEN ? AND ? AND (SELECT count(*) FROM cases x WHERE x.citizen_id = ci.id) = 1
       GROUP BY ci.id ORDER BY ci.id LIMIT 12`,
    )
    .all(addPeriod(today, -17 * 365, 'dage'), addPeriod(today, -8 * 365, 'dage')) as (Young & { cpr: string })[];
  const meeting = nextMeetingInvitableFrom(addPeriod(today, -20, 'dage'));
  const quarterStart = `${meeting.slice(0, 5)}${String(Number(meeting.slice(5, 7)) - 1).padStart(2, '0')}-10`;
  const sixteenIn = (iso: string) => `${Number(iso.slice(0, 4)) - 16}${iso.slice(4)}`;
  const minusMonths = (months: number, plusDays: number) => monthsAfterBirth(addPeriod(today, plusDays, 'dage'), -months);
  const births: { birth: string; placed?: boolean }[] = [
    { birth: minusMonths(186, 5) }, // 15½ in five days: decide on the transition track
    { birth: sixteenIn(quarterStart) }, // invited to the next information meeting
    { birth: sixteenIn(addPeriod(quarterStart, 20, 'dage')) },
    { birth: sixteenIn(addPeriod(quarterStart, 45, 'dage')) },
    { birth: minusMonths(192, -3) }, // turned 16 three days ago: prepare the transition
    { birth: minusMonths(204, 10) }, // 17 in ten days: the cross-department meeting
    { birth: minusMonths(210, 2), placed: true }, // 17½ and placed outside the home: support after 18
    { birth: minusMonths(216, 12) }, // 18 in twelve days
  ];
  const taken = raw.prepare('SELECT 1 FROM citizens WHERE cpr = ?');
  const setBirth = raw.prepare('UPDATE citizens SET birth_date = ?, cpr = ? WHERE id = ?');
  const placeService = raw.prepare(
    `INSERT INTO services (citizen_id, case_id, service_type, paragraph, provider, start_date, end_date, scope, follow_up_date, created_at, updated_at)
     VALUES (?, ?, 'Anbringelse', 'BL-46', 'Opholdsstedet Eksempelgård', ?, NULL, 'Døgnophold', ?, ?, ?)`,
  );
  const placed: Young[] = [];
  births.forEach((b, i) => {
    const who = candidates[i];
    if (!who) return;
    setBirth.run(b.birth, demoCpr(b.birth, who.cpr, (c) => taken.get(c) !== undefined), who.citizenId);
    if (b.placed) {
      const start = addPeriod(today, -400, 'dage');
      placeService.run(who.citizenId, who.caseId, start, addPeriod(today, 40, 'dage'), `${start}T09:00:00.000Z`, `${start}T09:00:00.000Z`);
    }
    placed.push(who);
  });
  // Fast track: a recent children's case becomes that of a young person who arrived at 16¾.
  const arrival = raw
    .prepare(
      `SELECT ci.id AS citizenId, c.id AS caseId, c.caseworker_id AS userId, ci.cpr, c.received_date
       FROM cases c JOIN citizens ci ON ci.id = c.citizen_id
       WHERE c.area = 'børn' AND c.state = 'åben' AND c.received_date >= ? AND (SELECT count(*) FROM cases x WHERE x.citizen_id = ci.id) = 1
         AND ci.id NOT IN (SELECT value FROM json_each(?))
       ORDER BY c.received_date DESC, c.id LIMIT 1`,
    )
    .get(addPeriod(today, -30, 'dage'), JSON.stringify(placed.map((p) => p.citizenId))) as (Young & { cpr: string; received_date: string }) | undefined;
  if (arrival) {
    const birth = monthsAfterBirth(arrival.received_date, -201);
    setBirth.run(birth, demoCpr(birth, arrival.cpr, (c) => taken.get(c) !== undefined), arrival.citizenId);
    placed.push(arrival);
  }
  return placed;
}

/** A demo CPR number for a birth date: keeps the old serial (century and gender digits) and fails modulus 11. */
function demoCpr(birth: string, old: string, isTaken: (cpr: string) => boolean): string {
  const ddmmyy = birth.slice(8, 10) + birth.slice(5, 7) + birth.slice(2, 4);
  for (let n = 0; n < 100; n++) {
    const cpr = `${ddmmyy}${old[6]}${String((Number(old.slice(7, 9)) + n) % 100).padStart(2, '0')}${old[9]}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(cpr[i]) * MOD11[i];
    if (sum % 11 !== 0 && !isTaken(cpr)) return cpr;
  }
  return old;
}

/** The team has kept up: steps due more than two weeks ago are done, except for every seventh young person. */
function markEarlierStepsDone(raw: Database.Database, today: string, placed: Young[]): void {
  const people = raw
    .prepare(
      `SELECT ci.id, ci.birth_date, min(c.caseworker_id) AS user_id,
         (SELECT min(received_date) FROM cases x WHERE x.citizen_id = ci.id AND x.area = 'børn') AS entered,
         EXISTS (SELECT 1 FROM services s WHERE s.citizen_id = ci.id AND s.paragraph = 'BL-46') AS placed
       FROM citizens ci JOIN cases c ON c.citizen_id = ci.id AND c.area = 'børn' AND c.state = 'åben'
       WHERE ci.birth_date BETWEEN ? AND ? GROUP BY ci.id ORDER BY ci.id`,
    )
    .all(addPeriod(today, -19 * 365, 'dage'), addPeriod(today, -15 * 365, 'dage')) as {
    id: number;
    birth_date: string;
    user_id: number;
    entered: string;
    placed: number;
  }[];
  const keepOverdue = new Set(placed.map((p) => p.citizenId));
  const done = raw.prepare('INSERT OR IGNORE INTO tasks_done (kind, subject_id, due, done_by, done_at) VALUES (?, ?, ?, ?, ?)');
  const cutoff = addPeriod(today, -14, 'dage');
  people.forEach((p, i) => {
    if (i % 7 === 3 && !keepOverdue.has(p.id)) return;
    for (const t of transitionTasks(p.birth_date, { placedOutsideHome: p.placed === 1, entered: p.entered })) {
      if (t.due < cutoff) done.run(t.kind, p.id, t.due, p.user_id, `${t.due}T10:00:00.000Z`);
    }
  });
}
