/**
 * Issue 15, "At 18", through the real renderer and backend: a caseworker hands a young
 * person who turned 18 three weeks ago over to the adult area from the transition page,
 * prints the transition summary (read back with pdftotext), and the adult caseworker sees
 * the new case; a team leader's transition page starts on the team.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Backend } from '../../main/backend/backend';
import { formatDate } from '../../shared/domain/dates';
import { isoDaysFrom, testToday } from '../clock';
import { expect, expectAccessible, test } from './fixtures';

// The register is set up here (not by the fixture), so the staff and their roles are this test's own.
test.use({ registerKind: 'none' });

/** A birth date `years` before `iso` (never 29 February, which not every year has). */
function bornYearsBefore(iso: string, years: number): string {
  const day = iso.slice(5) === '02-29' ? isoDaysFrom(iso, -1) : iso;
  return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
}
const cprFor = (birth: string, serial: string) => `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}${serial}`;

async function becomeUser(app: Page, backend: Backend, userId: number) {
  await backend.call('session.setUser', { userId });
  await app.reload();
}

/** A children's team (Tina Lund, team leader; Anna Bech) and an adult team (Karen Lund); Anna is the current user. */
async function staff(backend: Backend) {
  await backend.call('app.setup', { kind: 'empty', teamName: 'Team Nord', initials: 'TL', name: 'Tina Lund', role: 'teamleder' });
  const tina = (await backend.call('users.list', {})).rows[0];
  const anna = await backend.call('users.create', { initials: 'AB', name: 'Anna Bech', role: 'sagsbehandler', teamId: tina.teamId });
  const team = await backend.call('teams.create', { name: 'Team Voksen Syd' });
  const karen = await backend.call('users.create', { initials: 'KL', name: 'Karen Lund', role: 'sagsbehandler', teamId: team.id });
  await backend.call('session.setUser', { userId: anna.id });
  return { anna, tina, karen };
}

async function youngPerson(backend: Backend, name: string, birth: string, serial: string) {
  const citizen = await backend.call('citizens.create', { cpr: cprFor(birth, serial), name, address: 'Birkevej 1', postalCode: '8000', city: 'Aarhus C' });
  const c = await backend.call('cases.create', { citizenId: citizen.id, area: 'børn', caseType: 'Merudgifter', paragraphs: ['BL-86'], receivedDate: isoDaysFrom(testToday(), -1500) });
  return { citizen, c };
}

