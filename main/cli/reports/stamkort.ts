/**
 * `report stamkort --register FILE --citizen CPR --out FILE.html|FILE.pdf`: one
 * citizen's stamkort, rendered with the same print component as the app. When the
 * citizen has several cases the newest open case is used, and the output says so.
 */
import { createElement } from 'react';
import { normaliseCpr } from '../../../shared/domain/cpr';
import { toIsoDate } from '../../../shared/domain/dates';
import { loadStamkort } from '../../backend/features/stamkort/load';
import { renderPrintHtml } from '../../backend/print/html';
import { Reference } from '../../backend/reference';
import { StamkortPrint } from '../../../renderer/src/features/stamkort/print/StamkortPrint';
import { EXIT_OK, UsageError } from '../command';
import { fail, parseReportFlags, reportOut, withRegister, writeReport } from './common';
import type { ReportDef } from './index';
import { systemClock } from '../../backend/clock';

const say = (text: string) => process.stdout.write(`${text}\n`);

export const stamkortReport: ReportDef = {
  usage: 'stamkort --register FIL --citizen CPR-NUMMER --out FIL.html|FIL.pdf',
  async run(argv) {
    const values = parseReportFlags(argv, ['citizen'] as const);
    if (!values.citizen) throw new UsageError('Angiv borgerens CPR-nummer med --citizen.');
    const { out, ext } = reportOut(values.out);
    const cpr = normaliseCpr(values.citizen);
    if (!cpr) return fail(`"${values.citizen}" er ikke et CPR-nummer. Skriv det som DDMMÅÅ-XXXX.`);
    return withRegister(values.register, async ({ raw }) => {
      const citizen = raw.prepare('SELECT id FROM citizens WHERE cpr = ?').get(cpr) as { id: number } | undefined;
      if (!citizen) return fail(`Der findes ingen borger med CPR-nummer ${cpr.slice(0, 6)}-${cpr.slice(6)} i registret.`);
      const cases = raw
        .prepare("SELECT id, case_number, state FROM cases WHERE citizen_id = ? ORDER BY state = 'åben' DESC, received_date DESC, id DESC")
        .all(citizen.id) as { id: number; case_number: string; state: string }[];
      if (cases.length === 0) return fail('Borgeren har ingen sager i registret, og derfor intet stamkort.');
      const chosen = cases[0];
      if (cases.length > 1) {
        say(
          chosen.state === 'åben'
            ? `Borgeren har ${cases.length} sager. Stamkortet er skrevet fra den nyeste åbne sag, ${chosen.case_number}.`
            : `Borgeren har ${cases.length} sager, ingen af dem åbne. Stamkortet er skrevet fra den nyeste sag, ${chosen.case_number}.`,
        );
      }
      const today = toIsoDate(systemClock()());
      const card = loadStamkort(raw, new Reference(), chosen.id, today, null);
      const html = renderPrintHtml(createElement(StamkortPrint, { card, printedOn: today }), `Stamkort – ${card.citizenName}`);
      await writeReport(html, out, ext);
      say(`Stamkortet er gemt i ${out}.`);
      return EXIT_OK;
    });
  },
};
