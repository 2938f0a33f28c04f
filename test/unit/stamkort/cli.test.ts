import Database from 'better-sqlite3';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addCase, addCitizen, addUser, makeCpr } from '../../helpers/fixtures';
import { backendOn, testRegister, type TestRegister } from '../../helpers/register';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['main/cli/index.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Who read which case's stamkort, from the register's audit log. */
function stamkortReads(file: string): { user_id: number; case_id: number }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT user_id, case_id FROM audit_log WHERE method = 'stamkort.get' ORDER BY id").all() as { user_id: number; case_id: number }[];
  } finally {
    db.close();
  }
}

let reg: TestRegister;
let newestOpen: { id: number; caseNumber: string };
let superuser: number;
const cpr = makeCpr('2015-04-09', 7);
beforeAll(async () => {
  reg = await testRegister();
  const b = reg.backend;
  const citizen = await addCitizen(b, 'Freja Ærbøl', '2015-04-09', 7);
  await addCase(b, citizen.id, { receivedDate: '2025-02-01', state: 'afsluttet' });
  newestOpen = await addCase(b, citizen.id, { receivedDate: '2025-06-01' });
  await addCase(b, citizen.id, { receivedDate: '2026-01-01', state: 'afsluttet' });
  await b.call('stamkort.saveSection', { caseId: newestOpen.id, section: 'diagnoses', version: 0, data: { entries: [{ text: 'Infantil autisme', icd10: 'DF84.0', date: '2020-05-01' }] } });
  // Two super users: without --user the CLI acts as the first one (lowest id).
  superuser = (await addUser(reg, 'SB', 'Sara Bech', 'superbruger')).id;
  await addUser(reg, 'SC', 'Simon Carlsen', 'superbruger');
  await b.close();
}, 60_000);
afterAll(async () => reg?.cleanup());

describe('cli report stamkort', () => {
  test('writes HTML from the newest open case, says which case it used, and the read is in the audit log as the first super user', async () => {
    const out = path.join(reg.dir, 'freja.html');
    const before = stamkortReads(reg.file).length;
    const r = await cli('report', 'stamkort', '--register', reg.file, '--citizen', `${cpr.slice(0, 6)}-${cpr.slice(6)}`, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Borgeren har 3 sager. Stamkortet er skrevet fra den nyeste åbne sag, ${newestOpen.caseNumber}.`);
    const html = fs.readFileSync(out, 'utf8');
    for (const text of ['Stamkort – Freja Ærbøl', newestOpen.caseNumber, '5. Diagnoser', 'DF84.0', '8. Igangværende indsatser og ydelser', 'Fortroligt – indeholder personfølsomme oplysninger']) {
      expect(html).toContain(text);
    }
    expect(fs.statSync(out).mode & 0o077).toBe(0); // a printout is the owner's only
    expect(stamkortReads(reg.file).slice(before)).toEqual([{ user_id: superuser, case_id: newestOpen.id }]);
  }, 60_000);

  test('an unknown CPR number is exit 1 with a clear message that does not repeat the number, and no file is written', async () => {
    const out = path.join(reg.dir, 'ukendt.html');
    const r = await cli('report', 'stamkort', '--register', reg.file, '--citizen', '010190-1234', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Der findes ingen borger med det CPR-nummer i registret.');
    expect(r.stderr).not.toMatch(/010190|1234/);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  test('writes a PDF with the system Chromium when --out ends in .pdf, as the user named by --user', async () => {
    const out = path.join(reg.dir, 'freja.pdf');
    const before = stamkortReads(reg.file).length;
    const r = await cli('report', 'stamkort', '--register', reg.file, '--citizen', cpr, '--out', out, '--user', 'abc');
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Stamkort – Freja Ærbøl');
    expect(text).toContain('Side 1 af 1');
    expect(fs.statSync(out).mode & 0o077).toBe(0);
    expect(stamkortReads(reg.file).slice(before)).toEqual([{ user_id: 1, case_id: newestOpen.id }]);
  }, 90_000);

  test('an unknown --user is exit 1 in Danish; a register the app holds is refused and nothing is read', async () => {
    const out = path.join(reg.dir, 'x.html');
    const unknown = await cli('report', 'stamkort', '--register', reg.file, '--citizen', cpr, '--out', out, '--user', 'XYZ');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Der findes ingen bruger med initialerne "XYZ" i registret.');

    const app = await backendOn(reg.file);
    try {
      const before = stamkortReads(reg.file).length;
      const held = await cli('report', 'stamkort', '--register', reg.file, '--citizen', cpr, '--out', out);
      expect(held.code).toBe(1);
      expect(held.stderr).toContain('allerede åbent i Sagsoverblik');
      expect(stamkortReads(reg.file)).toHaveLength(before);
    } finally {
      await app.close();
    }
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
