/**
 * Demo data for deadlines, relative to the day the register is created: notices on most
 * overdue cases (a few without, for the list that must be empty), receipts, follow-up
 * dates on ongoing services, and young people placed at every transition step, so the
 * reminder centre shows every kind of reminder on first start.
 */
import { sql, type Insertable } from 'kysely';
import { addPeriod } from '../../../../shared/domain/calendar';
import { toIsoDate } from '../../../../shared/domain/dates';
import { monthsAfterBirth, nextMeetingInvitableFrom, transitionTasks } from '../../../../shared/domain/transition';
import type { DB } from '../../db/schema';
import type { Db } from '../../db/transaction';
import { insertRows } from '../../demo/batch';
import type { DemoFeatureContext } from '../../demo/feature';
import { Rng } from '../../demo/random';
import { refreshPendingDeadlines } from '../../services/decision-deadlines';
import { loadSettings } from './config';

const MOD11 = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
/** Ids per IN list: under both engines' parameter limits. */
const IN_CHUNK = 500;

export async function fillDeadlinesDemo(db: Db, ctx: DemoFeatureContext): Promise<void> {
  const rng = new Rng(ctx.seed ^ 0x7d7);
  const today = toIsoDate(ctx.today);
  const at = ctx.today.toISOString();
  const young = await placeYoungPeople(db, today);
  await fillCases(db, rng, today, at);
  await fillFollowUps(db, rng, today);
  await markEarlierStepsDone(db, today, young);
}

/** Notices on most overdue open cases, receipts on nearly all open cases. */
async function fillCases(db: Db, rng: Rng, today: string, at: string): Promise<void> {
  const open = await db
    .selectFrom('cases')
    .select(['id', 'caseworker_id', 'received_date', 'pending_deadline'])
    .where('state', '=', 'åben')
    .orderBy('id')
    .execute();
  const events: Insertable<DB['deadline_events']>[] = [];
  const event = (caseId: number, kind: 'notice' | 'receipt', date: string, expected: string | null, note: string, by: number) =>
    events.push({ case_id: caseId, kind, event_date: date, expected_date: expected, note, created_by: by, created_at: at });
  const setReceipt = (id: number, due: string, date: string | null) => db.updateTable('cases').set({ receipt_due: due, receipt_date: date }).where('id', '=', id).execute();
  for (const c of open) {
    const due = addPeriod(c.received_date, 10, 'dage');
    const recent = c.received_date >= addPeriod(today, -12, 'dage');
    // Most receipts are sent; a few recent enquiries still wait for one.
    if (recent && rng.chance(0.5)) await setReceipt(c.id, due, null);
    else {
      const sent = addPeriod(c.received_date, rng.int(1, 8), 'dage');
      const date = sent > today ? today : sent;
      await setReceipt(c.id, due, date);
      event(c.id, 'receipt', date, null, '', c.caseworker_id);
    }
    // Only a decision that still awaits can be late, so only then is the citizen told.
    if (c.pending_deadline !== null && c.pending_deadline < today && rng.chance(0.93)) {
      const sent = addPeriod(c.pending_deadline, -rng.int(0, 10), 'dage');
      const expected = addPeriod(today, rng.int(5, 70), 'dage');
      event(c.id, 'notice', sent < c.received_date ? c.received_date : sent, expected, 'Afventer oplysninger.', c.caseworker_id);
      await db.updateTable('cases').set({ expected_decision_date: expected }).where('id', '=', c.id).execute();
    }
  }
  await insertRows(db, 'deadline_events', events);
  // A few undecided cases coming due soon, so that list is never empty in a demo.
  const later = await db
    .selectFrom('cases')
    .select(['id', 'received_date'])
    .where('state', '=', 'åben')
    .where('pending_deadline', '>', addPeriod(today, 14, 'dage'))
    .where('received_date', '>=', addPeriod(today, -60, 'dage'))
    .orderBy('id')
    .limit(3)
    .execute();
  for (const [i, c] of later.entries()) {
    const deadline = addPeriod(today, 3 + i * 4, 'dage');
    await db.updateTable('cases').set({ deadline }).where('id', '=', c.id).execute();
    await db.updateTable('applications').set({ deadline }).where('case_id', '=', c.id).where('received_date', '=', c.received_date).execute();
  }
  await refreshPendingDeadlines(db, later.map((c) => c.id));
}

