/** Issue 8: backups (daily, rotation, manual, restore from the app and the CLI), and one instance per register. */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { Backend } from '../../../main/backend/backend';
import { lockFileFor } from '../../../main/backend/backup/lock';
import { registerFunctions } from '../../../main/backend/db/open';
import { listBackups, rotate } from '../../../main/backend/backup/service';
import { MemorySettingsStore } from '../../../main/backend/settings';
import { addCase, addCitizen, clock, failure } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/register';
import { writeFigures } from './figures';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const roundTrips: string[] = [];

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.join(root, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', ...args], { cwd: root }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A register with a team leader (the current user) and one citizen with a case. */
async function setUp(startIso = '2026-03-10T08:00:00') {
  const dir = tempDir('sagsoverblik-backup-');
  dirs.push(dir);
  const file = path.join(dir, 'register.sqlite');
  const c = clock(startIso);
  const settings = new MemorySettingsStore();
  const backend = new Backend({ registerPath: file, settings, validateOutput: true, now: c.now });
  await backend.init();
  await backend.call('app.setup', { kind: 'empty', teamName: 'Team Nord', initials: 'TL', name: 'Tina Lund', role: 'teamleder' });
  const citizen = await addCitizen(backend, 'Søren Ørsted', '2010-03-15', 1);
  await addCase(backend, citizen.id);
  return { dir, file, clock: c, settings, backend, citizenId: citizen.id };
}

const names = (file: string) => (new Database(file, { readonly: true }).prepare('SELECT name FROM citizens ORDER BY id').all() as { name: string }[]).map((r) => r.name);

describe('automatic backups', () => {
  test('the first start of a day takes one backup; later starts that day do not', async () => {
    const r = await setUp();
    await r.backend.close();
    const again = new Backend({ registerPath: r.file, settings: r.settings, now: r.clock.now });
    await again.init();
    await again.close();
    const daily = listBackups(r.file, path.join(r.dir, 'backups')).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(1);
    expect(daily[0].fileName).toMatch(/^register-dagligt-\d{8}T\d{6}\.sqlite$/);
    r.clock.set('2026-03-11T08:00:00');
    const nextDay = new Backend({ registerPath: r.file, settings: r.settings, now: r.clock.now });
    await nextDay.init();
    await nextDay.close();
    expect(listBackups(r.file, path.join(r.dir, 'backups')).filter((b) => b.kind === 'daily')).toHaveLength(2);
  });

  test('rotation keeps 7 daily and 4 weekly backups', () => {
    const dir = tempDir('sagsoverblik-rotate-');
    dirs.push(dir);
    const file = path.join(dir, 'register.sqlite');
    // 60 days of daily backups, plus a manual one that rotation never touches.
    for (let d = 0; d < 60; d++) {
      const at = new Date(Date.UTC(2026, 0, 1 + d, 7, 0, 0));
      fs.writeFileSync(path.join(dir, `register-dagligt-${at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}.sqlite`), 'x');
    }
    fs.writeFileSync(path.join(dir, 'register-manuel-20260105T070000.sqlite'), 'x');
    rotate(file, dir);
    const left = listBackups(file, dir);
    const daily = left.filter((b) => b.kind === 'daily').map((b) => b.createdAt.slice(0, 10));
    // The last 7 days, plus the newest of each of the 4 last ISO weeks (1 March is a Sunday: week 9 is among the days).
    expect(daily.slice(0, 7)).toEqual(['2026-03-01', '2026-02-28', '2026-02-27', '2026-02-26', '2026-02-25', '2026-02-24', '2026-02-23']);
    expect(daily.slice(7)).toEqual(['2026-02-22', '2026-02-15', '2026-02-08']);
    expect(left.filter((b) => b.kind === 'manual')).toHaveLength(1);
  });
});

describe('backups from the app', () => {
  test('list, take one now, change the folder; a caseworker may not change the folder or restore', async () => {
    const r = await setUp();
    const made = await r.backend.call('backups.create', {});
    expect(made.kind).toBe('manual');
    const list = await r.backend.call('backups.list', {});
    expect(list.isDefaultFolder).toBe(true);
    expect(list.rows.map((b) => b.fileName)).toContain(made.fileName);
    const elsewhere = path.join(r.dir, 'netvaerksdrev', 'kopier');
    expect((await r.backend.call('backups.setFolder', { folder: elsewhere })).folder).toBe(elsewhere);
    expect((await r.backend.call('backups.create', {})).fileName).toMatch(/manuel/);
    expect(fs.readdirSync(elsewhere)).toHaveLength(1);
    expect((await failure(r.backend.call('backups.setFolder', { folder: 'relativ/sti' }))).code).toBe('VALIDATION');
    expect((await failure(r.backend.call('backups.restore', { fileName: '../register.sqlite' }))).code).toBe('VALIDATION');

    const team = (await r.backend.call('teams.list', {})).rows[0];
    const cw = await r.backend.call('users.create', { initials: 'AB', name: 'Anna Bech', role: 'sagsbehandler', teamId: team.id });
    r.backend.setCurrentUser(cw.id);
    expect((await failure(r.backend.call('backups.restore', { fileName: made.fileName }))).code).toBe('FORBIDDEN');
    expect((await failure(r.backend.call('backups.setFolder', { folder: null }))).code).toBe('FORBIDDEN');
    await r.backend.close();
  });

  test('restore: the backup comes back, the current register is kept as a backup, the app keeps working', async () => {
    const r = await setUp();
    const made = await r.backend.call('backups.create', {});
    await addCitizen(r.backend, 'Mette Hansen', '2012-07-02', 2);
    expect(names(r.file)).toEqual(['Søren Ørsted', 'Mette Hansen']);
    const result = await r.backend.call('backups.restore', { fileName: made.fileName });
    expect(result.keptAs).toMatch(/^register-foer-gendannelse-/);
    expect((await r.backend.call('citizens.search', { query: 'hansen' })).rows).toEqual([]);
    expect((await r.backend.call('citizens.search', { query: 'ørsted' })).rows.map((x) => x.name)).toEqual(['Søren Ørsted']);
    expect(names(path.join(r.dir, 'backups', result.keptAs))).toEqual(['Søren Ørsted', 'Mette Hansen']);
    roundTrips.push('app: backups.create → change → backups.restore');
    await r.backend.close();
  });

  test('a damaged backup is refused before anything is closed or replaced', async () => {
    const r = await setUp();
    const dir = path.join(r.dir, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    const bad = 'register-manuel-20260301T100000.sqlite';
    fs.writeFileSync(path.join(dir, bad), Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(4096, 7)]));
    const before = names(r.file);
    const err = await failure(r.backend.call('backups.restore', { fileName: bad }));
    expect(err.code).toBe('REGISTER_FOREIGN');
    expect(err.message).toMatch(/beskadiget/);
    expect(names(r.file)).toEqual(before);
    expect((await r.backend.call('citizens.search', { query: 'ørsted' })).rows).toHaveLength(1);
    await r.backend.close();
  });
});

