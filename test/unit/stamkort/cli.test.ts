import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addCase, addCitizen, makeCpr } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['main/cli/index.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

let reg: TestRegister;
let newestOpen: string;
const cpr = makeCpr('2015-04-09', 7);
beforeAll(async () => {
  reg = await testRegister();
  const b = reg.backend;
  const citizen = await addCitizen(b, 'Freja Ærbøl', '2015-04-09', 7);
  await addCase(b, citizen.id, { receivedDate: '2025-02-01', state: 'afsluttet' });
  const open = await addCase(b, citizen.id, { receivedDate: '2025-06-01' });
  await addCase(b, citizen.id, { receivedDate: '2026-01-01', state: 'afsluttet' });
  newestOpen = open.caseNumber;
  await b.call('stamkort.saveSection', { caseId: open.id, section: 'diagnoses', version: 0, data: { entries: [{ text: 'Infantil autisme', icd10: 'DF84.0', date: '2020-05-01' }] } });
  await b.close();
}, 60_000);
afterAll(async () => reg?.cleanup());

describe('cli report stamkort', () => {
  test('writes HTML from the newest open case and says which case it used', async () => {
    const out = path.join(reg.dir, 'freja.html');
    const r = await cli('report', 'stamkort', '--register', reg.file, '--citizen', `${cpr.slice(0, 6)}-${cpr.slice(6)}`, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Borgeren har 3 sager. Stamkortet er skrevet fra den nyeste åbne sag, ${newestOpen}.`);
    const html = fs.readFileSync(out, 'utf8');
    for (const text of ['Stamkort – Freja Ærbøl', newestOpen, '5. Diagnoser', 'DF84.0', '8. Igangværende indsatser og ydelser', 'Fortroligt – indeholder personfølsomme oplysninger']) {
      expect(html).toContain(text);
    }
  }, 60_000);

  test('an unknown CPR number is exit 1 with a clear message, and no file is written', async () => {
    const out = path.join(reg.dir, 'ukendt.html');
    const r = await cli('report', 'stamkort', '--register', reg.file, '--citizen', '010190-1234', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Der findes ingen borger med CPR-nummer 010190-1234 i registret.');
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  test('writes a PDF with the system Chromium when --out ends in .pdf', async () => {
    const out = path.join(reg.dir, 'freja.pdf');
    const r = await cli('report', 'stamkort', '--register', reg.file, '--citizen', cpr, '--out', out);
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Stamkort – Freja Ærbøl');
    expect(text).toContain('Side 1 af 1');
  }, 90_000);
});
