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
 * The word goes to a second line of the cell when the column is too narrow for one
 * (caseTableStyles.ts), so neither the date nor the word is ever cut off.
 * Plain elements styled by the table (caseTableStyles.ts): a list page shows dozens of
 * these, and a styled component and an icon component each would cost start-up time.
 */
function DueDate({ iso, row, what }: { iso: string | null; row: CaseRow; what: string }) {
  if (!iso) return null;
  const overdue = row.state === 'åben' && iso < todayIso();
  if (!overdue) return <>{formatDate(iso)}</>;
  return (
    <span className="overdue" title={t.overdueLong(what)}>
      <span className="date">
        <svg viewBox="0 0 24 24" aria-hidden focusable="false">
          <path d={WARNING_PATH} />
        </svg>
        {formatDate(iso)}
      </span>{' '}
      <span className="word">{t.overdue}</span>
    </span>
  );
}

export interface CaseColumn {
  /** Also the sort key (caseListQuery.ts sortFieldByColumn); columns not there do not sort. */
  field: string;
  headerName: string;
  /**
   * Default width in px; the user may drag it between `minWidth` and MAX_COLUMN_WIDTH.
   * Columns keep their widths in a wider window (the room to the right stays empty),
   * so dragging an edge moves it as far as the pointer.
   */
  width: number;
  /** Narrow enough to drag, wide enough that the header's longest word and what the cell must show still fit. */
  minWidth: number;
  align?: 'right';
  /** Case number and citizen: always in the list (the Kolonner menu cannot hide them). */
  alwaysShown?: boolean;
  /** Shown unless the user hides it in the Kolonner menu. */
  shownByDefault: boolean;
  render: (row: CaseRow) => ReactNode;
}

export const MAX_COLUMN_WIDTH = 600;

/**
 * Every column a case list can show, in the order a caseworker scans a list: who, when
 * something is due, what the case is and where it stands. The ones shown by default fit
 * a 1,366 px window with the list's own scrollbar (the list has 1,299 px; Min
 * sagsstamme takes 1,265 px, Teamets sager 1,258 px with the checkboxes), also in a
 * wide font (DejaVu Sans, as on Linux); the user shows the others in the Kolonner menu.
 * A minimum width is what the header's longest word or the cell's fixed-length value
 * (case number, CPR number, a date with its overdue sign) needs.
 * An overdue date wraps its word to a second line instead of needing a wide column;
 * text that may be cut (names, case types, paragraphs) ends in "…" with the whole text
 * in its title.
 */
export function caseColumns(options: { withCaseworker: boolean }): CaseColumn[] {
  const c = t.columns;
  const team = options.withCaseworker;
  const cols: CaseColumn[] = [
    {
      field: 'caseNumber',
      headerName: c.caseNumber,
      width: 115,
      minWidth: 115,
      alwaysShown: true,
      shownByDefault: true,
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
      width: team ? 210 : 230,
      minWidth: 180,
      alwaysShown: true,
      shownByDefault: true,
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
    { field: 'cprFormatted', headerName: c.cpr, width: 115, minWidth: 115, shownByDefault: true, render: (row) => row.cprFormatted },
    {
      field: 'deadline',
      headerName: c.deadline,
      width: 130,
      minWidth: 130,
      shownByDefault: true,
      // The deadline that runs: a decided case has none, so it is never marked overdue.
      render: (row) => <DueDate iso={row.pendingDeadline} row={row} what={c.deadline} />,
    },
    {
      field: 'nextFollowUp',
      headerName: c.nextFollowUp,
      width: 130,
      minWidth: 130,
      shownByDefault: true,
      render: (row) => <DueDate iso={row.nextFollowUp} row={row} what={c.nextFollowUp} />,
    },
    { field: 'caseType', headerName: c.caseType, width: team ? 125 : 135, minWidth: 105, shownByDefault: true, render: (row) => row.caseType },
    {
      field: 'paragraphs',
      headerName: c.paragraphs,
      width: 110,
      minWidth: 110,
      shownByDefault: true,
      render: (row) => row.paragraphs.join(', '),
    },
    { field: 'phase', headerName: c.phase, width: 120, minWidth: 120, shownByDefault: true, render: (row) => phaseLabels[row.phase] },
    { field: 'age', headerName: c.age, width: 75, minWidth: 75, align: 'right', shownByDefault: !team, render: (row) => row.age },
    { field: 'area', headerName: c.area, width: 80, minWidth: 80, shownByDefault: false, render: (row) => areaLabels[row.area] },
    { field: 'state', headerName: c.state, width: 95, minWidth: 95, shownByDefault: false, render: (row) => caseStateLabels[row.state] },
    {
      field: 'receivedDate',
      headerName: c.received,
      width: 110,
      minWidth: 105,
      shownByDefault: false,
      render: (row) => formatDate(row.receivedDate),
    },
    {
      field: 'lastActivityDate',
      headerName: c.lastActivity,
      width: 105,
      minWidth: 105,
      shownByDefault: !team,
      render: (row) => formatDate(row.lastActivityDate),
    },
  ];
  if (team) {
    cols.splice(2, 0, {
      field: 'caseworkerName',
      headerName: c.caseworker,
      width: 155,
      minWidth: 155,
      shownByDefault: true,
      render: (row) => `${row.caseworkerInitials} – ${row.caseworkerName}`,
    });
  }
  return cols;
}