describe('backup and restore from the CLI', () => {
  test('backup --out then restore --from brings the register back; a bad file replaces nothing', async () => {
    const r = await setUp();
    await r.backend.close();
    const copy = path.join(r.dir, 'kopi.sqlite');
    const made = await cli('backup', '--register', r.file, '--out', copy);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('Sikkerhedskopi gemt');
    expect((await cli('backup', '--register', r.file, '--out', copy)).code).toBe(1); // never overwrites

    const db = new Database(r.file);
    registerFunctions(db); // the name index's trigger needs it (migration 010)
    db.prepare("UPDATE citizens SET name = 'Ændret Navn'").run();
    db.close();

    const foreign = path.join(r.dir, 'noter.sqlite');
    fs.writeFileSync(foreign, 'ikke et register');
    const refused = await cli('restore', '--register', r.file, '--from', foreign);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/beskadiget|ikke et Sagsoverblik-register/);
    expect(names(r.file)).toEqual(['Ændret Navn']);

    const restored = await cli('restore', '--register', r.file, '--from', copy);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('gendannet');
    expect(names(r.file)).toEqual(['Søren Ørsted']);
    const check = await cli('check', '--register', r.file);
    expect(check.code, check.stdout).toBe(0);
    roundTrips.push('cli: backup --out → change → restore --from → check');
  }, 180_000);

  test('restore refuses while the app has the register open', async () => {
    const r = await setUp();
    const copy = path.join(r.dir, 'kopi.sqlite');
    expect((await cli('backup', '--register', r.file, '--out', copy)).code).toBe(0);
    const run = await cli('restore', '--register', r.file, '--from', copy);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('åbent i Sagsoverblik');
    await r.backend.close();
  }, 120_000);
});

describe('two app instances on one register', () => {
  test('the second backend is refused with a Danish message and writes nothing; after the first closes it opens', async () => {
    const r = await setUp();
    const second = new Backend({ registerPath: r.file, settings: r.settings });
    await second.init();
    const status = await second.status();
    expect(status.open).toBe(false);
    expect(status.problem?.code).toBe('CONFLICT');
    expect(status.problem?.message).toMatch(/allerede åbent/);
    const write = await second.dispatch('citizens.create', { cpr: '0207154002', name: 'Åse Aagaard' });
    expect(write.ok).toBe(false);
    expect(names(r.file)).toEqual(['Søren Ørsted']);
    await second.close();
    expect(fs.existsSync(lockFileFor(r.file))).toBe(true); // closing the refused one does not free the first one's lock
    await r.backend.close();
    expect(fs.existsSync(lockFileFor(r.file))).toBe(false);
    const third = new Backend({ registerPath: r.file, settings: r.settings });
    await third.init();
    expect((await third.status()).open).toBe(true);
    await third.close();
  });

  test('a lock left by a crashed instance (dead process) is taken over', async () => {
    const r = await setUp();
    await r.backend.close();
    fs.writeFileSync(lockFileFor(r.file), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), token: 'x', since: '' }));
    const next = new Backend({ registerPath: r.file, settings: r.settings });
    await next.init();
    expect((await next.status()).open).toBe(true);
    await next.close();
    writeFigures('restore', { roundTripsVerified: roundTrips.length, roundTrips });
  });
});
