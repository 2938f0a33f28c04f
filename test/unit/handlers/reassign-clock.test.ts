import { afterEach, expect, test } from 'vitest';
import type { TestRegister } from '../../helpers/register';
import { clockedRegister, makeCpr, type Clock } from '../../helpers/fixtures';

let reg: TestRegister & { clock: Clock };
afterEach(async () => reg?.cleanup());

// A period stamped "later" than this PC's clock (another PC's clock, imported data) must
// not make reassignment fail: it is closed where it starts and the history stays in order.
test('reassigning a case whose current period starts later than now still works, in order', async () => {
  reg = await clockedRegister('2026-03-10T12:00:00', { role: 'teamleder' }); // moving cases is the team leader's
  const b = reg.backend;
  const team = (await b.call('teams.list', {})).rows[0];
  const other = await b.call('users.create', { initials: 'OT', name: 'Ole Thomsen', role: 'sagsbehandler', teamId: team.id });
  const citizen = await b.call('citizens.create', { cpr: makeCpr('2015-05-05', 1), name: 'Ida Holm' });
  reg.clock.set('2026-03-10T15:00:00');
  const c = await b.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-03-01' });
  reg.clock.set('2026-03-10T13:00:00'); // the clock went back two hours
  const result = await b.call('cases.reassign', { caseIds: [c.id], toUserId: other.id, reason: 'Ny fordeling' });
  expect(result.reassigned).toBe(1);
  const history = (await b.call('cases.assignments', { caseId: c.id })).rows;
  expect(history.map((h) => [h.initials, h.toAt === null])).toEqual([
    ['OT', true],
    ['ABC', false],
  ]);
  expect(history[1].toAt! >= history[1].fromAt).toBe(true);
  expect(history[0].fromAt).toBe(history[1].toAt);
});
