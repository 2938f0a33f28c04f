/** axe on every main page, form and dialog: zero serious or critical violations. */
import type { Page } from '@playwright/test';
import { becomeRole, expect, expectAccessible, test } from './fixtures';

const go = async (app: Page, hash: string) => {
  await app.goto(`${app.url().split('#')[0]}#${hash}`);
};

test.describe('first run', () => {
  test.use({ registerKind: 'none' });
  test('welcome page', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1, name: 'Velkommen til Sagsoverblik' })).toBeVisible();
    await expectAccessible(app, 'first run');
    // Submitting the empty form shows the errors; still accessible.
    await app.getByRole('button', { name: 'Opret tomt register' }).click();
    await expect(app.getByText('Initialer er 2–6 bogstaver.')).toBeVisible();
    await expectAccessible(app, 'first run with errors');
  });
});

test.describe('with a demo register', () => {
  test.use({ registerKind: 'demo' });

  test('case lists, citizens and staff', async ({ app, backend }) => {
    test.slow(); // nine full-page axe scans; with two workers on two cores it passed 60 s
    const grid = app.getByRole('table', { name: 'Sager' });
    await expect(app.getByRole('heading', { level: 1, name: 'Min sagsstamme' })).toBeVisible();
    await expect(grid.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(app, 'Min sagsstamme');

    // Moving cases and the staff are the team leader's: the rest of the scans as the team leader.
    await becomeRole(app, backend, 'teamleder');
    await app.getByRole('link', { name: 'Teamets sager' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Teamets sager' })).toBeVisible();
    await expect(grid.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(app, 'Teamets sager');
    await grid.getByRole('checkbox').nth(1).check();
    await grid.getByRole('checkbox').nth(2).check();
    await app.getByRole('button', { name: 'Omfordel valgte (2)' }).click();
    await expect(app.getByRole('dialog', { name: 'Omfordel sager' })).toBeVisible();
    await expectAccessible(app, 'reassign dialog');
    await app.getByRole('button', { name: 'Annuller' }).click();

    await app.getByRole('link', { name: 'Borgere' }).click();
    await app.getByLabel('Søg på navn eller CPR-nummer').fill('an');
    await expect(app.getByRole('table', { name: 'Søgeresultater' })).toBeVisible();
    await expectAccessible(app, 'Borgere');

    await app.getByRole('link', { name: 'Ny borger' }).click();
    await app.getByRole('button', { name: 'Gem' }).click();
    await expect(app.getByText('Feltet skal udfyldes.')).toBeVisible();
    await expectAccessible(app, 'citizen form with errors');

    await app.getByRole('link', { name: 'Medarbejdere' }).click();
    await expect(app.getByRole('table', { name: 'Medarbejdere' })).toBeVisible();
    await expectAccessible(app, 'Medarbejdere');
    await app.getByRole('button', { name: 'Ny medarbejder' }).click();
    await expectAccessible(app, 'new user dialog');
    await app.getByRole('button', { name: 'Annuller' }).click();
    await app.getByRole('button', { name: 'Nyt team' }).click();
    await expectAccessible(app, 'new team dialog');
  });

  test('citizen page, case page with each tab, and the case form', async ({ app, backend }) => {
    test.slow(); // eight full-page axe scans, each screen's code loaded on first visit
    const cases = await backend.call('cases.list', { scope: 'all', limit: 50 });
    const protectedCase = cases.rows.find((c) => c.protectedAddress) ?? cases.rows[0];
    await becomeRole(app, backend, 'teamleder'); // the reassign dialog below is the team leader's

    await go(app, `/borgere/${protectedCase.citizenId}`);
    await expect(app.getByRole('heading', { level: 1, name: protectedCase.citizenName })).toBeVisible();
    await expectAccessible(app, 'citizen page');

    await go(app, `/sager/${protectedCase.id}`);
    await expect(app.getByRole('heading', { level: 1, name: `Sag ${protectedCase.caseNumber}` })).toBeVisible();
    await expect(app.getByRole('heading', { level: 2, name: 'Aktiviteter' })).toBeVisible();
    await expectAccessible(app, 'case page: Aktiviteter');
    for (const tab of ['Ansøgninger', 'Indsatser', 'Sagsbehandlerhistorik']) {
      await app.getByRole('tab', { name: tab }).click();
      await expect(app.getByRole('heading', { level: 2, name: tab })).toBeVisible();
      await expect(app.getByRole('status')).toHaveCount(0);
      await expectAccessible(app, `case page: ${tab}`);
    }
    await app.getByRole('tab', { name: 'Aktiviteter' }).click();
    await app.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    await expectAccessible(app, 'activity dialog');
    await app.getByRole('button', { name: 'Annuller' }).click();
    await app.getByRole('tab', { name: 'Ansøgninger' }).click();
    await app.getByRole('button', { name: 'Tilføj ansøgning' }).click();
    await expectAccessible(app, 'application dialog');
    await app.getByRole('button', { name: 'Annuller' }).click();
    await app.getByRole('tab', { name: 'Indsatser' }).click();
    await app.getByRole('button', { name: 'Tilføj indsats' }).click();
    await expectAccessible(app, 'service dialog');
    await app.getByRole('button', { name: 'Annuller' }).click();
    await app.getByRole('button', { name: 'Skift sagsbehandler' }).click();
    await expectAccessible(app, 'reassign dialog (one case)');
    await app.getByRole('button', { name: 'Annuller' }).click();

    await app.getByRole('link', { name: 'Rediger sag' }).click();
    await expect(app.getByRole('heading', { level: 1, name: `Rediger sag ${protectedCase.caseNumber}` })).toBeVisible();
    await expectAccessible(app, 'case form');
  });
});
