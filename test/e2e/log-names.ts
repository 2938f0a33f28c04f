/**
 * For the end-to-end log scan (issue 8): where each test's application log lines and the
 * citizen names it saw are written, and how the names are picked out of API traffic.
 * Written by test/e2e/fixtures.ts, read by test/e2e/log-scan.ts (the global teardown).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOG_DIR = fileURLToPath(new URL('../../test-results/e2e-logs', import.meta.url));

/** A citizen's name is at least two words; single words would match innocent log text. */
const looksLikeName = (v: unknown): v is string => typeof v === 'string' && /\S\s+\S/.test(v.trim()) && v.trim().length >= 5;

/** Citizen names in a call: `name` in citizens.* inputs and outputs, `citizenName` anywhere in an output. */
export function collectNames(method: unknown, input: unknown, output: unknown, into: Set<string>): void {
  const isCitizenMethod = typeof method === 'string' && method.startsWith('citizens.');
  if (isCitizenMethod && input && typeof input === 'object' && looksLikeName((input as { name?: unknown }).name)) {
    into.add((input as { name: string }).name.trim());
  }
  const walk = (v: unknown, depth: number, citizenScope: boolean): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1, citizenScope);
      return;
    }
    for (const [key, value] of Object.entries(v)) {
      // In a citizens.* answer every `name` is a citizen's (the citizen itself or search rows).
      if ((key === 'citizenName' || (citizenScope && key === 'name')) && looksLikeName(value)) into.add(value.trim());
      else walk(value, depth + 1, citizenScope);
    }
  };
  walk(output, 0, isCitizenMethod);
}

/** Appends a test's log lines and writes the names it saw; never touches other files in the folder. */
export function persistTestLogs(fileBase: string, lines: string[], names: Set<string>): void {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  // Written even when empty, so the scan's file count says how many tests were covered.
  fs.appendFileSync(path.join(LOG_DIR, `${fileBase}.jsonl`), lines.map((l) => `${l}\n`).join(''));
  if (names.size > 0) fs.writeFileSync(path.join(LOG_DIR, `${fileBase}.names.json`), JSON.stringify([...names]));
}

/** The demo register's citizen names (written once per worker; every worker's demo register is the same). */
export function persistNames(fileBase: string, names: string[]): void {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const file = path.join(LOG_DIR, `${fileBase}.names.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(names.filter(looksLikeName)));
  fs.renameSync(tmp, file);
}
