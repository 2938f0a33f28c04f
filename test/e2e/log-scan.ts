/**
 * Playwright global teardown (issue 8): after every end-to-end test has run, scan the
 * application log lines the tests wrote to test-results/e2e-logs/ for CPR-like numbers and
 * for the citizen names the tests created or saw. Any finding fails the run (a throw here
 * makes `playwright test` exit non-zero). The findings name the file and line, never the value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFigures } from '../unit/reliability/figures';
import { LOG_DIR } from './log-names';

const CPR = /\b\d{6}-?\d{4}\b/;

function readNames(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    try {
      for (const n of JSON.parse(fs.readFileSync(path.join(LOG_DIR, file), 'utf8')) as unknown[]) if (typeof n === 'string' && n) names.add(n);
    } catch {
      // a half-written list from an interrupted run: the logs are still scanned for CPR numbers
    }
  }
  return [...names];
}

export default function logScan(): void {
  const entries = fs.existsSync(LOG_DIR) ? fs.readdirSync(LOG_DIR) : [];
  const logFiles = entries.filter((n) => n.endsWith('.jsonl')).sort();
  const names = readNames(entries.filter((n) => n.endsWith('.names.json')));
  const findings: string[] = [];
  let linesScanned = 0;
  for (const file of logFiles) {
    const lines = fs.readFileSync(path.join(LOG_DIR, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line) return;
      linesScanned += 1;
      if (CPR.test(line)) findings.push(`${file}:${i + 1}: a CPR-like number`);
      else if (names.some((n) => line.includes(n))) findings.push(`${file}:${i + 1}: a citizen's name`);
    });
  }
  writeFigures('log-scan', { linesScanned, filesScanned: logFiles.length, namesLookedFor: names.length, findings: findings.length });
  console.log(`log scan: ${linesScanned} lines in ${logFiles.length} files, ${names.length} names looked for, ${findings.length} findings`);
  if (findings.length > 0) {
    throw new Error(`Personal data in the application log (${findings.length}):\n${findings.slice(0, 20).join('\n')}`);
  }
}
