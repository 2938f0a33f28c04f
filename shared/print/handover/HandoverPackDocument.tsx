/**
 * The printed handover pack: the meeting agenda, then one sheet per case, each on a
 * new page – prefilled from the register, plus what the outgoing caseworker wrote.
 * Plain React + print CSS.
 */
import { formatDate } from '../../domain/dates';
import type { Pack } from '../../features/handover';
import { PrintDocument } from '../PrintDocument';
import { handoverTexts as t } from './texts';
import { applicationText, lastActivityText, partyText, phaseOf, serviceText } from './labels';

const p = t.print;
const fields = ['essentials', 'deviation', 'agreements', 'knowledgeElsewhere', 'familyTold'] as const;

export function HandoverPackDocument({ data, printedOn }: { data: Pack; printedOn: string }) {
  const s = data.shift;
  const rows = new Map(data.rows.map((r) => [r.caseId, r]));
  const total = s.cases.reduce((n, c) => n + c.minutes, 0);
  return (
    <PrintDocument
      title={`${t.packTitle} – ${s.fromName}`}
      meta={[
        [p.from, s.fromName],
        [p.team, s.teamName],
        [p.shiftDate, formatDate(s.shiftDate)],
        [p.meeting, s.meetingDate ? formatDate(s.meetingDate) : p.none],
      ]}
      printedOn={printedOn}
    >
      <h2>{t.agenda}</h2>
      <p>
        {t.participants}: {s.participants || p.none}
      </p>
      <table>
        <thead>
          <tr>
            <th>{p.order}</th>
            <th>{p.case}</th>
            <th>{p.citizen}</th>
            <th>{p.receiver}</th>
            <th>{p.minutes}</th>
          </tr>
        </thead>
        <tbody>
          {s.cases.map((c, i) => (
            <tr key={c.caseId}>
              <td>{i + 1}</td>
              <td>{c.caseNumber}</td>
              <td>{c.citizenName}</td>
              <td>{c.toName}</td>
              <td>{c.minutes}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={4}>
              <strong>{p.total}</strong>
            </td>
            <td>{total}</td>
          </tr>
        </tbody>
      </table>
      {s.cases.map((c) => {
        const r = rows.get(c.caseId);
        return (
          <section key={c.caseId} className="print-page-break">
            <h2>{t.sheetTitle(c.caseNumber)}</h2>
            <p>
              <strong>{c.citizenName}</strong>
              {r ? `, ${r.cprFormatted}, ${r.age} ${p.years}` : ''} · {p.receiver}: {c.toName}
            </p>
            {r ? (
              <div className="print-block">
                <h3>{p.prefilled}</h3>
                <p>
                  {r.paragraphs.join(', ')} · {phaseOf(r)} · {p.followUp}: {r.nextFollowUp ? formatDate(r.nextFollowUp) : p.none}
                  {r.deadline ? ` · ${p.deadline}: ${formatDate(r.deadline)}` : ''}
                  {r.overdue.length ? ` · ${r.overdue.join(', ')}` : ''}
                </p>
                <p>
                  {p.stamkort}: {r.stamkortCurrent ? p.current : p.notCurrent}
                  {r.parties.length ? ` · ${r.parties.map(partyText).join('; ')}` : ''}
                </p>
                <p>
                  {p.services}: {r.services.length ? r.services.map(serviceText).join('; ') : p.none}
                </p>
                <p>
                  {p.applications}: {r.applications.length ? r.applications.map(applicationText).join('; ') : p.none}
                </p>
                <p>
                  {p.recent}: {r.recentActivities.length ? r.recentActivities.map((a) => `${formatDate(a.date)} ${a.name}`).join('; ') : lastActivityText(r)}
                </p>
              </div>
            ) : null}
            <h3>{p.fromCaseworker}</h3>
            {fields.map((f) => (
              <div key={f} className="print-block">
                <p>
                  <strong>{t.sheetFields[f]}</strong>
                </p>
                <p style={{ whiteSpace: 'pre-wrap' }}>{c[f] || p.notFilled}</p>
              </div>
            ))}
          </section>
        );
      })}
    </PrintDocument>
  );
}
