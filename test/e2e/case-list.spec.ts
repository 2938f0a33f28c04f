/**
 * The case list of Min sagsstamme: a plain table whose paging, page size, sorting and
 * filters all go to the server. Each figure on screen is held against the backend's
 * own answer for the same question.
 */
import { testToday } from '../clock';
import { expect, test } from './fixtures';

test.use({ registerKind: 'demo' });

test('Min sagsstamme pages, sorts and filters on the server', async ({ app, backend }) => {
  const grid = app.getByRole('table', { name: 'Sager' });
  const rows = grid.locator('tbody tr.case-row');
  const open = await backend.call('cases.list', { scope: 'mine', search: '', states: ['åben'], limit: 100 });
  expect(open.total).toBeGreaterThan(50);
  const total = open.total.toLocaleString('da-DK');

  // First page, sorted by next follow-up as the server sorts it.
  await expect(app.getByText(`1–50 af ${total}`)).toBeVisible();
  await expect(rows.first()).toContainText(open.rows[0]!.caseNumber);
  await expect(grid.getByRole('columnheader', { name: 'Næste opfølgning' })).toHaveAttribute('aria-sort', 'ascending');
  // An overdue follow-up says so in words and with a sign, not by colour alone.
  const today = testToday();
  const overdue = open.rows.slice(0, 10).findIndex((r) => r.nextFollowUp !== null && r.nextFollowUp < today);
  expect(overdue, 'the demo register has overdue follow-ups at the top of the list').toBeGreaterThanOrEqual(0);
  const [y, m, d] = open.rows[overdue]!.nextFollowUp!.split('-');
  const cell = rows.nth(overdue).getByTitle('Næste opfølgning er overskredet');
  await expect(cell).toHaveText(`${d}-${m}-${y} overskredet`);
  await expect(cell.locator('svg')).toHaveAttribute('aria-hidden', 'true');

  // Next page: the 51st case comes first.
  await app.getByRole('button', { name: /næste side/i }).click();
  await expect(app.getByText(`51–${Math.min(100, open.total)} af ${total}`)).toBeVisible();
  await expect(rows.first()).toContainText(open.rows[50]!.caseNumber);
  await app.getByRole('button', { name: /forrige side/i }).click();
  await expect(rows.first()).toContainText(open.rows[0]!.caseNumber);

  // 100 per page: the whole case stem of this caseworker on one page, the last row reachable by scrolling.
  await app.getByRole('combobox', { name: /Sager pr. side/ }).click();
  await app.getByRole('option', { name: '100' }).click();
  await expect(app.getByText(`1–${Math.min(100, open.total)} af ${total}`)).toBeVisible();
  const last = open.rows[Math.min(100, open.total) - 1]!;
  await grid.locator('xpath=..').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(grid.getByRole('link', { name: `Åbn sag ${last.caseNumber}` })).toBeVisible();

  // Sorting by case number, then the other way.
  const byNumber = await backend.call('cases.list', { scope: 'mine', search: '', states: ['åben'], sortField: 'caseNumber', sortDirection: 'desc', limit: 1 });
  await grid.getByRole('columnheader', { name: 'Sagsnr.' }).getByRole('button').click();
  await grid.getByRole('columnheader', { name: 'Sagsnr.' }).getByRole('button').click();
  await expect(grid.getByRole('columnheader', { name: 'Sagsnr.' })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText(byNumber.rows[0]!.caseNumber);

  // A phase filter: only cases in that phase, as many as the server counts.
  const following = await backend.call('cases.list', { scope: 'mine', search: '', states: ['åben'], phase: 'opfølgning', limit: 1 });
  await app.getByRole('combobox', { name: 'Fase' }).click();
  await app.getByRole('option', { name: 'Opfølgning' }).click();
  await expect(app.getByText(`1–${Math.min(100, following.total)} af ${following.total.toLocaleString('da-DK')}`)).toBeVisible();
  await expect(rows.filter({ hasNotText: 'Opfølgning' })).toHaveCount(0);

  // No status chosen: the field says what is missing and the list is empty, not stale.
  await app.getByRole('combobox', { name: 'Status' }).click();
  await app.getByRole('option', { name: 'Åben' }).click();
  await app.keyboard.press('Escape');
  await expect(app.getByText('Vælg mindst én status')).toBeVisible();
  await expect(grid.getByText('Ingen sager passer til søgningen.')).toBeVisible();
  await expect(rows).toHaveCount(0);
});

test('the case page marks an overdue follow-up as the list does, and a decided deadline not at all', async ({ app, backend }) => {
  const today = testToday();
  const open = (await backend.call('cases.list', { scope: 'mine', search: '', states: ['åben'], limit: 100 })).rows;
  const late = open.find((r) => r.nextFollowUp !== null && r.nextFollowUp < today)!;
  expect(late, 'the demo register has an overdue follow-up').toBeDefined();
  await app.evaluate((id) => (window.location.hash = `#/sager/${id}`), late.id);
  await expect(app.getByRole('heading', { level: 1, name: `Sag ${late.caseNumber}` })).toBeVisible();
  const [y, m, d] = late.nextFollowUp!.split('-');
  const mark = app.getByTitle('Næste opfølgning er overskredet');
  await expect(mark).toHaveText(`${d}-${m}-${y} overskredet`);
  await expect(mark.locator('svg')).toHaveAttribute('aria-hidden', 'true');

  // A case decided on time: its deadline has passed, but nothing awaits a decision, so no mark.
  const decided = open.find((r) => r.deadline !== null && r.deadline < today && r.pendingDeadline === null && (r.nextFollowUp === null || r.nextFollowUp >= today))!;
  expect(decided, 'the demo register has a decided case past its deadline').toBeDefined();
  await app.evaluate((id) => (window.location.hash = `#/sager/${id}`), decided.id);
  await expect(app.getByRole('heading', { level: 1, name: `Sag ${decided.caseNumber}` })).toBeVisible();
  await expect(app.getByText(decided.deadline!.split('-').reverse().join('-'), { exact: true }).first()).toBeVisible();
  await expect(app.getByTitle(/er overskredet$/)).toHaveCount(0);
});
