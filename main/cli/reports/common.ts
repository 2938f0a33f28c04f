/** What every printout command shares: --register/--out flags, opening an existing register, writing .html or .pdf. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { openRegister, type Register } from '../../backend/db/open';
import { htmlToPdf } from '../../backend/print/pdf';
import { EXIT_FAIL, UsageError, usageFromParseError } from '../command';

export const fail = (text: string) => {
  process.stderr.write(`${text}\n`);
  return EXIT_FAIL;
};

/** Parses --register, --out and the report's own string flags; checks the two shared ones. */
export function parseReportFlags<K extends string>(argv: string[], own: readonly K[]) {
  let values: Partial<Record<K | 'register' | 'out', string>>;
  try {
    const options = Object.fromEntries(['register', 'out', ...own].map((name) => [name, { type: 'string' as const }]));
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }) as unknown as { values: typeof values });
  } catch (err) {
    throw usageFromParseError(err);
  }
  if (!values.register) throw new UsageError('Angiv registret med --register FIL.');
  return values as typeof values & { register: string };
}

/** The --out file and its kind; checked after the report's own required flags, as the usage lists them. */
export function reportOut(out: string | undefined): { out: string; ext: '.html' | '.pdf' } {
  if (!out) throw new UsageError('Angiv hvor udskriften skal gemmes med --out FIL.html eller FIL.pdf.');
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.html' && ext !== '.pdf') throw new UsageError('Filen i --out skal ende på .html eller .pdf.');
  return { out, ext };
}

/** Opens an existing register (never creates one), runs the report, closes it; Danish messages for known errors. */
export async function withRegister(file: string, report: (register: Register) => Promise<number>): Promise<number> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return fail(`Registret findes ikke: ${file}`);
  let register: Register;
  try {
    register = await openRegister(file);
  } catch (err) {
    if (err instanceof AppError) return fail(err.message);
    throw err;
  }
  try {
    return await report(register);
  } catch (err) {
    if (err instanceof AppError) return fail(err.message);
    throw err;
  } finally {
    await register.close();
  }
}

export async function writeReport(html: string, out: string, ext: '.html' | '.pdf'): Promise<void> {
  if (ext === '.html') fs.writeFileSync(out, html);
  else await htmlToPdf(html, out);
}
