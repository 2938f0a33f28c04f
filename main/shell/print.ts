/** Printing the current page to PDF (A4, backgrounds kept) for the print views. Not wired to a menu yet. */
import type { WebContents } from 'electron';
import fs from 'node:fs/promises';

export interface PdfOptions {
  landscape?: boolean;
  /** Write the PDF here as well as returning it. */
  file?: string;
}

export async function printToPDF(contents: WebContents, options: PdfOptions = {}): Promise<Buffer> {
  const data = await contents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    landscape: options.landscape ?? false,
    // The print CSS sets @page margins and page numbers; let it win.
    preferCSSPageSize: true,
  });
  if (options.file) await fs.writeFile(options.file, data);
  return data;
}
