/** The CLI: `procedures import` (all or nothing) and `procedures search --json`, as a real process on a real register. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../../helpers/register';
import { openRegister } from '../../../main/backend/db/open';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const fixtures = path.join(root, 'test', 'fixtures', 'procedures');
const cli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(tsx, ['main/cli/index.ts', 'procedures', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

let dir: string;
let file: string;
beforeAll(async () => {
  dir = tempDir('sagsoverblik-proc-cli-');
  file = path.join(dir, 'register.sqlite');
  await (await openRegister(file, { create: true })).close(); // a new register holds the defaults
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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

  test('wrong use is explained in Danish with exit code 1', async () => {
    const run = await cli('find', '--register', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/procedures import.*procedures search/);
  }, 30_000);
});
