/**
 * End-to-end fixtures. Each test gets:
 * - `backend`: a real Backend on a real register file in a fresh temp folder
 *   (`registerKind`: 'none' = first run, 'empty' = set up with team "Team Nord" and user
 *   AB "Anna Bech" (sagsbehandler) plus BC "Bo Carlsen" (sagsbehandler) and TL "Tina Lund"
 *   (teamleder), 'demo' = a copy of a small demo register, current user = first caseworker);
 *   `becomeRole(app, backend, role)` continues as a colleague with another role;
 * - `app`: the page, opened on the renderer build with the backend bound as
 *   window.__sagsoverblikInvoke (the Electron preload's stand-in);
 * - `logs`: every application log line written during the test (to check for personal data).
 * Use: `import { test, expect, expectAccessible } from './fixtures'`.
 */
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Backend } from '../../main/backend/backend';
import { setLogSink } from '../../main/backend/log';
import { JsonSettingsStore } from '../../main/backend/settings';
import type { Role } from '../../shared/domain/enums';
import type { User } from '../../shared/features/users';
import { testNow } from '../clock';
import { serveStatic } from './static-server';
import { collectNames, persistNames, persistTestLogs } from './log-names';

export type RegisterKind = 'none' | 'empty' | 'demo';

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));

async function newBackend(dir: string): Promise<Backend> {
  const backend = new Backend({
    registerPath: path.join(dir, 'register.sqlite'),
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    validateOutput: true,
  });
  await backend.init();
  return backend;
}

interface WorkerFixtures {
  rendererUrl: string;
  demoTemplate: string;
}

interface TestFixtures {
  registerKind: RegisterKind;
  workDir: string;
  backend: Backend;
  logs: string[];
  /** Citizen names seen in this test's API calls (for the log scan). */
  citizenNames: Set<string>;
  app: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererUrl: [
    async ({}, use) => {
      if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
        throw new Error('out/renderer is missing: run `npm run build:renderer` first');
      }
      const server = await serveStatic(RENDERER);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // One small demo register per worker, copied for each test that wants one.
  demoTemplate: [
    async ({}, use, workerInfo) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sagsoverblik-e2e-demo-'));
      const backend = await newBackend(dir);
      await backend.call('app.setup', { kind: 'demo' });
      await backend.close();
      // The log scan looks for these names too.
      const db = new Database(path.join(dir, 'register.sqlite'), { readonly: true });
      const names = (db.prepare('SELECT name FROM citizens').all() as { name: string }[]).map((r) => r.name);
      db.close();
      persistNames(`demo-w${workerInfo.workerIndex}`, names);
      await use(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  registerKind: ['empty', { option: true }],

  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sagsoverblik-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  citizenNames: async ({}, use) => {
    await use(new Set<string>());
  },

  // The lines are kept in test-results/e2e-logs/ for the scan in test/e2e/log-scan.ts (global teardown).
  logs: async ({ citizenNames }, use, testInfo) => {
    const lines: string[] = [];
    setLogSink((line) => lines.push(line));
    await use(lines);
    setLogSink((line) => process.stderr.write(`${line}\n`));
    persistTestLogs(`w${testInfo.workerIndex}-${testInfo.testId}`, lines, citizenNames);
  },

  backend: async ({ registerKind, workDir, demoTemplate, logs, citizenNames }, use) => {
    void logs; // the sink is installed before the backend starts
    if (registerKind === 'demo') {
      fs.copyFileSync(path.join(demoTemplate, 'register.sqlite'), path.join(workDir, 'register.sqlite'));
      fs.copyFileSync(path.join(demoTemplate, 'settings.json'), path.join(workDir, 'settings.json'));
      // The settings remember the current user per register path: re-point it at the copy.
      const settings = JSON.parse(fs.readFileSync(path.join(workDir, 'settings.json'), 'utf8'));
      const userId = Object.values(settings.currentUserByRegister ?? {})[0];
      settings.currentUserByRegister = { [path.join(workDir, 'register.sqlite')]: userId };
      fs.writeFileSync(path.join(workDir, 'settings.json'), JSON.stringify(settings));
    }
    const backend = await newBackend(workDir);
    // Every call, from the page or from the test (`call` goes through `dispatch`), feeds the log scan's name list.
    const dispatch = backend.dispatch.bind(backend);
    backend.dispatch = async (method, input) => {
      const result = await dispatch(method, input);
      collectNames(method, input, result.ok ? result.value : null, citizenNames);
      return result;
    };
    if (registerKind === 'empty') {
      // Staff is the team leader's (users.create): AB sets the register up as leader, adds the
      // colleagues, then becomes the caseworker the tests act as.
      await backend.call('app.setup', { kind: 'empty', teamName: 'Team Nord', initials: 'AB', name: 'Anna Bech', role: 'teamleder' });
      const team = (await backend.call('teams.list', {})).rows[0];
      await backend.call('users.create', { initials: 'BC', name: 'Bo Carlsen', role: 'sagsbehandler', teamId: team.id });
      await backend.call('users.create', { initials: 'TL', name: 'Tina Lund', role: 'teamleder', teamId: team.id });
      await backend.call('users.update', { id: (await backend.call('session.current', {})).user!.id, name: 'Anna Bech', role: 'sagsbehandler', teamId: team.id, active: true });
    }
    await use(backend);
    await backend.close();
  },

  app: async ({ page, backend, rendererUrl }, use) => {
    await page.context().exposeBinding('__sagsoverblikInvoke', (_source, method: unknown, input: unknown) =>
      backend.dispatch(method, input),
    );
    // The window's clock runs from the suite's pinned moment too (the backend's is pinned by SAGSOVERBLIK_NOW).
    await page.clock.setSystemTime(testNow());
    await page.goto(rendererUrl);
    await use(page);
  },
});

export { expect };

const colleagueFor: Record<Role, { initials: string; name: string }> = {
  sagsbehandler: { initials: 'SB', name: 'Sara Bak' },
  teamleder: { initials: 'TLX', name: 'Tage Lindholm' },
  superbruger: { initials: 'SU', name: 'Signe Uhre' },
};

/**
 * Continues as a colleague with `role` in the current user's team (the contract says what
 * each role may call; the screens hide the rest), added by the team's leader when the team
 * has none, and reloads the page so it shows what that role sees.
 */
export async function becomeRole(app: Page, backend: Backend, role: Role): Promise<User> {
  const me = (await backend.call('session.current', {})).user;
  if (!me) throw new Error('no current user');
  const team = (await backend.call('users.list', { teamId: me.teamId })).rows;
  let user = me.role === role ? me : team.find((u) => u.role === role);
  if (!user) {
    const leader = team.find((u) => u.role === 'teamleder');
    if (!leader) throw new Error('the team has no team leader to add a colleague');
    await backend.call('session.setUser', { userId: leader.id });
    user = await backend.call('users.create', { ...colleagueFor[role], role, teamId: me.teamId });
  }
  await backend.call('session.setUser', { userId: user.id });
  await app.reload();
  // The first screen as that user (a team leader's start page redirects to the team), before the test goes on.
  await expect(app.getByRole('button', { name: new RegExp(`^Bruger: ${user.initials} `) })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1 }).first()).toBeVisible();
  return user;
}

/** An axe scan with zero serious or critical violations (the bar). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `accessibility violations on ${label}`).toEqual([]);
}
