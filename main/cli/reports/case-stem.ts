/**
 * `report case-stem --register FILE --caseworker INITIALS --out FILE.html|FILE.pdf`:
 * one caseworker's case-stem overview (issue 5), rendered with the app's print
 * component. Needs no input from the caseworker: it is what a team leader prints
 * when someone is suddenly absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createElement } from 'react';
import { AppError } from '../../../shared/api/errors';
import { toIsoDate } from '../../../shared/domain/dates';
import { openRegister } from '../../backend/db/open';
import { person } from '../../backend/features/handover/access';
import { processDue } from '../../backend/features/handover/due';
import { overviewRows, sortRows } from '../../backend/features/handover/overview';
import { renderPrintHtml } from '../../backend/print/html';
import { htmlToPdf } from '../../backend/print/pdf';
import { Reference } from '../../backend/reference';
import { CaseStemDocument } from '../../../renderer/src/features/handover/print/CaseStemDocument';
import { EXIT_FAIL, EXIT_OK, UsageError, usageFromParseError } from '../command';
import type { ReportDef } from './index';

const fail = (text: string) => {
  process.stderr.write(`${text}\n`);
  return EXIT_FAIL;
};
const sorts = { opfølgning: 'opfølgning', borger: 'borger', frist: 'frist' } as const;

export const caseStemReport: ReportDef = {
  usage: 'case-stem --register FIL --caseworker INITIALER [--sort opfølgning|borger|frist] --out FIL.html|FIL.pdf',
  async run(argv) {
    let values: { register?: string; caseworker?: string; out?: string; sort?: string };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { register: { type: 'string' }, caseworker: { type: 'string' }, out: { type: 'string' }, sort: { type: 'string' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (err) {
      throw usageFromParseError(err);
    }
    if (!values.register) throw new UsageError('Angiv registret med --register FIL.');
    if (!values.caseworker) throw new UsageError('Angiv sagsbehandlerens initialer med --caseworker.');
    if (!values.out) throw new UsageError('Angiv hvor udskriften skal gemmes med --out FIL.html eller FIL.pdf.');
    const ext = path.extname(values.out).toLowerCase();
    if (ext !== '.html' && ext !== '.pdf') throw new UsageError('Filen i --out skal ende på .html eller .pdf.');
    const sort = sorts[(values.sort ?? 'opfølgning') as keyof typeof sorts];
    if (!sort) throw new UsageError('Sortér efter opfølgning, borger eller frist.');
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
      const found = raw.prepare('SELECT id FROM users WHERE initials = ? COLLATE NOCASE').get(values.caseworker.trim()) as { id: number } | undefined;
      if (!found) return fail(`Der findes ingen sagsbehandler med initialerne "${values.caseworker}" i registret.`);
      const now = new Date();
      const today = toIsoDate(now);
      // Same as the app: expired covers and due shifts first, so the printout shows who has the cases today.
      processDue(raw, today, now.toISOString());
      const p = person(raw, found.id);
      const rows = sortRows(overviewRows(raw, new Reference(), today, { userId: p.id }), sort);
      const data = { caseworker: { id: p.id, initials: p.initials, name: p.name, teamName: p.team_name }, today, rows };
      const html = renderPrintHtml(createElement(CaseStemDocument, { data, printedOn: today }), `Sagsstammeoversigt – ${p.name}`);
      if (ext === '.html') fs.writeFileSync(values.out, html);
      else await htmlToPdf(html, values.out);
      process.stdout.write(`Sagsstammeoversigten for ${p.name} (${rows.length} åbne sager) er gemt i ${values.out}.\n`);
      return EXIT_OK;
    } catch (err) {
      if (err instanceof AppError) return fail(err.message);
      throw err;
    } finally {
      await register.close();
    }
  },
};
