/**
 * Handover (issue 5) through the real renderer and backend: the team leader prints an
 * absent caseworker's case-stem overview (checked in the PDF) and redistributes the
 * cases; the outgoing caseworker prepares a planned shift, prints the pack, the
 * receiver takes a case over, and the shift is executed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatDate } from '../../shared/domain/dates';
import type { Backend } from '../../main/backend/backend';
import { expect, expectAccessible, test } from './fixtures';

async function pdfPages(app: Page, name: string): Promise<string[]> {
  const pdf = await app.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handover-pdf-')), `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim().length > 0);
}

const raw = (backend: Backend) => backend.openRegister!.raw;

async function becomeUser(app: Page, backend: Backend, userId: number) {
  await backend.call('session.setUser', { userId });
  await app.reload();
}

test.describe('unplanned shift', () => {
  test.use({ registerKind: 'demo' });

  test('the team leader prints a 60-case stem (each case once, on one page) and redistributes it', async ({ app, backend }) => {
    test.setTimeout(120_000);
    // The caseworker whose stem is closest to 60 open cases, and their team leader.
    const absent = raw(backend)
      .prepare(
        `SELECT u.id, u.name, u.team_id, (SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben') AS n
         FROM users u WHERE u.role = 'sagsbehandler' AND u.active = 1 ORDER BY abs(n - 60), u.id LIMIT 1`,
      )
      .get() as { id: number; name: string; team_id: number; n: number };
    const leader = raw(backend).prepare("SELECT id FROM users WHERE team_id = ? AND role = 'teamleder' AND active = 1 LIMIT 1").get(absent.team_id) as { id: number };
    expect(absent.n).toBeGreaterThanOrEqual(55);
    await becomeUser(app, backend, leader.id);

    // Two clicks to the printout (its own "Udskriv" is the third).
    await app.getByRole('link', { name: 'Overlevering' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Overlevering' })).toBeVisible();
    await expectAccessible(app, 'Overlevering');
    await app.getByRole('link', { name: `Udskriv sagsstammeoversigt for ${absent.name}` }).click();
    await expect(app.getByRole('heading', { level: 1, name: new RegExp(`Sagsstammeoversigt – ${absent.name}`) })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Udskriv' })).toBeVisible();
    await expectAccessible(app, 'sagsstammeoversigt');

    await backend.call('session.setUser', { userId: leader.id });
    const overview = await backend.call('handover.overview', { userId: absent.id });
    expect(overview.rows).toHaveLength(absent.n);
    const pages = await pdfPages(app, 'case-stem');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p).toContain(`Side ${i + 1} af ${pages.length}`);
      expect(p).toContain('Fortroligt – indeholder personfølsomme oplysninger');
    });
    const all = pages.join('\n');
    for (const r of overview.rows) {
      expect(all.split(r.caseNumber).length - 1, `case ${r.caseNumber} once`).toBe(1);
      const page = pages.find((p) => p.includes(r.caseNumber))!;
      // The case's lines stay together: its CPR number and next follow-up are on the same page.
      expect(page, `CPR of ${r.caseNumber}`).toContain(r.cprFormatted);
      if (r.nextFollowUp) expect(page, `follow-up of ${r.caseNumber}`).toContain(formatDate(r.nextFollowUp));
    }

    // Redistribute: everything in bulk to one colleague, with a reason.
    await app.goBack();
    await app.getByRole('link', { name: `Start uplanlagt skift for ${absent.name}` }).click();
    await expect(app.getByRole('heading', { level: 1, name: `Uplanlagt skift: ${absent.name}` })).toBeVisible();
    await app.getByRole('checkbox', { name: 'Vælg alle sager' }).check();
    const bulk = app.getByRole('combobox', { name: 'Modtager for de valgte sager' });
    const receiverLabel = (await bulk.locator('option').nth(1).textContent()) ?? '';
    await bulk.selectOption({ label: receiverLabel });
    await app.getByRole('button', { name: 'Giv de valgte sager til modtageren' }).click();
    // One case as temporary cover instead.
    const first = overview.rows[0].caseNumber;
    await app.getByRole('checkbox', { name: 'Vælg alle sager' }).uncheck();
    await app.getByRole('checkbox', { name: `Vælg sag ${first}` }).check();
    await app.getByRole('textbox', { name: 'Dækning til og med' }).fill('31-12-2099');
    await app.getByRole('button', { name: 'Giv de valgte sager til modtageren' }).click();
    await app.getByRole('textbox', { name: 'Årsag' }).fill('Akut sygemelding');
    await expectAccessible(app, 'uplanlagt skift');
    await app.getByRole('button', { name: 'Fordel sagerne' }).click();
    await expect(app.getByRole('heading', { level: 1, name: `Uplanlagt skift: ${absent.name}` })).toBeVisible();
    await expect(app.getByText(/sager er fordelt/)).toBeVisible();
    expect((await backend.call('handover.overview', { userId: absent.id })).rows).toHaveLength(0);
    await expect(app.getByText('31-12-2099')).toBeVisible();
    await expectAccessible(app, 'skift');
  });
});

test.describe('planned shift', () => {
  test.use({ registerKind: 'empty' });

  test('sheets, agenda, the printed pack, take-over and "Gennemfør skift"', async ({ app, backend }) => {
    test.setTimeout(120_000);
    const caseNumbers: string[] = [];
    for (const [i, [cpr, name]] of [['010512-4021', 'Ida Ørsted'], ['020613-4122', 'Bo Åberg'], ['030714-4223', 'Eva Æbelø']].entries()) {
      const c = await backend.call('citizens.create', { cpr, name });
      caseNumbers.push((await backend.call('cases.create', { citizenId: c.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-05', nextFollowUp: `2030-0${i + 1}-10` })).caseNumber);
    }
    const users = (await backend.call('users.list', {})).rows;
    const bo = users.find((u) => u.initials === 'BC')!;

    // Anna (the current user) prepares the shift to Bo.
    await app.getByRole('link', { name: 'Overlevering' }).click();
    await app.getByRole('link', { name: 'Forbered planlagt skift for Anna Bech' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Planlagt skift: Anna Bech' })).toBeVisible();
    await app.getByRole('checkbox', { name: 'Vælg alle sager' }).check();
    await app.getByRole('combobox', { name: 'Modtager' }).selectOption({ label: 'BC – Bo Carlsen' });
    await app.getByRole('textbox', { name: 'Skiftedato' }).fill('01-06-2030');
    await app.getByRole('textbox', { name: 'Årsag' }).fill('Nyt job');
    await app.getByRole('button', { name: 'Opret planlagt skift' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Planlagt skift: Anna Bech' })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Gennemfør skift' })).toBeVisible();

    // One sheet filled in: it is marked complete, the others not.
    await app.getByRole('button', { name: `Udfyld ark, sag ${caseNumbers[0]}` }).click();
    const dialog = app.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Det vigtigste i sagen' }).fill('Mor ønsker aflastning hver anden weekend.');
    await dialog.getByRole('textbox', { name: 'Afvigelser fra den sædvanlige fremgangsmåde, og hvorfor' }).fill('Ingen.');
    await dialog.getByRole('textbox', { name: 'Aftaler med familien' }).fill('Møde hver tredje måned.');
    await dialog.getByRole('textbox', { name: 'Viden, der ikke står i registret (hvor findes den?)' }).fill('PPR kender familien.');
    await dialog.getByRole('textbox', { name: 'Hvad familien har fået at vide om skiftet' }).fill('Mor er orienteret i telefonen.');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.getByText('Udfyldt')).toHaveCount(1);
    await expect(app.getByText('Mangler felter')).toHaveCount(2);

    await app.getByRole('textbox', { name: 'Mødedato' }).fill('28-05-2030');
    await app.getByRole('textbox', { name: 'Deltagere' }).fill('Anna Bech, Bo Carlsen, Tina Lund');
    await app.getByRole('button', { name: `Flyt sag ${caseNumbers[2]} op` }).click();
    await app.getByRole('button', { name: 'Gem dagsorden' }).click();
    await expect(app.getByText('Gemt.')).toBeVisible();
    await expectAccessible(app, 'planlagt skift');

    // The pack: agenda first, then each case on its own page.
    await app.getByRole('link', { name: 'Udskriv overleveringspakke' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Overleveringspakke – Anna Bech' })).toBeVisible();
    await expectAccessible(app, 'overleveringspakke');
    const pages = await pdfPages(app, 'pack');
    expect(pages[0]).toContain('Dagsorden for overleveringsmøde');
    expect(pages[0]).toContain('Anna Bech, Bo Carlsen, Tina Lund');
    const sheetPages = caseNumbers.map((n) => pages.findIndex((p) => p.includes(`Overleveringsark for sag ${n}`)));
    expect(new Set(sheetPages).size).toBe(3);
    expect(sheetPages.every((i) => i > 0)).toBe(true);
    expect(pages[sheetPages[0]]).toContain('Mor ønsker aflastning hver anden weekend.');
    expect(pages[sheetPages[0]]).toContain('10-01-2030'); // next follow-up, prefilled from the register
    pages.forEach((p, i) => expect(p).toContain(`Side ${i + 1} af ${pages.length}`));
    await app.goBack();

    // Bo marks a case taken over at the meeting.
    const shiftUrl = app.url();
    await becomeUser(app, backend, bo.id);
    await app.goto(shiftUrl);
    await app.getByRole('button', { name: `Overtaget: sag ${caseNumbers[0]}` }).click();
    await expect(app.getByRole('button', { name: `Overtaget: sag ${caseNumbers[0]}` })).toBeHidden();

    // Anna executes the shift: the cases move to Bo, and the tasks appear.
    await becomeUser(app, backend, 1);
    await app.goto(shiftUrl);
    await app.getByRole('button', { name: 'Gennemfør skift' }).click();
    await expect(app.getByText(/Gennemført/).first()).toBeVisible();
    await expect(app.getByRole('button', { name: /Markér som udført/ })).toHaveCount(3);
    for (const n of caseNumbers) {
      const c = raw(backend).prepare('SELECT caseworker_id FROM cases WHERE case_number = ?').get(n) as { caseworker_id: number };
      expect(c.caseworker_id).toBe(bo.id);
    }
  });
});
