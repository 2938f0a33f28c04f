/**
 * `backup`: a consistent copy of a register (SQLite's online backup API; safe while the
 * app has it open, since it only reads the register). Host-level: no contract method.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { verifyBackup } from '../../backend/backup/service';
import { createOwnerOnly } from '../../backend/private-files';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError, type Command } from '../command';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Tag en sikkerhedskopi af et register til en ny fil.',
  usage: 'backup --register FIL --out FIL',
  async run(argv) {
    let values: { register?: string; out?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
    if (!values.out) throw new UsageError('Angiv hvor kopien skal gemmes med --out FIL.');
    const { register, out } = values;
    try {
      verifyBackup(register); // the source must be a sound register of ours
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      process.stderr.write(`${err.code === 'NOT_FOUND' ? `Registret findes ikke: ${register}` : err.message.replace('Sikkerhedskopien', 'Registret')}\n`);
      return EXIT_FAIL;
    }
    if (fs.existsSync(out)) {
      process.stderr.write(`Filen ${out} findes allerede. Den bliver ikke overskrevet.\n`);
      return EXIT_FAIL;
    }
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const tmp = `${out}.tmp`;
    const source = new Database(register, { readonly: true, fileMustExist: true });
    try {
      // The copy holds CPR numbers: owner-only from its first byte.
      fs.rmSync(tmp, { force: true });
      createOwnerOnly(tmp);
      await source.backup(tmp);
      verifyBackup(tmp);
      fs.renameSync(tmp, out);
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      if (err instanceof AppError) {
        process.stderr.write(`Kopien kunne ikke bekræftes: ${err.message}\n`);
        return EXIT_FAIL;
      }
      process.stderr.write(`Kopien kunne ikke skrives til ${out}. Tjek at mappen findes, og at du må skrive i den.\n`);
      return EXIT_FAIL;
    } finally {
      source.close();
    }
    const facts = verifyBackup(out);
    process.stdout.write(`Sikkerhedskopi gemt: ${out} (skemaversion ${facts.schemaVersion}, ${facts.citizens} borgere, ${facts.cases} sager).\n`);
    return EXIT_OK;
  },
};
