/**
 * `check`: is this file a sound register? Read-only: never creates, migrates or
 * otherwise writes the file (an older register is reported as needing an update).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkRegister } from '../../backend/db/check';
import { latestSchemaVersion } from '../../backend/db/migrations';
import { APPLICATION_ID } from '../../backend/db/open';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError, type Command } from '../command';

const NOT_OURS = 'Filen er ikke et Sagsoverblik-register, eller den er beskadiget. Filen er ikke ændret.';

function openReadOnly(file: string): Database.Database | null {
  if (fs.statSync(file).size === 0) return null;
  try {
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    const appId = ro.pragma('application_id', { simple: true }) as number;
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (appId === APPLICATION_ID && version > 0) return ro;
    ro.close();
    return null;
  } catch {
    return null;
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Kontrollér et register (skemaversion, integritet, sammenhænge). Ændrer intet.',
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
    const ro = fs.statSync(file).isFile() ? openReadOnly(file) : null;
    if (!ro) {
      process.stderr.write(`${NOT_OURS}\n`);
      return EXIT_FAIL;
    }
    try {
      const version = ro.pragma('user_version', { simple: true }) as number;
      if (version > latestSchemaVersion) {
        process.stderr.write(
          `Registret er lavet med en nyere version af Sagsoverblik (skemaversion ${version}, denne version kender ${latestSchemaVersion}). Opdatér programmet. Filen er ikke ændret.\n`,
        );
        return EXIT_FAIL;
      }
      const report = checkRegister(ro);
      process.stdout.write(`Skemaversion: ${report.schemaVersion}\n`);
      if (version < latestSchemaVersion) {
        process.stdout.write(`Registret skal opdateres til skemaversion ${latestSchemaVersion}. Det sker, næste gang det åbnes i Sagsoverblik (der tages en sikkerhedskopi først).\n`);
      }
      if (report.problems.length === 0) {
        process.stdout.write('OK\n');
        return EXIT_OK;
      }
      for (const problem of report.problems) process.stdout.write(`Problem: ${problem}\n`);
      process.stdout.write(`${report.problems.length} problem(er) fundet.\n`);
      return EXIT_FAIL;
    } catch {
      process.stderr.write(`${NOT_OURS}\n`);
      return EXIT_FAIL;
    } finally {
      ro.close();
    }
  },
};
