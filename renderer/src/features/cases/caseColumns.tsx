/** Columns of the case grids (how they sort on the server: caseListQuery.ts). */
import { Box } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { GridColDef } from '@mui/x-data-grid';
import type { CaseRow } from '../../../../shared/features/cases';
import { areaLabels, caseStateLabels, phaseLabels } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/domain/dates';
import { ProtectedChip } from '../../components/ProtectedAddress';
import { RouterLink } from '../../components/RouterLink';
import { todayIso } from '../../components/today';
import { casesTexts as t } from './texts';

function DueDate({ iso, row, what }: { iso: string | null; row: CaseRow; what: string }) {
  if (!iso) return null;
  const overdue = row.state === 'åben' && iso < todayIso();
  if (!overdue) return <>{formatDate(iso)}</>;
  return (
    <Box
      component="span"
      sx={{ color: 'warning.main', fontWeight: 700, display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
      title={t.overdueLong(what)}
    >
      <WarningAmberIcon fontSize="small" aria-hidden />
      {formatDate(iso)} ({t.overdue})
    </Box>
  );
}

export function caseColumns(options: { withCaseworker: boolean }): GridColDef<CaseRow>[] {
  const c = t.columns;
  const cols: GridColDef<CaseRow>[] = [
    {
      field: 'caseNumber',
      headerName: c.caseNumber,
      width: 120,
      renderCell: ({ row, hasFocus }) => (
        <RouterLink to={`/sager/${row.id}`} tabIndex={hasFocus ? 0 : -1} aria-label={t.openCase(row.caseNumber)}>
          {row.caseNumber}
        </RouterLink>
      ),
    },
    {
      field: 'citizenName',
      headerName: c.citizen,
      minWidth: 260,
      flex: 1,
      renderCell: ({ row }) => (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
          {row.citizenName}
          {row.protectedAddress && <ProtectedChip />}
        </Box>
      ),
    },
    { field: 'cprFormatted', headerName: c.cpr, width: 120 },
    { field: 'age', headerName: c.age, width: 70, type: 'number' },
    { field: 'area', headerName: c.area, width: 90, sortable: false, valueFormatter: (v: CaseRow['area']) => areaLabels[v] },
    { field: 'caseType', headerName: c.caseType, minWidth: 160, flex: 1 },
    {
      field: 'paragraphs',
      headerName: c.paragraphs,
      width: 150,
      sortable: false,
      valueFormatter: (v: string[]) => v.join(', '),
    },
    { field: 'phase', headerName: c.phase, width: 130, valueFormatter: (v: CaseRow['phase']) => phaseLabels[v] },
    { field: 'state', headerName: c.state, width: 100, valueFormatter: (v: CaseRow['state']) => caseStateLabels[v] },
    { field: 'receivedDate', headerName: c.received, width: 115, valueFormatter: (v: string) => formatDate(v) },
    {
      field: 'deadline',
      headerName: c.deadline,
      width: 215,
      renderCell: ({ row }) => <DueDate iso={row.deadline} row={row} what={c.deadline} />,
    },
    {
      field: 'nextFollowUp',
      headerName: c.nextFollowUp,
      width: 215,
      renderCell: ({ row }) => <DueDate iso={row.nextFollowUp} row={row} what={c.nextFollowUp} />,
    },
    {
      field: 'lastActivityDate',
      headerName: c.lastActivity,
      width: 140,
      valueFormatter: (v: string | null) => formatDate(v),
    },
  ];
  if (options.withCaseworker) {
    cols.splice(2, 0, {
      field: 'caseworkerName',
      headerName: c.caseworker,
      width: 170,
      valueGetter: (_v, row) => `${row.caseworkerInitials} – ${row.caseworkerName}`,
    });
  }
  return cols;
}
