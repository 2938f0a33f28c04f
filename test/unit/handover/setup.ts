/** A small team for the handover tests: ABC (the caseworker who leaves), two colleagues and a team leader. */
import { processDue } from '../../../main/backend/features/handover';
import { toIsoDate } from '../../../shared/domain/dates';
import { addCase, addCitizen, addUser, clockedRegister, type Clock } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';

export interface Team {
  reg: TestRegister & { clock: Clock };
  abc: number;
  kl: number;
  mh: number;
  tl: number;
  cases: number[];
  as(userId: number): Promise<unknown>;
  /** What the backend's schedule does at start and on its timer: expired covers return, due shifts execute (at the clock's now). */
  due(): Promise<{ returned: number; executed: number }>;
}

export async function handoverTeam(caseCount = 3): Promise<Team> {
  const reg = await clockedRegister('2026-03-10T09:00:00');
  const b = reg.backend;
  const teamId = (await b.call('teams.list', {})).rows[0].id;
  const abc = 1;
  const kl = (await addUser(reg, 'KL', 'Karen Lund', 'sagsbehandler', teamId)).id;
  const mh = (await addUser(reg, 'MH', 'Mads Holm', 'sagsbehandler', teamId)).id;
  const tl = (await addUser(reg, 'TL', 'Tove Larsen', 'teamleder', teamId)).id;
  const cases: number[] = [];
  for (let i = 0; i < caseCount; i++) {
    const c = await addCitizen(b, `Borger ${String(i + 1).padStart(2, '0')} Ørsted`, `2012-0${(i % 9) + 1}-15`, i + 1);
    cases.push((await addCase(b, c.id, { nextFollowUp: `2026-04-${String((i % 28) + 1).padStart(2, '0')}` })).id);
  }
  const due = () => {
    const now = reg.clock.now();
    return processDue(b.openRegister!.db, toIsoDate(now), now.toISOString());
  };
  const team: Team = { reg, abc, kl, mh, tl, cases, as: (userId) => b.call('session.setUser', { userId }), due };
  return team;
}
