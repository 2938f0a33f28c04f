/** `demo`: a new register file filled with fictitious demo data. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { InstanceLock } from '../../backend/backup/lock';
import { systemClock } from '../../backend/clock';
import { openRegister } from '../../backend/db/open';
import { demoSizes, generateDemo, type DemoSize, type DemoSummary } from '../../backend/demo/generate';
import { EXIT_FAIL, EXIT_OK, fail, UsageError, usageFromParseError, type Command } from '../command';

const number = (n: number) => n.toLocaleString('da-DK');

function danishSummary(file: string, s: DemoSummary): string {
  const busiest = [...s.caseworkers].sort((a, b) => b.openCases - a.openCases)[0];
  const lines = [
    `Demoregister oprettet: ${file}`,
    `  ${number(s.teams)} teams, ${number(s.caseworkers.length)} sagsbehandlere, ${number(s.citizens)} borgere, ${number(s.cases)} sager, ${number(s.activities)} aktiviteter.`,
  ];
  if (busiest) {
    lines.push(`  Flest åbne sager: ${busiest.initials} (${busiest.name}, ${busiest.team}) med ${number(busiest.openCases)}.`);
  }
  lines.push('  Alle personer, CPR-numre og adresser er opdigtede.');
  return lines.join('\n');
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Opret et nyt register med opdigtede demodata.',
  usage: 'demo --register FIL [--size small|medium|large] [--json]',
  async run(argv) {
    let values: { register?: string; size?: string; json?: boolean; help?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          register: { type: 'string' },
          size: { type: 'string', default: 'small' },
          json: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (err) {
      throw usageFromParseError(err);
    }
    if (values.help) {
      process.stdout.write(`Brug: sagsoverblik ${this.usage}\n${this.summary}\n`);
      return EXIT_OK;
    }
    if (!values.register) throw new UsageError('Angiv hvor registret skal ligge med --register FIL.');
    const size = values.size as DemoSize;
    if (!demoSizes.includes(size)) throw new UsageError(`Ukendt størrelse "${values.size}". Vælg small, medium eller large.`);
    const file = values.register;
    if (fs.existsSync(file)) {
      process.stderr.write(`Filen findes allerede: ${file}\nDemodata skrives kun i et nyt register, så intet bliver overskrevet. Vælg et andet filnavn.\n`);
      return EXIT_FAIL;
    }

    // Host-level (no contract method), but under the instance lock like the app: an app
    // starting on this file meanwhile is refused instead of opening half a register.
    let lock: InstanceLock | null;
    try {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true }); // the lock file goes beside the register
      lock = InstanceLock.acquire(file);
    } catch (err) {
      if (err instanceof AppError) return fail(err.message);
      throw err;
    }
    let summary: DemoSummary;
    try {
      const register = await openRegister(file, { create: true });
      try {
        summary = await generateDemo(register.db, { size, today: systemClock()() });
      } catch (err) {
        // Never leave half a register behind: the next run would refuse the file.
        await register.close();
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
        throw err;
      }
      // Closing the last connection checkpoints the WAL into the file.
      await register.close();
    } finally {
      lock?.release();
    }

    if (values.json) {
      const out = {
        teams: summary.teams,
        caseworkers: summary.caseworkers.map(({ initials, name, team, openCases }) => ({ initials, name, team, openCases })),
        citizens: summary.citizens,
        cases: summary.cases,
        activities: summary.activities,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(`${danishSummary(file, summary)}\n`);
    }
    return EXIT_OK;
  },
};
