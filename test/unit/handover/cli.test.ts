/**
 * `report case-stem` through the real CLI: HTML by extension, a clear message for an
 * unknown caseworker, and `--compact` with one line per case (HTML and PDF). The CLI
 * calls handover.overview as the user named by --user (the team has no super user to
 * fall back on), so the overview's own rule applies: the caseworker or their team leader.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { formatDate } from '../../../shared/domain/dates';
import { pinTestClock } from '../../clock';
import { handoverTeam, type Team } from './setup';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(tsx, ['main/cli/index.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });

let t: Team;
afterEach(async () => t?.reg.cleanup());

test('writes the overview as HTML with every open case, and refuses an unknown caseworker with exit 1', { timeout: 60_000 }, async () => {
  t = await handoverTeam(3);
  const numbers = await Promise.all(t.cases.map(async (id) => (await t.reg.backend.call('cases.get', { id })).caseNumber));
  await t.reg.backend.close(); // one instance per register: the CLI opens it itself
  const out = path.join(t.reg.dir, 'stamme.html');
  // Without --user the team leader of the caseworker's team prints it (the unplanned shift), as the command always worked.
  const asLeader = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'abc', '--out', out);
  expect(asLeader.stderr).toBe('');
  expect(asLeader.code).toBe(0);
  fs.rmSync(out);
  // A colleague may not print someone else's case stem; the team leader may.
  const colleague = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'abc', '--out', out, '--user', 'KL');
  expect(colleague.code).toBe(1);
  expect(colleague.stderr).toContain('Kun sagsbehandleren selv og teamlederen i samme team');
  expect(fs.existsSync(out)).toBe(false);

  const ok = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'abc', '--out', out, '--user', 'TL');
  expect(ok.stderr).toBe('');
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('Sagsstammeoversigten for Anne Berg Christensen (3 åbne sager)');
  const html = fs.readFileSync(out, 'utf8');
  for (const n of numbers) expect(html.split(n).length - 1).toBe(1);
  expect(html).toContain('Fortroligt – indeholder personfølsomme oplysninger');
  expect(html).toContain('size: A4 landscape');

  const bad = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'XYZ', '--out', path.join(t.reg.dir, 'x.html'), '--user', 'TL');
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('Der findes ingen sagsbehandler med initialerne "XYZ" i registret.');
  expect(fs.existsSync(path.join(t.reg.dir, 'x.html'))).toBe(false);
});

test('--compact writes one line per case: one table row in the HTML, one text line in the PDF with the case\'s facts and the party to call', { timeout: 150_000 }, async () => {
  t = await handoverTeam(24);
  const b = t.reg.backend;
  // Case 2: a custody holder with a phone and a party representative without one: call the custody holder.
  await b.call('stamkort.saveSection', {
    caseId: t.cases[1],
    section: 'parents',
    version: 0,
    data: { entries: [{ name: 'Lise Ørsted', custody: true, phone: '12 34 56 78' }, { name: 'Advokat Bo', partyRepresentative: true }] },
  });
  // Case 3: both with a phone: the party representative acts for the family.
  await b.call('stamkort.saveSection', {
    caseId: t.cases[2],
    section: 'parents',
    version: 0,
    data: { entries: [{ name: 'Karl Ørsted', custody: true, phone: '11 11 11 11' }, { name: 'Advokat Eva Due', partyRepresentative: true, phone: '22 22 22 22' }] },
  });
  await t.as(t.abc);
  t.reg.clock.set(pinTestClock()); // the CLI's today, so the rows' overdue marks are the printed ones
  const rows = (await b.call('handover.overview', { userId: t.abc })).rows;
  expect(rows).toHaveLength(24);
  await b.close();

  const html = path.join(t.reg.dir, 'kompakt.html');
  const ok = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'ABC', '--compact', '--out', html, '--user', 'ABC');
  expect(ok.stderr).toBe('');
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('Sagsstammeoversigten for Anne Berg Christensen (kompakt, én linje pr. sag) (24 åbne sager)');
  const text = fs.readFileSync(html, 'utf8');
  expect(text).toContain('class="case-stem-compact"');
  expect(text).not.toContain('class="case-stem"'); // not the detailed table
  expect(text.split('<tr class="print-block">').length - 1).toBe(24);
  for (const r of rows) expect(text.split(r.caseNumber).length - 1, r.caseNumber).toBe(1);
  expect(text).toContain('Fortroligt – indeholder personfølsomme oplysninger');
  expect(text).toContain('size: A4 landscape');

  const pdf = path.join(t.reg.dir, 'kompakt.pdf');
  const printed = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'ABC', '--compact', '--out', pdf, '--user', 'TL');
  expect(printed.stderr).toBe('');
  expect(printed.code).toBe(0);
  const lines = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n');
  for (const r of rows) {
    const line = lines.filter((l) => l.includes(r.caseNumber));
    expect(line, r.caseNumber).toHaveLength(1);
    expect(line[0]).toContain(r.citizenName);
    expect(line[0]).toContain(r.cprFormatted);
    expect(line[0]).toContain(r.paragraphs[0]);
    if (r.nextFollowUp) expect(line[0]).toContain(formatDate(r.nextFollowUp));
    // The backend's overdue marks, on the same line (the print may shorten "Opfølgning overskredet" to "Opfølgning").
    for (const mark of r.overdue) expect(line[0].toLowerCase()).toContain(mark.split(' ')[0].toLowerCase());
  }
  expect(rows.some((r) => r.overdue.length > 0)).toBe(true); // the follow-ups lie before the pinned today
  const lineOf = (i: number) => lines.find((l) => l.includes(rows.find((r) => r.caseId === t.cases[i])!.caseNumber))!;
  expect(lineOf(1)).toMatch(/Lise Ørsted \(forældremyndighed\)\s+12 34 56 78/);
  expect(lineOf(1)).not.toContain('Advokat Bo');
  expect(lineOf(2)).toMatch(/Advokat Eva Due \(partsrepræsentant\)\s+22 22 22 22/);
  expect(lineOf(0)).toMatch(/\s–\s+–\s*$/); // a child without registered parties: nobody to call
});
