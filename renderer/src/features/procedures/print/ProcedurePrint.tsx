/** A procedure on A4: plain elements and the print CSS only (also rendered server-side). */
import { formatDate } from '../../../../../shared/domain/dates';
import { phaseLabels } from '../../../../../shared/domain/enums';
import { procedureStatusLabels, type ProcedureDetail } from '../../../../../shared/features/procedures';
import { PrintDocument } from '../../../../../shared/print/PrintDocument';
import { proceduresTexts } from '../texts';

const d = proceduresTexts.detail;

export function ProcedurePrint({ p, printedOn }: { p: ProcedureDetail; printedOn: string }) {
  return (
    <PrintDocument
      title={p.title}
      meta={[
        [proceduresTexts.print.version, String(p.shownVersion)],
        [proceduresTexts.print.status, procedureStatusLabels[p.status]],
        [proceduresTexts.print.owner, p.ownerName ?? proceduresTexts.summary.noOwner],
        [proceduresTexts.print.reviewDue, formatDate(p.reviewDue)],
        [d.area, proceduresTexts.areaLabels[p.area]],
        [d.phases, p.phases.map((ph) => phaseLabels[ph]).join(', ') || d.none],
        [d.paragraphs, p.paragraphLabels.join(', ') || d.none],
      ]}
      printedOn={printedOn}
    >
      {p.outOfDate && (
        <p className="print-block">
          <strong>{proceduresTexts.outOfDate}.</strong> {proceduresTexts.outOfDateText(formatDate(p.reviewDue))}
        </p>
      )}
      {p.purpose && (
        <section className="print-block">
          <h2>{d.purpose}</h2>
          {p.purpose.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </section>
      )}
      {p.steps.length > 0 && (
        <section>
          <h2>{d.steps}</h2>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>{d.what}</th>
                <th>{d.who}</th>
                <th>{d.when}</th>
              </tr>
            </thead>
            <tbody>
              {p.steps.map((s, i) => (
                <tr key={i} className="print-block">
                  <td>{i + 1}</td>
                  <td>{s.what}</td>
                  <td>{s.who}</td>
                  <td>{s.when}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {p.involvement.length > 0 && (
        <section>
          <h2>{d.involvement}</h2>
          <table>
            <thead>
              <tr>
                <th>{d.who}</th>
                <th>{d.why}</th>
                <th>{d.when}</th>
              </tr>
            </thead>
            <tbody>
              {p.involvement.map((s, i) => (
                <tr key={i} className="print-block">
                  <td>{s.who}</td>
                  <td>{s.why}</td>
                  <td>{s.when}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {p.time && (
        <section className="print-block">
          <h2>{d.time}</h2>
          <p>{p.time}</p>
        </section>
      )}
      {p.checklist.length > 0 && (
        <section className="print-block">
          <h2>{d.checklist}</h2>
          <ul>
            {p.checklist.map((item, i) => (
              <li key={i}>☐ {item}</li>
            ))}
          </ul>
        </section>
      )}
      {p.legalLinks.length > 0 && (
        <section className="print-block">
          <h2>{d.legal}</h2>
          <ul>
            {p.legalLinks.map((l) => (
              <li key={l.url + l.label}>
                {l.label}: {l.url}
              </li>
            ))}
          </ul>
        </section>
      )}
    </PrintDocument>
  );
}
