/**
 * The CLI: `procedures import` (all or nothing) and `procedures search --json`, as a real
 * process on a real register, through the backend's dispatcher: as the register's super
 * user (the library is theirs), and never into a register a running app holds.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { addUser } from '../../helpers/fixtures';
import { backendOn, testRegister, type TestRegister } from '../../helpers/register';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const fixtures = path.join(root, 'test', 'fixtures', 'procedures');
const cli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(tsx, ['main/cli/index.ts', 'procedures', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

/** Saved procedure versions in the register file (an import adds one per procedure). */
function versions(register: string): number {
  const db = new Database(register, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM procedure_versions').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

let reg: TestRegister;
let dir: string;
let file: string;
beforeAll(async () => {
  // A new register holds the default library; its one user is a super user.
  reg = await testRegister({ role: 'superbruger' });
  await reg.backend.close();
  ({ dir, file } = reg);
});
afterAll(async () => reg?.cleanup());

describe('procedures CLI', () => {
  test('import refuses all files when one has a problem, then imports the good ones and search finds them', async () => {
    const bad = path.join(dir, 'uden-titel.md');
    fs.writeFileSync(bad, '## Formål\nIngen titel.\n');
    const refused = await cli('import', '--register', file, path.join(fixtures, 'bevilling-af-hjaelpemidler.docx'), bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Intet er importeret');
    expect(refused.stdout).toContain('Ikke overført: Afsnittet "Historik"');

    const done = await cli('import', '--register', file, path.join(fixtures, 'bevilling-af-hjaelpemidler.docx'), path.join(fixtures, 'foraeldresamtale.md'));
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('2 arbejdsgang(e) importeret.');

    const search = await cli('search', '--register', file, 'ergoterapeuten', '--json');
    expect(search.code).toBe(0);
    const hits = JSON.parse(search.stdout) as { id: number; title: string; score: number; snippet: string }[];
    expect(hits.map((h) => h.title)).toEqual(['Bevilling af hjælpemidler']);
    expect(Object.keys(hits[0]).sort()).toEqual(['id', 'score', 'snippet', 'title']);
    expect(hits[0].snippet).toMatch(/ergoterapeut/);
  }, 60_000);

  test('a register the app holds is refused in Danish and nothing is imported; a caseworker may search but not import', async () => {
    const md = path.join(fixtures, 'foraeldresamtale.md');
    const before = versions(file);
    const app = await backendOn(file);
    try {
      const held = await cli('import', '--register', file, md);
      expect(held.code).toBe(1);
      expect(held.stderr).toContain('allerede åbent i Sagsoverblik');
      expect(held.stdout).toBe('');
      await addUser({ backend: app }, 'KL', 'Karen Lund', 'sagsbehandler');
    } finally {
      await app.close();
    }
    expect(versions(file)).toBe(before);

    const refused = await cli('import', '--register', file, md, '--user', 'KL');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('giver ikke adgang til at oprette, rette og importere arbejdsgange');
    expect(versions(file)).toBe(before);
    const search = await cli('search', '--register', file, 'ergoterapeuten', '--json', '--user', 'kl');
    expect(search.code).toBe(0);
    expect((JSON.parse(search.stdout) as { title: string }[]).map((h) => h.title)).toEqual(['Bevilling af hjælpemidler']);
  }, 60_000);

  test('wrong use is explained in Danish with exit code 1', async () => {
    const run = await cli('find', '--register', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/procedures import.*procedures search/);
  }, 30_000);
});
