/** Demo teams and staff: per team one leader and five caseworkers, plus one super user. */
import type { Area } from '../../../shared/domain/enums';
import { personName, regions, uniqueInitials, type Gender } from './names';
import type { Db } from '../db/transaction';
import { insertRowsWithIds } from './batch';
import type { Rng } from './random';

export interface DemoTeam {
  id: number;
  name: string;
  area: Area;
  leaderId: number;
  caseworkers: DemoCaseworker[];
}

export interface DemoCaseworker {
  id: number;
  initials: string;
  name: string;
  /** Share of the team's open cases; the first caseworker of a team carries a fixed heavy load instead. */
  weight: number;
  /** Open cases this caseworker must end up with, or null to take a share by weight. */
  openTarget: number | null;
}

export const CASEWORKERS_PER_TEAM = 5;
/** One caseworker per team with a full stem (~60 open cases), the top of a real team's 30–60; the benchmark and the handover demo use it. */
export const HEAVY_OPEN_CASES = 60;

function teamName(index: number): { name: string; area: Area } {
  const area: Area = index % 2 === 0 ? 'børn' : 'voksen';
  const k = Math.floor(index / 2);
  const suffix = k >= regions.length ? ` ${Math.floor(k / regions.length) + 1}` : '';
  return { area, name: `Team ${area === 'børn' ? 'Børn' : 'Voksne'} ${regions[k % regions.length]}${suffix}` };
}

export async function insertStaff(db: Db, rng: Rng, teamCount: number, createdAt: string): Promise<DemoTeam[]> {
  const taken = new Set<string>();
  const usedNames = new Set<string>();
  const newPerson = () => {
    for (;;) {
      const gender: Gender = rng.chance(0.75) ? 'kvinde' : 'mand'; // the profession is mostly women
      const name = personName(rng, gender);
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      return { name, initials: uniqueInitials(name, taken, rng) };
    }
  };

  // Planned first (the Rng drawn in the order it always was), then written: teams, then their staff.
  const planned = Array.from({ length: teamCount }, (_, i) => {
    const { name, area } = teamName(i);
    const caseworkers = Array.from({ length: CASEWORKERS_PER_TEAM }, (_, c) => {
      const p = newPerson();
      const heavy = c === 0;
      return { ...p, weight: 0.8 + rng.next() * 0.4, openTarget: heavy ? HEAVY_OPEN_CASES - rng.int(0, 3) : null };
    });
    const leader = newPerson();
    const superuser = i === 0 ? newPerson() : null;
    return { name, area, caseworkers, leader, superuser };
  });

  const teamIds = await insertRowsWithIds(db, 'teams', planned.map((t) => ({ name: t.name, created_at: createdAt })), 'name');
  const users = planned.flatMap((t) => {
    const teamId = teamIds.get(t.name)!;
    const row = (p: { initials: string; name: string }, role: string) => ({ initials: p.initials, name: p.name, role, team_id: teamId, active: 1, created_at: createdAt });
    return [...t.caseworkers.map((p) => row(p, 'sagsbehandler')), row(t.leader, 'teamleder'), ...(t.superuser ? [row(t.superuser, 'superbruger')] : [])];
  });
  const userIds = await insertRowsWithIds(db, 'users', users, 'initials');

  return planned.map((t) => ({
    id: teamIds.get(t.name)!,
    name: t.name,
    area: t.area,
    leaderId: userIds.get(t.leader.initials)!,
    caseworkers: t.caseworkers.map((cw) => ({ ...cw, id: userIds.get(cw.initials)! })),
  }));
}
