/** Columns of the case lists (how they sort on the server: caseListQuery.ts). */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CaseRow } from '../../../../shared/features/cases';
import { areaLabels, caseStateLabels, phaseLabels } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/domain/dates';
import { ProtectedChip } from '../../components/ProtectedAddress';
import { todayIso } from '../../components/today';
import { casesTexts as t } from './texts';

// Material's "warning amber" sign, the one MUI's WarningAmber icon draws.
const WARNING_PATH = 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zM13 16h-2v2h2zm0-6h-2v5h2z';

/**
 * A date that is overdue says so in words and with a warning sign, not by colour alone.
 * Plain elements styled by the table (caseTableStyles.ts): a list page shows dozens of
 * these, and a styled component and an icon component each would cost start-up time.
 */
function DueDate({ iso, row, what }: { iso: string | null; row: CaseRow; what: string }) {
  if (!iso) return null;
  const overdue = row.state === 'åben' && iso < todayIso();
  if (!overdue) return <>{formatDate(iso)}</>;
  return (
    <span className="overdue" title={t.overdueLong(what)}>
      <svg viewBox="0 0 24 24" aria-hidden focusable="false">
        <path d={WARNING_PATH} />
      </svg>
      {formatDate(iso)} ({t.overdue})
    </span>
  );
}

export interface CaseColumn {
  /** Also the sort key (caseListQuery.ts sortFieldByColumn); columns not there do not sort. */
  field: string;
  headerName: string;
  /**
   * Width in px. The table is never narrower than the sum (it scrolls sideways instead);
   * in a wider window every column grows in proportion.
   */
  width: number;
  align?: 'right';
  render: (row: CaseRow) => ReactNode;
}

/**
 * In the order a caseworker scans a list: who, when something is due, what the case is
 * and where it stands. That much fits a 1440 px window; the rest scrolls sideways.
 */
export function caseColumns(options: { withCaseworker: boolean }): CaseColumn[] {
  const c = t.columns;
  const cols: CaseColumn[] = [
    {
      field: 'caseNumber',
      headerName: c.caseNumber,
      width: 120,
      // The keyboard way into a case: a link in every row (a row click opens it too).
      render: (row) => (
        // A plain link, styled by the table (CaseGrid): a themed MUI Link per row costs start-up time.
        <Link to={`/sager/${row.id}`} aria-label={t.openCase(row.caseNumber)}>
          {row.caseNumber}
        </Link>
      ),
    },
    {
      field: 'citizenName',
      headerName: c.citizen,
      // Room for a name beside the protected-address marking.
      width: 270,
      render: (row) => (
        // The name gives way (…) before the protected-address marking does.
        <span className="citizen">
          <span className="name" title={row.citizenName}>
            {row.citizenName}
          </span>
          {row.protectedAddress && <ProtectedChip />}
        </span>
      ),
    },
    { field: 'cprFormatted', headerName: c.cpr, width: 115, render: (row) => row.cprFormatted },
    { field: 'deadline', headerName: c.deadline, width: 230, render: (row) => <DueDate iso={row.deadline} row={row} what={c.deadline} /> },
    {
      field: 'nextFollowUp',
      headerName: c.nextFollowUp,
      width: 230,
      render: (row) => <DueDate iso={row.nextFollowUp} row={row} what={c.nextFollowUp} />,
    },
    { field: 'caseType', headerName: c.caseType, width: 150, render: (row) => row.caseType },
    { field: 'paragraphs', headerName: c.paragraphs, width: 130, render: (row) => row.paragraphs.join(', ') },
    { field: 'phase', headerName: c.phase, width: 125, render: (row) => phaseLabels[row.phase] },
    { field: 'age', headerName: c.age, width: 70, align: 'right', render: (row) => row.age },
    { field: 'area', headerName: c.area, width: 85, render: (row) => areaLabels[row.area] },
    { field: 'state', headerName: c.state, width: 95, render: (row) => caseStateLabels[row.state] },
    { field: 'receivedDate', headerName: c.received, width: 110, render: (row) => formatDate(row.receivedDate) },
    { field: 'lastActivityDate', headerName: c.lastActivity, width: 135, render: (row) => formatDate(row.lastActivityDate) },
  ];
  if (options.withCaseworker) {
    cols.splice(2, 0, {
      field: 'caseworkerName',
      headerName: c.caseworker,
      width: 170,
      render: (row) => `${row.caseworkerInitials} – ${row.caseworkerName}`,
    });
  }
  return cols;
}
