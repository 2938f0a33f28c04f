/** Demo citizens: ages 0–70, valid and unique CPR numbers, made-up addresses. */
import { danishSortKey } from '../../../shared/domain/collation';
import { ageOn } from '../../../shared/domain/cpr';
import type { Area } from '../../../shared/domain/enums';
import type { Db } from '../db/transaction';
import { writeNameWords } from '../services/name-words';
import { insertRowsWithIds } from './batch';
import { address, personName, type Gender } from './names';
import { dayOf, isoOfDay, yearOfDay, type Rng } from './random';

export interface DemoCitizen {
  /** Row id once inserted. */
  id: number;
  cpr: string;
  name: string;
  gender: Gender;
  birthDay: number;
  area: Area;
  /** Index into the teams of the citizen's area: all of a citizen's cases stay in one team. */
  teamIndex: number;
  /** Earliest case received (day), for created_at. */
  firstDay: number;
}

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * A CPR number valid by the CPR office's rules (century digit, gender digit). It is
 * chosen to FAIL the old modulus-11 check, which every number issued before 2007
 * passes: for most birth dates that makes it a number no real person holds.
 */
function cprFor(rng: Rng, birthDay: number, gender: Gender, taken: Set<string>): string {
  const iso = isoOfDay(birthDay);
  const year = Number(iso.slice(0, 4));
  const ddmmyy = iso.slice(8, 10) + iso.slice(5, 7) + iso.slice(2, 4);
  for (;;) {
    // 7th digit: 0–3 for 1900–1999; 4 (or 9) for 2000–2036, per birthYear() in shared/domain/cpr.ts.
    const seventh = year < 2000 ? rng.int(0, 3) : rng.pick([4, 9]);
    const last = rng.int(0, 4) * 2 + (gender === 'mand' ? 1 : 0);
    const cpr = `${ddmmyy}${seventh}${rng.int(0, 99).toString().padStart(2, '0')}${last}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(cpr[i]) * MOD11_WEIGHTS[i];
    if (sum % 11 === 0 || taken.has(cpr)) continue;
    taken.add(cpr);
    return cpr;
  }
}

/** A birth day that makes the person exactly `age` years old on `todayIso`. */
function birthDayFor(rng: Rng, age: number, today: number, todayIso: string): number {
  const ty = yearOfDay(today);
  const anniversary = dayOf(ty - age, Number(todayIso.slice(5, 7)), Number(todayIso.slice(8, 10)));
  let day = anniversary - rng.int(0, 364);
  // 29 February and similar edges: step until the age is right.
  while (ageOn(isoOfDay(day), todayIso) > age) day += 1;
  while (ageOn(isoOfDay(day), todayIso) < age) day -= 1;
  return Math.min(day, today);
}

export function planCitizens(rng: Rng, count: number, today: number, teamsPerArea: number): DemoCitizen[] {
  const todayIso = isoOfDay(today);
  const taken = new Set<string>();
  const out: DemoCitizen[] = [];
  for (let i = 0; i < count; i++) {
    const child = rng.chance(0.52);
    // Children's disability cases cluster in school age; adults spread evenly.
    const age = child ? (rng.chance(0.7) ? rng.int(4, 17) : rng.int(0, 17)) : rng.int(18, 70);
    const gender: Gender = rng.chance(0.5) ? 'mand' : 'kvinde';
    const birthDay = birthDayFor(rng, age, today, todayIso);
    out.push({
      id: 0,
      cpr: cprFor(rng, birthDay, gender, taken),
      name: personName(rng, gender),
      gender,
      birthDay,
      area: child ? 'børn' : 'voksen',
      teamIndex: rng.int(0, teamsPerArea - 1),
      firstDay: today,
    });
  }
  return out;
}

export async function insertCitizens(db: Db, rng: Rng, citizens: DemoCitizen[], stamp: (day: number) => string): Promise<void> {
  const rows = citizens.map((c) => {
    const a = address(rng);
    const at = stamp(c.firstDay);
    const protectedAddress = rng.chance(0.02) ? 1 : 0;
    return {
      cpr: c.cpr, name: c.name, name_sort: danishSortKey(c.name), address: a.address, postal_code: a.postalCode, city: a.city,
      protected_address: protectedAddress, birth_date: isoOfDay(c.birthDay), gender: c.gender, substitute_cpr: 0, created_at: at, updated_at: at,
    };
  });
  const ids = await insertRowsWithIds(db, 'citizens', rows, 'cpr');
  for (const c of citizens) c.id = ids.get(c.cpr)!;
  await writeNameWords(db, citizens.map((c, i) => ({ citizenId: c.id, name: c.name, nameSort: rows[i].name_sort })));
}
