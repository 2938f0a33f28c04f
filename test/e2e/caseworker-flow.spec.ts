/**
 * What a caseworker does every day, through the real renderer and backend:
 * create a citizen and a case, write in the journal, have the team leader hand the case
 * to a colleague, and find citizens and cases again by CPR number and by name.
 */
import type { Page } from '@playwright/test';
import { becomeRole, expect, test } from './fixtures';

test.use({ registerKind: 'empty' });

async function createCitizen(app: Page, cpr: string, name: string) {
  await app.getByRole('link', { name: 'Borgere' }).click();
  await app.getByRole('link', { name: 'Ny borger' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Ny borger' })).toBeVisible();
  const field = (label: string) => app.getByRole('textbox', { name: label, exact: true });
  await field('CPR-nummer').fill(cpr);
  await field('Navn').fill(name);
  await field('Adresse').fill('Skovvej 12');
  await field('Postnr.').fill('8000');
  await field('By').fill('Aarhus C');
  await app.getByRole('button', { name: 'Gem' }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('create a citizen and a case, add an activity, reassign and see the history', async ({ app, backend }) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Min sagsstamme' })).toBeVisible();

  // The citizen form shows what the CPR number says while typing.
  await app.getByRole('link', { name: 'Borgere' }).click();
  await app.getByRole('link', { name: 'Ny borger' }).click();
  // Screens load on first visit: wait for the form, not the list's search field ("… CPR-nummer").
  await expect(app.getByRole('heading', { level: 1, name: 'Ny borger' })).toBeVisible();
  await app.getByLabel('CPR-nummer').fill('0105154321');
  await expect(app.getByText(/Født 01-05-2015 · \d+ år · mand/)).toBeVisible();
  await app.getByLabel('CPR-nummer').fill('6105154322');
  await expect(app.getByText(/erstatningsnummer/)).toBeVisible();
  await app.getByRole('button', { name: 'Annuller' }).click();

  await createCitizen(app, '010515-4321', 'Søren Ærø Åberg');
  await expect(app.getByText('010515-4321').first()).toBeVisible();

  // New case from the citizen page.
  await app.getByRole('link', { name: 'Opret sag' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Opret sag' })).toBeVisible();
  await expect(app.getByText('Søren Ærø Åberg · 010515-4321')).toBeVisible();
  await expect(app.getByRole('radio', { name: 'Børn' })).toBeChecked();
  const caseType = app.getByRole('combobox', { name: 'Sagstype' });
  await caseType.click();
  const firstType = app.getByRole('listbox').getByRole('option').first();
  const typeName = (await firstType.textContent()) ?? '';
  await firstType.click();
  await expect(caseType).toHaveValue(typeName);
  // Choosing a type pre-fills its paragraphs.
  await expect(app.getByText('Paragrafferne er udfyldt ud fra sagstypen.')).toBeVisible();
  await app.getByRole('textbox', { name: 'Frist' }).fill('01-03-2030');
  await app.getByRole('button', { name: 'Opret sag' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /^Sag \d{4}-\d{6}$/ })).toBeVisible();
  const caseNumber = ((await app.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('Sag ', '');
  await expect(app.getByText('01-03-2030')).toBeVisible();
  await expect(app.getByText('AB – Anna Bech')).toBeVisible();

  // Journal: add an activity, dated today by default.
  await expect(app.getByRole('tab', { name: 'Aktiviteter' })).toHaveAttribute('aria-selected', 'true');
  await app.getByRole('button', { name: 'Tilføj aktivitet' }).click();
  const dialog = app.getByRole('dialog', { name: 'Tilføj aktivitet' });
  // The name comes from the standard list (issue 4): typed in part, picked from the options.
  await dialog.getByRole('combobox', { name: 'Navn' }).fill('tlf');
  await app.getByRole('option', { name: /^Telefonsamtale/ }).click();
  await dialog.getByLabel('Notat').fill('Mor fortalte om hverdagen.\nAftalt nyt møde.');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toBeHidden();
  const journal = app.getByRole('table', { name: 'Sagens aktiviteter, nyeste først' });
  await expect(journal.getByRole('cell', { name: 'Telefonsamtale', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'AB – Anna Bech' })).toBeVisible();

  // Moving a case is the team leader's: the caseworker is not offered it; Tina Lund reassigns it to a colleague.
  await expect(app.getByRole('button', { name: 'Skift sagsbehandler' })).toHaveCount(0);
  await becomeRole(app, backend, 'teamleder');
  await app.getByRole('button', { name: 'Skift sagsbehandler' }).click();
  const reassign = app.getByRole('dialog', { name: 'Skift sagsbehandler' });
  await expect(reassign.getByText('Du omfordeler 1 sag.')).toBeVisible();
  await reassign.getByLabel('Ny sagsbehandler').selectOption({ label: 'BC – Bo Carlsen (0 åbne sager)' });
  await reassign.getByLabel('Begrundelse').fill('Ferie i tre uger');
  await reassign.getByRole('button', { name: 'Omfordel' }).click();
  await expect(app.getByText('1 sag er omfordelt')).toBeVisible();
  await expect(app.getByText('BC – Bo Carlsen')).toBeVisible();
  await app.getByRole('tab', { name: 'Sagsbehandlerhistorik' }).click();
  const history = app.getByRole('table', { name: 'Sagsbehandlerhistorik' });
  await expect(history.getByRole('row')).toHaveCount(3);
  const current = history.getByRole('row').filter({ hasText: 'Bo Carlsen' });
  await expect(current).toContainText('Ferie i tre uger');
  await expect(current).toContainText('nu');
  await expect(current).toContainText('Tina Lund'); // who moved it

  // The backend agrees.
  const stored = await backend.call('cases.assignments', { caseId: Number(app.url().match(/sager\/(\d+)/)![1]) });
  expect(stored.rows.map((r) => r.initials)).toEqual(expect.arrayContaining(['AB', 'BC']));
  expect(caseNumber).toMatch(/^\d{4}-\d{6}$/);
});

test('find citizens and cases by CPR number and by name', async ({ app }) => {
  await createCitizen(app, '120388-1234', 'Maja Østergaard');
  await app.getByRole('link', { name: 'Opret sag' }).click();
  await app.getByRole('radio', { name: 'Voksne' }).check();
  await app.getByRole('combobox', { name: 'Sagstype' }).fill('Merudgifter til voksne');
  await app.getByRole('combobox', { name: 'Paragraffer' }).click();
  await app.getByRole('listbox').getByRole('option').first().click();
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Opret sag' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /^Sag / })).toBeVisible();
  await createCitizen(app, '020710-4442', 'Anders Holm');

  // Borgere: by CPR (with and without hyphen) and by name.
  await app.getByRole('link', { name: 'Borgere' }).click();
  const search = app.getByLabel('Søg på navn eller CPR-nummer');
  const results = app.getByRole('table', { name: 'Søgeresultater' });
  await expect(app.getByText('Skriv mindst to tegn')).toBeVisible();
  await search.fill('1203881234');
  // Once there is something to search for, the hint says how it searches instead.
  await expect(app.getByText('Skriv mindst to tegn')).toHaveCount(0);
  await expect(app.getByText('Søger på begyndelsen af hvert ord i navnet')).toBeVisible();
  await expect(results.getByRole('link', { name: 'Maja Østergaard' })).toBeVisible();
  await expect(results.getByRole('row')).toHaveCount(2);
  await search.fill('østergaard');
  await expect(results.getByRole('link', { name: 'Maja Østergaard' })).toBeVisible();
  await search.fill('Anders');
  await expect(results.getByRole('link', { name: 'Anders Holm' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Maja Østergaard' })).toHaveCount(0);

  // Min sagsstamme: the same search in the grid.
  await app.getByRole('link', { name: 'Min sagsstamme' }).click();
  const grid = app.getByRole('table', { name: 'Sager' });
  await expect(grid.getByText('Maja Østergaard')).toBeVisible();
  await app.getByLabel('Søg på navn, CPR-nr. eller sagsnummer').fill('120388');
  await expect(grid.getByText('Maja Østergaard')).toBeVisible();
  await app.getByLabel('Søg på navn, CPR-nr. eller sagsnummer').fill('Holm');
  await expect(grid.getByText('Ingen sager passer til søgningen.')).toBeVisible();
  await app.getByLabel('Søg på navn, CPR-nr. eller sagsnummer').fill('Maja');
  await grid.getByText('Maja Østergaard').click();
  await expect(app.getByRole('heading', { level: 1, name: /^Sag / })).toBeVisible();
});

test.describe('team', () => {
  test.use({ registerKind: 'demo' });

  test('reassign several cases at once from Teamets sager; open a case with the keyboard', async ({ app, backend }) => {
    await app.getByRole('link', { name: 'Teamets sager' }).click();
    const grid = app.getByRole('table', { name: 'Sager' });
    await expect(grid.getByRole('row').nth(1)).toBeVisible();
    // A caseworker sees the team's cases but is not offered to move them; the team leader is.
    await expect(grid.getByRole('checkbox', { name: /^Vælg sag / })).toHaveCount(0);
    await expect(app.getByRole('button', { name: /^Omfordel valgte/ })).toHaveCount(0);
    await becomeRole(app, backend, 'teamleder');
    await app.getByRole('link', { name: 'Teamets sager' }).click();
    await expect(grid.getByRole('row').nth(1)).toBeVisible();
    await expect(grid.getByRole('columnheader', { name: 'Sagsbehandler' })).toBeVisible();
    await grid.getByRole('checkbox', { name: /^Vælg sag / }).nth(0).check();
    await grid.getByRole('checkbox', { name: /^Vælg sag / }).nth(1).check();
    await app.getByRole('button', { name: 'Omfordel valgte (2)' }).click();
    const dialog = app.getByRole('dialog', { name: 'Omfordel sager' });
    await expect(dialog.getByText('Du omfordeler 2 sager.')).toBeVisible();
    const select = dialog.getByLabel('Ny sagsbehandler');
    const target = await select.locator('option').nth(1).textContent();
    await select.selectOption({ index: 1 });
    await dialog.getByRole('textbox', { name: 'Begrundelse' }).fill('Ny fordeling i teamet');
    await dialog.getByRole('textbox', { name: 'Begrundelse' }).press('Enter');
    await expect(app.getByText(/^2 sager er omfordelt|^\d sag(er)? er omfordelt/)).toBeVisible();
    await expect(app.getByRole('button', { name: 'Omfordel valgte (0)' })).toBeDisabled();
    const initials = (target ?? '').split(' – ')[0];
    const theirs = await backend.call('cases.list', { scope: 'all', search: '', limit: 500 });
    const withReason = theirs.rows.filter((r) => r.caseworkerInitials === initials);
    expect(withReason.length).toBeGreaterThanOrEqual(2);

    // A click anywhere in a row opens its case.
    await grid.getByRole('cell').filter({ hasText: /^\d{6}-/ }).first().click(); // a CPR cell: plain text, not a link
    await expect(app.getByRole('heading', { level: 1, name: /^Sag \d{4}-\d{6}$/ })).toBeVisible();
    await app.goBack();
    await expect(app.getByRole('heading', { level: 1, name: 'Teamets sager' })).toBeVisible();
    // Keyboard: the case number is a link in every row; Enter on it opens the case.
    const link = grid.getByRole('row').nth(1).getByRole('link', { name: /^Åbn sag / });
    const caseNumber = ((await link.textContent()) ?? '').trim();
    await link.focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: `Sag ${caseNumber}` })).toBeVisible();

    // Sorting: a column header is a button; the sorted column says so to assistive technology.
    await app.goBack();
    // (Alder is not a default column of Teamets sager any more; the case number always is.)
    const header = grid.getByRole('columnheader', { name: 'Sagsnr.' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const column = (await grid.locator('thead th').allTextContents()).findIndex((h) => h.startsWith('Sagsnr.')) + 1;
    const numbers = async () => (await grid.locator(`tbody tr.case-row td:nth-child(${column})`).allTextContents()).slice(0, 5).map((t) => t.trim());
    await expect.poll(async () => { const a = await numbers(); return a.length > 1 && a.every((v, i) => i === 0 || a[i - 1]! <= v); }).toBe(true);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(async () => { const a = await numbers(); return a.length > 1 && a.every((v, i) => i === 0 || a[i - 1]! >= v); }).toBe(true);
  });
});
