import fs from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { failure, snapshot } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';

let reg: TestRegister;
afterEach(async () => reg?.cleanup());

const setupInput = { kind: 'empty', teamName: 'Team Børn Nord', initials: 'abc', name: 'Anne Berg Christensen', role: 'teamleder' } as const;

describe('app.status and app.setup', () => {
  test('before setup: no register, no user, and the file does not exist', async () => {
    reg = await testRegister({ setup: false });
    const s = await reg.backend.call('app.status', {});
    expect(s).toMatchObject({ registerPath: reg.file, registerExists: false, open: false, schemaVersion: null, demo: false, currentUser: null, problem: null });
    expect(s.latestSchemaVersion).toBeGreaterThanOrEqual(2);
    expect(fs.existsSync(reg.file)).toBe(false);
  });

  test('before setup, every method that needs a register answers NO_REGISTER; the rest still work', async () => {
    reg = await testRegister({ setup: false });
    for (const [name, def] of Object.entries(contract)) {
      if (def.needs === 'nothing') continue;
      const r = await reg.backend.dispatch(name, validish[name] ?? {});
      expect([name, r.ok ? 'ok' : r.error.code]).toEqual([name, 'NO_REGISTER']);
    }
    expect((await reg.backend.call('reference.paragraphs', {})).rows.length).toBeGreaterThan(0);
    expect(fs.existsSync(reg.file)).toBe(false);
  });

  test('setup creates the register with the first team and user, who becomes current (initials upper-cased)', async () => {
    reg = await testRegister({ setup: false });
    const s = await reg.backend.call('app.setup', setupInput);
    expect(s.open).toBe(true);
    expect(s.registerExists).toBe(true);
    expect(s.schemaVersion).toBe(s.latestSchemaVersion);
    expect(s.demo).toBe(false);
    expect(s.currentUser).toMatchObject({ initials: 'ABC', name: 'Anne Berg Christensen', role: 'teamleder', teamName: 'Team Børn Nord', active: true, openCases: 0 });
    expect((await reg.backend.call('teams.list', {})).rows.map((t) => t.name)).toEqual(['Team Børn Nord']);
    expect(await reg.backend.call('app.status', {})).toEqual({ ...s, now: expect.any(String) });
  });

  test('setup twice is REGISTER_EXISTS and changes nothing', async () => {
    reg = await testRegister();
    const before = snapshot(reg);
    const err = await failure(reg.backend.call('app.setup', { ...setupInput, teamName: 'Et andet team', initials: 'XYZ' }));
    expect(err.code).toBe('REGISTER_EXISTS');
    expect(err.message).toMatch(/bliver ikke overskrevet/);
    expect(snapshot(reg)).toBe(before);
    expect((await reg.backend.call('session.current', {})).user?.initials).toBe('ABC');
  });

  test('setup refuses an existing file it did not open, and leaves it byte-identical', async () => {
    reg = await testRegister({ setup: false });
    fs.writeFileSync(reg.file, 'mine noter');
    const err = await failure(reg.backend.call('app.setup', setupInput));
    expect(err.code).toBe('REGISTER_EXISTS');
    expect(fs.readFileSync(reg.file, 'utf8')).toBe('mine noter');
  });

  test('setup with invalid input writes no file', async () => {
    reg = await testRegister({ setup: false });
    const err = await failure(reg.backend.call('app.setup', { ...setupInput, initials: '1' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.initials).toBe('Initialer er 2–6 bogstaver.');
    const bad = await reg.backend.dispatch('app.setup', { kind: 'rigtig' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
    expect(fs.existsSync(reg.file)).toBe(false);
  });

  test('a register set up earlier is opened again on the next start, with the same current user', async () => {
    reg = await testRegister();
    await reg.backend.close();
    await reg.backend.init();
    const s = await reg.backend.call('app.status', {});
    expect(s.open).toBe(true);
    expect(s.currentUser?.initials).toBe('ABC');
  });
});

describe('reference lists', () => {
  test('paragraphs carry a short label and filter by area (the other area is left out, "begge" kept)', async () => {
    reg = await testRegister();
    const all = (await reg.backend.call('reference.paragraphs', {})).rows;
    const children = (await reg.backend.call('reference.paragraphs', { area: 'børn' })).rows;
    const adults = (await reg.backend.call('reference.paragraphs', { area: 'voksen' })).rows;
    expect(all.find((p) => p.code === 'BL-86')?.short).toBe('BL § 86');
    expect(all.find((p) => p.code === 'SEL-96')?.short).toBe('SEL § 96');
    expect(children.map((p) => p.code)).toContain('BL-86');
    expect(children.map((p) => p.code)).not.toContain('SEL-96');
    expect(adults.map((p) => p.code)).toContain('SEL-96');
    expect(adults.map((p) => p.code)).not.toContain('BL-86');
    expect(children.every((p) => p.area !== 'voksen')).toBe(true);
    expect(adults.every((p) => p.area !== 'børn')).toBe(true);
    expect(children.length + adults.length).toBeGreaterThan(all.length - 1); // "begge" are in both
    expect(new Set(all.map((p) => p.code)).size).toBe(all.length);
  });

  test('case types filter by area and only name paragraphs that exist and fit', async () => {
    reg = await testRegister();
    const paragraphs = new Map((await reg.backend.call('reference.paragraphs', {})).rows.map((p) => [p.code, p]));
    for (const area of ['børn', 'voksen'] as const) {
      const types = (await reg.backend.call('reference.caseTypes', { area })).rows;
      expect(types.length).toBeGreaterThan(0);
      for (const t of types) {
        expect(t.area === 'begge' || t.area === area).toBe(true);
        for (const code of t.paragraphs) {
          const p = paragraphs.get(code);
          expect(p, `${t.name}: ${code}`).toBeDefined();
          expect([t.name, p!.area === 'begge' || p!.area === area]).toEqual([t.name, true]);
        }
      }
    }
    const bad = await reg.backend.dispatch('reference.caseTypes', { area: 'ældre' });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'VALIDATION', fields: { area: 'Vælg børn eller voksne.' } });
  });
});

/** Inputs that pass validation for methods that need a register, so the register check is what answers. */
const validish: Record<string, unknown> = {
  'teams.create': { name: 'Team X' },
  'users.create': { initials: 'XY', name: 'X Y', role: 'sagsbehandler', teamId: 1 },
  'users.update': { id: 1, name: 'X', role: 'sagsbehandler', teamId: 1, active: true },
  'session.setUser': { userId: 1 },
  'citizens.get': { id: 1 },
  'citizens.revealAddress': { id: 1 },
  'citizens.create': { cpr: '150310-4001', name: 'Søren' },
  'citizens.update': { id: 1, cpr: '150310-4001', name: 'Søren' },
  'cases.get': { id: 1 },
  'cases.create': { citizenId: 1, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-01' },
  'cases.update': { id: 1, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-01' },
  'cases.assignments': { caseId: 1 },
  'cases.reassign': { caseIds: [1], toUserId: 1, reason: 'Ferie' },
  'activities.list': { caseId: 1 },
  'activities.create': { caseId: 1, date: '2026-01-01', name: 'Telefonsamtale' },
  'applications.list': { caseId: 1 },
  'applications.create': { caseId: 1, paragraph: 'BL-86', receivedDate: '2026-01-01' },
  'applications.update': { id: 1, paragraph: 'BL-86', receivedDate: '2026-01-01' },
  'services.list': { caseId: 1 },
  'services.create': { citizenId: 1, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-01' },
  'services.update': { id: 1, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-01' },
  'citizens.search': { query: 'x' },
  'activityNames.create': { name: 'X', phase: 'opfølgning', area: 'begge', content: 'X' },
  'activityNames.update': { id: 1, name: 'X', phase: 'opfølgning', area: 'begge', content: 'X' },
  'activityNames.setActive': { id: 1, active: false },
  'activityNames.map': { fromName: 'X', toId: 1 },
  'activityNames.undoMapping': { id: 1 },
  'activityNames.export': { format: 'json' },
  'activityNames.import': { format: 'json', base64: 'e30=' },
  'stamkort.get': { caseId: 1 },
  'stamkort.saveSection': { caseId: 1, section: 'siblings', version: 0, data: { none: true } },
  'stamkort.confirm': { caseId: 1, version: 0, date: '2026-01-01' },
  'stamkort.history': { caseId: 1, section: 'parents' },
  'stamkort.updateSettings': { reviewDays: 90 },
  'handover.overview': { userId: 1 },
  'handover.redistribute': { fromUserId: 1, reason: 'x', moves: [{ caseId: 1, toUserId: 2 }] },
  'handover.plan': { fromUserId: 1, shiftDate: '2026-01-01', reason: 'x', caseIds: [1], toUserId: 2 },
  'handover.shift': { id: 1 },
  'handover.saveSheet': { shiftId: 1, caseId: 1, toUserId: 2, essentials: '', deviation: '', agreements: '', knowledgeElsewhere: '', familyTold: '' },
  'handover.saveAgenda': { shiftId: 1, meetingDate: '2026-01-01', participants: '', items: [{ caseId: 1, minutes: 5 }] },
  'handover.takeOver': { shiftId: 1, caseId: 1 },
  'handover.ask': { shiftId: 1, caseId: 1, question: 'x' },
  'handover.answer': { questionId: 1, answer: 'x' },
  'handover.execute': { id: 1 },
  'handover.completeTask': { taskId: 1, doneOn: '2026-01-01', channel: 'brev' },
  'handover.saveSettings': { notifyBy: 'modtager', notifyDays: 5 },
  'handover.pack': { id: 1 },
};
