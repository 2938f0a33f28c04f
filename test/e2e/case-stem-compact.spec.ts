/**
 * The compact case-stem overview (issue 15): the team leader of the busiest demo
 * caseworker chooses "Kompakt (én linje pr. sag)", prints, and the PDF is read back
 * with pdftotext: every open case once, on one line with its facts, at least 20 cases a
 * page, no word broken, the header, "Fortroligt" and "Side x af y" on every page. The
 * detailed overview of the busiest children's stem breaks no word either.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatDate } from '../../shared/domain/dates';
import type { Backend } from '../../main/backend/backend';
import type { OverviewRow } from '../../shared/features/handover';
import { expect, expectAccessible, test } from './fixtures';

const CONFIDENTIAL = 'Fortroligt – indeholder personfølsomme oplysninger';
const COMPACT = 'Kompakt (én linje pr. sag)';

async function pdfPages(app: Page, name: string): Promise<string[]> {
  const pdf = await app.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'case-stem-pdf-')), `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim().length > 0);
}

/** The active caseworker with the most open cases (of children's cases only: `children`), and a team leader of their team. */
function busiest(backend: Backend, children = false) {
  const raw = backend.openRegister!.raw;
  const cw = raw
    .prepare(
      `SELECT u.id, u.name, u.team_id, (SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben' ${children ? "AND c.area = 'børn'" : ''}) AS n
       FROM users u WHERE u.role = 'sagsbehandler' AND u.active = 1 ORDER BY n DESC, u.id LIMIT 1`,
    )
    .get() as { id: number; name: string; team_id: number; n: number };
  const leader = raw.prepare("SELECT id FROM users WHERE team_id = ? AND role = 'teamleder' AND active = 1 ORDER BY id LIMIT 1").get(cw.team_id) as { id: number };
  return { cw, leader };
}

/**
 * A word broken across lines leaves a cell line ending in a letter or digit and a hyphen
 * ("Forældremyndigheds-", "16-08-"): at the end of a text line, or before the gap to the
 * next column (pdftotext -layout puts a table's columns side by side). "Social- og" is not.
 */
const brokenLines = (pages: string[]) =>
  pages
    .join('\n')
    .split('\n')
    .filter((l) => /[\p{L}\d]-(\s{2,}|$)/u.test(l.trimEnd()));

const count = (text: string, part: string) => text.split(part).length - 1;

