/**
 * `npm start [-- --register FIL] [--port N]`: the desktop app when the Electron
 * runtime is installed; otherwise (as on the build machine, where the binary cannot
 * be downloaded) the same renderer and backend served to a browser on 127.0.0.1.
 * Tools are run as `node <their script>` so this also works on Windows without a shell.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const bin = (...parts) => path.join(root, 'node_modules', ...parts);

/** The path of the Electron binary, or null when it was never downloaded. */
function electronBinary() {
  try {
    const file = require('electron'); // from plain node this is the binary's path; it throws without path.txt
    return typeof file === 'string' && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function runStep(script, stepArgs) {
  const result = spawnSync(process.execPath, [script, ...stepArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const buildRenderer = () => runStep(bin('vite', 'bin', 'vite.js'), ['build', '--config', 'renderer/vite.config.ts']);

/** Runs the app in the foreground; Ctrl+C and kill reach it, and its exit code is ours. */
function runForeground(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const electron = electronBinary();
if (electron) {
  buildRenderer();
  runStep(bin('electron-vite', 'bin', 'electron-vite.js'), ['build']);
  runForeground(electron, ['.', ...args]);
} else {
  console.log('Skrivebordsprogrammet (Electron) er ikke installeret på denne maskine, så Sagsoverblik vises i stedet i en browser.');
  if (!fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) buildRenderer();
  runForeground(process.execPath, [bin('tsx', 'dist', 'cli.mjs'), 'main/browser/index.ts', ...args]);
}
