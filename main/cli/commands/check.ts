/** `check`: is this file a sound register? Never creates or migrates a file that is not ours. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { checkRegister } from '../../backend/db/check';
import { APPLICATION_ID, openRegister } from '../../backend/db/open';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError, type Command } from '../command';

const NOT_OURS = 'Filen er ikke et Sagsoverblik-register, eller den er beskadiget. Filen er ikke ændret.';

/**
 * openRegister would turn an empty file or an empty SQLite database into a new
 * register; a check must not, so those are refused here first (read-only look).
 */
function looksLikeRegister(file: string): boolean {
  if (fs.statSync(file).size === 0) return false;
  let ro: Database.Database | undefined;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
    const appId = ro.pragma('application_id', { simple: true }) as number;
    const version = ro.pragma('user_version', { simple: true }) as number;
    return appId === APPLICATION_ID && version > 0;
  } catch {
    return false;
  } finally {
    ro?.close();
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Kontrollér et register (skemaversion, integritet, sammenhænge).',
  usage: 'check --register FIL',
  async run(argv) {
    let values: { register?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
    if (!values.register) throw new UsageError('Angiv registret med --register FIL.');
    const file = values.register;
    if (!fs.existsSync(file)) {
      process.stderr.write(`Registret findes ikke: ${file}\n`);
      return EXIT_FAIL;
    }
    if (!fs.statSync(file).isFile() || !looksLikeRegister(file)) {
      process.stderr.write(`${NOT_OURS}\n`);
      return EXIT_FAIL;
    }

    let register;
    try {
      register = await openRegister(file);
    } catch (err) {
      if (err instanceof AppError) {
        process.stderr.write(`${err.message}\n`);
        return EXIT_FAIL;
      }
      throw err;
    }
    try {
      const report = checkRegister(register.raw);
      process.stdout.write(`Skemaversion: ${report.schemaVersion}\n`);
      if (report.problems.length === 0) {
        process.stdout.write('OK\n');
        return EXIT_OK;
      }
      for (const problem of report.problems) process.stdout.write(`Problem: ${problem}\n`);
      process.stdout.write(`${report.problems.length} problem(er) fundet.\n`);
      return EXIT_FAIL;
    } finally {
      await register.close();
    }
  },
};
