/**
 * The stamkort printout: plain React and the shared print CSS (no MUI), so the app's
 * print page and the CLI (main/cli/reports/stamkort.ts) render the same document.
 * Each section is a print-block: never cut across pages.
 */
import { formatDate } from '../../domain/dates';
import { applicationStatusLabels } from '../../domain/enums';
import type { Stamkort } from '../../features/stamkort';
import { PrintDocument } from '../PrintDocument';
import { entrySummary } from './fields';
import { liveTitles, sectionTitles, stamkortTexts } from './texts';

const t = stamkortTexts;
const css = `
.stamkort-print ul { margin: 0; padding-left: 5mm; }
.stamkort-print li { margin: 0 0 0.5mm; }
.stamkort-print .missing { font-style: italic; }
.stamkort-print .review { margin: 0 0 2mm; }
`;

export function StamkortPrint({ card, printedOn }: { card: Stamkort; printedOn: string }) {
  const p = t.print;
  const titles = sectionTitles[card.area];
  const reviewed = card.confirmedOn ? `${formatDate(card.confirmedOn)}${card.confirmedBy ? ` (${card.confirmedBy})` : ''}` : p.notReviewed;
  return (
    <PrintDocument
      title={p.title(card.citizenName)}
      runningTitle={`${p.title(card.citizenName)} · ${card.cprFormatted}`}
      printedOn={printedOn}
      meta={[
        [p.cpr, card.cprFormatted],
        [p.age, `${card.age} år`],
        [p.caseNumber, card.caseNumber],
        [p.caseworker, `${card.caseworkerName} (${card.caseworkerInitials})`],
        [p.reviewed, reviewed],
      ]}
    >
      <div className="stamkort-print">
        <style>{css}</style>
        {card.review.due && (
          <p className="review">
            <strong>{t.review.due}:</strong> {card.review.reasons.join(' ')}
          </p>
        )}
        {card.sections.map((s) => (
          <section key={s.key} className="print-block">
            <h2>{titles[s.key]}</h2>
            {s.data.none && <p>{t.nothing}</p>}
            {s.data.entries.length > 0 && (
              <ul>
                {s.data.entries.map((e, i) => (
                  <li key={i}>{entrySummary(s.key, e, card.area).join(' · ')}</li>
                ))}
              </ul>
            )}
            {s.version === 0 && <p className="missing">{t.notFilled}.</p>}
          </section>
        ))}
        <section className="print-block">
          <h2>{liveTitles.applications}</h2>
          {card.applications.length === 0 ? (
            <p>{t.live.noApplications}</p>
          ) : (
            <ul>
              {card.applications.map((a) => (
                <li key={a.id}>
                  {a.paragraphShort} · {t.live.received.toLowerCase()} {formatDate(a.receivedDate)} · {applicationStatusLabels[a.status]} · {t.live.case.toLowerCase()} {a.caseNumber}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="print-block">
          <h2>{liveTitles.services}</h2>
          {card.services.length === 0 ? (
            <p>{t.live.noServices}</p>
          ) : (
            <ul>
              {card.services.map((s) => (
                <li key={s.id}>
                  {s.serviceType} ({s.paragraphShort}){s.provider ? ` · ${s.provider}` : ''} · {formatDate(s.startDate)} – {formatDate(s.endDate)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </PrintDocument>
  );
}
