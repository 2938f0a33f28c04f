/**
 * `report stamkort --register FILE --citizen CPR --out FILE.html|FILE.pdf`: one
 * citizen's stamkort, rendered with the same print component as the app. When the
 * citizen has several cases the newest open case is used, and the output says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createElement } from 'react';
import { AppError } from '../../../shared/api/errors';
import { normaliseCpr } from '../../../shared/domain/cpr';
import { toIsoDate } from '../../../shared/domain/dates';
import { openRegister } from '../../backend/db/open';
import { loadStamkort } from '../../backend/features/stamkort/load';
import { renderPrintHtml } from '../../backend/print/html';
import { htmlToPdf } from '../../backend/print/pdf';
import { Reference } from '../../backend/reference';
import { StamkortPrint } from '../../../renderer/src/features/stamkort/print/StamkortPrint';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError } from '../command';
import type { ReportDef } from './index';

const say = (text: string) => process.stdout.write(`${text}\n`);
const fail = (text: string) => {
  process.stderr.write(`${text}\n`);
  return EXIT_FAIL;
};

export const stamkortReport: ReportDef = {
  usage: 'stamkort --register FIL --citizen CPR-NUMMER --out FIL.html|FIL.pdf',
  async run(argv) {
    let values: { register?: string; citizen?: string; out?: string };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, citizen: { type: 'string' }, out: { type: 'string' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (err) {
      throw usageFromParseError(err);
    }
    if (!values.register) throw new UsageError('Angiv registret med --register FIL.');
    if (!values.citizen) throw new UsageError('Angiv borgerens CPR-nummer med --citizen.');
    if (!values.out) throw new UsageError('Angiv hvor udskriften skal gemmes med --out FIL.html eller FIL.pdf.');
    const ext = path.extname(values.out).toLowerCase();
    if (ext !== '.html' && ext !== '.pdf') throw new UsageError('Filen i --out skal ende på .html eller .pdf.');
    const cpr = normaliseCpr(values.citizen);
    if (!cpr) return fail(`"${values.citizen}" er ikke et CPR-nummer. Skriv det som DDMMÅÅ-XXXX.`);
    // Never create a register here: a missing or empty file is an error, not a new register.
    if (!fs.existsSync(values.register) || fs.statSync(values.register).size === 0) return fail(`Registret findes ikke: ${values.register}`);

    let register;
    try {
      register = await openRegister(values.register);
    } catch (err) {
      if (err instanceof AppError) return fail(err.message);
      throw err;
    }
    try {
      const raw = register.raw;
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
      const today = toIsoDate(new Date());
      const card = loadStamkort(raw, new Reference(), chosen.id, today, null);
      const html = renderPrintHtml(createElement(StamkortPrint, { card, printedOn: today }), `Stamkort – ${card.citizenName}`);
      if (ext === '.html') {
        fs.writeFileSync(values.out, html);
      } else {
        await htmlToPdf(html, values.out);
      }
      say(`Stamkortet er gemt i ${values.out}.`);
      return EXIT_OK;
    } catch (err) {
      if (err instanceof AppError) return fail(err.message);
      throw err;
    } finally {
      await register.close();
    }
  },
};
