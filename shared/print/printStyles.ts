/**
 * The print conventions every printout shares (stamkort, case-stem overview,
 * handover pack, procedures, lists): A4, "Fortroligt" on every page, "Side x af y",
 * table headers repeated on each page, and blocks that are never split across pages.
 * Plain CSS (no MUI) so the same page renders in the app, in Chromium's page.pdf()
 * for the CLI and tests, and in Electron's printToPDF.
 */
export const CONFIDENTIAL = 'Fortroligt – indeholder personfølsomme oplysninger';

/** CSS string literal content: escape quotes and backslashes, drop line breaks. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

/** @page rules with the running title (top) and the confidential mark and page numbers (bottom). */
export function pageRules(runningTitle: string, landscape = false): string {
  return `
@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 18mm 14mm 18mm 14mm;
  @top-left { content: ${cssString(runningTitle)}; font: 9pt system-ui, sans-serif; color: #333; }
  @bottom-left { content: ${cssString(CONFIDENTIAL)}; font: 9pt system-ui, sans-serif; color: #000; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 9pt system-ui, sans-serif; color: #000; }
}`;
}

export const printCss = `
.print-doc { font: 10.5pt/1.35 system-ui, "Segoe UI", Arial, sans-serif; color: #000; background: #fff; }
.print-doc h1 { font-size: 16pt; margin: 0 0 2mm; }
.print-doc h2 { font-size: 12pt; margin: 4mm 0 1.5mm; break-after: avoid; }
.print-doc h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
.print-doc p { margin: 0 0 1.5mm; }
.print-header { border-bottom: 1.5pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.print-meta { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 0; }
.print-meta div { display: flex; gap: 1.5mm; }
.print-meta dt { font-weight: 600; }
.print-meta dd { margin: 0; }
.print-confidential { font-weight: 700; margin-top: 1.5mm; }
.print-block { break-inside: avoid; page-break-inside: avoid; }
.print-page-break { break-before: page; page-break-before: always; }
.print-doc table { width: 100%; border-collapse: collapse; }
.print-doc thead { display: table-header-group; }
.print-doc tr { break-inside: avoid; page-break-inside: avoid; }
.print-doc th, .print-doc td { border: 0.5pt solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
.print-doc th { background: #eee; font-weight: 600; }
.print-muted { color: #444; }
@media print { .print-toolbar { display: none !important; } }
@media screen { .print-doc { max-width: 190mm; margin: 0 auto; padding: 12mm; box-shadow: 0 0 4px #aaa; } .print-doc.landscape { max-width: 277mm; } }
`;
