/**
 * `npm run bench`: builds demo registers at three sizes with the CLI's generator,
 * measures each operation many times, and writes bench-results.json plus a readable
 * table with every figure held against its budget. Not part of `npm test`.
 *
 * Flags: --sizes small,medium,large  --runs 60  --out bench-results.json  --no-browser
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Backend } from '../../main/backend/backend';
import { MemorySettingsStore } from '../../main/backend/settings';
import { bundleDirFor, bundleForNode } from '../helpers/bundle';
import { measureRenderer, prepareBigList } from './browser';
import { findSubjects, operations } from './operations';
import { caseStemPrintOps } from './print-ops';
import { printReport, type BenchResults } from './report';
import { measure, measurePair } from './stats';

type Size = 'small' | 'medium' | 'large';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'small,medium,large' },
    runs: { type: 'string', default: '60' },
    out: { type: 'string', default: 'bench-results.json' },
    'no-browser': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',') as Size[];
const runs = Number(values.runs);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sagsoverblik-bench-'));
const root = path.resolve(import.meta.dirname, '../..');

/**
 * The backend's peak RSS at a size, from a process that is only the backend
 * (rss-worker.tsx, bundled as it ships): this process also holds tsx, source maps
 * and the browser automation, which the app does not.
 */
async function backendRss(file: string, withPdf: boolean): Promise<number> {
  const bundleDir = bundleDirFor('bench');
  // Native and browser-driving packages stay packages, as in the app's own build.
  const bundle = await bundleForNode(path.join(import.meta.dirname, 'rss-worker.tsx'), path.join(bundleDir, 'rss-worker.mjs'), ['better-sqlite3', 'playwright-core']);
  const r = spawnSync(process.execPath, [bundle, file, String(runs), path.join(work, 'backups'), withPdf ? 'pdf' : ''], { encoding: 'utf8', cwd: root });
  fs.rmSync(bundleDir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`rss worker failed: ${r.stderr}`);
  return (JSON.parse(r.stdout.trim().split('\n').pop()!) as { rss_mb: number }).rss_mb;
}

function createRegister(size: Size): string {
  const file = path.join(work, `${size}.sqlite`);
  const started = performance.now();
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'main/cli/index.ts'), 'demo', '--register', file, '--size', size, '--json'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`demo ${size} failed: ${r.stderr}`);
  const summary = JSON.parse(r.stdout) as { cases: number; activities: number; citizens: number };
  console.log(
    `${size}: ${summary.citizens} citizens, ${summary.cases} cases, ${summary.activities} activities in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}

async function openBackend(file: string): Promise<Backend> {
  const backend = new Backend({ registerPath: file, settings: new MemorySettingsStore(), backupDir: path.join(work, 'backups') });
  await backend.init();
  return backend;
}

const results: BenchResults = {
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    runs_per_operation: runs,
  },
  operations: [],
  ratios: [],
  rss_mb: 0,
};
const sqlMedians = new Map<string, number>();

try {
  for (const size of sizes) {
    const file = createRegister(size);
    const open = await measure(async () => {
      const b = await openBackend(file);
      await b.close();
    }, Math.max(10, Math.floor(runs / 3)));
    results.operations.push({ name: 'open the register (incl. migration check)', size, ...open });

    const backend = await openBackend(file);
    const subjects = findSubjects(backend);
    backend.setCurrentUser(subjects.busyUserId);
    for (const op of operations(backend, subjects)) {
      if (op.sql) {
        const pair = await measurePair(op.api, op.sql, runs);
        results.operations.push({ name: op.name, size, ...pair.api });
        sqlMedians.set(`${op.name}|${size}`, pair.sql.median_ms);
      } else results.operations.push({ name: op.name, size, ...(await measure(op.api, runs)) });
    }
    const print = caseStemPrintOps(backend, subjects.busyUserId);
    if (print) {
      results.operations.push({ name: 'case-stem overview as HTML', size, ...(await measure(print.html, Math.max(10, Math.floor(runs / 3)))) });
      if (!values['no-browser']) results.operations.push({ name: 'case-stem overview printed to PDF', size, ...(await measure(print.pdf, 5, 1)) });
    }
    await backend.close();
    // One process opens a register at a time (the instance lock): the worker runs while this one has it closed.
    if (size === 'large' || size === sizes[sizes.length - 1]) results.rss_mb = await backendRss(file, !values['no-browser']);
    if (size === 'large' && !values['no-browser']) {
      const big = await openBackend(file);
      await prepareBigList(big, 10_000);
      const figures = await measureRenderer(big, path.join(root, 'out/renderer'));
      results.operations.push({ name: 'renderer: first rows of a 10,000-row case list', size, ...figures.firstRows });
      results.renderer = {
        heap_mb_after_scroll: figures.heapMbAfterScroll,
        rows_in_list: figures.rowsInList,
        first_rows_wall_clock_median_ms: figures.firstRowsWallClock.median_ms,
      };
      await big.close();
    }
  }

  const names = [...new Set(results.operations.map((o) => o.name))];
  for (const name of names) {
    const at = (size: Size) => results.operations.find((o) => o.name === name && o.size === size);
    const small = at('small');
    const large = at('large');
    const sql = sqlMedians.get(`${name}|large`) ?? sqlMedians.get(`${name}|${sizes[sizes.length - 1]}`);
    const top = large ?? at(sizes[sizes.length - 1]);
    results.ratios.push({
      name,
      growth_large_over_small: small && large ? Math.round((large.median_ms / Math.max(small.median_ms, 0.01)) * 100) / 100 : null,
      api_over_sql: sql !== undefined && top ? Math.round((top.median_ms / Math.max(sql, 0.001)) * 100) / 100 : null,
    });
  }
  fs.writeFileSync(values.out!, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  console.log(`\nWrote ${values.out}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
