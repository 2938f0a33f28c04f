/**
 * Browser mode entry (`npm start` when the Electron runtime is missing): opens the
 * register, serves out/renderer on 127.0.0.1 and prints the one-time address.
 * Flags: --register FIL, --port N.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Backend } from '../backend/backend';
import { log } from '../backend/log';
import { defaultRegisterPath, settingsFilePath } from '../backend/paths';
import { JsonSettingsStore } from '../backend/settings';
import { startBrowserServer } from './server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  let values: { register?: string; port?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { register: { type: 'string' }, port: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    process.stderr.write('Brug: npm start -- [--register FIL] [--port N]\n');
    process.exitCode = 1;
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('--port skal være et helt tal mellem 0 og 65535.\n');
    process.exitCode = 1;
    return;
  }

  const settings = new JsonSettingsStore(settingsFilePath());
  const registerPath = path.resolve(values.register ?? settings.get('registerPath') ?? defaultRegisterPath());
  const backend = new Backend({ registerPath, settings, backupDir: settings.get('backupDir') });
  await backend.init();

  const server = await startBrowserServer({
    backend,
    staticDir: path.join(repoRoot, 'out', 'renderer'),
    port,
    host: '127.0.0.1',
  });
  log('info', 'browser.started', { port: server.port });
  process.stdout.write(`Sagsoverblik kører i browseren. Åbn denne adresse (den virker kun fra denne computer):\n${server.url}\nRegister: ${registerPath}\nStop med Ctrl+C.\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  log('error', 'browser.start_failed', { error: (err as Error)?.name ?? 'unknown', code: (err as { code?: string })?.code ?? null });
  process.stderr.write('Sagsoverblik kunne ikke starte. Se fejlen ovenfor, eller prøv en anden port med --port.\n');
  process.exitCode = 1;
});
