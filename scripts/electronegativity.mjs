#!/usr/bin/env node
// Runs electronegativity over the Electron shell AND the renderer's index.html (where the
// CSP meta tag is), parses its CSV (it always exits 0 by itself) and fails on any HIGH or
// MEDIUM finding that is not in REVIEWED below. Writes test-results/reliability/electronegativity.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Findings reviewed by hand, each with the reason. Nothing else is accepted.
const REVIEWED = {
  // The one preload is sandboxed and exposes exactly one function (main/shell/preload.ts); a
  // sandboxed, context-isolated renderer cannot reach IPC without it.
  PRELOAD_JS_CHECK: 'the single sandboxed preload exposing invoke() only',
  // Only https://(www.)retsinformation.dk/ links are handed to the system browser (isLawPortalUrl in main/shell/security.ts).
  OPEN_EXTERNAL_JS_CHECK: 'allow-listed to the official law portal only',
};

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sagsoverblik-eneg-'));
fs.cpSync(path.join(root, 'main', 'shell'), path.join(work, 'shell'), { recursive: true });
fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(work, 'index.html'));
const csv = path.join(work, 'out.csv');
spawnSync(path.join(root, 'node_modules', '.bin', 'electronegativity'), ['-i', work, '-o', csv], { stdio: 'ignore' });
const lines = fs.existsSync(csv) ? fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1) : null;
fs.rmSync(work, { recursive: true, force: true });
if (!lines) {
  console.log('electronegativity: no report was written');
  process.exit(1);
}
const findings = lines
  .filter((l) => l.trim())
  .map((l) => {
    const [issue, severity, confidence] = l.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    return { issue, severity, confidence, file: (l.split(',')[3] ?? '').replace(/"/g, '').replace(work, '') };
  });
const blocking = findings.filter((f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !(f.issue in REVIEWED));
const summary = {
  findings: findings.length,
  highOrMedium: findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM').length,
  blocking: blocking.length,
  reviewed: findings.filter((f) => f.issue in REVIEWED).map((f) => ({ issue: f.issue, why: REVIEWED[f.issue] })),
  all: findings,
};
const parts = path.join(root, 'test-results', 'reliability');
fs.mkdirSync(parts, { recursive: true });
fs.writeFileSync(path.join(parts, 'electronegativity.json'), JSON.stringify(summary, null, 2));
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}${f.issue in REVIEWED ? '  (gennemgået)' : ''}`);
console.log(`electronegativity: ${findings.length} fund, ${blocking.length} blokerende (HIGH/MEDIUM)`);
process.exit(blocking.length === 0 ? 0 : 1);