/** Ongoing services get their next follow-up: the period after the start, repeated until recent. */
async function fillFollowUps(db: Db, rng: Rng, today: string): Promise<void> {
  const services = await db
    .selectFrom('services')
    .select(['id', 'service_type', 'start_date'])
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
    .orderBy('id')
    .execute();
  const from = addPeriod(today, -rng.int(20, 40), 'dage');
  const general = (await loadSettings(db)).followUpMonths;
  // The rule's service type compares without case, as its column does.
  const byType = new Map((await db.selectFrom('follow_up_rules').select(['service_type', 'months']).execute()).map((r) => [r.service_type.toLowerCase(), r.months]));
  // Services by their next follow-up date: one UPDATE per date (and id chunk), not per service.
  const byDate = new Map<string, number[]>();
  for (const s of services) {
    const months = byType.get(s.service_type.toLowerCase()) ?? general;
    // Skip whole periods arithmetically, then step: the same date as repeating the period from the start.
    const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
    const [sy, sm] = [Number(s.start_date.slice(0, 4)), Number(s.start_date.slice(5, 7))];
    let n = Math.max(1, Math.floor(((fy - sy) * 12 + (fm - sm)) / months) - 1);
    let next = addPeriod(s.start_date, n * months, 'måneder');
    while (next < from) next = addPeriod(s.start_date, ++n * months, 'måneder');
    byDate.set(next, [...(byDate.get(next) ?? []), s.id]);
  }
  for (const [date, ids] of byDate) {
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      await db.updateTable('services').set({ follow_up_date: date }).where('id', 'in', ids.slice(i, i + IN_CHUNK)).execute();
    }
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
async function placeYoungPeople(db: Db, today: string): Promise<Young[]> {
  // Citizens with exactly one case, an open children's case: one row each, no grouping needed.
  const candidates = await db
    .selectFrom('citizens as ci')
    .innerJoin('cases as c', (join) => join.onRef('c.citizen_id', '=', 'ci.id').on('c.area', '=', 'børn').on('c.state', '=', 'åben'))
    .select(['ci.id as citizenId', 'c.id as caseId', 'c.caseworker_id as userId', 'ci.cpr'])
    .where('ci.birth_date', '>=', addPeriod(today, -17 * 365, 'dage'))
    .where('ci.birth_date', '<=', addPeriod(today, -8 * 365, 'dage'))
    .where((eb) => eb(eb.selectFrom('cases as x').select((x) => x.fn.countAll().as('n')).whereRef('x.citizen_id', '=', 'ci.id'), '=', 1))
    .orderBy('ci.id')
    .limit(12)
    .execute();
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
  const taken = async (cpr: string) => (await db.selectFrom('citizens').select('id').where('cpr', '=', cpr).executeTakeFirst()) !== undefined;
  const setBirth = async (id: number, birth: string, oldCpr: string) =>
    db.updateTable('citizens').set({ birth_date: birth, cpr: await demoCpr(birth, oldCpr, taken) }).where('id', '=', id).execute();
  const placed: Young[] = [];
  for (const [i, b] of births.entries()) {
    const who = candidates[i];
    if (!who) continue;
    await setBirth(who.citizenId, b.birth, who.cpr);
    if (b.placed) {
      const start = addPeriod(today, -400, 'dage');
      const stamp = `${start}T09:00:00.000Z`;
      await db
        .insertInto('services')
        .values({
          citizen_id: who.citizenId, case_id: who.caseId, service_type: 'Anbringelse', paragraph: 'BL-46', provider: 'Opholdsstedet Eksempelgård',
          start_date: start, end_date: null, scope: 'Døgnophold', follow_up_date: addPeriod(today, 40, 'dage'), created_at: stamp, updated_at: stamp,
        })
        .execute();
    }
    placed.push(who);
  }
  // Fast track: a recent children's case becomes that of a young person who arrived at 16¾.
  let arrivalQuery = db
    .selectFrom('cases as c')
    .innerJoin('citizens as ci', 'ci.id', 'c.citizen_id')
    .select(['ci.id as citizenId', 'c.id as caseId', 'c.caseworker_id as userId', 'ci.cpr', 'c.received_date'])
    .where('c.area', '=', 'børn')
    .where('c.state', '=', 'åben')
    .where('c.received_date', '>=', addPeriod(today, -30, 'dage'))
    .where((eb) => eb(eb.selectFrom('cases as x').select((x) => x.fn.countAll().as('n')).whereRef('x.citizen_id', '=', 'ci.id'), '=', 1));
  // `NOT IN ()` is not SQL everywhere: only with people to leave out.
  if (placed.length) arrivalQuery = arrivalQuery.where('ci.id', 'not in', placed.map((p) => p.citizenId));
  const arrival = await arrivalQuery.orderBy('c.received_date', 'desc').orderBy('c.id').limit(1).executeTakeFirst();
  if (arrival) {
    await setBirth(arrival.citizenId, monthsAfterBirth(arrival.received_date, -201), arrival.cpr);
    placed.push(arrival);
  }
  return placed;
}

/** A demo CPR number for a birth date: keeps the old serial (century and gender digits) and fails modulus 11. */
async function demoCpr(birth: string, old: string, isTaken: (cpr: string) => Promise<boolean>): Promise<string> {
  const ddmmyy = birth.slice(8, 10) + birth.slice(5, 7) + birth.slice(2, 4);
  for (let n = 0; n < 100; n++) {
    const cpr = `${ddmmyy}${old[6]}${String((Number(old.slice(7, 9)) + n) % 100).padStart(2, '0')}${old[9]}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(cpr[i]) * MOD11[i];
    if (sum % 11 !== 0 && !(await isTaken(cpr))) return cpr;
  }
  return old;
}

/** The team has kept up: steps due more than two weeks ago are done, except for every seventh young person. */
async function markEarlierStepsDone(db: Db, today: string, placed: Young[]): Promise<void> {
  const people = await db
    .selectFrom('citizens as ci')
    .innerJoin('cases as c', (join) => join.onRef('c.citizen_id', '=', 'ci.id').on('c.area', '=', 'børn').on('c.state', '=', 'åben'))
    .select((eb) => [
      'ci.id',
      'ci.birth_date',
      eb.fn.min('c.caseworker_id').as('user_id'),
      eb
        .selectFrom('cases as x')
        .select((x) => x.fn.min('x.received_date').as('entered'))
        .whereRef('x.citizen_id', '=', 'ci.id')
        .where('x.area', '=', 'børn')
        .as('entered'),
      // 1 or 0 on both engines (EXISTS alone is a boolean on PostgreSQL).
      eb
        .case()
        .when(eb.exists(eb.selectFrom('services as s').select(sql.lit(1).as('one')).whereRef('s.citizen_id', '=', 'ci.id').where('s.paragraph', '=', 'BL-46')))
        .then(1)
        .else(0)
        .end()
        .as('placed'),
    ])
    .where('ci.birth_date', '>=', addPeriod(today, -19 * 365, 'dage'))
    .where('ci.birth_date', '<=', addPeriod(today, -15 * 365, 'dage'))
    .groupBy(['ci.id', 'ci.birth_date'])
    .orderBy('ci.id')
    .execute();
  const keepOverdue = new Set(placed.map((p) => p.citizenId));
  const cutoff = addPeriod(today, -14, 'dage');
  const done: Insertable<DB['tasks_done']>[] = [];
  people.forEach((p, i) => {
    if (i % 7 === 3 && !keepOverdue.has(p.id)) return;
    for (const t of transitionTasks(p.birth_date, { placedOutsideHome: Number(p.placed) === 1, entered: p.entered as string })) {
      if (t.due < cutoff) done.push({ kind: t.kind, subject_id: p.id, due: t.due, done_by: p.user_id, done_at: `${t.due}T10:00:00.000Z` });
    }
  });
  // A step already marked done stays as it was.
  for (let i = 0; i < done.length; i += IN_CHUNK) {
    await db
      .insertInto('tasks_done')
      .values(done.slice(i, i + IN_CHUNK))
      .onConflict((oc) => oc.columns(['kind', 'subject_id', 'due']).doNothing())
      .execute();
  }
}
