import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addCase, addCitizen, clockedRegister, failure, snapshot } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';

let reg: TestRegister;
let teamId: number;
// Staff and teams are the team leader's (the contract's access): here ABC is the team leader.
beforeEach(async () => {
  reg = await clockedRegister(undefined, { role: 'teamleder' });
  teamId = (await reg.backend.call('teams.list', {})).rows[0].id;
});
afterEach(async () => reg?.cleanup());

describe('teams', () => {
  test('create and list, sorted the Danish way, with active member counts', async () => {
    const b = reg.backend;
    const syd = await b.call('teams.create', { name: '  Team Voksen Syd  ' });
    expect(syd).toMatchObject({ name: 'Team Voksen Syd', memberCount: 0 });
    await b.call('teams.create', { name: 'Øst-teamet' });
    await b.call('teams.create', { name: 'Aalborg-teamet' });
    await b.call('teams.create', { name: 'Zebra' });
    await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId: syd.id });
    const rows = (await b.call('teams.list', {})).rows;
    expect(rows.map((t) => t.name)).toEqual(['Team Børn Nord', 'Team Voksen Syd', 'Zebra', 'Øst-teamet', 'Aalborg-teamet']);
    expect(rows.find((t) => t.id === syd.id)?.memberCount).toBe(1);
    expect(rows.find((t) => t.id === teamId)?.memberCount).toBe(1);
  });

  test('a duplicate team name is CONFLICT on the name field, also with other case or spacing, and nothing is written', async () => {
    const before = snapshot(reg);
    for (const name of ['Team Børn Nord', 'team børn nord', ' TEAM BØRN NORD ']) {
      const err = await failure(reg.backend.call('teams.create', { name }));
      expect([name, err.code, err.fields?.name]).toEqual([name, 'CONFLICT', 'Navnet er allerede brugt.']);
    }
    expect(snapshot(reg)).toBe(before);
  });

  test('an empty team name is VALIDATION', async () => {
    const err = await failure(reg.backend.call('teams.create', { name: '   ' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.name).toBe('Feltet skal udfyldes.');
  });
});

describe('users', () => {
  test('create: initials are upper-cased (Danish letters too), user listed with team and caseload', async () => {
    const u = await reg.backend.call('users.create', { initials: 'øjå', name: 'Øjvind Jæger', role: 'teamleder', teamId });
    expect(u).toMatchObject({ initials: 'ØJÅ', name: 'Øjvind Jæger', role: 'teamleder', teamId, teamName: 'Team Børn Nord', active: true, openCases: 0 });
    const list = (await reg.backend.call('users.list', {})).rows;
    // Danish order: Anne before Øjvind.
    expect(list.map((x) => x.initials)).toEqual(['ABC', 'ØJÅ']);
  });

  test('duplicate initials are CONFLICT with fields.initials, whatever the case, and nothing is written', async () => {
    await reg.backend.call('users.create', { initials: 'ØJ', name: 'Øjvind Jæger', role: 'teamleder', teamId });
    const before = snapshot(reg);
    for (const initials of ['ABC', 'abc', 'Abc', 'øj']) {
      const err = await failure(reg.backend.call('users.create', { initials, name: 'Another One', role: 'sagsbehandler', teamId }));
      expect([initials, err.code, err.fields?.initials]).toEqual([initials, 'CONFLICT', 'Initialerne er allerede i brug.']);
    }
    expect(snapshot(reg)).toBe(before);
  });

  test('create in a team that does not exist is NOT_FOUND and writes nothing', async () => {
    const before = snapshot(reg);
    expect((await failure(reg.backend.call('users.create', { initials: 'XY', name: 'X Y', role: 'sagsbehandler', teamId: 999 }))).code).toBe('NOT_FOUND');
    expect(snapshot(reg)).toBe(before);
  });

  test('list filters by team and leaves out inactive users unless asked', async () => {
    const b = reg.backend;
    const syd = await b.call('teams.create', { name: 'Team Voksen Syd' });
    const kl = await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId: syd.id });
    const mh = await b.call('users.create', { initials: 'MH', name: 'Mads Holm', role: 'sagsbehandler', teamId: syd.id });
    await b.call('users.update', { id: mh.id, name: mh.name, role: mh.role, teamId: syd.id, active: false });
    expect((await b.call('users.list', { teamId: syd.id })).rows.map((u) => u.initials)).toEqual(['KL']);
    expect((await b.call('users.list', { teamId: syd.id, includeInactive: true })).rows.map((u) => u.initials)).toEqual(['KL', 'MH']);
    expect((await b.call('users.list', {})).rows.map((u) => u.id)).toEqual([1, kl.id].sort((a, c) => a - c));
    expect((await b.call('users.list', { teamId: syd.id, includeInactive: true })).rows.find((u) => u.id === mh.id)?.active).toBe(false);
  });

  test('update changes name, role and team; initials stay', async () => {
    const syd = await reg.backend.call('teams.create', { name: 'Team Voksen Syd' });
    const u = await reg.backend.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId });
    const updated = await reg.backend.call('users.update', { id: u.id, name: 'Karen Lund Møller', role: 'teamleder', teamId: syd.id, active: true });
    expect(updated).toMatchObject({ initials: 'KL', name: 'Karen Lund Møller', role: 'teamleder', teamId: syd.id, teamName: 'Team Voksen Syd' });
    expect((await reg.backend.call('users.list', { teamId: syd.id })).rows.map((x) => x.id)).toEqual([u.id]);
  });

  test('update of an unknown user or to an unknown team is NOT_FOUND', async () => {
    expect((await failure(reg.backend.call('users.update', { id: 99, name: 'X', role: 'sagsbehandler', teamId, active: true }))).code).toBe('NOT_FOUND');
    const before = snapshot(reg);
    expect((await failure(reg.backend.call('users.update', { id: 1, name: 'X', role: 'sagsbehandler', teamId: 99, active: true }))).code).toBe('NOT_FOUND');
    expect(snapshot(reg)).toBe(before);
  });

  test('deactivating a user who still has open cases is CONFLICT and changes nothing; after reassigning it works', async () => {
    const b = reg.backend;
    const kl = await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId });
    const c = await addCitizen(b, 'Søren Ørsted', '2010-03-15', 1);
    const open = await addCase(b, c.id, { caseworkerId: kl.id });
    await addCase(b, c.id, { caseworkerId: kl.id, state: 'afsluttet' });
    expect((await b.call('users.list', {})).rows.find((u) => u.id === kl.id)?.openCases).toBe(1);
    const before = snapshot(reg);
    const err = await failure(b.call('users.update', { id: kl.id, name: kl.name, role: kl.role, teamId, active: false }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/1 åbne sager/);
    expect(snapshot(reg)).toBe(before);
    await b.call('cases.reassign', { caseIds: [open.id], toUserId: 1, reason: 'Fratræden' });
    const done = await b.call('users.update', { id: kl.id, name: kl.name, role: kl.role, teamId, active: false });
    expect(done.active).toBe(false);
    // An inactive user cannot be chosen as "me", nor get new cases.
    expect((await failure(b.call('session.setUser', { userId: kl.id }))).code).toBe('CONFLICT');
    expect((await failure(addCase(b, c.id, { caseworkerId: kl.id }))).fields?.caseworkerId).toBeDefined();
  });
});

