/** First run (empty and demo register), who-am-I, and the staff page. */
import { becomeRole, expect, test } from './fixtures';

test.describe('first run', () => {
  test.use({ registerKind: 'none' });

  test('a new empty register lands on Min sagsstamme', async ({ app, backend }) => {
    await expect(app.getByRole('heading', { level: 1, name: 'Velkommen til Sagsoverblik' })).toBeVisible();
    await expect(app.getByText(backend.registerPath)).toBeVisible();
    const form = app.getByRole('form', { name: 'Nyt tomt register' });
    await form.getByRole('textbox', { name: 'Teamets navn' }).fill('Børnehandicap Syd');
    await form.getByRole('textbox', { name: 'Dine initialer' }).fill('x');
    await form.getByRole('textbox', { name: 'Dit navn' }).fill('Karen Ågård');
    await form.getByRole('button', { name: 'Opret tomt register' }).click();
    await expect(form.getByRole('textbox', { name: 'Dine initialer' })).toHaveAccessibleDescription('Initialer er 2–6 bogstaver.');
    expect((await backend.call('app.status', {})).open).toBe(false);

    await form.getByRole('textbox', { name: 'Dine initialer' }).fill('kå');
    await form.getByRole('textbox', { name: 'Dit navn' }).press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: 'Min sagsstamme' })).toBeVisible();
    await expect(app.getByRole('button', { name: /KÅ Karen Ågård/ })).toBeVisible();
    await expect(app.getByText('DEMO – fiktive data')).toHaveCount(0);
    await expect(app.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  });

  test('a demo register lands on Min sagsstamme with the DEMO marking', async ({ app }) => {
    test.setTimeout(120_000);
    await app.getByRole('button', { name: 'Opret demoregister' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Min sagsstamme' })).toBeVisible({ timeout: 90_000 });
    await expect(app.getByText('DEMO – fiktive data')).toBeVisible();
    await expect(app.getByRole('table', { name: 'Sager' }).getByRole('row').nth(1)).toBeVisible();
  });
});

test.describe('with an empty register', () => {
  test.use({ registerKind: 'empty' });

  test('Skift bruger changes who I am', async ({ app, backend }) => {
    await app.getByRole('button', { name: /AB Anna Bech/ }).click();
    await app.getByRole('menuitem', { name: /Tina Lund/ }).click();
    await expect(app.getByRole('button', { name: /TL Tina Lund/ })).toBeVisible();
    expect((await backend.call('session.current', {})).user?.initials).toBe('TL');
  });

  test('staff: new user, and deactivating someone with open cases is refused with the reason', async ({ app, backend }) => {
    const citizen = await backend.call('citizens.create', { cpr: '010515-4321', name: 'Lille Barn' });
    const paragraph = (await backend.call('reference.paragraphs', { area: 'børn' })).rows[0];
    await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: [paragraph.code], receivedDate: '2026-01-05' });

    // A caseworker reads the staff list; the team leader keeps it.
    await app.getByRole('link', { name: 'Medarbejdere' }).click();
    await expect(app.getByText('Kun en teamleder kan oprette og rette medarbejdere og teams.')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Ny medarbejder' })).toHaveCount(0);
    await becomeRole(app, backend, 'teamleder');
    await app.getByRole('link', { name: 'Medarbejdere' }).click();
    await app.getByRole('button', { name: 'Ny medarbejder' }).click();
    const dialog = app.getByRole('dialog', { name: 'Ny medarbejder' });
    await dialog.getByRole('textbox', { name: 'Initialer' }).fill('ds');
    await dialog.getByRole('textbox', { name: 'Navn' }).fill('Dorte Sørensen');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog.getByLabel('Team')).toHaveAccessibleDescription('Vælg et team.');
    await dialog.getByLabel('Team').selectOption({ label: 'Team Nord' });
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog).toBeHidden();
    const staff = app.getByRole('table', { name: 'Medarbejdere' });
    await expect(staff.getByRole('row', { name: /DS Dorte Sørensen/ })).toBeVisible();

    await staff.getByRole('button', { name: 'Rediger Anna Bech' }).click();
    const edit = app.getByRole('dialog', { name: 'Rediger Anna Bech' });
    await edit.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect(edit.getByRole('alert')).toContainText('Anna Bech har stadig 1 åbne sager');
    const users = await backend.call('users.list', { includeInactive: true });
    expect(users.rows.find((u) => u.initials === 'AB')?.active).toBe(true);
  });
});
