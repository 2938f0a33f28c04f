/**
 * `report case-stem --register FILE --caseworker INITIALS --out FILE.html|FILE.pdf [--compact] [--user INITIALER]`:
 * one caseworker's case-stem overview (issue 5) from handover.overview, the method the
 * app's print page uses, rendered with the app's print component; `--compact` gives one
 * line per case (issue 15). Needs no input from the caseworker: it is what a team leader
 * prints when someone is suddenly absent. Expired covers and due shifts were already
 * processed when the backend opened the register, so it shows who has the cases today.
 */
import { createElement } from 'react';
import { CaseStemDocument } from '../../../shared/print/handover/CaseStemDocument';
import { renderPrintHtml } from '../../backend/print/html';
import { EXIT_OK, fail, UsageError } from '../command';
import { type DefaultUser, USER_FLAG, withBackend } from '../host';
import { parseReportFlags, reportOut, writeReport } from './common';
import type { ReportDef } from './index';

const sorts = { opfølgning: 'opfølgning', borger: 'borger', frist: 'frist' } as const;

/**
 * Without --user the overview is printed as the caseworker's team leader would print it
 * for an unplanned shift (the first active teamleder of their team), so the audit log
 * names a person who may read the stem.
 */
const leaderOf = (initials: string): DefaultUser => (users) => {
  const caseworker = users.find((u) => u.initials.toLocaleUpperCase('da') === initials.trim().toLocaleUpperCase('da'));
  if (!caseworker) return undefined;
  return users.filter((u) => u.active && u.role === 'teamleder' && u.teamId === caseworker.teamId).sort((a, b) => a.id - b.id)[0];
};

export const caseStemReport: ReportDef = {
  usage: `case-stem --register FIL --caseworker INITIALER [--sort opfølgning|borger|frist] [--compact] --out FIL.html|FIL.pdf ${USER_FLAG}`,
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
    return withBackend(values.register, values.user, async ({ call }) => {
      const wanted = caseworker.trim().toLocaleUpperCase('da');
      const found = (await call('users.list', { includeInactive: true })).rows.find((u) => u.initials.toLocaleUpperCase('da') === wanted);
      if (!found) return fail(`Der findes ingen sagsbehandler med initialerne "${caseworker}" i registret.`);
      const data = await call('handover.overview', { userId: found.id, sort });
      const name = data.caseworker.name;
      const variant = compact ? 'kompakt' : 'detaljeret';
      const html = renderPrintHtml(createElement(CaseStemDocument, { data, printedOn: data.today, variant }), `Sagsstammeoversigt – ${name}`);
      await writeReport(html, out, ext);
      const kind = compact ? ' (kompakt, én linje pr. sag)' : '';
      process.stdout.write(`Sagsstammeoversigten for ${name}${kind} (${data.rows.length} åbne sager) er gemt i ${out}.\n`);
      return EXIT_OK;
    }, leaderOf(caseworker));
  },
};