describe('session', () => {
  test('switching who I am changes what scope "mine" returns and who writes', async () => {
    const b = reg.backend;
    const kl = await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId });
    const c = await addCitizen(b, 'Søren Ørsted', '2010-03-15', 1);
    const mine = await addCase(b, c.id);
    const hers = await addCase(b, c.id, { caseworkerId: kl.id });
    expect((await b.call('session.current', {})).user?.initials).toBe('ABC');
    expect((await b.call('cases.list', { scope: 'mine' })).rows.map((r) => r.id)).toEqual([mine.id]);

    const switched = await b.call('session.setUser', { userId: kl.id });
    expect(switched.user.initials).toBe('KL');
    expect((await b.call('session.current', {})).user?.id).toBe(kl.id);
    expect((await b.call('app.status', {})).currentUser?.id).toBe(kl.id);
    expect((await b.call('cases.list', { scope: 'mine' })).rows.map((r) => r.id)).toEqual([hers.id]);
    const note = await b.call('activities.create', { caseId: hers.id, date: '2026-03-10', name: 'Telefonsamtale' });
    expect(note.authorInitials).toBe('KL');
  });

  test('choosing an unknown user is NOT_FOUND and keeps the current one', async () => {
    expect((await failure(reg.backend.call('session.setUser', { userId: 42 }))).code).toBe('NOT_FOUND');
    expect((await reg.backend.call('session.current', {})).user?.initials).toBe('ABC');
  });

  test('when the current user is deactivated, methods that need a user answer NO_USER until someone is chosen', async () => {
    const b = reg.backend;
    const kl = await b.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId });
    await b.call('users.update', { id: 1, name: 'Anne Berg Christensen', role: 'sagsbehandler', teamId, active: false });
    expect((await b.call('session.current', {})).user).toBeNull();
    const r = await b.dispatch('cases.list', {});
    expect(r.ok ? null : r.error.code).toBe('NO_USER');
    // Methods that need only the register still work, so the user can pick who they are.
    expect((await b.call('users.list', {})).rows.map((u) => u.initials)).toEqual(['KL']);
    await b.call('session.setUser', { userId: kl.id });
    expect((await b.call('cases.list', {})).total).toBe(0);
  });
});
