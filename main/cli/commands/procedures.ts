/**
 * `procedures import --register FIL STI...` and `procedures search --register FIL "SØGNING" [--json]`.
 * The import prints what it read and what it could not place, and imports all the
 * files or none: one file with a problem stops the whole import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { toIsoDate } from '../../../shared/domain/dates';
import { openRegister, type Register } from '../../backend/db/open';
import { previewImport, type ImportFile } from '../../backend/features/procedures/import';
import { searchProcedures } from '../../backend/features/procedures/search';
import { saveProcedure } from '../../backend/features/procedures/store';
import { Reference } from '../../backend/reference';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError, type Command } from '../command';
import { systemClock } from '../../backend/clock';

const USAGE = ['procedures import --register FIL STI...', 'procedures search --register FIL "SØGNING" [--json]'];

function readFiles(paths: string[]): ImportFile[] {
  const files: ImportFile[] = [];
  for (const p of paths) {
    const stat = fs.existsSync(p) ? fs.statSync(p) : null;
    if (!stat) throw new UsageError(`Filen findes ikke: ${p}`);
    const entries = stat.isDirectory()
      ? fs.readdirSync(p).filter((f) => /\.(md|markdown|docx)$/i.test(f)).sort().map((f) => path.join(p, f))
      : [p];
    for (const file of entries) {
      const docx = file.toLowerCase().endsWith('.docx');
      const data = fs.readFileSync(file);
      files.push({ name: path.basename(file), content: docx ? data.toString('base64') : data.toString('utf8'), encoding: docx ? 'base64' : 'text' });
    }
  }
  return files;
}

async function runImport(register: Register, paths: string[]): Promise<number> {
  if (!paths.length) throw new UsageError('Angiv mindst én fil eller mappe, der skal importeres.');
  const files = readFiles(paths);
  const items = await previewImport({ raw: register.raw, reference: new Reference() }, files);
  for (const item of items) {
    process.stdout.write(`${item.fileName}: ${item.ok ? `læst som "${item.procedure!.title}"` : 'kan ikke importeres'}\n`);
    for (const u of item.unmapped) process.stdout.write(`  Ikke overført: ${u}\n`);
    for (const p of item.problems) process.stdout.write(`  Fejl: ${p}\n`);
  }
  if (items.some((i) => !i.ok)) {
    process.stderr.write('Intet er importeret. Ret filerne med fejl, og prøv igen.\n');
    return EXIT_FAIL;
  }
  const now = systemClock()();
  register.raw.transaction(() => {
    for (const item of items) {
      saveProcedure(register.raw, item.procedure!, {
        changeNote: `Importeret fra ${item.fileName}`,
        by: null,
        at: now.toISOString(),
        lastReviewed: toIsoDate(now),
        lastReviewedBy: null,
      });
    }
  })();
  process.stdout.write(`${items.length} arbejdsgang(e) importeret.\n`);
  return EXIT_OK;
}

function runSearch(register: Register, words: string[], json: boolean): number {
  const query = words.join(' ').trim();
  if (!query) throw new UsageError('Skriv hvad der skal søges efter, fx "afslag".');
  const hits = searchProcedures(register.raw, query, { includeArchived: false, limit: 20, today: toIsoDate(systemClock()()) });
  if (json) {
    process.stdout.write(`${JSON.stringify(hits.map(({ id, title, score, snippet }) => ({ id, title, score, snippet })), null, 2)}\n`);
    return EXIT_OK;
  }
  if (!hits.length) process.stdout.write('Ingen arbejdsgange passer på søgningen.\n');
  for (const h of hits) process.stdout.write(`${String(h.id).padStart(5)}  ${h.title}\n       ${h.snippet}\n`);
  return EXIT_OK;
}

export const proceduresCommand: Command = {
  name: 'procedures',
  summary: 'Importér arbejdsgange (Markdown eller Word) eller søg i biblioteket.',
  usage: USAGE[0],
  async run(argv) {
    let values: { register?: string; json?: boolean; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals: true,
      }));
    } catch (err) {
      throw usageFromParseError(err);
    }
    if (values.help) {
      process.stdout.write(`Brug:\n${USAGE.map((u) => `  sagsoverblik ${u}`).join('\n')}\n${this.summary}\n`);
      return EXIT_OK;
    }
    const [sub, ...rest] = positionals;
    if (sub !== 'import' && sub !== 'search') throw new UsageError('Skriv "procedures import" eller "procedures search".');
    if (!values.register) throw new UsageError('Angiv registret med --register FIL.');
    if (!fs.existsSync(values.register)) {
      process.stderr.write(`Registret findes ikke: ${values.register}\n`);
      return EXIT_FAIL;
    }
    let register: Register;
    try {
      register = await openRegister(values.register);
    } catch (err) {
      if (err instanceof AppError) {
        process.stderr.write(`${err.message}\n`);
        return EXIT_FAIL;
      }
      throw err;
    }
    try {
      return sub === 'import' ? await runImport(register, rest) : runSearch(register, rest, values.json === true);
    } finally {
      await register.close();
    }
  },
};
