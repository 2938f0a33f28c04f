/**
 * The electronic stamkort, as a caseworker uses it: fill in every section (with the
 * bad input a hurried person types), confirm the card, see it flagged when a service
 * changes in the register, print it to PDF and read the PDF back; two windows editing
 * the same section; accessibility of the card and the start page's reminder list.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const goto = (app: Page, hash: string) => app.goto(`${app.url().split('#')[0]}#${hash}`);
const box = (scope: Locator, label: string) => scope.getByRole('textbox', { name: label, exact: false }).first();

async function edit(app: Page, title: string): Promise<Locator> {
  await app.getByRole('button', { name: `Rediger ${title}` }).click();
  const dialog = app.getByRole('dialog', { name: `Rediger ${title}` });
  await expect(dialog).toBeVisible();
  return dialog;
}
async function save(app: Page, dialog: Locator) {
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('Afsnittet er gemt.')).toBeVisible();
}

async function childCase(backend: import('../../main/backend/backend').Backend) {
  const citizen = await backend.call('citizens.create', { cpr: '150316-4011', name: 'Malthe Ørsted Åberg', address: 'Skovvej 12', postalCode: '8000', city: 'Aarhus C' });
  const c = await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-05' });
  return { citizen, caseId: c.id, caseNumber: c.caseNumber };
}

test('fill every section, confirm, get flagged by a new service, print one A4 page', async ({ app, backend }) => {
  test.setTimeout(240_000); // six dialogs filled field by field, two axe scans and a PDF
  const { citizen, caseId, caseNumber } = await childCase(backend);
  await goto(app, `/sager/${caseId}?fane=stamkort`);
  await expect(app.getByText('Stamkortet skal gennemgås')).toBeVisible();
  await expect(app.getByText('Ikke udfyldt', { exact: true })).toHaveCount(6);

  // 1. Parents: a bad phone number and e-mail are refused at the field.
  let d = await edit(app, '1. Forældre og forældremyndighed');
  await box(d, 'Navn').fill('Hanne Ørsted');
  await box(d, 'Relation').fill('Mor');
  await box(d, 'Telefon').fill('1234');
  await box(d, 'E-mail').fill('hanne@');
  await d.getByRole('checkbox', { name: 'Forældremyndighed' }).check();
  await d.getByRole('button', { name: 'Gem' }).click();
  await expect(d.getByText('Skriv et dansk telefonnummer med 8 cifre, evt. med +45 foran.')).toBeVisible();
  await expect(d.getByText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.')).toBeVisible();
  await box(d, 'Telefon').fill('+45 20 30 40 50');
  await box(d, 'E-mail').fill('hanne@eksempel.dk');
  await d.getByRole('button', { name: 'Tilføj række' }).click();
  const row2 = d.getByRole('group', { name: 'Række 2' });
  await box(row2, 'Navn').fill('Peter Åberg');
  await box(row2, 'Relation').fill('Far');
  await box(row2, 'Telefon').fill('51525354');
  await row2.getByRole('checkbox', { name: 'Forældremyndighed' }).check();
  await save(app, d);

  // 2. Siblings.
  d = await edit(app, '2. Søskende');
  await box(d, 'Navn').fill('Ida Ørsted Åberg');
  await box(d, 'Fødselsdato').fill('02-07-2012');
  await d.getByRole('checkbox', { name: 'Bor sammen med barnet' }).check();
  await save(app, d);

  // 3. Household.
  d = await edit(app, '3. Bopæl og husstand');
  await box(d, 'Bor sammen med').fill('Mor og far');
  await box(d, 'Fra').fill('15-03-2016');
  await save(app, d);

  // 4. School.
  d = await edit(app, '4. Dagtilbud / skole');
  await box(d, 'Institution').fill('Ådalens Skole');
  await box(d, 'Klasse eller gruppe').fill('4.b');
  await box(d, 'Kontaktperson').fill('Lise Holm');
  await box(d, 'Telefon').fill('86 12 34 56');
  await save(app, d);

  // 5. Diagnoses: a malformed ICD-10 code, then a date in the future (the backend's "today").
  d = await edit(app, '5. Diagnoser');
  await box(d, 'Diagnose').fill('Infantil autisme');
  await box(d, 'ICD-10-kode').fill('F8');
  await box(d, 'Dato').fill('01-01-2099');
  await box(d, 'Stillet af').fill('Børne- og ungdomspsykiatrien');
  await d.getByRole('button', { name: 'Gem' }).click();
  await expect(d.getByText('Skriv ICD-10-koden som fx DF84.0 eller F84.0.')).toBeVisible();
  await box(d, 'ICD-10-kode').fill('DF84.0');
  await d.getByRole('button', { name: 'Gem' }).click();
  await expect(d.getByText('Datoen kan ikke ligge i fremtiden.', { exact: true })).toBeVisible();
  await expect(d.getByRole('alert')).toHaveCount(0);
  expect((await backend.call('stamkort.get', { caseId })).sections.find((s) => s.key === 'diagnoses')!.version).toBe(0);
  await box(d, 'Dato').fill('10-09-2020');
  await save(app, d);

  // 6. Partners.
  d = await edit(app, '6. Ressourcepersoner og primære samarbejdspartnere');
  await box(d, 'Rolle').fill('Psykolog');
  await box(d, 'Navn').fill('Karen Lund');
  await box(d, 'Organisation').fill('PPR');
  await box(d, 'E-mail').fill('karen.lund@eksempel.dk');
  await save(app, d);

  await expect(app.getByText('Udfyldt', { exact: true })).toHaveCount(6);
  await expectAccessible(app, 'the filled-in stamkort');

  // The history of a section: who changed which field.
  await app.getByRole('button', { name: 'Historik for 1. Forældre og forældremyndighed' }).click();
  const history = app.getByRole('dialog', { name: 'Historik for 1. Forældre og forældremyndighed' });
  await expect(history.getByRole('row', { name: /Række 1: Telefon.*\+45 20 30 40 50/ })).toBeVisible();
  await expect(history.getByText('Anna Bech').first()).toBeVisible();
  await history.getByRole('button', { name: 'Luk' }).click();

  // The start page counts the card on its reminder line and, opened, lists it until it is confirmed.
  await goto(app, '/');
  await expect(app.getByRole('list', { name: 'Påmindelser i alt' })).toContainText('Stamkort skal gennemgås: 1');
  await app.getByRole('button', { name: 'Vis påmindelser' }).click();
  await expect(app.getByRole('link', { name: 'Åbn stamkort for Malthe Ørsted Åberg' })).toBeVisible();
  await app.getByRole('link', { name: 'Åbn stamkort for Malthe Ørsted Åberg' }).click();
  await app.getByRole('button', { name: 'Marker som gennemgået' }).click();
  const confirm = app.getByRole('dialog', { name: 'Marker stamkortet som gennemgået' });
  await confirm.getByRole('button', { name: 'Marker som gennemgået' }).click();
  await expect(app.getByText(/^Gennemgået \d{2}-\d{2}-\d{4} af Anna Bech\./)).toBeVisible();
  // The reminders stay open (the choice is remembered); the card is no longer counted.
  await goto(app, '/');
  await expect(app.getByText('Alle dine stamkort er gennemgået.')).toBeVisible();
  await expect(app.getByText(/Stamkort skal gennemgås/)).toHaveCount(0);

  // A new service in the register flags the card again.
  await backend.call('services.create', { citizenId: citizen.id, caseId, serviceType: 'Aflastning', paragraph: 'BL-85', startDate: '2026-01-10', provider: 'Aflastningshuset Solgården' });
  await goto(app, `/sager/${caseId}?fane=stamkort`);
  await expect(app.getByText('En indsats er oprettet eller ændret siden sidste gennemgang.')).toBeVisible();
  await expect(app.getByRole('cell', { name: 'Aflastning', exact: true })).toBeVisible();

  // Print: from the card in two clicks ("Udskriv stamkort", then "Udskriv" on the print page).
  await app.getByRole('link', { name: 'Udskriv stamkort' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Stamkort – Malthe Ørsted Åberg' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Udskriv' })).toBeVisible();
  const started = Date.now();
  const pdf = await app.pdf({ preferCSSPageSize: true, printBackground: true });
  const ms = Date.now() - started;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stamkort-pdf-')), 'stamkort.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(1);
  for (const expected of [
    'Stamkort – Malthe Ørsted Åberg',
    '150316-4011',
    'Alder: 10 år',
    `Sag: ${caseNumber}`,
    'Sagsbehandler: Anna Bech (AB)',
    'Udskrevet:',
    '1. Forældre og forældremyndighed',
    '2. Søskende',
    '3. Bopæl og husstand',
    '4. Dagtilbud / skole',
    '5. Diagnoser',
    '6. Ressourcepersoner og primære samarbejdspartnere',
    '7. Igangværende ansøgninger',
    '8. Igangværende indsatser og ydelser',
    'Hanne Ørsted',
    'DF84.0',
    'Ådalens Skole',
    'Aflastning',
    'Fortroligt – indeholder personfølsomme oplysninger',
    'Side 1 af 1',
  ]) {
    expect(text).toContain(expected);
  }
  test.info().annotations.push({ type: 'pdf-ms', description: String(ms) });
});

test('two windows edit the same section: the second is told and shown the newer version', async ({ app, backend }) => {
  const { caseId } = await childCase(backend);
  await goto(app, `/sager/${caseId}?fane=stamkort`);
  const other = await app.context().newPage();
  await other.goto(app.url());
  await expect(other.getByRole('button', { name: 'Rediger 4. Dagtilbud / skole' })).toBeVisible();

  const first = await edit(app, '4. Dagtilbud / skole');
  const second = await edit(other, '4. Dagtilbud / skole');
  await box(first, 'Institution').fill('Bakkeskolen');
  await save(app, first);
  await box(second, 'Institution').fill('Havneskolen');
  await second.getByRole('button', { name: 'Gem' }).click();
  await expect(other.getByText(/Stamkortet er ændret af Anna Bech .*Din ændring er ikke gemt/)).toBeVisible();
  await expect(other.getByText('Bakkeskolen', { exact: true })).toBeVisible();
  const card = await backend.call('stamkort.get', { caseId });
  expect(card.sections.find((s) => s.key === 'school')!.data.entries.map((e) => e.institution)).toEqual(['Bakkeskolen']);
  await other.close();
});

test.describe('on the demo register', () => {
  test.use({ registerKind: 'demo' });

  test('the start page lists due cards, and a demo card shows completeness marks; both pass axe', async ({ app }) => {
    // The reminder line counts them; opening the reminders lists them.
    await expect(app.getByRole('list', { name: 'Påmindelser i alt' })).toContainText(/Stamkort skal gennemgås: [\d.]+/, { timeout: 30_000 });
    await app.getByRole('button', { name: 'Vis påmindelser' }).click();
    await expect(app.getByRole('heading', { name: /^Stamkort der skal gennemgås \(\d+\)$/ })).toBeVisible({ timeout: 30_000 });
    await expectAccessible(app, 'the start page with stamkort reminders');
    await app.getByRole('link', { name: /^Åbn stamkort for / }).first().click();
    await expect(app.getByText('Stamkortet skal gennemgås')).toBeVisible();
    await expect(app.getByRole('heading', { level: 3, name: '5. Diagnoser' })).toBeVisible();
    await expectAccessible(app, 'a demo stamkort');
  });
});
