/**
 * Planning demo cases in memory before writing them: dates, state and phase, the
 * team and caseworker, and earlier caseworker periods. Planning first lets the
 * caseload be shared out unevenly on purpose (one heavy caseworker per team).
 */
import type { Area, CaseState, Phase } from '../../../shared/domain/enums';
import type { CaseType } from '../../../shared/features/reference';
import type { DemoCitizen } from './citizens';
import type { Rng } from './random';
import type { DemoTeam } from './staff';
import { deadlineWeeks, firstAssignmentReasons, reassignmentReasons } from './vocabulary';

export interface DemoPeriod {
  userId: number;
  fromDay: number;
  reason: string;
}

export interface DemoCase {
  citizen: DemoCitizen;
  area: Area;
  caseType: CaseType;
  team: DemoTeam;
  state: CaseState;
  phase: Phase;
  receivedDay: number;
  /** Last day anything happens on the case (today for open cases). */
  endDay: number;
  /** The day the decision was sent, when there is one. */
  decisionDay: number | null;
  deadlineDay: number;
  followUpDay: number | null;
  caseworkerId: number;
  /** In order; the last one is open and belongs to caseworkerId. */
  periods: DemoPeriod[];
  activityCount: number;
  caseNumber: string;
}

const SIX_YEARS = 6 * 365;

/** Days from the received date to the decision: mostly within the deadline, some late, as in a real team. */
function decisionAfter(rng: Rng, deadlineDays: number): number {
  return rng.chance(0.88) ? rng.int(14, Math.max(14, Math.round(deadlineDays * 0.95))) : rng.int(deadlineDays + 1, Math.round(deadlineDays * 1.4) + 2);
}

/**
 * A case's life so far. Open cases still awaiting their first decision are recent (a
 * minority of them past the deadline); older open cases have been decided and are in
 * ordering or follow-up, which is where a real team's stem mostly is.
 */
function planLife(rng: Rng, receivedDay0: number, lo: number, today: number, deadlineDays: number) {
  let receivedDay = receivedDay0;
  const state: CaseState = today - receivedDay < 60 ? 'åben' : rng.weighted([['åben', 80], ['afgjort', 10], ['afsluttet', 10]] as const);
  let awaiting = false;
  if (state === 'åben') {
    if (today - receivedDay >= 60 && rng.chance(0.2)) {
      receivedDay = Math.max(lo, today - rng.int(0, Math.round(deadlineDays * 1.12)));
      awaiting = true;
    } else if (today - receivedDay < 60) {
      awaiting = today - receivedDay <= deadlineDays || rng.chance(0.1);
    }
  }
  const ageDays = today - receivedDay;
  let phase: Phase;
  let decisionDay: number | null = null;
  let endDay = today;
  if (state === 'åben' && awaiting) {
    phase = ageDays < 30 ? (rng.chance(0.6) ? 'sagsåbning' : 'sagsoplysning') : rng.pick(['sagsoplysning', 'sagsoplysning', 'sagsvurdering', 'afgørelse'] as const);
  } else if (state === 'åben') {
    phase = rng.weighted([['opfølgning', 80], ['bestilling', 20]] as const);
    decisionDay = Math.min(today, receivedDay + decisionAfter(rng, deadlineDays));
  } else if (state === 'afgjort') {
    phase = rng.pick(['afgørelse', 'afgørelse', 'bestilling'] as const);
    decisionDay = Math.min(today, receivedDay + decisionAfter(rng, deadlineDays));
    endDay = Math.min(today, decisionDay + rng.int(0, 60));
  } else {
    phase = 'opfølgning';
    decisionDay = Math.min(today - 1, receivedDay + decisionAfter(rng, deadlineDays));
    endDay = Math.min(today - 1, decisionDay + rng.int(30, 800));
  }
  return { receivedDay, state, phase, decisionDay, endDay };
}

