/**
 * `report case-stem --register FILE --caseworker INITIALS --out FILE.html|FILE.pdf [--compact]`:
 * one caseworker's case-stem overview (issue 5), rendered with the app's print
 * component; `--compact` gives one line per case (issue 15). Needs no input from the
 * caseworker: it is what a team leader prints when someone is suddenly absent.
 */
import { createElement } from 'react';
import { toIsoDate } from '../../../shared/domain/dates';
import { person } from '../../backend/features/handover/access';
import { processDue } from '../../backend/features/handover/due';
import { overviewRows, sortRows } from '../../backend/features/handover/overview';
import { renderPrintHtml } from '../../backend/print/html';
import { Reference } from '../../backend/reference';
import { CaseStemDocument } from '../../../renderer/src/features/handover/print/CaseStemDocument';
import { EXIT_OK, UsageError } from '../command';
import { fail, parseReportFlags, reportOut, withRegister, writeReport } from './common';
import type { ReportDef } from './index';
import { systemClock } from '../../backend/clock';

const sorts = { opfølgning: 'opfølgning', borger: 'borger', frist: 'frist' } as const;

export const caseStemReport: ReportDef = {
  usage: 'case-stem --register FIL --caseworker INITIALER [--sort opfølgning|borger|frist] [--compact] --out FIL.html|FIL.pdf',
  async run(argv) {
    // --compact is the one flag without a value; the shared parser takes string flags only.
    const compact = argv.includes('--compact');
    const values = parseReportFlags(
      argv.filter((a) => a !== '--compact'),
      ['caseworker', 'sort'] as const,
    );
    if (!values.caseworker) throw new UsageError('Angiv sagsbehandlerens initialer med --caseworker.');
    const caseworker = values.caseworker;
    const { out, ext } = reportOut(values.out);
    const sort = sorts[(values.sort ?? 'opfølgning') as keyof typeof sorts];
    if (!sort) throw new UsageError('Sortér efter opfølgning, borger eller frist.');
    return withRegister(values.register, async ({ raw }) => {
      const found = raw.prepare('SELECT id FROM users WHERE initials = ? COLLATE NOCASE').get(caseworker.trim()) as { id: number } | undefined;
      if (!found) return fail(`Der findes ingen sagsbehandler med initialerne "${caseworker}" i registret.`);
      const now = systemClock()();
      const today = toIsoDate(now);
      // Same as the app: expired covers and due shifts first, so the printout shows who has the cases today.
      processDue(raw, today, now.toISOString());
      const p = person(raw, found.id);
      const rows = sortRows(overviewRows(raw, new Reference(), today, { userId: p.id }), sort);
      const data = { caseworker: { id: p.id, initials: p.initials, name: p.name, teamName: p.team_name }, today, rows };
      const variant = compact ? 'kompakt' : 'detaljeret';
      const html = renderPrintHtml(createElement(CaseStemDocument, { data, printedOn: today, variant }), `Sagsstammeoversigt – ${p.name}`);
      await writeReport(html, out, ext);
      const kind = compact ? ' (kompakt, én linje pr. sag)' : '';
      process.stdout.write(`Sagsstammeoversigten for ${p.name}${kind} (${rows.length} åbne sager) er gemt i ${out}.\n`);
      return EXIT_OK;
    });
  },
};
