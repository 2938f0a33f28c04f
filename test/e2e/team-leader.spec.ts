/**
 * A team leader's first hour on the demo register (issue 15): the app opens on the team
 * (its cases, its reminders, who is away), Frister opens on the team, every reminder
 * count leads to its list, the reminder panel never cuts an item, no page logs an error
 * or fails a request, the print views wear the app's look; and the procedures: a child's
 * SEL § 116 case is offered no adults' procedure, "Brug på sag" starts a checklist on a
 * chosen case, and a search without hits suggests one that has.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../main/backend/backend';
import { formatDate } from '../../shared/domain/dates';
import { isoDaysFrom, testToday } from '../clock';
import { expect, expectAccessible, test } from './fixtures';

const raw = (backend: Backend) => backend.openRegister!.raw;

async function becomeUser(app: Page, backend: Backend, userId: number) {
  const { user } = await backend.call('session.setUser', { userId });
  await app.reload();
  // The first screen as that user (a team leader's start redirects to the team) before the test goes on.
  await expect(app.getByRole('button', { name: new RegExp(`^Bruger: ${user.initials} `) })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
}

const goto = async (app: Page, hash: string) => {
  await app.goto(`${app.url().split('#')[0]}#${hash}`);
};

interface Person {
  id: number;
  name: string;
  team_id: number;
}

/** The leader of the first demo team, and the team's caseworker with the most open cases. */
function leaderAndCaseworker(backend: Backend): { leader: Person; caseworker: Person; colleague: Person } {
  const leader = raw(backend).prepare("SELECT id, name, team_id FROM users WHERE role = 'teamleder' AND active = 1 ORDER BY id LIMIT 1").get() as Person;
  const [caseworker, colleague] = raw(backend)
    .prepare(
      `SELECT u.id, u.name, u.team_id FROM users u WHERE u.team_id = ? AND u.role = 'sagsbehandler' AND u.active = 1
       ORDER BY (SELECT count(*) FROM cases c WHERE c.caseworker_id = u.id AND c.state = 'åben') DESC, u.id LIMIT 2`,
    )
    .all(leader.team_id) as Person[];
  return { leader, caseworker, colleague };
}

/** Which Frister list each reminder group leads to, by the label on the reminder line. */
const deadlineLists: Record<string, { kind: string; heading: string }> = {
  'Overskredet uden underretning': { kind: 'overdueWithoutNotice', heading: 'Overskredet uden underretning' },
  'Frist snart': { kind: 'coming', heading: 'Frist snart' },
  'Kvittering mangler': { kind: 'receipts', heading: 'Kvittering mangler' },
  'Opfølgning på indsatser': { kind: 'followUps', heading: 'Opfølgning' },
  'Uden aktivitet': { kind: 'idle', heading: 'Døde perioder' },
};

