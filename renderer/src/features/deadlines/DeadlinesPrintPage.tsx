/** Print views under /udskriv/frister/*: the published deadline list and the invitation list per meeting. Plain elements, no MUI. */
import { Route, Routes, useParams, useSearchParams } from 'react-router-dom';
import { formatDate } from '../../../../shared/domain/dates';
import type { DeadlineConfig } from '../../../../shared/features/deadlines';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { todayIso } from '../../components/today';
import { PrintDocument } from '../../../../shared/print/PrintDocument';
import { PrintPage } from '../../print/PrintPage';
import { isScope } from './ScopeToggle';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.print;

export function DeadlinesPrintPage() {
  return (
    <Routes>
      <Route path="liste" element={<RulesPrint />} />
      <Route path="invitationer/:meetingDate" element={<InvitationsPrint />} />
    </Routes>
  );
}

function Status({ pending, error }: { pending: boolean; error: unknown }) {
  return <main id="main">{pending ? <p role="status">{t.loading}</p> : <p role="alert">{errorMessage(error)}</p>}</main>;
}

/** The rules grouped by law, in paragraph order: the list the municipality publishes. */
export function RulesDocument({ config, printedOn }: { config: DeadlineConfig; printedOn: string }) {
  const laws = new Map<string, DeadlineConfig['rules']>();
  for (const r of config.rules) {
    const law = r.paragraphShort.split(' ')[0];
    laws.set(law, [...(laws.get(law) ?? []), r]);
  }
  return (
    <PrintDocument title={t.rulesTitle} meta={[[t.ruleCount, String(config.rules.length)]]} printedOn={printedOn}>
      <p>{t.rulesIntro}</p>
      <table>
        <thead>
          <tr>
            <th>{deadlinesTexts.config.paragraph}</th>
            <th>{deadlinesTexts.config.caseType}</th>
            <th>{deadlinesTexts.config.period}</th>
            <th>{deadlinesTexts.config.note}</th>
          </tr>
        </thead>
        <tbody>
          {[...laws.values()].flat().map((r) => (
            <tr key={r.id}>
              <td>
                {r.paragraphShort} {r.paragraphTitle}
              </td>
              <td>{r.caseType || deadlinesTexts.config.allTypes}</td>
              <td>
                {r.amount} {deadlinesTexts.units[r.unit]}
              </td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintDocument>
  );
}

function RulesPrint() {
  const query = useApiQuery('deadlines.config', {});
  if (!query.isSuccess) return <Status pending={query.isPending} error={query.error} />;
  return (
    <PrintPage>
      <RulesDocument config={query.data} printedOn={todayIso()} />
    </PrintPage>
  );
}

function InvitationsPrint() {
  const { meetingDate = '' } = useParams();
  const [params] = useSearchParams();
  const vis = params.get('vis');
  const query = useApiQuery('deadlines.invitations', { meetingDate, scope: isScope(vis) ? vis : 'all' });
  if (!query.isSuccess) return <Status pending={query.isPending} error={query.error} />;
  const d = query.data;
  return (
    <PrintPage>
      <PrintDocument
        title={t.invitationsTitle(formatDate(d.meetingDate))}
        runningTitle={`${t.invitationsRunning} ${formatDate(d.meetingDate)}`}
        meta={[
          [t.meetingDate, formatDate(d.meetingDate)],
          [t.invitationDate, formatDate(d.invitationDate)],
          [t.count, String(d.rows.length)],
        ]}
        printedOn={todayIso()}
      >
        <p>{t.enclosure}</p>
        {d.rows.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t.young}</th>
                <th>{t.address}</th>
                <th>{t.custody}</th>
                <th>{deadlinesTexts.transitions.caseworker}</th>
                <th>{t.invited}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.citizenId}>
                  <td>
                    {r.citizenName}
                    <br />
                    <span className="print-muted">
                      {formatDate(r.birthDate)} · {r.caseNumber}
                    </span>
                  </td>
                  <td>{r.protectedAddress ? t.protected : r.address}</td>
                  <td>{r.custodyHolders.length > 0 ? r.custodyHolders.map((h) => `${h.name}${h.address ? `, ${h.address}` : ` (${t.sameAddress})`}`).join('; ') : t.custodyUnknown}</td>
                  <td>{r.caseworkerName}</td>
                  <td>{r.invitedAt ? formatDate(r.invitedAt) : t.notYet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PrintDocument>
    </PrintPage>
  );
}
