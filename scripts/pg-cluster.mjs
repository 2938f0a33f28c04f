#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests, CI and benchmarks (issue 16).
//
//   node scripts/pg-cluster.mjs start [--database NAME] [--fsync] [--c-locale]
//     prints {"url":"postgres://postgres@127.0.0.1:PORT/NAME","dir":"/tmp/sagsoverblik-pg-…",…}
//   node scripts/pg-cluster.mjs stop DIR
//     stops that cluster and removes its folder
//
// The cluster lives in a temp folder (data in DIR/data, the unix socket in DIR itself),
// listens on 127.0.0.1 only, on a free port, with trust authentication: it holds test
// data and nothing else. PostgreSQL refuses to run as root, so as root every binary runs
// as the `postgres` user (runuser) and the folder belongs to postgres; otherwise the
// binaries run as the current user. PG_BIN overrides where the binaries are.
//
// The database's default collation is ICU Danish (da-DK), as on a Danish server: text
// compared without an explicit COLLATE sorts linguistically there, not in byte order as
// on SQLite, so a query that relies on byte order shows up in the tests. --c-locale
// gives the cluster's plain C.UTF-8 instead.
//
// Other scripts import startCluster/stopCluster.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR_PREFIX = 'sagsoverblik-pg-';

/** Where PostgreSQL 15's binaries are (Debian's postgresql-15 package by default). */
export function pgBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql/15/bin';
  if (fs.existsSync(path.join(debian, 'initdb'))) return debian;
  const r = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  throw new Error('PostgreSQL 15 is not installed (no /usr/lib/postgresql/15/bin, no pg_config). On Debian: apt-get install postgresql');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function postgresUser() {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) throw new Error('Running as root, but there is no "postgres" user to run PostgreSQL as');
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/** Runs a PostgreSQL binary (as postgres when we are root); throws with its output when it fails. */
function pg(bin, args) {
  const file = path.join(pgBinDir(), bin);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  // cwd: runuser keeps root's cwd, which postgres may not be allowed to read.
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: os.tmpdir(), env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (r.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}${r.error ?? ''}`);
  }
  return r.stdout;
}

/** A port nobody listens on right now (another process may still take it: start retries). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a cluster with one database; resolves to
 * { url, dir, port, database, socketDir }. fsync is off unless asked for: a throwaway
 * cluster has no machine crash to survive, and tests run faster (benchmarks pass fsync: true).
 * danish: the database's default collation is ICU da-DK (see above); false for C.UTF-8.
 */
export async function startCluster({ database = 'sagsoverblik', fsync = false, danish = true } = {}) {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Database name ${JSON.stringify(database)}: use a-z, 0-9 and _`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  try {
    if (isRoot()) {
      const { uid, gid } = postgresUser();
      fs.chownSync(dir, uid, gid);
    }
    fs.chmodSync(dir, 0o700);
    const data = path.join(dir, 'data');
    pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", `-c fsync=${fsync ? 'on' : 'off'}`].join(' ');
      try {
        pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
        break;
      } catch (err) {
        // Someone took the port between our probe and the server's bind: try another.
        if (attempt >= 3) throw new Error(`${err.message}\n${readLog(dir)}`);
      }
    }
    const locale = danish ? ['--template=template0', '--locale-provider=icu', '--icu-locale=da-DK', '--locale=C.UTF-8'] : [];
    pg('createdb', ['-h', dir, '-p', String(port), '-U', 'postgres', '-E', 'UTF8', ...locale, database]);
    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, dir, port, database, socketDir: dir };
  } catch (err) {
    stopCluster(dir);
    throw err;
  }
}

function readLog(dir) {
  try {
    return fs.readFileSync(path.join(dir, 'server.log'), 'utf8');
  } catch {
    return '';
  }
}

/** Stops the cluster in `dir` (if it runs) and removes the folder. Refuses a folder that is not one of ours. */
export function stopCluster(dir) {
  const resolved = path.resolve(dir);
  if (!path.basename(resolved).startsWith(DIR_PREFIX) || path.dirname(resolved) !== path.resolve(os.tmpdir())) {
    throw new Error(`${dir} is not a folder made by pg-cluster.mjs (${path.join(os.tmpdir(), DIR_PREFIX)}…)`);
  }
  const data = path.join(resolved, 'data');
  if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
    // immediate: a throwaway cluster needs no clean shutdown checkpoint.
    try {
      pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (err) {
      if (fs.existsSync(path.join(data, 'postmaster.pid'))) throw err;
    }
  }
  fs.rmSync(resolved, { recursive: true, force: true });
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'start') {
    const i = rest.indexOf('--database');
    const cluster = await startCluster({ database: i >= 0 ? rest[i + 1] : undefined, fsync: rest.includes('--fsync'), danish: !rest.includes('--c-locale') });
    console.log(JSON.stringify(cluster));
  } else if (command === 'stop' && rest[0]) {
    stopCluster(rest[0]);
  } else {
    console.error('Usage: node scripts/pg-cluster.mjs start [--database NAME] [--fsync] [--c-locale] | stop DIR');
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