test.describe('a team leader on the demo register', () => {
  test.use({ registerKind: 'demo' });

  test("the first screen is the team's: its cases, its reminders and who is away; Frister opens on the team", async ({ app, backend }) => {
    test.setTimeout(120_000);
    const { leader, caseworker, colleague } = leaderAndCaseworker(backend);
    // The leader has no cases of their own (as in a real team).
    const own = raw(backend).prepare("SELECT id FROM cases WHERE caseworker_id = ? AND state = 'åben'").all(leader.id) as { id: number }[];
    await backend.call('session.setUser', { userId: leader.id });
    if (own.length) await backend.call('cases.reassign', { caseIds: own.map((c) => c.id), toUserId: colleague.id, reason: 'Teamlederen har ingen sager' });
    // A caseworker called in sick: two cases covered by a colleague for two weeks.
    const stem = await backend.call('handover.overview', { userId: caseworker.id });
    const until = isoDaysFrom(testToday(), 14);
    await backend.call('handover.redistribute', {
      fromUserId: caseworker.id,
      reason: 'Sygemelding',
      moves: stem.rows.slice(0, 2).map((r) => ({ caseId: r.caseId, toUserId: colleague.id, coverUntil: until })),
    });
    await becomeUser(app, backend, leader.id);

    // The team's cases, with rows.
    await expect(app.getByRole('heading', { level: 1, name: 'Teamets sager' })).toBeVisible();
    expect(app.url()).toMatch(/#\/team$/);
    const grid = app.getByRole('table', { name: 'Sager' });
    await expect(grid.getByRole('row').nth(2)).toBeVisible();
    await expect(grid.getByText('Ingen sager passer til søgningen.')).toHaveCount(0);
    const nav = app.getByRole('navigation', { name: 'Hovedmenu' });
    await expect(nav.getByRole('link').first()).toHaveText('Teamets sager');
    await expect(nav.getByRole('link', { name: 'Teamets sager' })).toHaveClass(/active/);

    // The team's reminders: "Mit team" chosen, the counts are the team's.
    const reminders = app.getByRole('region', { name: 'Påmindelser' });
    await expect(reminders.getByRole('button', { name: 'Mit team' })).toHaveAttribute('aria-pressed', 'true');
    const team = await backend.call('deadlines.reminders', { scope: 'team' });
    const followUps = team.groups.find((g) => g.kind === 'followUp')!;
    expect(followUps.total).toBeGreaterThan(0);
    await expect(reminders.getByRole('list', { name: 'Påmindelser i alt' }).getByRole('link', { name: `Opfølgning på indsatser: ${followUps.total}` })).toBeVisible();

    // Who is away: the caseworker, until the cover ends, with the shift behind it.
    const absence = app.getByRole('region', { name: 'Fravær' });
    await expect(absence.getByRole('link', { name: `Åbn det uplanlagte skift for ${caseworker.name}` })).toBeVisible();
    await expect(absence).toContainText(`væk til og med ${formatDate(until)}, 2 sager dækkes af kolleger (Sygemelding)`);
    await expectAccessible(app, "the team leader's start page");

    // Frister opens on the team for a leader.
    await nav.getByRole('link', { name: 'Frister' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Overskredet uden underretning' })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Mit team' })).toHaveAttribute('aria-pressed', 'true');
    await expect(app.getByRole('button', { name: 'Mine sager' })).toHaveAttribute('aria-pressed', 'false');

    // Min sagsstamme, empty for a leader, says so; "passer til søgningen" only when something is searched.
    await nav.getByRole('link', { name: 'Min sagsstamme' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Min sagsstamme' })).toBeVisible();
    await expect(app.getByText('Du har ingen åbne sager.')).toBeVisible();
    await expect(app.getByText('Ingen sager passer til søgningen.')).toHaveCount(0);
    await expectAccessible(app, 'an empty Min sagsstamme');
    await app.getByRole('searchbox', { name: 'Søg på navn, CPR-nr. eller sagsnummer' }).fill('Åge');
    await expect(app.getByRole('table', { name: 'Sager' }).getByText('Ingen sager passer til søgningen.')).toBeVisible();
  });

  test('every reminder count is a link to its list, for the same people; opened, no item is cut off', async ({ app, backend }) => {
    test.setTimeout(120_000);
    const { leader } = leaderAndCaseworker(backend);
    await becomeUser(app, backend, leader.id);
    await backend.call('session.setUser', { userId: leader.id });
    const team = await backend.call('deadlines.reminders', { scope: 'team' });
    const groups = team.groups.filter((g) => g.total > 0);
    expect(groups.length).toBeGreaterThan(2);

    const summary = app.getByRole('list', { name: 'Påmindelser i alt' });
    await expect(summary.getByRole('listitem')).toHaveCount(groups.length);
    // Each count is a link; each link leads to the list it counts.
    const items = await summary.getByRole('listitem').allTextContents();
    for (const text of items) {
      const [, label, count] = /^(.+): ([\d.]+)$/.exec(text)!;
      await summary.getByRole('link', { name: text, exact: true }).click();
      const list = deadlineLists[label];
      if (list) {
        expect(app.url()).toContain(`liste=${list.kind}&vis=team`);
        await expect(app.getByRole('heading', { level: 2, name: list.heading })).toBeVisible();
        await expect(app.getByRole('button', { name: 'Mit team' })).toHaveAttribute('aria-pressed', 'true');
        await expect(app.getByRole('tabpanel').getByText(new RegExp(`af ${count}$`))).toBeVisible();
      } else {
        expect(label).toBe('Overgang til voksen');
        await expect(app.getByRole('heading', { level: 2, name: 'Overgang fra barn til voksen' })).toBeVisible();
      }
      await app.goBack();
      await expect(app.getByRole('heading', { level: 1, name: 'Teamets sager' })).toBeVisible();
    }

    // Opened: whole items only, no box that scrolls an item out of view; each group ends with its list.
    await app.getByRole('button', { name: 'Vis påmindelser' }).click();
    const details = app.locator('#reminder-details');
    for (const g of groups) {
      const section = details.getByTestId(`reminders-${g.kind}`);
      await expect(section).toBeVisible();
      const clipped = await section.evaluate((el) =>
        [el, ...el.querySelectorAll('*')].some((e) => e.scrollHeight > e.clientHeight + 1 && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowY)),
      );
      expect(clipped, `${g.kind} cuts its items`).toBe(false);
      if (g.total > 5) await expect(section.getByRole('link', { name: `Se hele listen: ${g.title} (${g.total})` })).toBeVisible();
    }
  });

  test("a caseworker's stamkort count is a link to the cards due for review", async ({ app, backend }) => {
    const me = (await backend.call('session.current', {})).user!;
    const due = await backend.call('stamkort.reminders', { offset: 0, limit: 1 });
    expect(due.total).toBeGreaterThan(5);
    expect(me.role).toBe('sagsbehandler');
    const summary = app.getByRole('list', { name: 'Påmindelser i alt' });
    await summary.getByRole('link', { name: `Stamkort skal gennemgås: ${due.total}` }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Stamkort til gennemgang' })).toBeVisible();
    await expect(app.getByRole('heading', { level: 2, name: `Stamkort der skal gennemgås (${due.total})` })).toBeVisible();
    await expect(app.getByRole('table', { name: 'Stamkort der skal gennemgås' }).getByRole('link', { name: /^Åbn stamkort for / })).toHaveCount(Math.min(25, due.total));
    await expectAccessible(app, 'the stamkort review list');
    // The panel shows the first few and leads to the same list.
    await app.goBack();
    await app.getByRole('button', { name: 'Vis påmindelser' }).click();
    await app.getByRole('link', { name: `Se hele listen: stamkort der skal gennemgås (${due.total})` }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Stamkort til gennemgang' })).toBeVisible();
  });

  test('no page logs an error or fails a request, and the print views wear the app’s look', async ({ app, backend }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    app.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    app.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    app.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    const { leader, caseworker } = leaderAndCaseworker(backend);
    await becomeUser(app, backend, leader.id);
    const caseId = (raw(backend).prepare("SELECT id FROM cases WHERE caseworker_id = ? AND state = 'åben' ORDER BY id LIMIT 1").get(caseworker.id) as { id: number }).id;
    const procedureId = (raw(backend).prepare("SELECT id FROM procedures WHERE status = 'gældende' ORDER BY id LIMIT 1").get() as { id: number }).id;
    const pages: [string, string][] = [
      ['/', 'Teamets sager'],
      ['/mine', 'Min sagsstamme'],
      ['/overlevering', 'Overlevering'],
      ['/borgere', 'Borgere'],
      ['/frister', 'Frister'],
      ['/frister/overgang', 'Frister'],
      ['/frister/overholdelse', 'Frister'],
      ['/frister/opsaetning', 'Frister'],
      ['/arbejdsgange', 'Arbejdsgange'],
      [`/arbejdsgange/${procedureId}`, ''],
      ['/aktivitetsnavne', ''],
      ['/medarbejdere', ''],
      ['/sikkerhedskopier', ''],
      [`/sager/${caseId}`, ''],
      [`/sager/${caseId}?fane=stamkort`, ''],
      [`/sager/${caseId}?fane=frister`, ''],
      [`/sager/${caseId}?fane=arbejdsgange`, ''],
    ];
    for (const [hash, heading] of pages) {
      await goto(app, hash);
      const h1 = app.getByRole('heading', { level: 1 });
      await expect(h1).toBeVisible({ timeout: 20_000 }); // the demo register's big lists, on a loaded CI machine
      if (heading) await expect(h1).toHaveText(heading);
      await expect(app.getByRole('progressbar')).toHaveCount(0);
    }

    // A printout: the app's bar with MUI buttons, gone on paper.
    for (const hash of [`/udskriv/arbejdsgange/${procedureId}`, `/udskriv/sagsstamme/${caseworker.id}`, `/udskriv/stamkort/${caseId}`]) {
      await goto(app, hash);
      const print = app.getByRole('button', { name: 'Udskriv' });
      const back = app.getByRole('button', { name: 'Tilbage' });
      await expect(print).toBeVisible();
      await expect(print).toHaveClass(/MuiButton-root/);
      await expect(back).toHaveClass(/MuiButton-root/);
      await expect(app.getByRole('banner')).toContainText('Sagsoverblik');
      if (hash.includes('arbejdsgange')) await expectAccessible(app, 'a print view');
      await app.emulateMedia({ media: 'print' });
      await expect(print).toBeHidden();
      await expect(back).toBeHidden();
      await app.emulateMedia({ media: 'screen' });
    }
    expect(problems).toEqual([]);
  });
});

test.describe('procedures on the demo register', () => {
  test.use({ registerKind: 'demo' });

  test("a child's SEL § 116 case is offered no adults' procedure, nor one written for other paragraphs", async ({ app, backend }) => {
    const c = raw(backend)
      .prepare(
        `SELECT c.id FROM cases c WHERE c.area = 'børn' AND c.state = 'åben'
           AND EXISTS (SELECT 1 FROM case_paragraphs p WHERE p.case_id = c.id AND p.paragraph = 'SEL-116')
         ORDER BY c.id LIMIT 1`,
      )
      .get() as { id: number };
    const caseParagraphs = (raw(backend).prepare('SELECT paragraph FROM case_paragraphs WHERE case_id = ?').all(c.id) as { paragraph: string }[]).map((r) => r.paragraph);
    await goto(app, `/sager/${c.id}?fane=arbejdsgange`);
    const section = app.getByRole('region', { name: 'Arbejdsgange for sagen' });
    await expect(section.getByRole('listitem').first()).toBeVisible();
    const titles = await section.getByRole('listitem').getByRole('link').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const library = raw(backend).prepare('SELECT p.id, p.title, p.area FROM procedures p').all() as { id: number; title: string; area: string }[];
    const paragraphsOf = raw(backend).prepare('SELECT paragraph FROM procedure_paragraphs WHERE procedure_id = ?');
    for (const title of titles) {
      const p = library.find((x) => x.title === title)!;
      expect(p.area, title).not.toBe('voksen');
      const written = (paragraphsOf.all(p.id) as { paragraph: string }[]).map((r) => r.paragraph);
      if (written.length) expect(written.some((w) => caseParagraphs.includes(w)), `${title} is written for ${written.join(', ')}`).toBe(true);
    }
    // Each says why it fits.
    await expect(section.getByText(/Skrevet til SEL § 116|Fasen /).first()).toBeVisible();
  });

  test('"Brug på sag" on a procedure page starts its checklist on the chosen case', async ({ app, backend }) => {
    const me = (await backend.call('session.current', {})).user!;
    const meeting = raw(backend).prepare("SELECT id, title FROM procedures WHERE title = 'Første møde med familien'").get() as { id: number; title: string };
    // One of my open children's cases without this checklist running.
    const target = raw(backend)
      .prepare(
        `SELECT c.id, c.case_number FROM cases c WHERE c.caseworker_id = ? AND c.area = 'børn' AND c.state = 'åben'
           AND NOT EXISTS (SELECT 1 FROM checklist_runs r WHERE r.case_id = c.id AND r.procedure_id = ?)
         ORDER BY c.id LIMIT 1`,
      )
      .get(me.id, meeting.id) as { id: number; case_number: string };
    await goto(app, `/arbejdsgange/${meeting.id}`);
    await expect(app.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
    await app.getByRole('button', { name: 'Brug på sag' }).click();
    const dialog = app.getByRole('dialog', { name: 'Brug arbejdsgangen på en sag' });
    const field = dialog.getByRole('combobox', { name: 'Sag' });
    await field.fill(target.case_number);
    await app.getByRole('option', { name: new RegExp(target.case_number) }).click();
    await expectAccessible(app, 'the "Brug på sag" dialog');
    await dialog.getByRole('button', { name: 'Start tjekliste' }).click();
    await expect(dialog).toBeHidden();
    expect(app.url()).toContain(`#/sager/${target.id}?fane=arbejdsgange`);
    const card = app.getByRole('region', { name: meeting.title });
    await expect(card.getByText('Åben', { exact: true })).toBeVisible();
    const runs = await backend.call('checklists.forCase', { caseId: target.id });
    expect(runs.rows.map((r) => [r.procedureId, r.open])).toEqual([[meeting.id, true]]);
  });

  test('a search without hits suggests a near spelling that finds something, and the phases', async ({ app }) => {
    await goto(app, '/arbejdsgange');
    const box = app.getByRole('searchbox', { name: 'Søg i arbejdsgange' });
    await box.fill('overlevring');
    await expect(app.getByText('Ingen arbejdsgange passer på søgningen.')).toBeVisible();
    await expectAccessible(app, 'a procedure search without hits');
    await app.getByRole('button', { name: 'Søg efter overlevering' }).click();
    await expect(box).toHaveValue('overlevering');
    await expect(app.getByRole('link', { name: 'Planlagt overlevering af sager' })).toBeVisible();

    // Nothing near: the phases, each opening its folder.
    await box.fill('xqzvw');
    await expect(app.getByText('Ingen arbejdsgange passer på søgningen.')).toBeVisible();
    const phases = app.getByRole('navigation', { name: 'Efter fase' });
    await phases.getByRole('button', { name: /^Afgørelse \(\d+\)$/ }).click();
    await expect(box).toHaveValue('');
    await expect(app.getByRole('heading', { level: 2, name: 'Afgørelse' })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Kommunikation ved afslag' })).toBeVisible();
  });
});
