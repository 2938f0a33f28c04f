/**
 * `report stamkort --register FILE --citizen CPR --out FILE.html|FILE.pdf [--user INITIALER]`:
 * one citizen's stamkort, through the same backend methods and print component as the
 * app (the reads are in the audit log). When the citizen has several cases the newest
 * open case is used, and the output says so.
 */
import { createElement } from 'react';
import { formatCpr, normaliseCpr } from '../../../shared/domain/cpr';
import { toIsoDate } from '../../../shared/domain/dates';
import { StamkortPrint } from '../../../shared/print/stamkort/StamkortPrint';
import { systemClock } from '../../backend/clock';
import { renderPrintHtml } from '../../backend/print/html';
import { EXIT_OK, fail, UsageError } from '../command';
import { USER_FLAG, withBackend } from '../host';
import { parseReportFlags, reportOut, writeReport } from './common';
import type { ReportDef } from './index';

const say = (text: string) => process.stdout.write(`${text}\n`);

export const stamkortReport: ReportDef = {
  usage: `stamkort --register FIL --citizen CPR-NUMMER --out FIL.html|FIL.pdf ${USER_FLAG}`,
  async run(argv) {
    const values = parseReportFlags(argv, ['citizen'] as const);
    if (!values.citizen) throw new UsageError('Angiv borgerens CPR-nummer med --citizen.');
    const { out, ext } = reportOut(values.out);
    const cpr = normaliseCpr(values.citizen);
    if (!cpr) return fail(`"${values.citizen}" er ikke et CPR-nummer. Skriv det som DDMMÅÅ-XXXX.`);
    return withBackend(values.register, values.user, async ({ call }) => {
      // All ten digits: the search's CPR prefix range holds this citizen only.
      const citizen = (await call('citizens.search', { query: cpr })).rows.find((c) => c.cprFormatted === formatCpr(cpr));
      // The CPR number is not repeated: stderr ends up in logs.
      if (!citizen) return fail('Der findes ingen borger med det CPR-nummer i registret.');
      const open = (state: string) => (state === 'åben' ? 1 : 0);
      const cases = [...(await call('citizens.get', { id: citizen.id })).cases].sort(
        (a, b) => open(b.state) - open(a.state) || b.receivedDate.localeCompare(a.receivedDate) || b.id - a.id,
      );
      if (cases.length === 0) return fail('Borgeren har ingen sager i registret, og derfor intet stamkort.');
      const chosen = cases[0];
      if (cases.length > 1) {
        say(
          chosen.state === 'åben'
            ? `Borgeren har ${cases.length} sager. Stamkortet er skrevet fra den nyeste åbne sag, ${chosen.caseNumber}.`
            : `Borgeren har ${cases.length} sager, ingen af dem åbne. Stamkortet er skrevet fra den nyeste sag, ${chosen.caseNumber}.`,
        );
      }
      const card = await call('stamkort.get', { caseId: chosen.id });
      const today = toIsoDate(systemClock()());
      const html = renderPrintHtml(createElement(StamkortPrint, { card, printedOn: today }), `Stamkort – ${card.citizenName}`);
      await writeReport(html, out, ext);
      say(`Stamkortet er gemt i ${out}.`);
      return EXIT_OK;
    });
  },
};
