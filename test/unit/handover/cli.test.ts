/** `report case-stem` through the real CLI: HTML by extension, a clear message for an unknown caseworker. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
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
  const ok = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'abc', '--out', out);
  expect(ok.stderr).toBe('');
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('Sagsstammeoversigten for Anne Berg Christensen (3 åbne sager)');
  const html = fs.readFileSync(out, 'utf8');
  for (const n of numbers) expect(html.split(n).length - 1).toBe(1);
  expect(html).toContain('Fortroligt – indeholder personfølsomme oplysninger');
  expect(html).toContain('size: A4 landscape');

  const bad = await cli('report', 'case-stem', '--register', t.reg.file, '--caseworker', 'XYZ', '--out', path.join(t.reg.dir, 'x.html'));
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('Der findes ingen sagsbehandler med initialerne "XYZ" i registret.');
  expect(fs.existsSync(path.join(t.reg.dir, 'x.html'))).toBe(false);
});
