/**
 * `procedures import --register FIL STI...` and `procedures search --register FIL "SØGNING" [--json]`,
 * through the same methods as the app's import page and search box (procedures.importPreview,
 * procedures.importConfirm, procedures.search), so the library's role rule and the instance
 * lock apply. The import prints what it read and what it could not place, and imports all
 * the files or none: one file with a problem stops the whole import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Input } from '../../../shared/api/contract';
import { EXIT_FAIL, EXIT_OK, fail, UsageError, usageFromParseError, type Command } from '../command';
import { USER_FLAG, withBackend, type CliHost } from '../host';

const USAGE = [`procedures import --register FIL STI... ${USER_FLAG}`, `procedures search --register FIL "SØGNING" [--json] ${USER_FLAG}`];

type ImportFile = Input<'procedures.importPreview'>['files'][number];

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

async function runImport({ call }: CliHost, files: ImportFile[]): Promise<number> {
  const items = (await call('procedures.importPreview', { files })).rows;
  for (const item of items) {
    process.stdout.write(`${item.fileName}: ${item.ok ? `læst som "${item.procedure!.title}"` : 'kan ikke importeres'}\n`);
    for (const u of item.unmapped) process.stdout.write(`  Ikke overført: ${u}\n`);
    for (const p of item.problems) process.stdout.write(`  Fejl: ${p}\n`);
  }
  if (items.some((i) => !i.ok)) {
    process.stderr.write('Intet er importeret. Ret filerne med fejl, og prøv igen.\n');
    return EXIT_FAIL;
  }
  // One call, one transaction: all of them or none.
  await call('procedures.importConfirm', { procedures: items.map((i) => i.procedure!) });
  process.stdout.write(`${items.length} arbejdsgang(e) importeret.\n`);
  return EXIT_OK;
}

async function runSearch({ call }: CliHost, query: string, json: boolean): Promise<number> {
  const hits = (await call('procedures.search', { query, includeArchived: false, limit: 20 })).rows;
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
    let values: { register?: string; json?: boolean; user?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, json: { type: 'boolean' }, user: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
    if (!fs.existsSync(values.register)) return fail(`Registret findes ikke: ${values.register}`);
    if (sub === 'import') {
      if (!rest.length) throw new UsageError('Angiv mindst én fil eller mappe, der skal importeres.');
      // The files are read before the register is opened: a missing file is a usage error that holds no lock.
      const files = readFiles(rest);
      return withBackend(values.register, values.user, (host) => runImport(host, files));
    }
    const query = rest.join(' ').trim();
    if (!query) throw new UsageError('Skriv hvad der skal søges efter, fx "afslag".');
    return withBackend(values.register, values.user, (host) => runSearch(host, query, values.json === true));
  },
};
