/**
 * Issue 7 end to end: a case passes its deadline, shows on the start page and in
 * "overdue without notice"; the caseworker registers the written notice and the case
 * moves to "overdue with notice". Also: the case form shows the computed deadline,
 * and the published deadline list prints with the confidential mark and page numbers.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isoDaysFrom, testToday } from '../clock';
import { expect, expectAccessible, test } from './fixtures';

test.use({ registerKind: 'empty' });

const danish = (iso: string) => iso.split('-').reverse().join('-');

test('an overdue case without notice is listed until the notice is registered, then it moves', async ({ app, backend }) => {
  const citizen = await backend.call('citizens.create', { cpr: '0304154321', name: 'Karla Fristrup' });
  // Received 70 days ago: the 8-week rule for BL § 86 has passed.
  const c = await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: isoDaysFrom(testToday(), -70) });
  expect(c.deadline).not.toBeNull();
  expect(c.deadline! < testToday()).toBe(true);

  // The start page's reminder line counts it; opened, the reminder centre leads to the case.
  await app.reload();
  const summary = app.getByRole('list', { name: 'Påmindelser i alt' });
  await expect(summary.getByRole('link', { name: 'Overskredet uden underretning: 1' })).toBeVisible();
  await expectAccessible(app, 'Min sagsstamme with the reminder line');
  const toggle = app.getByRole('button', { name: 'Vis påmindelser' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(app.getByRole('button', { name: 'Skjul påmindelser' })).toHaveAttribute('aria-expanded', 'true');
  const overdue = app.getByTestId('reminders-overdueWithoutNotice');
  await expect(overdue.getByRole('link', { name: `Karla Fristrup · ${c.caseNumber}` })).toBeVisible();
  await expectAccessible(app, 'Min sagsstamme with reminders');

  // The list that must be empty is not.
  await app.getByRole('link', { name: 'Frister', exact: true }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Overskredet uden underretning' })).toBeVisible();
  const list = app.getByTestId('deadline-list');
  await expect(list.getByRole('link', { name: c.caseNumber })).toBeVisible();
  await expectAccessible(app, 'Frister: overdue without notice');

  // The caseworker opens the case and registers the written notice.
  await list.getByRole('link', { name: c.caseNumber }).click();
  await expect(app.getByTestId('deadline-status')).toContainText('borgeren har ikke fået besked');
  await expectAccessible(app, 'case page: Frister');
  await app.getByRole('button', { name: 'Registrér underretning' }).click();
  const dialog = app.getByRole('dialog', { name: 'Underretning om forsinket afgørelse' });
  const expected = isoDaysFrom(testToday(), 21);
  await dialog.getByRole('textbox', { name: 'Ny forventet afgørelsesdato' }).fill(danish(expected));
  await dialog.getByLabel('Bemærkning').fill('Afventer udtalelse fra skolen');
  await expectAccessible(app, 'notice dialog');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('deadline-status')).toContainText('Borgeren har fået besked');
  await expect(app.getByRole('table', { name: 'Underretninger og kvitteringer, nyeste først' })).toContainText('Afventer udtalelse fra skolen');

  // It has moved: the must-be-empty list is empty, the case is on "with notice".
  await app.getByRole('link', { name: 'Frister', exact: true }).click();
  await expect(app.getByText('Listen er tom. Sådan skal det være.')).toBeVisible();
  await app.getByRole('tab', { name: 'Overskredet med underretning' }).click();
  await expect(app.getByTestId('deadline-list')).toContainText(danish(expected));
  // Back on the start page the reminders are still open (the choice is remembered) and the group is gone.
  await app.getByRole('link', { name: 'Min sagsstamme' }).click();
  await expect(app.getByRole('button', { name: 'Skjul påmindelser' })).toBeVisible();
  await expect(app.getByText('Henter påmindelser …')).toHaveCount(0);
  await expect(app.getByRole('link', { name: /^Overskredet uden underretning/ })).toHaveCount(0);
  await expect(app.getByTestId('reminders-overdueWithoutNotice')).toHaveCount(0);
});

test('the case form shows the computed deadline, and the deadline list prints', async ({ app, backend, workDir }) => {
  test.slow(); // two printouts and four accessibility scans
  const citizen = await backend.call('citizens.create', { cpr: '0304154321', name: 'Karla Fristrup' });
  // A young person turning 16 in 45 days: their quarter's information meeting is the next one still
  // to come (a meeting already held is not listed), at each of the moments the suite runs at.
  const [y, m, d] = isoDaysFrom(testToday(), 45).split('-');
  const young = await backend.call('citizens.create', { cpr: `${d}${m}${String(Number(y) - 16).slice(2)}4123`, name: 'Malthe Overgaard' });
  await backend.call('cases.create', { citizenId: young.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: isoDaysFrom(testToday(), -400) });
  await app.evaluate((id) => (window.location.hash = `#/sager/ny?borger=${id}`), citizen.id);
  await expect(app.getByRole('heading', { level: 1, name: 'Opret sag' })).toBeVisible();
  await app.getByRole('combobox', { name: 'Sagstype' }).fill('Merudgifter');
  await app.getByRole('option', { name: 'Merudgifter', exact: true }).click();
  await app.getByRole('textbox', { name: 'Modtaget' }).fill('29-01-2027');
  // 8 weeks lands on Langfredag 2027; the form says which date the rule gives.
  await expect(app.getByText('Tom: fristen bliver 30-03-2027 (BL § 86: 8 uger, flyttet forbi Langfredag)')).toBeVisible();

  await app.getByRole('link', { name: 'Frister', exact: true }).click();
  await app.getByRole('tab', { name: 'Opsætning' }).click();
  await expect(app.getByRole('table', { name: 'Sagsbehandlingsfrister' })).toContainText('BL § 86');
  await expect(app.getByText('Kun teamledere og superbrugere kan ændre fristerne.')).toBeVisible();
  await expectAccessible(app, 'Frister: opsætning');
  await app.getByRole('tab', { name: 'Overgang til voksen' }).click();
  await expect(app.getByRole('heading', { level: 3, name: 'Informationsmøder' })).toBeVisible();
  await expectAccessible(app, 'Frister: overgang');
  await app.getByRole('tab', { name: 'Overholdelse' }).click();
  await expectAccessible(app, 'Frister: overholdelse');

  await app.getByRole('tab', { name: 'Opsætning' }).click();
  await app.getByRole('link', { name: 'Udskriv fristlisten' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Sagsbehandlingsfrister' })).toBeVisible();
  const pdf = await app.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = path.join(workDir, 'frister.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Sagsbehandlingsfrister');
  expect(text).toContain('BL § 86 Merudgifter');
  expect(text).toContain('Fortroligt – indeholder personfølsomme oplysninger');
  expect(text).toMatch(/Side 1 af \d/);

  await app.goBack();
  await app.getByRole('tab', { name: 'Overgang til voksen' }).click();
  await expect(app.getByRole('table', { name: 'Overgangstrin' })).toContainText('Malthe Overgaard');
  await expect(app.getByRole('table', { name: 'Kommende informationsmøder' }).getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('1');
  await app.getByRole('link', { name: /Udskriv invitationslisten/ }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: /Invitationer til informationsmøde/ })).toBeVisible();
  const invitations = path.join(workDir, 'invitationer.pdf');
  fs.writeFileSync(invitations, await app.pdf({ preferCSSPageSize: true, printBackground: true }));
  const invitationText = execFileSync('pdftotext', ['-layout', invitations, '-'], { encoding: 'utf8' });
  expect(invitationText).toContain('Malthe'); // the name may wrap inside its cell
  expect(invitationText).toContain('Vedlæg informationsbrevet');
  expect(invitationText).toContain('Fortroligt – indeholder personfølsomme oplysninger');
});
