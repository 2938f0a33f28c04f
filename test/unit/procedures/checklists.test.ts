/** Checklists on a case, the procedures shown beside a case, and the refusal timing warning. */
import { afterEach, describe, expect, test } from 'vitest';
import { addCase, addCitizen, clockedRegister, failure, sql } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';
import { danishMoment } from '../../clock';

const regs: TestRegister[] = [];
afterEach(async () => {
  for (const r of regs.splice(0)) await r.cleanup();
});

async function caseRegister() {
  const reg = await clockedRegister('2026-03-10T10:00:00');
  regs.push(reg);
  const citizen = await addCitizen(reg.backend, 'Søren Ørsted', '2014-05-02', 1);
  const c = await addCase(reg.backend, citizen.id, { phase: 'sagsoplysning', paragraphs: ['BL-86'] });
  return { reg, caseId: c.id };
}

describe('procedures beside a case', () => {
  test("a children's case in investigation gets the first-meeting procedure, not adults-only ones", async () => {
    const { reg, caseId } = await caseRegister();
    const { rows } = await reg.backend.call('procedures.forCase', { caseId });
    const titles = rows.map((r) => r.title);
    expect(titles).toContain('Første møde med familien');
    expect(rows.every((r) => r.area !== 'voksen' && r.status === 'gældende')).toBe(true);
    expect(titles).not.toContain('Kommunikation ved afslag'); // that one is for the decision phase
  });
});

describe('checklists', () => {
  test('each tick is kept with who and when; the checklist is open until every item is ticked', async () => {
    const { reg, caseId } = await caseRegister();
    const meeting = (await reg.backend.call('procedures.forCase', { caseId })).rows.find((r) => r.title === 'Første møde med familien')!;
    const run = await reg.backend.call('checklists.start', { caseId, procedureId: meeting.id });
    expect(run.items.length).toBe(7);
    expect(run.open).toBe(true);
    reg.clock.set('2026-03-11T09:30:00');
    const ticked = await reg.backend.call('checklists.tick', { runId: run.id, index: 0, checked: true });
    expect(ticked.items[0]).toMatchObject({ checked: true, byName: 'Anne Berg Christensen', at: danishMoment('2026-03-11T09:30:00').toISOString() });
    for (let i = 1; i < run.items.length; i++) await reg.backend.call('checklists.tick', { runId: run.id, index: i, checked: true });
    expect((await reg.backend.call('checklists.forCase', { caseId })).rows[0].open).toBe(false);
    // Unticking is a new row too: the history shows both.
    await reg.backend.call('checklists.tick', { runId: run.id, index: 0, checked: false });
    expect((await reg.backend.call('checklists.forCase', { caseId })).rows[0].open).toBe(true);
    expect(sql(reg, 'SELECT checked FROM checklist_ticks WHERE run_id = ? AND item_index = 0 ORDER BY id', run.id)).toEqual([{ checked: 1 }, { checked: 0 }]);
  });

  test('the same checklist cannot be started twice while open; a procedure without a checklist cannot be started', async () => {
    const { reg, caseId } = await caseRegister();
    const rows = (await reg.backend.call('procedures.list', { limit: 200 })).rows;
    const meeting = rows.find((r) => r.title === 'Første møde med familien')!;
    await reg.backend.call('checklists.start', { caseId, procedureId: meeting.id });
    expect((await failure(reg.backend.call('checklists.start', { caseId, procedureId: meeting.id }))).code).toBe('CONFLICT');
    const naming = rows.find((r) => r.title === 'Navngivning af aktiviteter i journalen')!;
    expect(naming.hasChecklist).toBe(false);
    expect((await failure(reg.backend.call('checklists.start', { caseId, procedureId: naming.id }))).code).toBe('VALIDATION');
    expect(sql(reg, 'SELECT count(*) AS n FROM checklist_runs')).toEqual([{ n: 1 }]);
  });
});

describe('sending a refusal', () => {
  test('warns on a Friday and the day before a public holiday, and suggests a better day', async () => {
    const { reg } = await caseRegister();
    const check = (date: string) => reg.backend.call('checklists.closedDayCheck', { date });
    const friday = await check('2026-03-13');
    expect(friday.warn).toBe(true);
    expect(friday.message).toMatch(/fredag/);
    expect(friday.suggestedDate).toBe('2026-03-16');
    // Skærtorsdag 2 April 2026 is a holiday: Wednesday 1 April is the day before it.
    const beforeEaster = await check('2026-04-01');
    expect(beforeEaster.warn).toBe(true);
    expect(beforeEaster.message).toMatch(/skærtorsdag/i);
    expect(beforeEaster.suggestedDate).toBe('2026-04-07');
    expect((await check('2026-03-10')).warn).toBe(false);
  });
});
