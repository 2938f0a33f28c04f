/** Demo teams and staff: per team one leader and five caseworkers, plus one super user. */
import type Database from 'better-sqlite3';
import type { Area } from '../../../shared/domain/enums';
import { personName, regions, uniqueInitials, type Gender } from './names';
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

export function insertStaff(raw: Database.Database, rng: Rng, teamCount: number, createdAt: string): DemoTeam[] {
  const insertTeam = raw.prepare('INSERT INTO teams (name, created_at) VALUES (?, ?)');
  const insertUser = raw.prepare(
    'INSERT INTO users (initials, name, role, team_id, active, created_at) VALUES (?, ?, ?, ?, 1, ?)',
  );
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
  const addUser = (role: string, teamId: number) => {
    const p = newPerson();
    const id = Number(insertUser.run(p.initials, p.name, role, teamId, createdAt).lastInsertRowid);
    return { id, ...p };
  };

  const teams: DemoTeam[] = [];
  for (let i = 0; i < teamCount; i++) {
    const { name, area } = teamName(i);
    const teamId = Number(insertTeam.run(name, createdAt).lastInsertRowid);
    const caseworkers: DemoCaseworker[] = [];
    for (let c = 0; c < CASEWORKERS_PER_TEAM; c++) {
      const u = addUser('sagsbehandler', teamId);
      const heavy = c === 0;
      caseworkers.push({
        ...u,
        weight: 0.8 + rng.next() * 0.4,
        openTarget: heavy ? HEAVY_OPEN_CASES - rng.int(0, 3) : null,
      });
    }
    const leader = addUser('teamleder', teamId);
    if (i === 0) addUser('superbruger', teamId);
    teams.push({ id: teamId, name, area, leaderId: leader.id, caseworkers });
  }
  return teams;
}
