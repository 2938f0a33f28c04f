/**
 * `report <kind> --register FILE ... --out FILE [--user INITIALER]`: printouts written as
 * .html or .pdf by the extension of --out (PDF via the system's Chromium). Each kind is
 * one file in main/cli/reports/ registered in reports/index.ts.
 */
import { EXIT_FAIL, UsageError, type Command } from '../command';
import { USER_FLAG } from '../host';
import { reports } from '../reports';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Skriv en udskrift (stamkort m.fl.) som .html eller .pdf.',
  usage: `report <${Object.keys(reports).join('|') || 'type'}> --register FIL ... --out FIL.html|FIL.pdf ${USER_FLAG}`,
  async run(argv) {
    const [kind, ...rest] = argv;
    const report = kind ? reports[kind] : undefined;
    if (!report) {
      throw new UsageError(`Ukendt udskrift${kind ? `: ${kind}` : ''}. Mulige: ${Object.keys(reports).join(', ')}.`);
    }
    return (await report.run(rest)) ?? EXIT_FAIL;
  },
};
