/**
 * HTML → PDF with the system's Chromium (the CLI and tests; the desktop app uses
 * Electron's printToPDF instead). Page size, margins, running title, "Fortroligt"
 * and "Side x af y" all come from the page's own @page CSS.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { writeOwnerOnly } from '../private-files';

const CANDIDATES = [
  process.env.SAGSOVERBLIK_CHROMIUM,
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new AppError(
      'INTERNAL',
      'Der blev ikke fundet en Chromium-, Chrome- eller Edge-browser til at lave PDF. Angiv stien i SAGSOVERBLIK_CHROMIUM.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Renders the HTML to a PDF file (written atomically: a failed print leaves no half file; owner-only). */
export async function htmlToPdf(html: string, outFile: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const tmp = path.join(path.dirname(path.resolve(outFile)), `.${path.basename(outFile)}.tmp`);
    writeOwnerOnly(tmp, pdf); // a printout holds personal data
    fs.renameSync(tmp, outFile);
  } finally {
    await browser.close();
  }
}
