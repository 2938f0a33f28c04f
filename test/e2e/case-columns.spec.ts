/**
 * The case lists' columns (issue 15): the default columns of Min sagsstamme and Teamets
 * sager fit a 1,366 × 768 window without scrolling sideways, no cell's meaning is cut
 * (an overdue date keeps its sign and its word, a name cut short has its whole text in
 * the title), and the columns a user hides or resizes stay so after a reload for that
 * user only, until "Nulstil kolonner".
 */
import type { Locator, Page } from '@playwright/test';
import { testToday } from '../clock';
import { expect, expectAccessible, test } from './fixtures';

test.use({ registerKind: 'demo', viewport: { width: 1366, height: 768 } });

// A classic Windows scrollbar. Headless Chromium draws none, so the list must leave room for it.
const WINDOWS_SCROLLBAR = 17;

const caseTable = (app: Page) => app.getByRole('table', { name: 'Sager' });
const scroller = (app: Page) => caseTable(app).locator('xpath=..');

async function openList(app: Page, hash: '#/' | '#/team') {
  await app.goto(app.url().replace(/#.*$/, '') + hash);
  await expect(caseTable(app).locator('tbody tr.case-row').first()).toBeVisible();
}

/**
 * How much wider the list's columns are than its box (≤ 0: no sideways scrolling), by
 * default with room left for a Windows scrollbar. The table itself always fills the
 * box: the room right of the last column is an empty filler cell.
 */
const sidewaysOverflow = (app: Page, bar = WINDOWS_SCROLLBAR) =>
  scroller(app).evaluate((el, room) => {
    const columns = [...el.querySelectorAll('thead tr > :not(.filler)')].reduce((sum, th) => sum + th.getBoundingClientRect().width, 0);
    return Math.max(el.scrollWidth - el.clientWidth, columns + room - el.clientWidth);
  }, bar);

/**
 * Every header and every drawn cell whose meaning is cut: a header word or sort arrow
 * outside its header, an overdue sign, date or word outside its cell, the protected-address
 * marking outside its cell, or text cut short ("…") without the whole text in a title.
 */
function cutCells(table: Locator): Promise<string[]> {
  return table.evaluate((el) => {
    const problems: string[] = [];
    const inside = (inner: Element, outer: Element) => {
      const a = inner.getBoundingClientRect();
      const b = outer.getBoundingClientRect();
      return a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    };
    const headers = [...el.querySelectorAll('thead th[scope="col"]')];
    const names = headers.map((th) => th.getAttribute('aria-label') ?? '');
    headers.forEach((th, i) => {
      for (const part of th.querySelectorAll('.label, .arrow')) {
        if (!inside(part, th)) problems.push(`header ${names[i]}: "${part.textContent}" is cut`);
      }
    });
    for (const row of el.querySelectorAll('tbody tr.case-row')) {
      const cells = [...row.querySelectorAll('td:not(.filler)')].slice(row.querySelector('input[type="checkbox"]') ? 1 : 0);
      cells.forEach((td, i) => {
        const where = `${names[i]} of ${row.querySelector('a')?.textContent}`;
        const cell = td as HTMLElement;
        const overdue = cell.querySelector('.overdue');
        if (overdue) {
          for (const part of [overdue, ...overdue.querySelectorAll('svg, .date, .word')]) {
            if (!inside(part, cell)) problems.push(`${where}: the overdue marking is cut`);
          }
          if (cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight) problems.push(`${where}: overdue cell overflows`);
          if (!overdue.getAttribute('title')?.includes('overskredet')) problems.push(`${where}: overdue without a title`);
          return;
        }
        const name = cell.querySelector<HTMLElement>('.citizen .name');
        if (name) {
          const chip = cell.querySelector('.MuiChip-root');
          if (chip && !inside(chip, cell)) problems.push(`${where}: the protected-address marking is cut`);
          if (name.scrollWidth > name.clientWidth && name.title !== name.textContent) problems.push(`${where}: name cut without a title`);
          return;
        }
        if (cell.scrollWidth > cell.clientWidth && cell.title !== cell.textContent) problems.push(`${where}: "${cell.textContent}" cut without a title`);
      });
    }
    return problems;
  });
}

/** The list is fine at the top and at the bottom of its first page (the rows between are drawn as they scroll into view). */
async function expectNothingCut(app: Page) {
  expect(await cutCells(caseTable(app))).toEqual([]);
  await scroller(app).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(caseTable(app).locator('tbody tr.case-row').last()).toHaveAttribute('aria-rowindex', /\d+/);
  expect(await cutCells(caseTable(app))).toEqual([]);
  await scroller(app).evaluate((el) => el.scrollTo(0, 0));
}

test('the default columns fit 1,366 px without scrolling sideways, and no cell is cut', async ({ app, backend }) => {
  // Min sagsstamme: sorted by next follow-up, so the overdue ones come first.
  const mine = await backend.call('cases.list', { scope: 'mine', search: '', states: ['åben'], limit: 10 });
  const today = testToday();
  const overdueRows = mine.rows.filter((r) => r.nextFollowUp !== null && r.nextFollowUp < today);
  expect(overdueRows.length, 'the demo register has overdue follow-ups at the top of Min sagsstamme').toBeGreaterThan(0);

  await openList(app, '#/');
  expect(await sidewaysOverflow(app)).toBeLessThanOrEqual(0);
  const first = overdueRows[0]!;
  const [y, m, d] = first.nextFollowUp!.split('-');
  const marking = caseTable(app).locator(`tr[data-id="${first.id}"]`).getByTitle('Næste opfølgning er overskredet');
  // In words and with a sign, not by colour alone; the whole of it inside the cell.
  await expect(marking).toHaveText(`${d}-${m}-${y} overskredet`);
  await expect(marking.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  const box = (await marking.boundingBox())!;
  const cell = (await marking.locator('xpath=ancestor::td').boundingBox())!;
  expect(box.x >= cell.x && box.x + box.width <= cell.x + cell.width && box.y >= cell.y && box.y + box.height <= cell.y + cell.height).toBe(true);
  await expectNothingCut(app);
  await expectAccessible(app, 'Min sagsstamme at 1,366 px');

  // Teamets sager: checkboxes and the caseworker column as well.
  await openList(app, '#/team');
  await expect(caseTable(app).getByRole('columnheader', { name: 'Sagsbehandler' })).toBeVisible();
  expect(await sidewaysOverflow(app)).toBeLessThanOrEqual(0);
  await expect(caseTable(app).locator('.overdue').first()).toBeVisible();
  await expectNothingCut(app);
  await expectAccessible(app, 'Teamets sager at 1,366 px');

  // A team leader's Teamets sager has the checkboxes for reassigning as well.
  const leader = (await backend.call('users.list', { includeInactive: false })).rows.find((u) => u.role === 'teamleder');
  expect(leader, 'the demo register has a team leader').toBeDefined();
  await backend.call('session.setUser', { userId: leader!.id });
  await app.reload();
  await openList(app, '#/team');
  await expect(caseTable(app).getByRole('checkbox', { name: 'Vælg alle sager på siden' })).toBeVisible();
  expect(await sidewaysOverflow(app)).toBeLessThanOrEqual(0);
  await expectNothingCut(app);

  // The column menu, open, passes too.
  await app.getByRole('button', { name: 'Kolonner' }).click();
  await expect(app.getByRole('menu', { name: 'Vis eller skjul kolonner' })).toBeVisible();
  await expectAccessible(app, 'the Kolonner menu');
});

test('hidden and resized columns are remembered per user and reset with "Nulstil kolonner"', async ({ app, backend }) => {
  const me = (await backend.call('session.current', {})).user!;
  const other = (await backend.call('users.list', { includeInactive: false })).rows.find((u) => u.id !== me.id && u.role === 'sagsbehandler')!;
  const table = caseTable(app);
  const header = (name: string) => table.getByRole('columnheader', { name, exact: true });
  const handle = (name: string) => table.getByRole('separator', { name: `Bredde på kolonnen ${name}` });
  const width = async (name: string) => Math.round((await header(name).boundingBox())!.width);

  await openList(app, '#/');
  await expect(header('Sagstype')).toBeVisible();
  await expect(header('Modtaget')).toHaveCount(0);
  expect(await width('Borger')).toBe(230);

  // Hide Sagstype, show Modtaget: the menu stays open for several choices.
  await app.getByRole('button', { name: 'Kolonner' }).click();
  const menu = app.getByRole('menu', { name: 'Vis eller skjul kolonner' });
  await expect(menu.getByRole('menuitemcheckbox', { name: /Sagsnr\./ })).toHaveAttribute('aria-disabled', 'true');
  await menu.getByRole('menuitemcheckbox', { name: 'Sagstype' }).click();
  await menu.getByRole('menuitemcheckbox', { name: 'Modtaget' }).click();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Sagstype' })).toHaveAttribute('aria-checked', 'false');
  await app.keyboard.press('Escape');
  await expect(header('Sagstype')).toHaveCount(0);
  await expect(header('Modtaget')).toBeVisible();

  // Resize Borger with the keyboard (3 × 10 px) and Frist by dragging its edge 40 px.
  await handle('Borger').focus();
  for (let i = 0; i < 3; i++) await app.keyboard.press('ArrowRight');
  await expect(handle('Borger')).toHaveAttribute('aria-valuenow', '260');
  expect(await width('Borger')).toBe(260);
  const edge = (await handle('Frist').boundingBox())!;
  await app.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await app.mouse.down();
  await app.mouse.move(edge.x + edge.width / 2 + 20, edge.y + edge.height / 2, { steps: 4 });
  await app.mouse.move(edge.x + edge.width / 2 + 40, edge.y + edge.height / 2, { steps: 4 });
  await app.mouse.up();
  await expect(handle('Frist')).toHaveAttribute('aria-valuenow', '170');
  expect(await width('Frist')).toBe(170);
  // Still no sideways scrolling with these columns.
  expect(await sidewaysOverflow(app, 0)).toBeLessThanOrEqual(0);

  // After a reload: the same columns and widths.
  await app.reload();
  await expect(table.locator('tbody tr.case-row').first()).toBeVisible();
  await expect(header('Sagstype')).toHaveCount(0);
  await expect(header('Modtaget')).toBeVisible();
  expect(await width('Borger')).toBe(260);
  expect(await width('Frist')).toBe(170);
  // Teamets sager keeps its own columns.
  await openList(app, '#/team');
  await expect(header('Sagstype')).toBeVisible();

  // Another user on this PC gets the default columns.
  await backend.call('session.setUser', { userId: other.id });
  await openList(app, '#/');
  await app.reload();
  await expect(table.locator('tbody tr.case-row').first()).toBeVisible();
  await expect(header('Sagstype')).toBeVisible();
  await expect(header('Modtaget')).toHaveCount(0);
  expect(await width('Borger')).toBe(230);

  // Back to the first user: their choice again; "Nulstil kolonner" brings back the defaults, also after a reload.
  await backend.call('session.setUser', { userId: me.id });
  await app.reload();
  await expect(table.locator('tbody tr.case-row').first()).toBeVisible();
  await expect(header('Sagstype')).toHaveCount(0);
  expect(await width('Frist')).toBe(170);
  await app.getByRole('button', { name: 'Kolonner' }).click();
  await app.getByRole('menuitem', { name: 'Nulstil kolonner' }).click();
  await expect(header('Sagstype')).toBeVisible();
  await expect(header('Modtaget')).toHaveCount(0);
  expect(await width('Borger')).toBe(230);
  await app.reload();
  await expect(table.locator('tbody tr.case-row').first()).toBeVisible();
  await expect(header('Sagstype')).toBeVisible();
  expect(await width('Frist')).toBe(130);
});