export function planCases(
  rng: Rng,
  citizens: DemoCitizen[],
  teamsByArea: Record<Area, DemoTeam[]>,
  caseTypes: Record<Area, CaseType[]>,
  count: number,
  activitiesTarget: number,
  today: number,
): DemoCase[] {
  const owners: DemoCitizen[] = [...citizens];
  while (owners.length < count) owners.push(rng.pick(citizens));

  const cases: DemoCase[] = owners.map((citizen) => {
    const area = citizen.area;
    const caseType = rng.pick(caseTypes[area]);
    const deadlineDays = 7 * deadlineWeeks(caseType.name);
    const lo = Math.min(today, Math.max(today - SIX_YEARS, citizen.birthDay + 7));
    // Slightly more recent cases than old ones: old cases get closed.
    const first = Math.max(lo, today - Math.floor(Math.pow(rng.next(), 1.3) * (today - lo + 1)));
    const { receivedDay, state, phase, decisionDay, endDay } = planLife(rng, first, lo, today, deadlineDays);
    let followUpDay: number | null = null;
    // A few follow-ups are late, most are ahead.
    if (state === 'åben' && rng.chance(0.92)) followUpDay = today + rng.int(-12, 180);
    else if (state === 'afgjort' && rng.chance(0.6)) followUpDay = (decisionDay ?? today) + rng.int(120, 365);
    return {
      citizen,
      area,
      caseType,
      team: teamsByArea[area][citizen.teamIndex],
      state,
      phase,
      receivedDay,
      endDay,
      decisionDay,
      deadlineDay: receivedDay + deadlineDays,
      followUpDay,
      caseworkerId: 0,
      periods: [],
      activityCount: 0,
      caseNumber: '',
    };
  });

  assignCaseworkers(rng, cases);
  for (const c of cases) c.periods = planPeriods(rng, c);
  planActivityCounts(rng, cases, activitiesTarget);

  // Numbered per year in the order received, like a journal system would.
  cases.sort((x, y) => x.receivedDay - y.receivedDay);
  const perYear = new Map<string, number>();
  for (const c of cases) {
    const year = new Date(c.receivedDay * 86_400_000).getUTCFullYear().toString();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    c.caseNumber = `${year}-${n.toString().padStart(6, '0')}`;
    if (c.receivedDay < c.citizen.firstDay) c.citizen.firstDay = c.receivedDay;
  }
  return cases;
}

/** Open cases: the heavy caseworker takes a fixed number, the rest go by weight. Closed cases go to anyone. */
function assignCaseworkers(rng: Rng, cases: DemoCase[]): void {
  const byTeam = new Map<DemoTeam, DemoCase[]>();
  for (const c of cases) {
    const list = byTeam.get(c.team) ?? [];
    list.push(c);
    byTeam.set(c.team, list);
  }
  for (const [team, list] of byTeam) {
    const open = rng.shuffle(list.filter((c) => c.state === 'åben'));
    let next = 0;
    for (const cw of team.caseworkers) {
      if (cw.openTarget === null) continue;
      for (let i = 0; i < cw.openTarget && next < open.length; i++) open[next++].caseworkerId = cw.id;
    }
    // The rest shared by weight in quotas (not case by case), so every stem lands in a real team's range.
    const light = team.caseworkers.filter((cw) => cw.openTarget === null);
    const weights = light.reduce((sum, cw) => sum + cw.weight, 0);
    const left = open.length - next;
    let given = 0;
    light.forEach((cw, i) => {
      const quota = i === light.length - 1 ? left - given : Math.round((left * cw.weight) / weights);
      for (let k = 0; k < quota && next < open.length; k++) open[next++].caseworkerId = cw.id;
      given += quota;
    });
    const all = team.caseworkers.map((cw) => [cw.id, 1] as const);
    for (const c of list) if (c.state !== 'åben') c.caseworkerId = rng.weighted(all);
  }
}

/** About a quarter of the cases changed hands before; periods follow each other without overlap. */
function planPeriods(rng: Rng, c: DemoCase): DemoPeriod[] {
  const span = c.endDay - c.receivedDay;
  const changes = span > 90 && rng.chance(0.28) ? (rng.chance(0.75) ? 1 : 2) : 0;
  const others = c.team.caseworkers.map((cw) => cw.id).filter((id) => id !== c.caseworkerId);
  const changeDays = new Set<number>();
  while (changeDays.size < changes) changeDays.add(c.receivedDay + rng.int(30, span));
  const days = [...changeDays].sort((x, y) => x - y);
  const periods: DemoPeriod[] = [];
  let previous = -1;
  for (let i = 0; i < changes; i++) {
    let userId = rng.pick(others);
    if (userId === previous) userId = others[(others.indexOf(userId) + 1) % others.length];
    previous = userId;
    periods.push({ userId, fromDay: i === 0 ? c.receivedDay : days[i - 1], reason: i === 0 ? rng.pick(firstAssignmentReasons) : rng.pick(reassignmentReasons) });
  }
  periods.push({
    userId: c.caseworkerId,
    fromDay: changes === 0 ? c.receivedDay : days[changes - 1],
    reason: changes === 0 ? rng.pick(firstAssignmentReasons) : rng.pick(reassignmentReasons),
  });
  return periods;
}

/** Longer-running cases have more journal entries; scaled so the total hits the target. */
function planActivityCounts(rng: Rng, cases: DemoCase[], target: number): void {
  const raw = cases.map((c) => (0.6 + Math.min(c.endDay - c.receivedDay, 2200) / 365) * (0.6 + rng.next() * 0.8));
  const sum = raw.reduce((s, w) => s + w, 0);
  const minimum = 2;
  const scale = (target - minimum * cases.length) / sum;
  cases.forEach((c, i) => {
    c.activityCount = minimum + Math.round(raw[i] * scale);
  });
}
