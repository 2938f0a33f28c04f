/**
 * In Chromium: the renderer's time from navigation to the first rows of a
 * 10,000-row case list (Min sagsstamme of a caseworker given 10,000 open cases),
 * and the JS heap after paging through the whole list.
 *
 * "First rows" is the browser's own figure: the Element Timing entry the list puts on
 * its first row, whose renderTime is when that row's text was painted, counted from
 * the navigation's start. The wall clock around Playwright (from goto until the page
 * has reported that paint) is kept beside it: it adds the automation's round trips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import type { Backend } from '../../main/backend/backend';
import { CHROMIUM_ARGS, findChromium } from '../../main/backend/print/pdf';
import { serveStatic } from '../e2e/static-server';
import { summarise, type Timing } from './stats';

export interface BrowserFigures {
  firstRows: Timing;
  firstRowsWallClock: Timing;
  heapMbAfterScroll: number;
  rowsInList: number;
}

/** Gives one caseworker exactly `count` open cases (topping up what they had) through the real reassignment path. */
export async function prepareBigList(backend: Backend, count: number): Promise<number> {
  const raw = backend.openRegister!.raw;
  const target = raw.prepare("SELECT id FROM users WHERE role = 'sagsbehandler' ORDER BY id LIMIT 1").get() as { id: number };
  const own = (raw.prepare("SELECT count(*) AS n FROM cases WHERE state = 'åben' AND caseworker_id = ?").get(target.id) as { n: number }).n;
  const ids = (
    raw.prepare("SELECT id FROM cases WHERE state = 'åben' AND caseworker_id != ? ORDER BY id LIMIT ?").all(target.id, Math.max(0, count - own)) as { id: number }[]
  ).map((r) => r.id);
  // Moving cases is the team leader's (the contract's access): the target's leader moves them, then the target looks.
  const leader = raw.prepare("SELECT l.id FROM users l JOIN users t ON t.team_id = l.team_id WHERE t.id = ? AND l.role = 'teamleder' AND l.active = 1 ORDER BY l.id LIMIT 1").get(target.id) as { id: number };
  backend.setCurrentUser(leader.id);
  for (let i = 0; i < ids.length; i += 5000) {
    await backend.call('cases.reassign', { caseIds: ids.slice(i, i + 5000), toUserId: target.id, reason: 'Benchmark: stor sagsstamme' });
  }
  backend.setCurrentUser(target.id);
  return target.id;
}

// Longer than the reminder panels wait for a quiet moment (useIdleAfter's 1 s timeout).
const QUIET_MS = 1200;

const DATA_ROW = 'table[aria-label="Sager"] tr.case-row';

/** When the first row was painted (ms from navigation start), from the Element Timing entry of the list. */
const FIRST_ROW_PAINTED = `new Promise((resolve) => {
  const pick = (entries) => {
    const times = entries.filter((e) => e.identifier === 'case-list-first-row').map((e) => e.renderTime || e.loadTime);
    return times.length ? Math.min(...times) : null;
  };
  const observer = new PerformanceObserver((list) => {
    const t = pick(list.getEntries());
    if (t !== null) { observer.disconnect(); resolve(t); }
  });
  observer.observe({ type: 'element', buffered: true });
  setTimeout(() => { observer.disconnect(); resolve(null); }, 10000);
})`;

/**
 * The list's total from the paging bar ("1–50 af 10.000", Danish thousands
 * separators), waiting until the footer shows it.
 */
async function listTotal(footer: Locator): Promise<number> {
  const pattern = /\baf\s+(\d+(?:[.\u00a0\u202f ]\d{3})*)/;
  await footer.filter({ hasText: pattern }).waitFor({ timeout: 10_000 });
  const match = pattern.exec(await footer.innerText());
  return Number(match?.[1]?.replace(/\D/g, '') ?? 0);
}

export async function measureRenderer(backend: Backend, rendererDir: string, navigations = 7): Promise<BrowserFigures> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run npm run build:renderer');
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(rendererDir);
  // A profile on disk, as the desktop window has (its user-data folder): an incognito context keeps no code cache.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sagsoverblik-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    viewport: { width: 1440, height: 900 },
    locale: 'da-DK',
  });
  try {
    // Calls in flight, so each navigation starts from a quiet app (below).
    let inFlight = 0;
    let lastDone = performance.now();
    await context.exposeBinding('__sagsoverblikInvoke', async (_src, method: unknown, input: unknown) => {
      inFlight++;
      try {
        return await backend.dispatch(method, input);
      } finally {
        inFlight--;
        lastDone = performance.now();
      }
    });
    /**
     * After the rows show, the page goes on with what waits for them (the reminder
     * panels' queries). A caseworker opens the app once, not again at that instant: let
     * that work finish before the next navigation, or it would be timed as the next start.
     */
    const settle = async () => {
      const until = performance.now() + 10_000;
      while ((inFlight > 0 || performance.now() - lastDone < QUIET_MS) && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const page = context.pages()[0] ?? (await context.newPage());
    const samples: number[] = [];
    const wallClock: number[] = [];
    for (let i = 0; i < navigations; i++) {
      await page.goto('about:blank');
      const start = performance.now();
      await page.goto(server.url);
      // Waited for inside the page: a Playwright locator would first load its own script
      // into the page, on the main thread the app is starting on.
      const painted = (await page.evaluate(FIRST_ROW_PAINTED)) as number | null;
      wallClock.push(performance.now() - start);
      if (painted === null) throw new Error('no Element Timing entry for the first row of the case list');
      samples.push(painted);
      await settle();
    }
    const rowsInList = await listTotal(page.locator('.MuiTablePagination-root'));
    // Page through the whole list, scrolling each page to its end.
    const next = page.getByRole('button', { name: /næste side/i });
    const scroller = page.locator('table[aria-label="Sager"]').locator('xpath=..');
    for (let p = 0; p < 400 && (await next.isEnabled()); p++) {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      const firstBefore = await page.locator(DATA_ROW).first().getAttribute('data-id');
      await next.click();
      await page.waitForFunction(([before, row]) => document.querySelector(row)?.getAttribute('data-id') !== before, [firstBefore, DATA_ROW] as const, {
        timeout: 10_000,
      });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { firstRows: summarise(samples), firstRowsWallClock: summarise(wallClock), heapMbAfterScroll: Math.round((heap.usedSize / 1048576) * 10) / 10, rowsInList };
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
