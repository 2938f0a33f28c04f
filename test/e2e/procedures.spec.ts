/**
 * The procedure library through the real renderer and backend: a checklist run on a
 * case (with the refusal date warning), search with highlights, editing into a new
 * version, the "Kan være forældet" banner, printing on A4, and importing a Word file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { becomeRole, expect, expectAccessible, test } from './fixtures';

test.use({ registerKind: 'empty' });

const goto = async (app: Page, hash: string) => {
  await app.goto(`${app.url().split('#')[0]}#${hash}`);
};

test('a checklist on a case: start it, tick items with who and when, and get the refusal date warning', async ({ app, backend }) => {
  const citizen = await backend.call('citizens.create', { cpr: '150316-4011', name: 'Malthe Ørsted Åberg' });
  const first = await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], phase: 'sagsoplysning', receivedDate: '2026-01-05' });
  const decision = await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-87'], phase: 'afgørelse', receivedDate: '2026-01-05' });

  await goto(app, `/sager/${first.id}?fane=arbejdsgange`);
  await expect(app.getByRole('heading', { level: 2, name: 'Arbejdsgange for sagen' })).toBeVisible();
  await expect(app.getByText('Der er ikke startet nogen tjeklister på sagen.')).toBeVisible();
  await app.getByRole('button', { name: 'Start tjekliste: Første møde med familien' }).click();
  const card = app.getByRole('region', { name: 'Første møde med familien' });
  await expect(card.getByText('Åben', { exact: true })).toBeVisible();
  const item = card.getByRole('checkbox', { name: 'Kontaktkort med navn, telefontid og mail er udleveret' });
  await item.click(); // saved first, then shown ticked
  await expect(item).toBeChecked();
  await expect(card.getByText(/^Anna Bech, \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expectAccessible(app, 'case page: Arbejdsgange');

  const runs = await backend.call('checklists.forCase', { caseId: first.id });
  expect(runs.rows[0].items.filter((i) => i.checked).map((i) => [i.text, i.byName])).toEqual([['Kontaktkort med navn, telefontid og mail er udleveret', 'Anna Bech']]);
  expect(runs.rows[0].open).toBe(true);

  // A refusal: the checklist warns about a Friday.
  await goto(app, `/sager/${decision.id}?fane=arbejdsgange`);
  await app.getByRole('button', { name: 'Start tjekliste: Kommunikation ved afslag' }).click();
  const refusal = app.getByRole('region', { name: 'Kommunikation ved afslag' });
  await refusal.getByRole('textbox', { name: 'Afsendelsesdato for afslaget' }).fill('13-03-2026');
  await expect(refusal.getByText(/13-03-2026 er en fredag.*Send det hellere 16-03-2026/)).toBeVisible();
  await refusal.getByRole('textbox', { name: 'Afsendelsesdato for afslaget' }).fill('10-03-2026');
  await expect(refusal.getByText('Datoen er fin til at sende et afslag.')).toBeVisible();
});

test('search with highlights, edit into a new version, the out-of-date banner, and print on A4', async ({ app, backend }) => {
  await app.getByRole('link', { name: 'Arbejdsgange' }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: 'Arbejdsgange' })).toBeVisible();
  await expectAccessible(app, 'procedure library');
  await app.getByRole('searchbox', { name: 'Søg i arbejdsgange' }).fill('afslagene');
  const hit = app.getByRole('link', { name: 'Kommunikation ved afslag' });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('afslag');
  await hit.click();
  await expect(app.getByRole('heading', { level: 1, name: 'Kommunikation ved afslag' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Forvaltningsloven (begrundelse og klagevejledning)' })).toHaveAttribute('href', /^https:\/\/www\.retsinformation\.dk\//);
  await expectAccessible(app, 'procedure page');

  // Everyone reads the library; the super user keeps it.
  await expect(app.getByRole('link', { name: 'Rediger' })).toHaveCount(0);
  await becomeRole(app, backend, 'superbruger');
  await app.getByRole('link', { name: 'Rediger' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Rediger: Kommunikation ved afslag' })).toBeVisible();
  await expectAccessible(app, 'procedure form');
  await app.getByRole('textbox', { name: 'Tid eller frist' }).fill('Mundtlig besked senest dagen før. Afslag sendes mandag til torsdag.');
  await app.getByRole('button', { name: 'Gem' }).click();
  await expect(app.getByText('Feltet skal udfyldes.')).toBeVisible(); // the change note
  await app.getByRole('textbox', { name: 'Hvad er ændret?' }).fill('Tiden er skrevet kortere');
  await app.getByRole('button', { name: 'Gem' }).click();
  await expect(app.getByText('Version 2: Tiden er skrevet kortere')).toBeVisible();
  await expect(app.getByText('Mundtlig besked senest dagen før. Afslag sendes mandag til torsdag.')).toBeVisible();
  await app.getByRole('button', { name: 'Vis Version 1' }).click();
  await expect(app.getByText('Du ser version 1. Den gældende version er 2.')).toBeVisible();
  await expect(app.getByText(/Den mundtlige besked gives senest dagen før afslaget sendes/)).toBeVisible();

  // Past its review date: everyone sees the banner.
  const id = Number(/arbejdsgange\/(\d+)/.exec(app.url())![1]);
  backend.openRegister!.raw.prepare("UPDATE procedures SET review_due = '2020-01-01' WHERE id = ?").run(id);
  await app.reload(); // the page's data was cached before the date changed
  await expect(app.getByText('Kan være forældet')).toBeVisible();

  await app.getByRole('link', { name: 'Udskriv' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Kommunikation ved afslag' })).toBeVisible();
  const pdf = await app.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'procedure-pdf-')), 'arbejdsgang.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const expected of ['Kommunikation ved afslag', 'Handling', 'Ring til borgeren', 'Kan være forældet', 'Fortroligt', 'Side 1 af']) {
    expect(text).toContain(expected);
  }
});

test('import a Word file: preview what was read and not mapped, then import on confirm', async ({ app, backend }) => {
  const before = (await backend.call('procedures.list', {})).total;
  await becomeRole(app, backend, 'superbruger'); // importing is the super user's
  await goto(app, '/arbejdsgange/import');
  await expect(app.getByRole('heading', { level: 1, name: 'Importér arbejdsgange' })).toBeVisible();
  await app.getByTestId('procedure-import-files').setInputFiles(path.join(import.meta.dirname, '..', 'fixtures', 'procedures', 'bevilling-af-hjaelpemidler.docx'));
  await expect(app.getByText('Kunne ikke placeres')).toBeVisible();
  await expect(app.getByText(/Afsnittet "Historik" passer ikke/)).toBeVisible();
  await expectAccessible(app, 'procedure import preview');
  expect((await backend.call('procedures.list', {})).total).toBe(before);
  await app.getByRole('button', { name: 'Importér 1 arbejdsgang' }).click();
  await expect(app.getByText('1 arbejdsgang er importeret.')).toBeVisible();
  expect((await backend.call('procedures.list', { status: 'udkast' })).rows.map((r) => r.title)).toContain('Bevilling af hjælpemidler');
});