test('a caseworker hands a young person over to the adult area, prints the summary, and the adult caseworker has the case', async ({ app, backend, workDir }) => {
  test.setTimeout(180_000);
  const { karen } = await staff(backend);
  // 18 three weeks ago; the children's case is still open and the 18-year step not done.
  const birth = bornYearsBefore(isoDaysFrom(testToday(), -21), 18);
  const { citizen, c } = await youngPerson(backend, 'Sebastian Ølund', birth, '4011');
  await backend.call('services.create', { citizenId: citizen.id, caseId: c.id, serviceType: 'Merudgifter', paragraph: 'BL-86', startDate: isoDaysFrom(testToday(), -900), scope: '1.450 kr. pr. måned' });
  await backend.call('stamkort.saveSection', {
    caseId: c.id,
    section: 'parents',
    version: 0,
    data: {
      none: false,
      entries: [
        { name: 'Hanne Ølund', relation: 'Mor', custody: true, phone: '20304050' },
        { name: 'Grete Holm', relation: 'Moster', guardian: true },
      ],
    },
  });
  await backend.call('activities.create', {
    caseId: c.id,
    date: isoDaysFrom(testToday(), -200),
    name: 'Overgang til voksen – overgangsmøde ved 17½ år',
    note: 'Voksenteamet udreder behovet for bostøtte efter § 85.',
  });
  await app.reload();

  // Frister → Overgang til voksen: he is due for the handover, and overdue.
  await app.getByRole('link', { name: 'Frister', exact: true }).click();
  await app.getByRole('tab', { name: 'Overgang til voksen' }).click();
  const candidates = app.getByRole('table', { name: 'Unge, der skal overdrages til voksenområdet' });
  const row = candidates.getByRole('row', { name: /Sebastian Ølund/ });
  await expect(row).toContainText(`${formatDate(isoDaysFrom(testToday(), -21))}`);
  await expect(row).toContainText('overskredet');
  // The 18-year step is on the list of steps too, marked overdue the same way.
  const steps = app.getByRole('table', { name: 'Overgangstrin' });
  await expect(steps.getByRole('row', { name: /Voksenafgørelser virker fra 18 år/ })).toContainText('overskredet');
  await expectAccessible(app, 'Frister: overgang with a young person due');

  await row.getByRole('link', { name: 'Overdrag Sebastian Ølund til voksenområdet' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Overdragelse til voksenområdet: Sebastian Ølund' })).toBeVisible();
  // The summary is prefilled from the register: the service that stops at 18, the guardian, the meeting's note.
  await expect(app.getByRole('table', { name: 'Indsatser efter barnets lov, der ophører ved 18 år' })).toContainText('Merudgifter');
  await expect(app.getByRole('table', { name: 'Forældre og værge' }).getByRole('row', { name: /Grete Holm/ })).toContainText('værge');
  await expect(app.getByRole('textbox', { name: 'Aftalt på det tværgående møde' })).toHaveValue(/bostøtte efter § 85/);
  await app.getByRole('combobox', { name: 'Voksenteam' }).selectOption({ label: 'Team Voksen Syd' });
  await app.getByRole('combobox', { name: 'Voksensagsbehandler' }).selectOption({ label: 'KL – Karen Lund' });
  await expect(app.getByRole('combobox', { name: 'Sagstype' })).toHaveValue('Merudgifter (voksne)');
  await expect(app.getByRole('radio', { name: 'Afslut børnesagen' })).toBeChecked();
  await app.getByRole('textbox', { name: 'Den unges situation, ønsker og behov' }).fill('Går på STU og vil gerne flytte i egen bolig.');
  await expectAccessible(app, 'handover to the adult area');
  await app.getByRole('button', { name: 'Overdrag til voksenområdet' }).click();

  await expect(app.getByText('Den unge er overdraget til voksenområdet.')).toBeVisible();
  const adultCase = (await backend.call('transition.handovers', { scope: 'all' })).rows[0];
  expect(adultCase.toName).toBe('Karen Lund');
  expect((await backend.call('cases.get', { id: c.id })).state).toBe('afsluttet');

  // The printed summary.
  await app.getByRole('link', { name: 'Udskriv overgangsresumé' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Overgangsresumé – Sebastian Ølund' })).toBeVisible();
  await expectAccessible(app, 'printed transition summary');
  const file = path.join(workDir, 'overgangsresume.pdf');
  fs.writeFileSync(file, await app.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim().length > 0);
  const text = pages.join('\n');
  pages.forEach((p, i) => {
    expect(p).toContain(`Side ${i + 1} af ${pages.length}`);
    expect(p).toContain('Fortroligt – indeholder personfølsomme oplysninger');
  });
  for (const expected of [
    'Sebastian Ølund',
    adultCase.adultCaseNumber,
    c.caseNumber,
    'afsluttet ved overdragelsen',
    'Karen Lund (Team Voksen Syd)',
    'Indsatser efter barnets lov, der ophører ved 18 år',
    'BL § 86',
    '1.450 kr. pr. måned',
    'Grete Holm',
    'værge',
    'Hanne Ølund',
    'forældremyndighed',
    'bostøtte efter § 85',
    'Går på STU og vil gerne flytte i egen bolig.',
  ]) {
    expect(text, expected).toContain(expected);
  }

  // Back on the transition page he has left the list of young people due, and is among those handed over.
  await app.goBack();
  await app.getByRole('link', { name: 'Tilbage til overgangslisten' }).click();
  await expect(app.getByText('Der er ingen unge, der skal overdrages til voksenområdet.')).toBeVisible();
  await expect(app.getByRole('table', { name: 'Overdragelser til voksenområdet, nyeste først' })).toContainText('Sebastian Ølund');

  // The adult caseworker has the new adult case in her case stem, and the summary on her transition page.
  await becomeUser(app, backend, karen.id);
  await expect(app.getByRole('link', { name: adultCase.adultCaseNumber })).toBeVisible();
  await app.getByRole('link', { name: adultCase.adultCaseNumber }).click();
  await expect(app.getByText('Merudgifter (voksne)').first()).toBeVisible();
  await app.getByRole('link', { name: 'Frister', exact: true }).click();
  await app.getByRole('tab', { name: 'Overgang til voksen' }).click();
  await expect(app.getByRole('link', { name: 'Udskriv overgangsresuméet for Sebastian Ølund' })).toBeVisible();
});

test("a team leader's transition page starts on the team", async ({ app, backend }) => {
  const { tina } = await staff(backend);
  // Anna's young person, 17 years and 8 months: due for the handover.
  await youngPerson(backend, 'Ida Kjærsgaard', bornYearsBefore(isoDaysFrom(testToday(), -240), 17), '4022');
  await becomeUser(app, backend, tina.id);
  await app.getByRole('link', { name: 'Frister', exact: true }).click();
  await app.getByRole('tab', { name: 'Overgang til voksen' }).click();
  await expect(app.getByRole('button', { name: 'Mit team' })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByRole('table', { name: 'Unge, der skal overdrages til voksenområdet' })).toContainText('Ida Kjærsgaard');
  await expect(app.getByRole('table', { name: 'Overgangstrin' })).toContainText('Ida Kjærsgaard');
  // The leader may choose her own cases, which are none.
  await app.getByRole('button', { name: 'Mine sager' }).click();
  await expect(app.getByText('Der er ingen unge, der skal overdrages til voksenområdet.')).toBeVisible();
  await expectAccessible(app, 'Frister: overgang for a team leader');
});
