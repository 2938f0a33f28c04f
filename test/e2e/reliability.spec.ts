/**
 * Issue 8 in the app: the Sikkerhedskopier page (take a backup, see it listed, restore it)
 * and the team leader's Adgangslog on the citizen page (rows, CSV export).
 */
import fs from 'node:fs';
import type { Backend } from '../../main/backend/backend';
import { expect, expectAccessible, test } from './fixtures';

test.use({ registerKind: 'empty' });

async function userId(backend: Backend, initials: string): Promise<number> {
  const users = await backend.call('users.list', { includeInactive: false });
  const user = users.rows.find((u) => u.initials === initials);
  if (!user) throw new Error(`no user ${initials}`);
  return user.id;
}

test('a caseworker takes a backup; a team leader restores it', async ({ app, backend }) => {
  await app.getByRole('link', { name: 'Sikkerhedskopier' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Sikkerhedskopier' })).toBeVisible();
  // A caseworker sees the folder but cannot change it.
  await expect(app.getByText('Kun en teamleder eller en superbruger kan skifte mappen')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Skift mappe' })).toHaveCount(0);

  await app.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click();
  await expect(app.getByText(/^Sikkerhedskopien er taget: .*-manuel-\d{8}T\d{6}/)).toBeVisible();
  const table = app.getByRole('table', { name: 'Sikkerhedskopier' });
  await expect(table.getByRole('row').filter({ hasText: 'Taget manuelt' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Taget manuelt' })).toContainText(/\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
  await expectAccessible(app, 'Sikkerhedskopier (sagsbehandler)');

  // A citizen created after the backup is gone once the team leader restores it.
  await backend.call('citizens.create', { cpr: '010515-4321', name: 'Gendan Testesen' });
  backend.setCurrentUser(await userId(backend, 'TL'));
  await app.reload();
  await expect(app.getByRole('button', { name: 'Skift mappe' })).toBeVisible();
  await table.getByRole('row').filter({ hasText: 'Taget manuelt' }).getByRole('button', { name: /^Gendan / }).click();
  const dialog = app.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' });
  await expect(dialog.getByText('Det nuværende register gemmes først som en sikkerhedskopi')).toBeVisible();
  await expectAccessible(app, 'Gendan sikkerhedskopi (dialog)');
  await dialog.getByRole('button', { name: 'Gendan registret' }).click();
  await expect(app.getByText(/^Registret er gendannet fra .*Det tidligere register er gemt som .*-foer-gendannelse-/)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Før gendannelse' })).toHaveCount(1);
  const found = await backend.call('citizens.search', { query: 'Gendan' });
  expect(found.rows).toHaveLength(0);
});

test('a team leader sees who opened a citizen and exports the log as CSV', async ({ app, backend }) => {
  const citizen = await backend.call('citizens.create', { cpr: '010515-4321', name: 'Logga Testesen' });
  await backend.call('citizens.get', { id: citizen.id });

  // A caseworker does not see the section.
  await app.goto(new URL(`#/borgere/${citizen.id}`, app.url()).href);
  await expect(app.getByRole('heading', { level: 1, name: 'Logga Testesen' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Adgangslog' })).toHaveCount(0);

  backend.setCurrentUser(await userId(backend, 'TL'));
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Adgangslog' })).toBeVisible();
  const log = app.getByRole('table', { name: 'Adgangslog for borgeren' });
  await expect(log.getByRole('row').filter({ hasText: 'AB – Anna Bech' }).filter({ hasText: 'Oprettede borgeren' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'AB – Anna Bech' }).first()).toContainText(/\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
  await expectAccessible(app, 'Adgangslog (teamleder)');

  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Eksportér CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`adgangslog-borger-${citizen.id}.csv`);
  const csv = fs.readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('Oprettede borgeren');
  expect(csv).not.toMatch(/\d{6}-?\d{4}/);
  await expect(app.getByText(/^Loggen er eksporteret/)).toBeVisible();
});
