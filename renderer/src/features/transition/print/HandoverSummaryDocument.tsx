/**
 * The printed transition summary the adult caseworker gets at 18: who the young person is,
 * the handover (from whom, to whom, which cases), the services that stop at 18 and those
 * that go on, the parents and any guardian, what was agreed at the cross-area meeting and
 * the steps never done. Plain elements and the print conventions (PrintDocument: A4,
 * "Fortroligt", "Side x af y"); each section is a block that is not split across pages.
 */
import type { ReactNode } from 'react';
import { formatDate } from '../../../../../shared/domain/dates';
import type { StoredHandover, SummaryService } from '../../../../../shared/features/transition';
import { PrintDocument } from '../../../../../shared/print/PrintDocument';
import { deadlinesTexts } from '../../deadlines/texts';
import { contact, parentRoles, period } from '../format';
import { transitionTexts } from '../texts';

const t = transitionTexts.print;
const s = transitionTexts.summary;
const p = transitionTexts.page;

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="print-block">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Text({ value }: { value: string }) {
  if (value.trim() === '') return <p className="print-muted">{t.empty}</p>;
  return (
    <>
      {value.split(/\n{2,}/).map((para, i) => (
        <p key={i} style={{ whiteSpace: 'pre-line' }}>
          {para}
        </p>
      ))}
    </>
  );
}

function Services({ rows }: { rows: SummaryService[] }) {
  if (rows.length === 0) return <p>{s.noServices}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{s.service}</th>
          <th>{s.paragraph}</th>
          <th>{s.provider}</th>
          <th>{s.period}</th>
          <th>{s.scope}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.serviceType}</td>
            <td>{r.paragraphShort}</td>
            <td>{r.provider}</td>
            <td>{period(r)}</td>
            <td>{r.scope}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HandoverSummaryDocument({ h, printedOn }: { h: StoredHandover; printedOn: string }) {
  const f = h.facts;
  return (
    <PrintDocument
      title={t.title(h.citizenName)}
      runningTitle={`${t.running}: ${h.citizenName}`}
      meta={[
        [p.cpr, h.cprFormatted],
        [p.eighteen, formatDate(h.eighteenthBirthday)],
        [t.handoverDate, formatDate(h.handoverDate)],
        [t.adultCase, h.adultCaseNumber],
      ]}
      printedOn={printedOn}
    >
      <Block title={t.young}>
        <table>
          <tbody>
            <tr>
              <th scope="row">{transitionTexts.candidates.citizen}</th>
              <td>
                {h.citizenName}, {p.birth.toLowerCase()} {formatDate(h.birthDate)}
              </td>
            </tr>
            <tr>
              <th scope="row">{p.address}</th>
              <td>{h.protectedAddress ? p.protected : h.address}</td>
            </tr>
            <tr>
              <th scope="row">{t.from}</th>
              <td>
                {h.fromName} ({h.fromTeamName})
              </td>
            </tr>
            <tr>
              <th scope="row">{t.to}</th>
              <td>
                {h.toName} ({h.toTeamName})
              </td>
            </tr>
            <tr>
              <th scope="row">{t.adultCase}</th>
              <td>
                {h.adultCaseNumber} {h.adultCaseType}
              </td>
            </tr>
            {h.childCases.map((c) => (
              <tr key={c.id}>
                <th scope="row">{t.childCases}</th>
                <td>
                  {c.caseNumber} {c.caseType} – {t.decisionsDone[c.decision]}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.by}</th>
              <td>
                {h.byName}, {formatDate(h.handoverDate)}
              </td>
            </tr>
          </tbody>
        </table>
      </Block>
      <Block title={p.situation}>
        <Text value={h.texts.situation} />
      </Block>
      <Block title={s.servicesEnding}>
        <Services rows={f.servicesEnding} />
      </Block>
      <Block title={s.servicesContinuing}>
        <Services rows={f.servicesContinuing} />
        {h.texts.servicesNote.trim() !== '' && <Text value={h.texts.servicesNote} />}
      </Block>
      <Block title={p.crossMeeting}>
        <Text value={h.texts.crossMeeting} />
      </Block>
      <Block title={s.parents}>
        {!f.parentsKnown ? (
          <p>{s.parentsUnknown}</p>
        ) : f.parents.length === 0 ? (
          <p>{s.noParents}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{s.name}</th>
                <th>{s.relation}</th>
                <th>{s.roles}</th>
                <th>{s.contact}</th>
              </tr>
            </thead>
            <tbody>
              {f.parents.map((x, i) => (
                <tr key={`${x.name}-${i}`}>
                  <td>{x.name}</td>
                  <td>{x.relation}</td>
                  <td>{parentRoles(x)}</td>
                  <td>{contact(x)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {h.texts.familyNote.trim() !== '' && <Text value={h.texts.familyNote} />}
      </Block>
      {f.diagnoses.length > 0 && (
        <Block title={s.diagnoses}>
          <ul>
            {f.diagnoses.map((d, i) => (
              <li key={`${d.text}-${i}`}>
                {d.text}
                {d.icd10 && ` (${d.icd10})`}
              </li>
            ))}
          </ul>
        </Block>
      )}
      <Block title={s.openSteps}>
        {f.openSteps.length === 0 ? (
          <p>{s.allStepsDone}</p>
        ) : (
          <ul>
            {f.openSteps.map((x) => (
              <li key={`${x.kind}-${x.due}`}>
                {deadlinesTexts.steps[x.kind]} ({p.due.toLowerCase()} {formatDate(x.due)})
              </li>
            ))}
          </ul>
        )}
      </Block>
    </PrintDocument>
  );
}
