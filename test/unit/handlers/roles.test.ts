/**
 * Issue 15: who may call what is declared beside each method in the contract (`access`)
 * and enforced by the dispatcher on every call. For EVERY method of the contract (walked
 * generically, so a new method is covered without editing this file) and every role:
 * a role the contract does not name gets FORBIDDEN with a Danish message and nothing in
 * the register changes; a role it names is not refused (the call may still fail on the
 * data, but not on the role). Then the key methods of the issue, through real calls.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, type Method } from '../../../shared/api/contract';
import { mayCall, type Access } from '../../../shared/api/define';
import { roles, type Role } from '../../../shared/domain/enums';
import { testToday } from '../../clock';
import { addCase, addCitizen, failure } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';
import { procedure } from '../procedures/library';

interface Ids {
  /** The user making the call. */
  me: number;
  team: number;
  sb: number;
  tl: number;
  su: number;
  /** A second caseworker: a receiver that is neither the caller nor the case's caseworker. */
  kl: number;
  citizen: number;
  case: number;
}

const MISSING = 999_999;

/**
 * An input per method that parses (checked below): with the caller's own ids where a
 * handler has rules about whose data it is, and missing ids where an allowed call would
 * otherwise move cases or replace the register. A method not listed is called with {}:
 * the role check comes before the input is read, so the refusal is tested all the same.
 */