test.describe('compact case-stem overview', () => {
  test.use({ registerKind: 'demo' });

  test('the team leader prints the busiest stem one line per case: every open case once, at least 20 a page, no word broken', async ({ app, backend }) => {
    test.setTimeout(180_000);
    const { cw, leader } = busiest(backend);
    expect(cw.n).toBeGreaterThanOrEqual(55);
    await backend.call('session.setUser', { userId: leader.id });
    await app.reload();
    const rows: OverviewRow[] = (await backend.call('handover.overview', { userId: cw.id })).rows;
    expect(rows).toHaveLength(cw.n);

    // Overlevering: choose the compact layout, then the caseworker's print button.
    await app.getByRole('link', { name: 'Overlevering' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Overlevering' })).toBeVisible();
    await expect(app.getByRole('radio', { name: 'Detaljeret' })).toBeChecked();
    await app.getByRole('radio', { name: COMPACT }).check();
    await expectAccessible(app, 'Overlevering med valg af udskrift');
    await app.getByRole('link', { name: `Udskriv sagsstammeoversigt for ${cw.name}` }).click();
    await expect(app).toHaveURL(/visning=kompakt/);
    await expect(app.getByRole('heading', { level: 1, name: new RegExp(`Sagsstammeoversigt – ${cw.name}`) })).toBeVisible();
    await expect(app.getByRole('columnheader', { name: 'Ring til' })).toBeVisible();
    await expectAccessible(app, 'kompakt sagsstammeoversigt');

    const pages = await pdfPages(app, 'compact');
    // The same header as the detailed overview; on every page the running title, the column heads, "Fortroligt" and "Side x af y".
    expect(pages[0]).toContain(`Sagsstammeoversigt – ${cw.name} (`);
    expect(pages[0]).toMatch(new RegExp(`Åbne sager:\\s+${cw.n}\\b`));
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(`Sagsstammeoversigt – ${cw.name}`);
      expect(p, `page ${i + 1}`).toMatch(/Borger\s+CPR\s+Sag\s+Paragraf\s+Opfølgning\s+Frist\s+Overskredet\s+Ring til\s+Telefon/);
      expect(p, `page ${i + 1}`).toContain(CONFIDENTIAL);
      expect(p, `page ${i + 1}`).toContain(`Side ${i + 1} af ${pages.length}`);
    });

    // Every open case exactly once, on one line with its citizen, CPR, paragraph, dates, the backend's overdue marks and a party.
    const all = pages.join('\n');
    const lines = all.split('\n');
    for (const r of rows) {
      expect(count(all, r.caseNumber), `case ${r.caseNumber} once`).toBe(1);
      const line = lines.find((l) => l.includes(r.caseNumber))!;
      expect(line, r.caseNumber).toContain(r.citizenName);
      expect(line, r.caseNumber).toContain(r.cprFormatted);
      for (const x of r.paragraphs) expect(line, r.caseNumber).toContain(x);
      if (r.nextFollowUp) expect(line, r.caseNumber).toContain(formatDate(r.nextFollowUp));
      if (r.deadline) expect(line, r.caseNumber).toContain(formatDate(r.deadline));
      if (r.overdue.length === 0) expect(line, r.caseNumber).not.toMatch(/overskredet|opfølgning|frist/i);
      for (const mark of r.overdue) expect(line.toLowerCase(), `${r.caseNumber}: ${mark}`).toContain(mark.split(' ')[0].toLowerCase());
      const withPhone = r.parties.filter((x) => x.phone);
      if (r.parties.length) expect(r.parties.some((x) => line.includes(`${x.name} (`)), `${r.caseNumber}: a party`).toBe(true);
      if (withPhone.length) expect(withPhone.some((x) => line.includes(x.phone)), `${r.caseNumber}: a phone`).toBe(true);
    }

    // At least 20 cases a page (the last may have fewer).
    const perPage = pages.map((p) => rows.filter((r) => p.includes(r.caseNumber)).length);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(rows.length);
    perPage.slice(0, -1).forEach((n, i) => expect(n, `cases on page ${i + 1} of ${perPage.join('/')}`).toBeGreaterThanOrEqual(20));
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(rows.length / 20));

    // No word broken: no line ends in a hyphenated fragment, and the role of a custody holder reads whole.
    expect(brokenLines(pages)).toEqual([]);
    if (rows.some((r) => r.parties.some((x) => x.role === 'forældremyndighed'))) expect(all).toContain('(forældremyndighed)');
    test.info().annotations.push({ type: 'compact', description: `${rows.length} cases, ${pages.length} pages, per page ${perPage.join('/')}` });

    // Back on Overlevering the choice is still "Kompakt".
    await app.goBack();
    await expect(app.getByRole('radio', { name: COMPACT })).toBeChecked();

    // The unplanned-shift screen offers the same choice beside its print button.
    await app.getByRole('link', { name: `Start uplanlagt skift for ${cw.name}` }).click();
    await expect(app.getByRole('heading', { level: 1, name: `Uplanlagt skift: ${cw.name}` })).toBeVisible();
    const print = app.getByRole('link', { name: 'Udskriv sagsstammeoversigt', exact: true });
    await expect(print).not.toHaveAttribute('href', /visning=kompakt/);
    await app.getByRole('radio', { name: COMPACT }).check();
    await expect(print).toHaveAttribute('href', /visning=kompakt/);
    await print.click();
    await expect(app.getByRole('columnheader', { name: 'Ring til' })).toBeVisible();
  });

  test('the detailed overview breaks no word: custody holders\' role, names and dates read whole', async ({ app, backend }) => {
    test.setTimeout(180_000);
    // The busiest children's caseworker: their parties are custody holders ("Forældremyndighedsindehaver", the longest role).
    const { cw, leader } = busiest(backend, true);
    await backend.call('session.setUser', { userId: leader.id });
    await app.reload();
    const rows: OverviewRow[] = (await backend.call('handover.overview', { userId: cw.id })).rows;
    await app.getByRole('link', { name: 'Overlevering' }).click();
    await app.getByRole('link', { name: `Udskriv sagsstammeoversigt for ${cw.name}` }).click();
    await expect(app.getByRole('heading', { level: 1, name: new RegExp(`Sagsstammeoversigt – ${cw.name}`) })).toBeVisible();
    await expect(app.getByRole('columnheader', { name: 'Parter at kontakte' })).toBeVisible();

    const pages = await pdfPages(app, 'detailed');
    const all = pages.join('\n');
    expect(brokenLines(pages)).toEqual([]);
    // "Forældremyndighedsindehaver" once per custody holder, never split ("Forældremyndighedsinde|haver").
    const custody = rows.reduce((n, r) => n + r.parties.filter((x) => x.role === 'forældremyndighed').length, 0);
    expect(custody).toBeGreaterThan(0);
    expect(count(all, 'Forældremyndighedsindehaver:')).toBe(custody);
    for (const r of rows) {
      expect(count(all, r.caseNumber), `case ${r.caseNumber} once`).toBe(1);
      expect(all, r.caseNumber).toContain(r.cprFormatted);
      if (r.nextFollowUp) expect(all, r.caseNumber).toContain(formatDate(r.nextFollowUp));
      for (const x of r.parties) if (x.phone) expect(all, `${r.caseNumber}: phone of ${x.name}`).toContain(`tlf. ${x.phone}`);
    }
    test.info().annotations.push({ type: 'detailed', description: `${rows.length} cases, ${pages.length} pages` });
  });
});
