/**
 * The in-app wrapper of a printout: a toolbar (hidden when printing) with "Udskriv"
 * and "Tilbage", then the printout itself (a PrintDocument). The desktop app prints
 * the same page to PDF; tests use Chromium's page.pdf().
 */
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { printTexts as t } from './texts';

export function PrintPage({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <main id="main">
      <div className="print-toolbar" style={{ maxWidth: '277mm', margin: '0 auto' }}>
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" onClick={() => navigate(-1)}>
          {t.back}
        </button>
      </div>
      {children}
    </main>
  );
}
