/**
 * Issue 8: kill a writing process with SIGKILL at random moments, at least 200 times;
 * after each kill the register must pass SQLite's integrity check, the foreign-key
 * check and the app's invariants (checkRegister), and the next process must open it.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import { testRegister } from '../../helpers/register';
import { addCase, addCitizen } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/register';
import { bundleDirFor, bundleForNode } from '../../helpers/bundle';
import { writeFigures } from './figures';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const dirs: string[] = [];
// Inside node_modules so `better-sqlite3` resolves; per process, and outside test-results
// (Playwright empties that folder when it starts).
const bundleDir = bundleDirFor('crash');
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

/** Runs the writer until it says "ready", waits a random moment, then SIGKILLs it. */
function runAndKill(bundle: string, file: string, seed: number, delayMs: number): Promise<{ killed: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, file, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (!killed && d.toString().includes('ready')) {
        setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.on('exit', () => resolve({ killed, stderr }));
  });
}

test(`SIGKILL during writes, ${KILLS} times: the register stays sound every time`, async () => {
  const dir = tempDir('sagsoverblik-crash-');
  dirs.push(dir);
  const bundle = await bundleForNode(path.join(import.meta.dirname, 'crash-writer.ts'), path.join(bundleDir, 'writer.mjs'));

  // A register with a team leader (ABC, who takes on the staff and redistributes), caseworkers and a few hundred cases.
  const reg = await testRegister({ role: 'teamleder' });
  const b = reg.backend;
  const team = (await b.call('teams.list', {})).rows[0];
  for (const [initials, name] of [['BC', 'Bo Carlsen'], ['DE', 'Dorte Eriksen'], ['FG', 'Finn Gram']]) {
    await b.call('users.create', { initials, name, role: 'sagsbehandler', teamId: team.id });
  }
  for (let i = 0; i < 150; i++) {
    const c = await addCitizen(b, `Borger Nummer ${i}`, '2012-07-02', i);
    await addCase(b, c.id);
    await addCase(b, c.id, { area: 'børn' });
  }
  const file = path.join(dir, 'register.sqlite');
  await b.close();
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(reg.file + suffix)) fs.copyFileSync(reg.file + suffix, file + suffix);
  await reg.cleanup();

  // Two lanes, each on its own copy, so both cores are busy while a process starts up.
  const LANES = 2;
  const started = Date.now();
  let survived = 0;
  let killedMidWrite = 0;
  const problems: string[] = [];
  const lane = async (n: number) => {
    const laneFile = path.join(dir, `register-${n}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, laneFile + suffix);
    let previous = { cases: 0, assignments: 0, activities: 0 };
    for (let i = n; i < KILLS; i += LANES) {
      const run = await runAndKill(bundle, laneFile, 1000 + i, 20 + ((i * 37) % 300));
      expect(run.stderr, `writer ${i} failed on its own`).not.toMatch(/writer failed/);
      expect(run.killed, `writer ${i} ended before it was killed: ${run.stderr.slice(0, 800)}`).toBe(true);
      // Open as the app would (recovering the WAL), then check.
      const raw = new Database(laneFile);
      try {
        raw.pragma('journal_mode = WAL');
        const report = checkRegister(raw);
        if (report.problems.length) problems.push(`kill ${i}: ${report.problems.join('; ')}`);
        else survived += 1;
        const count = (t: string) => (raw.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
        const now = { cases: count('cases'), assignments: count('case_assignments'), activities: count('activities') };
        if (JSON.stringify(now) !== JSON.stringify(previous)) killedMidWrite += 1;
        previous = now;
      } finally {
        raw.close();
      }
    }
  };
  await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
  const seconds = (Date.now() - started) / 1000;
  console.log(`crash test: ${survived}/${KILLS} kills survived, ${killedMidWrite} runs had written, ${Math.round(seconds)} s`);
  writeFigures('crash', { kills: KILLS, survived, runsThatHadWritten: killedMidWrite, seconds: Math.round(seconds), problems: problems.slice(0, 10) });
  expect(problems).toEqual([]);
  expect(survived).toBe(KILLS);
  // The writers really wrote: most runs changed the register before they were killed.
  expect(killedMidWrite).toBeGreaterThan(KILLS / 4);
}, 600_000);
