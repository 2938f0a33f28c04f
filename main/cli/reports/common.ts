/** What every printout command shares: --register/--out/--user flags and writing .html or .pdf. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { htmlToPdf } from '../../backend/print/pdf';
import { writeOwnerOnly } from '../../backend/private-files';
import { UsageError, usageFromParseError } from '../command';

/** Parses --register, --out, --user and the report's own string flags; checks --register. */
export function parseReportFlags<K extends string>(argv: string[], own: readonly K[]) {
  let values: Partial<Record<K | 'register' | 'out' | 'user', string>>;
  try {
    const options = Object.fromEntries(['register', 'out', 'user', ...own].map((name) => [name, { type: 'string' as const }]));
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

/** Printouts hold personal data: readable by their owner only. */
export async function writeReport(html: string, out: string, ext: '.html' | '.pdf'): Promise<void> {
  if (ext === '.html') writeOwnerOnly(out, html);
  else await htmlToPdf(html, out);
}