const inputs: Partial<Record<Method, (ids: Ids) => unknown>> = {
  'app.setup': () => ({ kind: 'demo' }),
  'teams.create': () => ({ name: 'Team Roller' }),
  'users.create': (i) => ({ initials: 'NY', name: 'Ny Medarbejder', role: 'sagsbehandler', teamId: i.team }),
  'users.update': (i) => ({ id: i.kl, name: 'Karen Lund', role: 'sagsbehandler', teamId: i.team, active: true }),
  'session.setUser': (i) => ({ userId: i.me }),
  'citizens.search': () => ({ query: 'Ørsted' }),
  'citizens.get': (i) => ({ id: i.citizen }),
  'citizens.create': () => ({ cpr: '150310-4001', name: 'Søren Testesen' }),
  'citizens.update': (i) => ({ id: i.citizen, cpr: '150310-4002', name: 'Søren Ørsted' }),
  'citizens.revealAddress': (i) => ({ id: i.citizen }),
  'cases.get': (i) => ({ id: i.case }),
  'cases.create': (i) => ({ citizenId: i.citizen, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-05' }),
  'cases.update': (i) => ({ id: i.case, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-05' }),
  'cases.assignments': (i) => ({ caseId: i.case }),
  // To the caseworker the case already has: an allowed call moves nothing.
  'cases.reassign': (i) => ({ caseIds: [i.case], toUserId: i.sb, reason: 'Ny fordeling' }),
  'activities.list': (i) => ({ caseId: i.case }),
  'activities.create': (i) => ({ caseId: i.case, date: '2026-01-06', name: 'Telefonsamtale' }),
  'applications.list': (i) => ({ caseId: i.case }),
  'applications.create': (i) => ({ caseId: i.case, paragraph: 'BL-86', receivedDate: '2026-01-05' }),
  'applications.update': () => ({ id: MISSING, paragraph: 'BL-86', receivedDate: '2026-01-05' }),
  'services.list': (i) => ({ caseId: i.case }),
  'services.create': (i) => ({ citizenId: i.citizen, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-06' }),
  'services.update': () => ({ id: MISSING, serviceType: 'Aflastning', paragraph: 'BL-32', startDate: '2026-01-06' }),
  'stamkort.get': (i) => ({ caseId: i.case }),
  'stamkort.saveSection': (i) => ({ caseId: i.case, section: 'siblings', version: 0, data: { none: true } }),
  'stamkort.confirm': (i) => ({ caseId: i.case, version: 0, date: testToday() }),
  'stamkort.history': (i) => ({ caseId: i.case, section: 'parents' }),
  'stamkort.updateSettings': () => ({ reviewDays: 90 }),
  'activityNames.create': () => ({ name: 'Rolletest', phase: 'opfølgning', area: 'begge', content: 'Bruges kun i testen.' }),
  'activityNames.update': () => ({ id: MISSING, name: 'Rolletest', phase: 'opfølgning', area: 'begge', content: 'Bruges kun i testen.' }),
  'activityNames.setActive': () => ({ id: MISSING, active: false }),
  'activityNames.map': () => ({ fromName: 'Gammelt navn', toId: MISSING }),
  'activityNames.undoMapping': () => ({ id: MISSING }),
  'activityNames.export': () => ({ format: 'json' }),
  'activityNames.import': () => ({ format: 'json', base64: Buffer.from('[]').toString('base64') }),
  'procedures.search': () => ({ query: 'afslag' }),
  'procedures.get': () => ({ id: MISSING }),
  'procedures.versions': () => ({ id: MISSING }),
  'procedures.create': () => procedure('Rolletest'),
  'procedures.update': () => ({ ...procedure('Rolletest'), id: MISSING, baseVersion: 1, changeNote: 'Rettet' }),
  'procedures.markReviewed': () => ({ id: MISSING }),
  'procedures.forCase': (i) => ({ caseId: i.case }),
  'procedures.importPreview': () => ({ files: [{ name: 'rolletest.md', content: '# Rolletest\n\nFormål.\n', encoding: 'text' }] }),
  'procedures.importConfirm': () => ({ procedures: [procedure('Rolletest, importeret')] }),
  'checklists.forCase': (i) => ({ caseId: i.case }),
  'checklists.start': (i) => ({ caseId: i.case, procedureId: MISSING }),
  'checklists.tick': () => ({ runId: MISSING, index: 0, checked: true }),
  'checklists.closedDayCheck': () => ({ date: '2026-12-24' }),
  'deadlines.saveRule': () => ({ paragraph: 'BL-86', caseType: 'Rolletest', amount: 8, unit: 'uger' }),
  'deadlines.deleteRule': () => ({ id: MISSING }),
  'deadlines.saveSettings': () => ({ warningDays: 14, idleDays: 60, receiptDays: 7, followUpMonths: 12 }),
  'deadlines.saveFollowUpRule': () => ({ serviceType: 'Aflastning', months: 6 }),
  'deadlines.deleteFollowUpRule': () => ({ serviceType: 'Findes ikke' }),
  'deadlines.preview': () => ({ receivedDate: '2026-01-05', caseType: 'Merudgifter', paragraphs: ['BL-86'] }),
  'deadlines.forCase': (i) => ({ caseId: i.case }),
  'deadlines.registerNotice': () => ({ caseId: MISSING, sentDate: '2026-01-06', expectedDate: '2026-02-06' }),
  'deadlines.registerReceipt': () => ({ caseId: MISSING, sentDate: '2026-01-06' }),
  'deadlines.list': () => ({ kind: 'coming' }),
  'deadlines.invitations': () => ({ meetingDate: '2027-02-01' }),
  'deadlines.markDone': () => ({ kind: 'followUp', subjectId: MISSING, due: '2026-01-06' }),
  'audit.citizen': (i) => ({ citizenId: i.citizen }),
  'audit.exportCsv': (i) => ({ citizenId: i.citizen }),
  'backups.setFolder': () => ({ folder: null }),
  // A file that is not there: an allowed call is refused on the file, and the register stays.
  'backups.restore': () => ({ fileName: 'findes-ikke.sqlite' }),
  'handover.overview': (i) => ({ userId: i.me }),
  // From the team's caseworker, with a case that is not there: the leader passes, nothing moves.
  'handover.redistribute': (i) => ({ fromUserId: i.sb, reason: 'Sygdom', moves: [{ caseId: MISSING, toUserId: i.kl }] }),
  'handover.plan': (i) => ({ fromUserId: i.me, shiftDate: testToday(), reason: 'Orlov', caseIds: [MISSING], toUserId: i.me === i.kl ? i.sb : i.kl }),
  'handover.shift': () => ({ id: MISSING }),
  'handover.saveSheet': (i) => ({ shiftId: MISSING, caseId: i.case, toUserId: i.kl, essentials: '', deviation: '', agreements: '', knowledgeElsewhere: '', familyTold: '' }),
  'handover.saveAgenda': (i) => ({ shiftId: MISSING, meetingDate: testToday(), participants: '', items: [{ caseId: i.case, minutes: 5 }] }),
  'handover.takeOver': (i) => ({ shiftId: MISSING, caseId: i.case }),
  'handover.ask': (i) => ({ shiftId: MISSING, caseId: i.case, question: 'Hvem er værge?' }),
  'handover.answer': () => ({ questionId: MISSING, answer: 'Mormor.' }),
  'handover.execute': () => ({ id: MISSING }),
  'handover.tasks': () => ({}),
  'handover.completeTask': () => ({ taskId: MISSING, doneOn: testToday(), channel: 'telefon' }),
  'handover.saveSettings': () => ({ notifyBy: 'modtager', notifyDays: 5 }),
  'handover.pack': () => ({ id: MISSING }),
  'transition.prepare': (i) => ({ citizenId: i.citizen }),
  'transition.get': () => ({ id: MISSING }),
};

let reg: TestRegister;
let ids: Omit<Ids, 'me'>;
const userOf: Record<Role, number> = { sagsbehandler: 0, teamleder: 0, superbruger: 0 };

/** The register's first user is a team leader, who then takes on the staff (users.create is theirs). */
async function staffedRegister(): Promise<{ reg: TestRegister; team: number; sb: number; tl: number; su: number; kl: number }> {
  const r = await testRegister({ setup: false });
  await r.backend.call('app.setup', { kind: 'empty', teamName: 'Team Børn Nord', initials: 'TL', name: 'Tove Larsen', role: 'teamleder' });
  const tl = (await r.backend.call('session.current', {})).user!;
  const add = async (initials: string, name: string, role: Role) => (await r.backend.call('users.create', { initials, name, role, teamId: tl.teamId })).id;
  const sb = await add('SB', 'Signe Bach', 'sagsbehandler');
  const su = await add('SU', 'Søren Uhre', 'superbruger');
  const kl = await add('KL', 'Karen Lund', 'sagsbehandler');
  return { reg: r, team: tl.teamId, sb, tl: tl.id, su, kl };
}

const as = (r: TestRegister, userId: number) => r.backend.setCurrentUser(userId);

/** A hash of every row of every table (queued audit rows written first): equal means nothing was written. */
async function registerHash(r: TestRegister): Promise<string> {
  await r.backend.flushAudit();
  const raw = r.backend.openRegister!.raw;
  const tables = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
    .all() as { name: string }[];
  const h = crypto.createHash('sha256');
  for (const { name } of tables) h.update(name).update(JSON.stringify(raw.prepare(`SELECT * FROM "${name}"`).raw().all()));
  return h.digest('hex');
}

const rolesOf = (access: Access): readonly Role[] => (access === 'anyone' ? roles : access.roles);

beforeAll(async () => {
  const s = await staffedRegister();
  reg = s.reg;
  Object.assign(userOf, { sagsbehandler: s.sb, teamleder: s.tl, superbruger: s.su });
  as(reg, s.sb);
  const citizen = await addCitizen(reg.backend, 'Søren Ørsted', '2015-03-10', 2);
  const c = await addCase(reg.backend, citizen.id);
  ids = { team: s.team, sb: s.sb, tl: s.tl, su: s.su, kl: s.kl, citizen: citizen.id, case: c.id };
});
afterAll(async () => reg?.cleanup());

describe('the contract declares who may call every method', () => {
  test('every input in this file parses, so an allowed role reaches the handler', () => {
    for (const [method, make] of Object.entries(inputs) as [Method, (i: Ids) => unknown][]) {
      expect(contract[method], `${method} is not in the contract`).toBeDefined();
      const parsed = contract[method].input.safeParse(make({ ...ids, me: ids.sb }));
      expect([method, parsed.success ? 'parses' : parsed.error.issues]).toEqual([method, 'parses']);
    }
  });

  test('methods that run without a user are open to anyone; a restricted method names at least one role and what it allows', () => {
    for (const [method, def] of Object.entries(contract)) {
      if (def.needs !== 'user') expect([method, def.access]).toEqual([method, 'anyone']);
      if (def.access !== 'anyone') {
        expect(def.access.roles.length, method).toBeGreaterThan(0);
        expect(def.access.roles.every((r) => (roles as readonly string[]).includes(r)), method).toBe(true);
        expect(def.access.to, method).toMatch(/^[a-zæøå]/);
      }
    }
  });

  test('the issue\'s methods refuse a caseworker: reassigning the team\'s cases, restoring a backup, reading the access log', () => {
    for (const method of ['cases.reassign', 'handover.redistribute', 'backups.restore', 'backups.setFolder', 'audit.citizen', 'audit.exportCsv', 'users.create', 'users.update'] as const) {
      expect([method, mayCall(contract[method].access, 'sagsbehandler')]).toEqual([method, false]);
    }
    // Distributing cases, the access log and staff are the team leader's; restoring also a super user's.
    expect(rolesOf(contract['cases.reassign'].access)).toEqual(['teamleder']);
    expect(rolesOf(contract['handover.redistribute'].access)).toEqual(['teamleder']);
    expect(rolesOf(contract['audit.citizen'].access)).toEqual(['teamleder']);
    expect(rolesOf(contract['users.create'].access)).toEqual(['teamleder']);
    expect(rolesOf(contract['backups.restore'].access)).toEqual(['teamleder', 'superbruger']);
    // Super users keep the naming list and the procedure library; deadlines are set by both.
    expect(rolesOf(contract['activityNames.create'].access)).toEqual(['superbruger']);
    expect(rolesOf(contract['procedures.update'].access)).toEqual(['superbruger']);
    expect(rolesOf(contract['deadlines.saveRule'].access)).toEqual(['teamleder', 'superbruger']);
    // Case work is everyone's.
    for (const method of ['cases.create', 'activities.create', 'stamkort.saveSection', 'handover.plan', 'handover.saveSheet', 'deadlines.list', 'procedures.search', 'activityNames.search'] as const) {
      expect([method, contract[method].access]).toEqual([method, 'anyone']);
    }
  });
});

describe('the dispatcher enforces it on every call', () => {
  for (const method of Object.keys(contract) as Method[]) {
    for (const role of roles) {
      const allowed = mayCall(contract[method].access, role);
      test(`${method} as ${role}: ${allowed ? 'not refused on the role' : 'FORBIDDEN, nothing written'}`, async () => {
        const me = userOf[role];
        as(reg, me);
        const input = inputs[method]?.({ ...ids, me }) ?? {};
        const before = await registerHash(reg);
        const result = await reg.backend.dispatch(method, input);
        if (allowed) {
          expect(result.ok ? 'ok' : result.error.code, result.ok ? '' : result.error.message).not.toBe('FORBIDDEN');
          return;
        }
        expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
        if (!result.ok) {
          expect(result.error.message).toMatch(new RegExp(`^Din rolle \\(${role}\\) giver ikke adgang til at .+\\. Det kan en (teamleder|superbruger|sagsbehandler)`));
        }
        expect(await registerHash(reg), 'a refused call changed the register').toBe(before);
        // The caller is still who they were (session.setUser is open to anyone and not refused here).
        expect((await reg.backend.call('session.current', {})).user?.id).toBe(me);
      });
    }
  }
});

describe('the key methods, through real calls', () => {
  let r: TestRegister;
  let s: Awaited<ReturnType<typeof staffedRegister>>;
  let caseId: number;
  let citizenId: number;
  beforeAll(async () => {
    s = await staffedRegister();
    r = s.reg;
    as(r, s.sb);
    const citizen = await addCitizen(r.backend, 'Åse Ågård', '2014-06-01', 3);
    citizenId = citizen.id;
    caseId = (await addCase(r.backend, citizen.id)).id;
  });
  afterAll(async () => r?.cleanup());

  test('a caseworker cannot move cases, not even their own, and is told who can; the team leader can', async () => {
    as(r, s.sb);
    const before = await registerHash(r);
    const err = await failure(r.backend.call('cases.reassign', { caseIds: [caseId], toUserId: s.kl, reason: 'Ferie' }));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toBe('Din rolle (sagsbehandler) giver ikke adgang til at flytte sager til en anden sagsbehandler. Det kan en teamleder.');
    expect(await registerHash(r)).toBe(before);
    expect((await r.backend.call('cases.get', { id: caseId })).caseworkerId).toBe(s.sb);
    // The role is checked before the input is read: a bad input is refused on the role too.
    expect((await failure(r.backend.call('cases.reassign', { caseIds: [], toUserId: s.kl, reason: '' }))).code).toBe('FORBIDDEN');
    as(r, s.tl);
    expect(await r.backend.call('cases.reassign', { caseIds: [caseId], toUserId: s.kl, reason: 'Ferie' })).toEqual({ reassigned: 1, unchanged: 0 });
    expect((await r.backend.call('cases.get', { id: caseId })).caseworkerId).toBe(s.kl);
  });

  test('only a team leader reads the access log', async () => {
    for (const userId of [s.sb, s.su]) {
      as(r, userId);
      const before = await registerHash(r);
      const err = await failure(r.backend.call('audit.citizen', { citizenId }));
      expect(err.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(/giver ikke adgang til at se, hvem der har læst eller ændret en borgers oplysninger\. Det kan en teamleder\.$/);
      expect((await failure(r.backend.call('audit.exportCsv', { citizenId }))).code).toBe('FORBIDDEN');
      expect(await registerHash(r)).toBe(before);
    }
    as(r, s.tl);
    expect((await r.backend.call('audit.citizen', { citizenId })).total).toBeGreaterThan(0);
  });

  test('a caseworker takes a backup but cannot restore it; the register is untouched until a team leader does', async () => {
    as(r, s.sb);
    const backup = await r.backend.call('backups.create', {});
    await addCitizen(r.backend, 'Efter Kopien', '2016-01-01', 4);
    const before = await registerHash(r);
    const err = await failure(r.backend.call('backups.restore', { fileName: backup.fileName }));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toBe('Din rolle (sagsbehandler) giver ikke adgang til at gendanne registret fra en sikkerhedskopi. Det kan en teamleder eller en superbruger.');
    expect(await registerHash(r)).toBe(before);
    expect((await r.backend.call('citizens.search', { query: 'Efter' })).rows).toHaveLength(1);
    as(r, s.tl);
    await r.backend.call('backups.restore', { fileName: backup.fileName });
    expect((await r.backend.call('citizens.search', { query: 'Efter' })).rows).toHaveLength(0);
  });

  test('methods that need no user stay callable on first run', async () => {
    const first = await testRegister({ setup: false });
    try {
      for (const [method, def] of Object.entries(contract) as [Method, (typeof contract)[Method]][]) {
        if (def.needs !== 'nothing') continue;
        const result = await first.backend.dispatch(method, method === 'app.setup' ? undefined : {});
        expect([method, result.ok ? 'ok' : result.error.code]).not.toEqual([method, 'FORBIDDEN']);
      }
      expect((await first.backend.call('app.status', {})).open).toBe(false);
      expect((await first.backend.call('reference.paragraphs', {})).rows.length).toBeGreaterThan(0);
    } finally {
      await first.cleanup();
    }
  });
});
