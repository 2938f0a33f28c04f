/** The case-stem overview as HTML and printed to PDF in Chromium, as the CLI's `report case-stem` does. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Backend } from '../../main/backend/backend';
import { renderPrintHtml } from '../../main/backend/print/html';
import { htmlToPdf } from '../../main/backend/print/pdf';
import { isMethod, type Output } from '../../shared/api/contract';
import { CaseStemDocument } from '../../shared/print/handover/CaseStemDocument';

export function caseStemPrintOps(backend: Backend, userId: number) {
  if (!isMethod('handover.overview')) return null;
  const html = async () => {
    const data = (await backend.call('handover.overview', { userId })) as Output<'handover.overview'>;
    return renderPrintHtml(<CaseStemDocument data={data} printedOn={data.today} />, 'Sagsstammeoversigt');
  };
  const out = path.join(os.tmpdir(), `sagsoverblik-bench-${process.pid}.pdf`);
  return {
    html,
    pdf: async () => {
      await htmlToPdf(await html(), out);
      fs.rmSync(out, { force: true });
    },
  };
}
