/** Bad input is refused in Danish, next to the field, and nothing is written. */
import { becomeRole, expect, test } from './fixtures';

test.use({ registerKind: 'empty' });

test('citizen form: bad CPR number and missing name are shown under the fields, nothing is saved', async ({ app, backend }) => {
  await app.getByRole('link', { name: 'Borgere' }).click();
  await app.getByRole('link', { name: 'Ny borger' }).click();
  const cpr = app.getByRole('textbox', { name: 'CPR-nummer', exact: true });
  await cpr.fill('3102151234');
  await app.getByRole('textbox', { name: 'Postnr.' }).fill('80');
  await app.getByRole('button', { name: 'Gem' }).click();

  await expect(cpr).toHaveAttribute('aria-invalid', 'true');
  await expect(cpr).toHaveAccessibleDescription('CPR-nummeret indeholder en dato, der ikke findes.');
  await expect(app.getByRole('textbox', { name: 'Navn', exact: true })).toHaveAccessibleDescription('Feltet skal udfyldes.');
  await expect(app.getByRole('textbox', { name: 'Postnr.' })).toHaveAccessibleDescription('Postnummeret skal være 4 cifre.');
  await expect(app.getByRole('heading', { level: 1, name: 'Ny borger' })).toBeVisible();

  // Enter submits; a fixed CPR number clears its error.
  await cpr.fill('abc');
  await cpr.press('Enter');
  await expect(cpr).toHaveAccessibleDescription('CPR-nummeret skal skrives som DDMMÅÅ-XXXX (10 cifre).');
  // 7th digit 5 with year 58 is 1858: nobody alive, so a typing error (issue 15).
  await cpr.fill('010158-5001');
  await cpr.press('Enter');
  await expect(cpr).toHaveAccessibleDescription(/^CPR-nummeret giver en fødselsdato i 1800-tallet \(01-01-1858\)/);

  expect((await backend.call('citizens.search', { query: 'abc' })).rows).toEqual([]);
  const all = await backend.call('cases.list', { scope: 'all' });
  expect(all.total).toBe(0);
});

test('a CPR number already in the register links to that citizen, and the backend refuses the duplicate', async ({ app, backend }) => {
  await backend.call('citizens.create', { cpr: '010203-4567', name: 'Første Borger' });
  await app.getByRole('link', { name: 'Borgere' }).click();
  await app.getByRole('link', { name: 'Ny borger' }).click();
  await app.getByRole('textbox', { name: 'CPR-nummer', exact: true }).fill('0102034567');
  // Once the number is complete, the form says whose it is and links to them (issue 15).
  const existing = app.getByRole('link', { name: 'Gå til Første Borger' });
  await expect(existing).toBeVisible();
  await expect(app.getByText('Der findes allerede en borger med CPR-nummeret 010203-4567 i registret.')).toBeVisible();
  await app.getByRole('textbox', { name: 'Navn', exact: true }).fill('Anden Borger');
  await app.getByRole('button', { name: 'Gem' }).click();
  // The backend's per-field message lands under the field.
  await expect(app.getByRole('textbox', { name: 'CPR-nummer', exact: true })).toHaveAccessibleDescription(
    'Der findes allerede en borger med dette CPR-nummer.',
  );
  await expect(app.getByRole('heading', { level: 1, name: 'Ny borger' })).toBeVisible();
  expect((await backend.call('citizens.search', { query: 'Anden' })).rows).toEqual([]);
  await existing.click();
  await expect(app.getByRole('heading', { level: 1, name: 'Første Borger' })).toBeVisible();
});

test('case form: missing paragraphs and an impossible date are refused, nothing is saved', async ({ app, backend }) => {
  const citizen = await backend.call('citizens.create', { cpr: '010515-4321', name: 'Lille Barn' });
  await app.goto(`${app.url().split('#')[0]}#/sager/ny?borger=${citizen.id}`);
  await expect(app.getByRole('heading', { level: 1, name: 'Opret sag' })).toBeVisible();
  await app.getByRole('combobox', { name: 'Sagstype' }).fill('Merudgifter');
  // Typed key by key, as a caseworker does (the date field ignores an impossible pasted date).
  await app.getByRole('textbox', { name: 'Frist' }).click();
  await app.getByRole('textbox', { name: 'Frist' }).pressSequentially('31022030');
  await expect(app.getByRole('textbox', { name: 'Frist' })).toHaveValue('31-02-2030');
  await app.getByRole('textbox', { name: 'KLE-nummer' }).fill('27.24');
  await app.getByRole('button', { name: 'Opret sag' }).click();

  await expect(app.getByRole('combobox', { name: 'Paragraffer' })).toHaveAccessibleDescription('Vælg mindst én paragraf.');
  await expect(app.getByRole('textbox', { name: 'Frist' })).toHaveAccessibleDescription('Datoen er ugyldig. Skriv den som DD-MM-ÅÅÅÅ.');
  await expect(app.getByRole('textbox', { name: 'KLE-nummer' })).toHaveAccessibleDescription('KLE-nummeret skrives NN.NN.NN, fx 27.24.00.');
  expect((await backend.call('cases.list', { scope: 'all' })).total).toBe(0);
});

test('reassign without a reason is refused next to the field', async ({ app, backend }) => {
  const citizen = await backend.call('citizens.create', { cpr: '010515-4321', name: 'Lille Barn' });
  const paragraphs = (await backend.call('reference.paragraphs', { area: 'børn' })).rows;
  const created = await backend.call('cases.create', {
    citizenId: citizen.id,
    area: 'børn',
    caseType: 'Merudgifter',
    paragraphs: [paragraphs[0].code],
    receivedDate: '2026-01-05',
  });
  await becomeRole(app, backend, 'teamleder'); // moving a case is the team leader's
  // A team leader starts on the team's cases: let that first screen come before going to the case.
  await expect(app.getByRole('heading', { level: 1, name: 'Teamets sager' })).toBeVisible();
  await app.goto(`${app.url().split('#')[0]}#/sager/${created.id}`);
  await expect(app.getByRole('heading', { level: 1, name: /^Sag / })).toBeVisible();
  await app.getByRole('button', { name: 'Skift sagsbehandler' }).click();
  const dialog = app.getByRole('dialog', { name: 'Skift sagsbehandler' });
  await dialog.getByRole('button', { name: 'Omfordel' }).click();
  await expect(dialog.getByLabel('Ny sagsbehandler')).toHaveAccessibleDescription('Vælg den nye sagsbehandler.');
  await expect(dialog.getByRole('textbox', { name: 'Begrundelse' })).toHaveAccessibleDescription('Feltet skal udfyldes.');
  expect((await backend.call('cases.assignments', { caseId: created.id })).rows).toHaveLength(1);
});
