/**
 * The frame of every printout: a header with the title, the key facts and the
 * confidential mark, then the content. Plain elements and CSS only, so it renders
 * the same in the app and server-side (main/backend/print/html.ts). The printouts live
 * in shared/print/ because both sides render them: main/ never imports from renderer/.
 */
import type { ReactNode } from 'react';
import { formatDate } from '../domain/dates';
import { CONFIDENTIAL, pageRules, printCss } from './printStyles';

export interface PrintDocumentProps {
  title: string;
  /** Shown at the top of every page. */
  runningTitle?: string;
  /** Key facts under the title: [label, value]. */
  meta: [string, string][];
  /** ISO date of printing. */
  printedOn: string;
  landscape?: boolean;
  children: ReactNode;
}

export function PrintDocument({ title, runningTitle, meta, printedOn, landscape, children }: PrintDocumentProps) {
  return (
    <div className={`print-doc${landscape ? ' landscape' : ''}`}>
      <style>{printCss + pageRules(runningTitle ?? title, landscape)}</style>
      <header className="print-header">
        <h1>{title}</h1>
        <dl className="print-meta">
          {meta.map(([label, value]) => (
            <div key={label}>
              <dt>{label}:</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>Udskrevet:</dt>
            <dd>{formatDate(printedOn)}</dd>
          </div>
        </dl>
        <p className="print-confidential">{CONFIDENTIAL}</p>
      </header>
      {children}
    </div>
  );
}
