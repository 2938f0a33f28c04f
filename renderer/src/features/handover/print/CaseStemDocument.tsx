/**
 * The printed case-stem overview: A4 landscape, one row per open case. Each case is its
 * own <tbody class="print-block"> so it is never split across pages, and the header
 * row repeats on every page. Plain React + print CSS (the CLI renders it server-side).
 */
import { formatDate } from '../../../../../shared/domain/dates';
import type { Overview } from '../../../../../shared/features/handover';
import { PrintDocument } from '../../../print/PrintDocument';
import { handoverTexts as t } from '../texts';
import { applicationText, lastActivityText, partyText, phaseOf, serviceText } from './labels';

const p = t.print;
// Landscape columns sized for the content, so a typical case fits in a few lines.
const css = `
.case-stem { font-size: 8.5pt; table-layout: fixed; }
.case-stem th:nth-child(1) { width: 14%; } .case-stem th:nth-child(2) { width: 11%; } .case-stem th:nth-child(3) { width: 11%; }
.case-stem th:nth-child(4) { width: 14%; } .case-stem th:nth-child(5) { width: 14%; } .case-stem th:nth-child(6) { width: 16%; }
.case-stem th:nth-child(7) { width: 12%; } .case-stem th:nth-child(8) { width: 8%; }
`;

export function CaseStemDocument({ data, printedOn }: { data: Overview; printedOn: string }) {
  const cw = data.caseworker;
  return (
    <PrintDocument
      title={`${t.overviewTitle} – ${cw.name} (${cw.initials})`}
      runningTitle={`${t.overviewTitle} – ${cw.name}`}
      meta={[
        [p.caseworker, `${cw.name} (${cw.initials})`],
        [p.team, cw.teamName],
        [p.cases, String(data.rows.length)],
      ]}
      printedOn={printedOn}
      landscape
    >
      {data.rows.length === 0 ? (
        <p>{p.noCases}</p>
      ) : (
        <>
          <style>{css}</style>
          <table className="case-stem">
            <thead>
              <tr>
                <th>{p.citizen}</th>
                <th>{p.case}</th>
                <th>{p.followUp}</th>
                <th>{p.services}</th>
                <th>{p.applications}</th>
                <th>{p.parties}</th>
                <th>{p.lastActivity}</th>
                <th>{p.stamkort}</th>
              </tr>
            </thead>
            {data.rows.map((r) => (
              <tbody key={r.caseId} className="print-block">
                <tr>
                  <td>
                    <strong>{r.citizenName}</strong>
                    <br />
                    {r.cprFormatted}, {r.age} {p.years}
                  </td>
                  <td>
                    {r.caseNumber}
                    <br />
                    {r.paragraphs.join(', ')}
                    <br />
                    <span className="print-muted">{phaseOf(r)}</span>
                  </td>
                  <td>
                    {r.nextFollowUp ? formatDate(r.nextFollowUp) : p.none}
                    {r.deadline ? (
                      <>
                        <br />
                        {p.deadline} {formatDate(r.deadline)}
                      </>
                    ) : null}
                    {r.overdue.map((o) => (
                      <div key={o}>
                        <strong>{o}</strong>
                      </div>
                    ))}
                  </td>
                  <td>{r.services.length ? r.services.map((s, i) => <div key={i}>{serviceText(s)}</div>) : p.none}</td>
                  <td>{r.applications.length ? r.applications.map((a, i) => <div key={i}>{applicationText(a)}</div>) : p.none}</td>
                  {/* Roles like "Forældremyndighedsindehaver" are wider than the column: break them rather than run into the next one. */}
                  <td style={{ hyphens: 'auto', overflowWrap: 'anywhere' }}>{r.parties.length ? r.parties.map((x, i) => <div key={i}>{partyText(x)}</div>) : p.none}</td>
                  <td>{lastActivityText(r)}</td>
                  <td>{r.stamkortCurrent ? p.current : p.notCurrent}</td>
                </tr>
              </tbody>
            ))}
          </table>
        </>
      )}
    </PrintDocument>
  );
}
