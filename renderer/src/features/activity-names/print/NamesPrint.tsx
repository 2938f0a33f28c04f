/**
 * The introduction for new staff: the whole active list grouped by phase, with what
 * belongs under each name. Plain React + print CSS (no MUI) so the CLI can render it too.
 * Each entry is a print-block, so none is split across pages.
 */
import { phaseLabels, phases } from '../../../../../shared/domain/enums';
import { nameAreaLabels, type ActivityName } from '../../../../../shared/features/activity-names';
import { PrintDocument } from '../../../../../shared/print/PrintDocument';
import { namesTexts } from '../texts';

const t = namesTexts.print;

export function NamesPrint({ names, printedOn }: { names: ActivityName[]; printedOn: string }) {
  const active = names.filter((n) => n.active);
  return (
    <PrintDocument title={t.title} runningTitle={t.running} meta={[[t.count, String(active.length)]]} printedOn={printedOn}>
      <p>{t.intro}</p>
      {phases.map((phase) => {
        const rows = active.filter((n) => n.phase === phase);
        if (rows.length === 0) return null;
        return (
          <section key={phase}>
            <h2>{phaseLabels[phase]}</h2>
            {rows.map((n) => (
              <div key={n.id} className="print-block" style={{ borderTop: '0.5pt solid #999', padding: '1.5mm 0' }}>
                <h3>{n.name}</h3>
                <p className="print-muted">
                  {t.area}: {nameAreaLabels[n.area]}
                  {n.synonyms.length > 0 && ` · ${t.synonyms}: ${n.synonyms.join(', ')}`}
                </p>
                <p>
                  <strong>{t.belongs}:</strong> {n.content}
                </p>
                {n.guidance && (
                  <p>
                    <strong>{t.guidance}:</strong> {n.guidance}
                  </p>
                )}
                {n.example && (
                  <p>
                    <strong>{t.example}:</strong> <em>{n.example}</em>
                  </p>
                )}
              </div>
            ))}
          </section>
        );
      })}
    </PrintDocument>
  );
}
