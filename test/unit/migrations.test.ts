/// <reference types="vite/client" />
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { Backend } from '../../main/backend/backend';
import { checkRegister } from '../../main/backend/db/check';
import { latestSchemaVersion, migrations } from '../../main/backend/db/migrations';
import { APPLICATION_ID, openRegister, registerFunctions, type Register } from '../../main/backend/db/open';
import { checkMigrationOrder, runMigrations } from '../../main/backend/db/migrate';
import { MemorySettingsStore } from '../../main/backend/settings';
import { tempDir } from '../helpers/register';

const dirs: string[] = [];
const open: Register[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function newFile(): string {
  const dir = tempDir('sagsoverblik-mig-');
  dirs.push(dir);
  return path.join(dir, 'register.sqlite');
}

async function openTracked(file: string, options?: Parameters<typeof openRegister>[1]) {
  const r = await openRegister(file, options);
  open.push(r);
  return r;
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the register to be refused');
}

/** A database built by the migrations up to and including `version`, with the same pragma steps as openRegister. */
function buildAt(file: string, version: number): Database.Database {
  const raw = new Database(file);
  registerFunctions(raw);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  runMigrations(raw, version); // the app's own runner
  return raw;
}

/** Realistic rows in the version-1 tables (every later version still has them). */
function seedV1(raw: Database.Database): void {
  const at = '2025-11-03T09:15:00.000Z';
  raw.exec(`
    INSERT INTO register_info(key, value) VALUES ('demo', '0');
    INSERT INTO teams(id, name, created_at) VALUES (1, 'Team Børn Nord', '${at}'), (2, 'Team Voksen Syd', '${at}');
    INSERT INTO users(id, initials, name, role, team_id, active, created_at) VALUES
      (1, 'ABC', 'Anne Berg Christensen', 'sagsbehandler', 1, 1, '${at}'),
      (2, 'ØJ', 'Øjvind Jæger', 'teamleder', 1, 1, '${at}'),
      (3, 'KL', 'Karen Lund', 'sagsbehandler', 2, 0, '${at}');
    INSERT INTO citizens(id, cpr, name, name_sort, address, postal_code, city, protected_address, birth_date, gender, substitute_cpr, created_at, updated_at) VALUES
      (1, '1503104001', 'Søren Ørsted', 'søren ørsted', 'Vestergade 4', '8000', 'Aarhus C', 0, '2010-03-15', 'mand', 0, '${at}', '${at}'),
      (2, '0207154002', 'Åse Aagaard-Nielsen', 'åse ågård-nielsen', '', '', '', 1, '2015-07-02', 'kvinde', 0, '${at}', '${at}'),
      (3, '6112851233', 'Émile Bæk', 'emile bæk', 'Kirkevej 1', '9000', 'Aalborg', 0, '1985-12-01', 'mand', 1, '${at}', '${at}');
    INSERT INTO cases(id, case_number, citizen_id, area, case_type, kle_number, handlingsfacet, phase, state, received_date, deadline, next_follow_up, caseworker_id, last_activity_date, created_at, updated_at) VALUES
      (1, '2025-000001', 1, 'børn', 'Merudgifter', '27.24.00', 'G01', 'sagsoplysning', 'åben', '2025-10-01', '2025-12-01', '2026-01-15', 1, '2025-10-20', '${at}', '${at}'),
      (2, '2025-000002', 2, 'børn', 'Hjemmetræning', '', '', 'afgørelse', 'afgjort', '2025-09-12', NULL, NULL, 2, NULL, '${at}', '${at}'),
      (3, '2025-000003', 3, 'voksen', 'BPA', '', '', 'opfølgning', 'åben', '2025-06-30', NULL, '2026-02-01', 2, NULL, '${at}', '${at}');
    INSERT INTO case_paragraphs(case_id, paragraph, position) VALUES (1, 'BL-86', 0), (1, 'BL-87', 1), (2, 'BL-85', 0), (3, 'SEL-96', 0);
    INSERT INTO case_assignments(id, case_id, user_id, from_at, to_at, reason, assigned_by) VALUES
      (1, 1, 1, '${at}', NULL, 'Sagen oprettet', 1),
      (2, 2, 1, '${at}', '2025-11-10T08:00:00.000Z', 'Sagen oprettet', 1),
      (3, 2, 2, '2025-11-10T08:00:00.000Z', NULL, 'Ferie', 2),
      (4, 3, 2, '${at}', NULL, 'Sagen oprettet', 2);
    INSERT INTO activities(id, case_id, activity_date, name, note, author_id, created_at) VALUES
      (1, 1, '2025-10-20', 'Telefonsamtale med forælder', 'Mor ringede om merudgifter.', 1, '${at}');
    INSERT INTO applications(id, case_id, paragraph, received_date, status, decision_date, note, created_at, updated_at) VALUES
      (1, 1, 'BL-86', '2025-10-01', 'verserende', NULL, '', '${at}', '${at}'),
      (2, 2, 'BL-85', '2025-09-12', 'afslag', '2025-11-01', 'Klaget', '${at}', '${at}');
    INSERT INTO services(id, citizen_id, case_id, service_type, paragraph, provider, start_date, end_date, scope, created_at, updated_at) VALUES
      (1, 1, 1, 'Merudgifter', 'BL-86', '', '2025-11-01', NULL, '1.200 kr./md.', '${at}', '${at}'),
      (2, 3, NULL, 'Hjælpemiddel', 'SEL-112', 'Hjælpemiddelcentralen', '2024-01-01', '2024-12-31', '', '${at}', '${at}');
  `);
}

const V1_TABLES = ['register_info', 'teams', 'users', 'citizens', 'cases', 'case_paragraphs', 'case_assignments', 'activities', 'applications', 'services'];
const dump = (raw: Database.Database) => V1_TABLES.map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
/** Later migrations may add columns (NULL or defaulted) to v1 tables: compare the columns the old rows had. */
const asBefore = (after: unknown[][], before: unknown[][]) =>
  after.map((rows, i) => {
    const keys = Object.keys((before[i][0] ?? {}) as object);
    return rows.map((r) => Object.fromEntries(keys.map((k) => [k, (r as Record<string, unknown>)[k]])));
  });

/** What each migration must make work on data written by the version before it. */
const checks: Record<number, (reg: Register, file: string) => Promise<void>> = {
  2: async (reg, file) => {
    // Citizens that existed before the index are findable through it (since 010 the word index replaces FTS5).
    const words = (prefix: string) =>
      (reg.raw.prepare("SELECT DISTINCT citizen_id FROM citizen_name_words WHERE word >= ? AND word < ? || 'ÿ' ORDER BY 1").all(prefix, prefix) as { citizen_id: number }[]).map(
        (r) => r.citizen_id,
      );
    expect(words('ørsted')).toEqual([1]);
    expect(words('aagaard')).toEqual([2]);
    expect(words('emile')).toEqual([3]); // é folded
    // And through the API, as a caseworker searches.
    const settings = new MemorySettingsStore();
    settings.set('currentUserByRegister', { [file]: 1 });
    await reg.close();
    open.splice(open.indexOf(reg), 1);
    const backend = new Backend({ registerPath: file, settings, validateOutput: true });
    await backend.init();
    try {
      const found = await backend.call('citizens.search', { query: 'Ørst' });
      expect(found.rows.map((r) => r.name)).toEqual(['Søren Ørsted']);
      expect((await backend.call('citizens.search', { query: 'nielsen' })).rows.map((r) => r.name)).toEqual(['Åse Aagaard-Nielsen']);
      // Later changes keep the index in step (since 013 the app writes the words, services/name-words.ts).
      const c = await backend.call('citizens.create', { cpr: '0101204003', name: 'Mikkel Kjærgaard' });
      expect((await backend.call('citizens.search', { query: 'kjær' })).rows.map((r) => r.id)).toEqual([c.id]);
      await backend.call('citizens.update', { id: 1, cpr: '1503104001', name: 'Søren Østergaard' });
      expect((await backend.call('citizens.search', { query: 'ørsted' })).rows).toEqual([]);
      expect((await backend.call('citizens.search', { query: 'øster' })).rows.map((r) => r.id)).toEqual([1]);
    } finally {
      await backend.close();
    }
  },
};

// Each later migration brings its own check in migration-checks/NNN.ts (default export),
// so features can add migrations without editing this file.
const featureChecks = import.meta.glob<{ default: (reg: Register, file: string) => Promise<void> }>('./migration-checks/*.ts', { eager: true });
for (const [name, mod] of Object.entries(featureChecks)) checks[Number(/(\d+)\.ts$/.exec(name)![1])] = mod.default;

describe('every migration upgrades a register holding data from the version before', () => {
  test('there is a check for every migration after the first', () => {
    for (const m of migrations.slice(1)) expect(checks[m.version], `migration ${m.version} has no test`).toBeDefined();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  test('001: a new file gets our application_id, the latest user_version and every table', async () => {
    const file = newFile();
    const reg = await openTracked(file, { create: true });
    expect(reg.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(reg.raw.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(reg.schemaVersion).toBe(latestSchemaVersion);
    const tables = (reg.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of V1_TABLES) expect(tables).toContain(t);
    expect(checkRegister(reg.raw).problems).toEqual([]);
    // No backup for a brand-new register: there is nothing to lose.
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  test('an empty (0-byte) file is refused like a foreign file and left untouched', async () => {
    const file = newFile();
    fs.writeFileSync(file, '');
    expect((await refusal(openRegister(file))).code).toBe('REGISTER_FOREIGN');
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  test('a SQLite file with no tables is refused and left untouched', async () => {
    const file = newFile();
    const other = new Database(file);
    other.pragma('user_version = 0');
    other.close();
    const bytes = fs.readFileSync(file);
    expect((await refusal(openRegister(file))).code).toBe('REGISTER_FOREIGN');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a new register and its WAL are readable by their owner only; an old world-readable one is tightened', async () => {
    const file = newFile();
    const reg = await openTracked(file, { create: true });
    await reg.db.insertInto('register_info').values({ key: 'mode-test', value: '1' }).execute();
    for (const f of [file, `${file}-wal`]) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    await reg.close();
    open.splice(open.indexOf(reg), 1);
    fs.chmodSync(file, 0o644);
    await openTracked(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  test('the runner refuses migrations whose versions do not rise by one', () => {
    expect(() => checkMigrationOrder([migrations[0], migrations[2]])).toThrow(/rise by one/);
    expect(() => checkMigrationOrder([migrations[1], migrations[0]])).toThrow(/rise by one/);
    expect(() => checkMigrationOrder(migrations)).not.toThrow();
  });

  test('a missing file without create is NO_REGISTER, and no file appears', async () => {
    const file = newFile();
    expect((await refusal(openRegister(file))).code).toBe('NO_REGISTER');
    expect(fs.existsSync(file)).toBe(false);
  });

  for (const m of migrations.slice(1)) {
    test(`${String(m.version).padStart(3, '0')} (${m.name}): data from version ${m.version - 1} survives and the new version works`, async () => {
      const file = newFile();
      const before = buildAt(file, m.version - 1);
      seedV1(before);
      const rowsBefore = dump(before);
      before.close();

      const reg = await openTracked(file);
      expect(reg.schemaVersion).toBe(latestSchemaVersion);
      expect(reg.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(asBefore(dump(reg.raw), rowsBefore)).toEqual(rowsBefore);
      expect(checkRegister(reg.raw).problems).toEqual([]);
      await checks[m.version](reg, file);
    });
  }
});

describe('backups before migrating', () => {
  test('an older register is copied to "backups" beside it before it is migrated, and the copy is the old version', async () => {
    const file = newFile();
    const old = buildAt(file, latestSchemaVersion - 1);
    seedV1(old);
    old.close();
    const reg = await openTracked(file);
    expect(reg.schemaVersion).toBe(latestSchemaVersion);
    const dir = path.join(path.dirname(file), 'backups');
    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^register-v${latestSchemaVersion - 1}-foer-opdatering-\\d{8}T\\d{6}\\.sqlite$`));
    const copy = new Database(path.join(dir, files[0]), { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(latestSchemaVersion - 1);
      expect((copy.prepare('SELECT name FROM citizens ORDER BY id').all() as { name: string }[]).map((r) => r.name)).toEqual([
        'Søren Ørsted',
        'Åse Aagaard-Nielsen',
        'Émile Bæk',
      ]);
    } finally {
      copy.close();
    }
  });

  test('backupDir puts the copy where the settings say, through the Backend too', async () => {
    const file = newFile();
    const backupDir = path.join(path.dirname(file), 'elsewhere', 'sikkerhedskopier');
    buildAt(file, latestSchemaVersion - 1).close();
    const backend = new Backend({ registerPath: file, settings: new MemorySettingsStore(), backupDir });
    await backend.init();
    try {
      expect((await backend.status()).schemaVersion).toBe(latestSchemaVersion);
      expect(fs.readdirSync(backupDir)).toHaveLength(1);
      expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
    } finally {
      await backend.close();
    }
  });

  test('a register already at the latest version is not backed up again on every start', async () => {
    const file = newFile();
    buildAt(file, latestSchemaVersion).close();
    await (await openRegister(file)).close();
    await (await openRegister(file)).close();
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });
});

describe('files that are not ours, or too new, are refused and left untouched', () => {
  test('a register from a newer version is REGISTER_TOO_NEW and byte-identical afterwards', async () => {
    const file = newFile();
    const raw = buildAt(file, latestSchemaVersion);
    seedV1(raw);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const bytes = fs.readFileSync(file);
    const err = await refusal(openRegister(file));
    expect(err.code).toBe('REGISTER_TOO_NEW');
    expect(err.message).toMatch(/nyere version/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);

    // The app reports why instead of crashing, and still leaves the file alone.
    const backend = new Backend({ registerPath: file, settings: new MemorySettingsStore() });
    await backend.init();
    const status = await backend.status();
    expect(status.open).toBe(false);
    expect(status.problem?.code).toBe('REGISTER_TOO_NEW');
    const r = await backend.dispatch('cases.list', {});
    expect(r.ok ? null : r.error.code).toBe('NO_REGISTER');
    const setup = await backend.dispatch('app.setup', { kind: 'empty', teamName: 'X', initials: 'AB', name: 'A B', role: 'teamleder' });
    expect(setup.ok ? null : setup.error.code).toBe('REGISTER_EXISTS');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a file that is not SQLite is REGISTER_FOREIGN and byte-identical afterwards', async () => {
    for (const content of ['Navn;CPR\nSøren;150310-4001\n', 'SQLite', Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17])]) {
      const file = newFile();
      fs.writeFileSync(file, content);
      const bytes = fs.readFileSync(file);
      expect((await refusal(openRegister(file))).code).toBe('REGISTER_FOREIGN');
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.readdirSync(path.dirname(file))).toEqual(['register.sqlite']);
    }
  });

  test('a SQLite file with a valid header but garbage after it is REGISTER_FOREIGN and untouched', async () => {
    const file = newFile();
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(200, 0xab)]));
    const bytes = fs.readFileSync(file);
    expect((await refusal(openRegister(file))).code).toBe('REGISTER_FOREIGN');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test('another program\'s SQLite database is REGISTER_FOREIGN and byte-identical afterwards', async () => {
    for (const appId of [0, 0x12345678]) {
      const file = newFile();
      const other = new Database(file);
      other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('indkøb');");
      other.pragma(`application_id = ${appId}`);
      other.pragma('user_version = 1');
      other.close();
      const bytes = fs.readFileSync(file);
      expect((await refusal(openRegister(file))).code).toBe('REGISTER_FOREIGN');
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
    }
  });
});

describe('connection settings and history triggers', () => {
  test('WAL mode and foreign keys are on after opening', async () => {
    const file = newFile();
    const reg = await openTracked(file, { create: true });
    expect(reg.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reg.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    // Foreign keys are really enforced: a case for a citizen that does not exist is refused.
    expect(() =>
      reg.raw
        .prepare(
          "INSERT INTO cases(case_number, citizen_id, area, case_type, phase, state, received_date, caseworker_id, created_at, updated_at) VALUES ('2026-000001', 999, 'børn', 'X', 'sagsåbning', 'åben', '2026-01-01', 999, 'x', 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  test('assignment history: DELETE is refused, a closed period cannot be rewritten, an open one can only be closed', async () => {
    const file = newFile();
    const raw = buildAt(file, latestSchemaVersion);
    seedV1(raw);
    raw.close();
    const reg = await openTracked(file);
    const db = reg.raw;
    const history = () => db.prepare('SELECT * FROM case_assignments ORDER BY id').all();
    const before = history();
    expect(() => db.prepare('DELETE FROM case_assignments WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM case_assignments').run()).toThrow(/append-only/);
    // Closed period (id 2): nothing may change, not even its end.
    expect(() => db.prepare("UPDATE case_assignments SET to_at = '2025-12-01T00:00:00.000Z' WHERE id = 2").run()).toThrow(/never rewritten/);
    expect(() => db.prepare("UPDATE case_assignments SET reason = 'Omskrevet' WHERE id = 2").run()).toThrow(/never rewritten/);
    expect(() => db.prepare('UPDATE case_assignments SET to_at = NULL WHERE id = 2').run()).toThrow(/never rewritten/);
    // Open period (id 1): changing who or why is refused; re-opening impossible.
    expect(() => db.prepare('UPDATE case_assignments SET user_id = 2 WHERE id = 1').run()).toThrow(/never rewritten/);
    expect(() => db.prepare("UPDATE case_assignments SET reason = 'x' WHERE id = 1").run()).toThrow(/never rewritten/);
    expect(history()).toEqual(before);
    // Closing it is the one allowed change.
    db.prepare("UPDATE case_assignments SET to_at = '2025-12-01T00:00:00.000Z' WHERE id = 1").run();
    expect((db.prepare('SELECT to_at FROM case_assignments WHERE id = 1').get() as { to_at: string }).to_at).toBe('2025-12-01T00:00:00.000Z');
    // Two open periods for one case are impossible.
    expect(() =>
      db.prepare("INSERT INTO case_assignments(case_id, user_id, from_at, reason) VALUES (3, 1, '2025-12-01T00:00:00.000Z', 'x')").run(),
    ).toThrow(/UNIQUE/);
  });
});
