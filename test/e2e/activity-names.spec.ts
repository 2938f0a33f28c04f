/**
 * The standard activity naming list (issue 4), end to end: a caseworker picks a
 * name by typing part of a synonym; a super user retires a name and prints the
 * introduction; the data quality view maps a legacy name and the share figure moves.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Backend } from '../../main/backend/backend';
import { isoDaysFrom, testToday } from '../clock';
import { becomeRole, expect, expectAccessible, test } from './fixtures';

const go = (app: Page, hash: string) => app.goto(`${app.url().split('#')[0]}#${hash}`);

const becomeSuperUser = (app: Page, backend: Backend) => becomeRole(app, backend, 'superbruger');

test.describe('on an empty register', () => {
  test.use({ registerKind: 'empty' });

  test('a caseworker adds an activity by typing part of a synonym and sees what belongs under it', async ({ app, backend }) => {
    const citizen = await backend.call('citizens.create', { cpr: '150315-4001', name: 'Søren Ørsted' });
    const c = await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: '2026-01-05' });
    await go(app, `/sager/${c.id}`);
    await app.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    const dialog = app.getByRole('dialog', { name: 'Tilføj aktivitet' });
    // Nothing picked: refused under the field, nothing written.
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog.getByText('Feltet skal udfyldes.')).toBeVisible();

    await dialog.getByRole('combobox', { name: 'Navn' }).fill('børnesam');
    const option = app.getByRole('option', { name: /^Samtale med barnet/ });
    await expect(option).toContainText('fundet via "børnesamtale"');
    await expect(app.getByRole('group').or(app.getByRole('listbox'))).toContainText('Sagsoplysning'); // grouped by phase
    await option.click();
    await expect(dialog.getByText('Barnets egne ord og perspektiv', { exact: false })).toBeVisible();
    await expectAccessible(app, 'activity dialog with a name picked');
    await dialog.getByLabel('Notat').fill('Samtale på skolen.');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog).toBeHidden();
    const journal = app.getByRole('table', { name: 'Sagens aktiviteter, nyeste først' });
    await expect(journal.getByRole('cell', { name: 'Samtale med barnet', exact: true })).toBeVisible();
    const saved = (await backend.call('activities.list', { caseId: c.id })).rows;
    expect(saved.map((a) => [a.name, a.standard])).toEqual([['Samtale med barnet', true]]);
  });

  test('a super user retires a name; its history says who and what; the printed introduction leaves it out', async ({ app, backend }) => {
    await becomeSuperUser(app, backend);
    await app.getByRole('link', { name: 'Aktivitetsnavne' }).first().click();
    await expect(app.getByRole('heading', { level: 1, name: 'Aktivitetsnavne' })).toBeVisible();
    await expectAccessible(app, 'activity names list');
    await app.getByRole('button', { name: 'Lad Kvittering sendt udgå' }).click();
    await expect(app.getByText('Kvittering sendt er udgået. Gamle aktiviteter beholder navnet.')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Genaktivér Kvittering sendt' })).toBeVisible();
    await app.getByRole('button', { name: 'Historik for Kvittering sendt' }).click();
    const history = app.getByRole('dialog', { name: 'Historik for Kvittering sendt' });
    await expect(history.getByRole('row', { name: /Udgået/ })).toContainText('SU – Signe Uhre');
    await expect(history.getByRole('row', { name: /Udgået/ })).toContainText('Aktiv: ja → nej');
    await history.getByRole('button', { name: 'Luk' }).click();

    // The type-ahead no longer offers it.
    expect((await backend.call('activityNames.search', { query: 'kvittering' })).rows.map((r) => r.name)).not.toContain('Kvittering sendt');

    await go(app, '/udskriv/aktivitetsnavne');
    await expect(app.getByRole('heading', { level: 1, name: 'Aktivitetsnavne – introduktion for nye medarbejdere' })).toBeVisible();
    const pdf = path.join(test.info().outputDir, 'aktivitetsnavne.pdf');
    fs.mkdirSync(path.dirname(pdf), { recursive: true });
    fs.writeFileSync(pdf, await app.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => {
      expect(p).toContain('Aktivitetsnavne');
      expect(p).toContain('Fortroligt');
      expect(p).toContain(`Side ${i + 1} af ${pages.length}`);
    });
    expect(text).toContain('Sagsåbning');
    expect(text).toContain('Partshøring sendt');
    expect(text).not.toContain('Kvittering sendt');
  });
});

test.describe('on the demo register', () => {
  test.use({ registerKind: 'demo' });

  test('the data quality view maps a legacy name onto a standard one, the share figure moves, and undo puts it back', async ({ app, backend }) => {
    const raw = backend.openRegister!.raw;
    const today = testToday();
    const from = isoDaysFrom(today, -89);
    // The most used legacy name with recent activities, and one caseworker who wrote it lately.
    const top = (await backend.call('activityNames.nonStandard', { limit: 25 })).rows;
    const recent = raw
      .prepare(
        `SELECT a.name, u.initials || ' – ' || u.name AS who FROM activities a JOIN users u ON u.id = a.author_id
         WHERE a.standard = 0 AND a.activity_name_id IS NULL AND a.activity_date BETWEEN ? AND ? GROUP BY a.name, a.author_id`,
      )
      .all(from, today) as { name: string; who: string }[];
    const pick = top.find((r) => r.viaOther === 0 && recent.some((x) => x.name === r.name))!;
    const who = recent.find((x) => x.name === pick.name)!.who;

    await becomeSuperUser(app, backend);
    const share = async () => {
      await go(app, '/aktivitetsnavne/andel');
      const row = app.getByRole('table', { name: 'Andel standardnavne pr. medarbejder' }).getByRole('row', { name: new RegExp(`^${who}`) });
      return Number(((await row.getByRole('cell').nth(2).textContent()) ?? '').replace(/\./g, ''));
    };
    const before = await share();
    await expectAccessible(app, 'share figures');

    await go(app, '/aktivitetsnavne/kvalitet');
    const table = app.getByRole('table', { name: 'Navne, der ikke er standard, mest brugte først' });
    await expect(table.getByRole('cell', { name: pick.name, exact: true })).toBeVisible();
    await expectAccessible(app, 'data quality view');
    await app.getByRole('button', { name: `Omdøb ${pick.name}`, exact: true }).click();
    const dialog = app.getByRole('dialog', { name: 'Omdøb til standardnavn' });
    if (!pick.suggestion) {
      await dialog.getByRole('combobox', { name: 'Standardnavn' }).click();
      await app.getByRole('option', { name: /^Journalnotat/ }).click();
    }
    await dialog.getByRole('button', { name: 'Omdøb' }).click();
    await expect(app.getByText(`${pick.count} aktiviteter omdøbt til`, { exact: false })).toBeVisible();
    await expect(table.getByRole('cell', { name: pick.name, exact: true })).toHaveCount(0);
    const mappings = app.getByRole('table', { name: 'Omdøbninger, nyeste først' });
    await expect(mappings.getByRole('row', { name: new RegExp(pick.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();

    const after = await share();
    expect(after).toBeGreaterThan(before);

    await go(app, '/aktivitetsnavne/kvalitet');
    await app.getByRole('button', { name: `Fortryd omdøbningen af ${pick.name}` }).click();
    await expect(app.getByText('Omdøbningen er fortrudt.')).toBeVisible();
    await expect(table.getByRole('cell', { name: pick.name, exact: true })).toBeVisible();
    expect(await share()).toBe(before);
  });
});
