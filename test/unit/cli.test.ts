import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/register';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ['main/cli/index.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const bytes = (file: string) => fs.readFileSync(file);

let dir: string;
let demoFile: string;
let demo: Run;

beforeAll(async () => {
  dir = tempDir('sagsoverblik-cli-');
  demoFile = path.join(dir, 'demo.sqlite');
  demo = await cli('demo', '--register', demoFile, '--size', 'small', '--json');
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cli demo', () => {
  test('--json prints exactly one JSON object with the summary', () => {
    expect(demo.code).toBe(0);
    const out = JSON.parse(demo.stdout.trim()) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['activities', 'cases', 'caseworkers', 'citizens', 'teams']);
    expect(out.teams).toBe(2);
    expect(out.citizens).toBe(300);
    expect(out.cases).toBe(500);
    expect(out.activities).toBeGreaterThan(7000);
    const caseworkers = out.caseworkers as Record<string, unknown>[];
    expect(caseworkers).toHaveLength(10);
    for (const cw of caseworkers) {
      expect(Object.keys(cw).sort()).toEqual(['initials', 'name', 'openCases', 'team']);
      expect(cw.initials).toMatch(/^[A-ZÆØÅ]{2,6}$/);
      expect(typeof cw.openCases).toBe('number');
    }
    expect(Math.max(...caseworkers.map((c) => c.openCases as number))).toBeGreaterThanOrEqual(55);
    expect(Math.min(...caseworkers.map((c) => c.openCases as number))).toBeGreaterThanOrEqual(30);
    expect(fs.existsSync(demoFile)).toBe(true);
  });

  test('refuses to write into an existing file, and leaves it alone', async () => {
    const before = bytes(demoFile);
    const run = await cli('demo', '--register', demoFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('findes allerede');
    expect(bytes(demoFile).equals(before)).toBe(true);
  });

  test('without --json prints a short Danish summary', async () => {
    const run = await cli('demo', '--register', path.join(dir, 'plain.sqlite'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Demoregister oprettet');
    expect(run.stdout).toContain('sagsbehandlere');
  });

  test('a bad --size or a missing --register is a usage error in Danish', async () => {
    const size = await cli('demo', '--register', path.join(dir, 'x.sqlite'), '--size', 'huge');
    expect(size.code).toBe(1);
    expect(size.stderr).toContain('Ukendt størrelse');
    expect(fs.existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
    const missing = await cli('demo');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--register');
  });
});

describe('cli check', () => {
  test('a good register: schema version and OK, exit 0', async () => {
    const run = await cli('check', '--register', demoFile);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Skemaversion: \d+/);
    expect(run.stdout).toContain('OK');
  });

  test('a text file is refused in Danish and left byte-identical', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'Dette er ikke et register.\n');
    const before = bytes(file);
    const run = await cli('check', '--register', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ikke et Sagsoverblik-register');
    expect(bytes(file).equals(before)).toBe(true);
  });

  test('another program’s SQLite database, and an empty file, are refused and left byte-identical', async () => {
    const other = path.join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hej');");
    db.close();
    const empty = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    for (const file of [other, empty]) {
      const before = bytes(file);
      const run = await cli('check', '--register', file);
      expect(run.code, file).toBe(1);
      expect(run.stderr).toContain('ikke et Sagsoverblik-register');
      expect(bytes(file).equals(before)).toBe(true);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    }
  });

  test('a register from a newer version is refused with its Danish message and not changed', async () => {
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(demoFile, newer);
    const db = new Database(newer);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const before = bytes(newer);
    const run = await cli('check', '--register', newer);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nyere version');
    expect(bytes(newer).equals(before)).toBe(true);
  });

  test('a missing file is reported, not created', async () => {
    const file = path.join(dir, 'missing.sqlite');
    const run = await cli('check', '--register', file);
    expect(run.code).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('cli usage', () => {
  test('an unknown command fails with the Danish usage text', async () => {
    const run = await cli('frobnicate');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Ukendt kommando');
    expect(run.stderr).toContain('Brug:');
  });

  test('--help lists the commands and exits 0', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('demo --register');
    expect(run.stdout).toContain('check --register');
    // Who report and procedures act as, and the fallback when --user is left out.
    expect(run.stdout).toContain('--user INITIALER');
    expect(run.stdout).toContain('første aktive superbruger');
  });
});
