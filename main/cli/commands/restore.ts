/**
 * `restore`: replace a register with a backup. The backup is verified first; the
 * current register is kept as a backup beside it; nothing is replaced if anything fails.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { InstanceLock } from '../../backend/backup/lock';
import { defaultBackupDir, restoreFromBackup, verifyBackup } from '../../backend/backup/service';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError, type Command } from '../command';
import { systemClock } from '../../backend/clock';

/** Verifies, keeps the current register as a backup, replaces it; Danish messages on failure. */
async function restore(register: string, from: string): Promise<number> {
  if (fs.existsSync(register)) {
    try {
      verifyBackup(register);
    } catch (err) {
      // A broken current register is exactly when one restores; only a foreign file is protected.
      if (err instanceof AppError && err.code === 'REGISTER_TOO_NEW') {
        process.stderr.write('Registret er lavet med en nyere version af Sagsoverblik. Intet er ændret.\n');
        return EXIT_FAIL;
      }
    }
  }
  try {
    const result = await restoreFromBackup(register, from, defaultBackupDir(register), systemClock()());
    process.stdout.write(`Registret er gendannet fra ${from} (skemaversion ${result.schemaVersion}).\n`);
    if (result.keptAs) process.stdout.write(`Det tidligere register er gemt som ${defaultBackupDir(register)}/${result.keptAs}.\n`);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT_FAIL;
    }
    process.stderr.write('Gendannelsen mislykkedes. Registret er ikke ændret.\n');
    return EXIT_FAIL;
  }
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Gendan et register fra en sikkerhedskopi (det nuværende gemmes som kopi først).',
  usage: 'restore --register FIL --from FIL',
  async run(argv) {
    let values: { register?: string; from?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
    if (!values.from) throw new UsageError('Angiv sikkerhedskopien med --from FIL.');
    const { register, from } = values;
    // The lock is held for the whole restore: an app starting meanwhile is refused instead
    // of opening a register that is being replaced.
    let lock: InstanceLock | null;
    try {
      lock = InstanceLock.acquire(register);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      process.stderr.write('Registret er åbent i Sagsoverblik. Luk programmet, før du gendanner. Intet er ændret.\n');
      return EXIT_FAIL;
    }
    try {
      return await restore(register, from);
    } finally {
      lock?.release();
    }
  },
};
