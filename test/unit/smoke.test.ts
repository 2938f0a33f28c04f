import { afterEach, expect, test } from 'vitest';
import { testRegister, type TestRegister } from '../helpers/register';

let reg: TestRegister;
afterEach(async () => reg?.cleanup());

test('a new empty register has its first team and user, and that user is current', async () => {
  reg = await testRegister();
  const status = await reg.backend.call('app.status', {});
  expect(status.open).toBe(true);
  expect(status.schemaVersion).toBe(status.latestSchemaVersion);
  expect(status.currentUser?.initials).toBe('ABC');
  const users = await reg.backend.call('users.list', {});
  expect(users.rows.map((u) => u.initials)).toEqual(['ABC']);
});

test('bad input is refused in Danish with a field message', async () => {
  reg = await testRegister({ role: 'teamleder' }); // users.create is the team leader's
  const result = await reg.backend.dispatch('users.create', { initials: '1', name: '', role: 'x', teamId: 1 });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.initials).toBe('Initialer er 2–6 bogstaver.');
    expect(result.error.fields?.name).toBe('Feltet skal udfyldes.');
  }
});
