/**
 * The printed case-stem overview, A4 landscape, in two layouts with the same header,
 * "Fortroligt" and "Side x af y" (PrintDocument):
 * - detaljeret: one block per open case (services, applications, every party, last
 *   activity). Each case is its own <tbody class="print-block"> so it is never split
 *   across pages; the header row repeats on every page.
 * - kompakt: one line per case (citizen, CPR, case, paragraph, next follow-up,
 *   deadline, overdue marks, the one party to call), about 30 cases a page.
 * Columns are sized by the browser's automatic table layout from width hints, so a
 * word is never broken inside: a cell wraps only between words, and dates, CPR and
 * phone numbers never wrap. Plain React + print CSS (the CLI renders it server-side).
 */
import { formatDate } from '../../domain/dates';
import { recipientRoleLabels, type Overview, type OverviewRow } from '../../features/handover';
import { PrintDocument } from '../PrintDocument';
import { handoverTexts as t } from './texts';
import { overdueShort, partyToCall, phaseOf } from './labels';
import type { CaseStemVariant } from './variant';

const p = t.print;

const css = `
.case-stem .nw, .case-stem-compact .nw { white-space: nowrap; }
.case-stem { font-size: 8.5pt; }
/* Width hints; the parties column fits "Forældremyndighedsindehaver:", the follow-up column a bold "Opfølgning overskredet". */
.case-stem th:nth-child(1) { width: 11%; } .case-stem th:nth-child(2) { width: 10%; } .case-stem th:nth-child(3) { width: 17%; }
.case-stem th:nth-child(4) { width: 12%; } .case-stem th:nth-child(5) { width: 12%; } .case-stem th:nth-child(6) { width: 19%; }
.case-stem th:nth-child(7) { width: 11%; } .case-stem th:nth-child(8) { width: 8%; }
.case-stem-note { font-size: 8.5pt; }
/* 8pt and narrow padding: a typical line (25-letter name, two paragraphs, both overdue marks, a custody holder) fits 269 mm. */
.case-stem-compact { font-size: 8pt; line-height: 1.25; }
.case-stem-compact th, .case-stem-compact td { padding: 0.5mm 1mm; }
.case-stem-compact tbody tr:nth-child(even) td { background: #f0f0f0; }
`;

export function CaseStemDocument({ data, printedOn, variant = 'detaljeret' }: { data: Overview; printedOn: string; variant?: CaseStemVariant }) {
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
          {variant === 'kompakt' ? <CompactTable rows={data.rows} /> : <DetailedTable rows={data.rows} />}
        </>
      )}
    </PrintDocument>
  );
}

const Nw = ({ children }: { children: string }) => <span className="nw">{children}</span>;

function DetailedTable({ rows }: { rows: OverviewRow[] }) {
  return (
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
      {rows.map((r) => (
        <tbody key={r.caseId} className="print-block">
          <tr>
            <td>
              <strong>{r.citizenName}</strong>
              <br />
              <Nw>{r.cprFormatted}</Nw>, <Nw>{`${r.age} ${p.years}`}</Nw>
            </td>
            <td>
              <Nw>{r.caseNumber}</Nw>
              <br />
              {r.paragraphs.map((x, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <Nw>{x}</Nw>
                </span>
              ))}
              <br />
              <span className="print-muted">{phaseOf(r)}</span>
            </td>
            <td>
              {r.nextFollowUp ? <Nw>{formatDate(r.nextFollowUp)}</Nw> : p.none}
              {r.deadline ? (
                <>
                  <br />
                  <Nw>{`${p.deadline} ${formatDate(r.deadline)}`}</Nw>
                </>
              ) : null}
              {r.overdue.map((o) => (
                <div key={o}>
                  <strong>{o}</strong>
                </div>
              ))}
            </td>
            <td>
              {r.services.length
                ? r.services.map((s, i) => (
                    <div key={i}>
                      {s.name} ({s.endDate ? <Nw>{formatDate(s.endDate)}</Nw> : p.noEnd})
                    </div>
                  ))
                : p.none}
            </td>
            <td>
              {r.applications.length
                ? r.applications.map((a, i) => (
                    <div key={i}>
                      <Nw>{a.paragraph}</Nw>, modtaget <Nw>{formatDate(a.receivedDate)}</Nw> ({a.deadline ? <Nw>{`frist ${formatDate(a.deadline)}`}</Nw> : p.noDeadline})
                    </div>
                  ))
                : p.none}
            </td>
            <td>
              {r.parties.length
                ? r.parties.map((x, i) => (
                    <div key={i}>
                      {recipientRoleLabels[x.role]}: {x.name}
                      {x.phone ? (
                        <>
                          , <Nw>{`tlf. ${x.phone}`}</Nw>
                        </>
                      ) : null}
                    </div>
                  ))
                : p.none}
            </td>
            <td>
              {r.lastActivity ? (
                <>
                  <Nw>{formatDate(r.lastActivity.date)}</Nw> {r.lastActivity.name}
                </>
              ) : (
                p.none
              )}
            </td>
            <td>{r.stamkortCurrent ? p.current : p.notCurrent}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function CompactTable({ rows }: { rows: OverviewRow[] }) {
  return (
    <>
      <p className="print-muted case-stem-note">{p.compactNote}</p>
      <table className="case-stem-compact">
        <thead>
          <tr>
            <th>{p.citizen}</th>
            <th>{p.cpr}</th>
            <th>{p.case}</th>
            <th>{p.paragraph}</th>
            <th>{p.nextFollowUp}</th>
            <th>{p.deadline}</th>
            <th>{p.overdue}</th>
            <th>{p.call}</th>
            <th>{p.phone}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const call = partyToCall(r);
            return (
              <tr key={r.caseId} className="print-block">
                <td>{r.citizenName}</td>
                <td className="nw">{r.cprFormatted}</td>
                <td className="nw">{r.caseNumber}</td>
                <td>
                  {r.paragraphs.length
                    ? r.paragraphs.map((x, i) => (
                        <span key={i}>
                          {i > 0 && ', '}
                          <Nw>{x}</Nw>
                        </span>
                      ))
                    : p.none}
                </td>
                <td className="nw">{r.nextFollowUp ? formatDate(r.nextFollowUp) : p.none}</td>
                <td className="nw">{r.deadline ? formatDate(r.deadline) : p.none}</td>
                <td>
                  <strong>{overdueShort(r.overdue)}</strong>
                </td>
                <td>
                  {call ? (
                    <>
                      {call.name}
                      {call.role ? <span className="print-muted"> ({call.role})</span> : null}
                    </>
                  ) : (
                    p.none
                  )}
                </td>
                <td className="nw">{call?.phone || p.none}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
