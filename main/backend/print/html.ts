/** A printout as a standalone HTML file (CLI reports, PDF rendering): the same React print components as in the app (shared/print/). */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function renderPrintHtml(element: ReactElement, title: string): string {
  const body = renderToStaticMarkup(element);
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0">${body}</body>
</html>
`;
}
