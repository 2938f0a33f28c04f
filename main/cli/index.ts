/**
 * Command line for superusers and scripts: `npm run cli -- <command> [flags]`.
 * Exit codes: 0 done; 1 failed or used wrongly (message on stderr).
 */
import { EXIT_FAIL, EXIT_OK, UsageError, type Command } from './command';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { reportCommand } from './commands/report';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { proceduresCommand } from './commands/procedures';
import { setLogSink } from '../backend/log';

const commands: Command[] = [demoCommand, checkCommand, reportCommand, backupCommand, restoreCommand, proceduresCommand];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Brug: npm run cli -- <kommando> [tilvalg]',
    '',
    'Kommandoer:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Tilvalg:',
    '  --help             Vis denne hjælp (også efter en kommando).',
    '  --user INITIALER   Hvem report og procedures udføres som (rolle og log over opslag og ændringer).',
    '                     Uden --user: registrets første aktive superbruger.',
    '',
    'Et register, der er åbent i Sagsoverblik, afvises af report, procedures og restore; check og backup læser det kun.',
    '',
    'Afslutningskoder: 0 = udført, 1 = fejl eller forkert brug.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // Every failure is said in Danish on stderr by the command itself; the backend's JSON
  // log lines (the app's log) would only clutter what scripts read.
  setLogSink(() => {});
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? EXIT_FAIL : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Ukendt kommando: ${name}\n\n${usage()}\n`);
    return EXIT_FAIL;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\nBrug: npm run cli -- ${command.usage}\n`);
      return EXIT_FAIL;
    }
    // No stack traces or data values: only what kind of error it was.
    process.stderr.write(`Der skete en uventet fejl (${(err as Error)?.name ?? 'ukendt'}). Intet er ændret ud over det, der er skrevet ovenfor.\n`);
    return EXIT_FAIL;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT_FAIL;
  },
);
