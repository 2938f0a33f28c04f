/** Who has had the case, from when to when, and why it changed. */
import { Alert, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { formatDateTime } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { commonTexts } from '../../components/texts';
import { casesTexts } from './texts';

const t = casesTexts.history;

export function AssignmentsTab({ caseId }: { caseId: number }) {
  const list = useApiQuery('cases.assignments', { caseId });
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  const rows = list.data.rows;
  if (rows.length === 0) return <Alert severity="info">{t.empty}</Alert>;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t.title}>
        <TableHead>
          <TableRow>
            <TableCell>{t.caseworker}</TableCell>
            <TableCell>{t.from}</TableCell>
            <TableCell>{t.to}</TableCell>
            <TableCell>{t.reason}</TableCell>
            <TableCell>{t.by}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                {a.initials} – {a.name}
              </TableCell>
              <TableCell>{formatDateTime(a.fromAt)}</TableCell>
              <TableCell>{a.toAt ? formatDateTime(a.toAt) : t.now}</TableCell>
              <TableCell>{a.reason}</TableCell>
              <TableCell>{a.assignedByName ?? commonTexts.notSet}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
