/**
 * The backend's peak RSS, in a process that holds only the backend (bundled with
 * esbuild and run with plain node, as it ships, without tsx, source maps or the
 * benchmark's own browser automation): opens the large register and does the large
 * size's work — every operation's API path, the case-stem overview as HTML and
 * printed to PDF — then prints {"rss_mb": n} on its last line.
 */
import path from 'node:path';
import { Backend } from '../../main/backend/backend';
import { MemorySettingsStore } from '../../main/backend/settings';
import { findSubjects, operations } from './operations';
import { caseStemPrintOps } from './print-ops';

const [file, runsText, backupDir, withPdf] = process.argv.slice(2);
const runs = Number(runsText) || 60;

const backend = new Backend({ registerPath: file, settings: new MemorySettingsStore(), backupDir: backupDir ?? path.dirname(file) });
await backend.init();
const subjects = findSubjects(backend);
backend.setCurrentUser(subjects.busyUserId);
for (const op of operations(backend, subjects)) {
  for (let i = 0; i < runs; i++) await op.api();
}
const print = caseStemPrintOps(backend, subjects.busyUserId);
if (print) {
  for (let i = 0; i < 20; i++) await print.html();
  if (withPdf === 'pdf') for (let i = 0; i < 3; i++) await print.pdf();
}
await backend.close();
console.log(JSON.stringify({ rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
