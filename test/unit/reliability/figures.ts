/**
 * The reliability figures for the README, written by the tests themselves: each test
 * file writes its part to test-results/reliability/<part>.json and rebuilds
 * test-results/reliability.json from all parts (scripts/test-all.mjs rebuilds it once more at the end).
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const partsDir = path.join(root, 'test-results', 'reliability');

export function writeFigures(part: string, figures: Record<string, unknown>): void {
  fs.mkdirSync(partsDir, { recursive: true });
  const tmp = path.join(partsDir, `.${part}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(figures, null, 2));
  fs.renameSync(tmp, path.join(partsDir, `${part}.json`));
  const all: Record<string, unknown> = {};
  for (const name of fs.readdirSync(partsDir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      all[name.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(partsDir, name), 'utf8'));
    } catch {
      // a part being rewritten right now; the next writer (or test-all) picks it up
    }
  }
  const out = path.join(root, 'test-results', 'reliability.json');
  const outTmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(outTmp, JSON.stringify({ writtenAt: new Date().toISOString(), ...all }, null, 2));
  fs.renameSync(outTmp, out);
}
