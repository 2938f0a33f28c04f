/** The list's change history (who, when, what), paged; for one entry or the whole list. */
import { useState } from 'react';
import { Alert, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow } from '@mui/material';
import { formatDateTime } from '../../../../shared/domain/dates';
import type { NameVersion } from '../../../../shared/features/activity-names';
import { useApiPagedQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { namesTexts } from './texts';

const t = namesTexts.versions;

const value = (field: string, v: string | null) => {
  if (v === null || v === '') return t.empty_value;
  if (field === 'isOther' || field === 'active') return v === 'true' ? t.yes : t.no;
  return v;
};

export function describeChanges(v: NameVersion): string {
  return v.changes.map((c) => `${t.fields[c.field] ?? c.field}: ${v.action === 'oprettet' || (v.action === 'importeret' && c.from === null) ? value(c.field, c.to) : `${value(c.field, c.from)} → ${value(c.field, c.to)}`}`).join(' · ');
}

export function VersionTable({ activityNameId }: { activityNameId?: number }) {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const list = useApiPagedQuery('activityNames.versions', { activityNameId, offset: page * pageSize, limit: pageSize });
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  if (list.data.total === 0) return <Alert severity="info">{t.empty}</Alert>;
  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={t.tableLabel}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 150 }}>{t.when}</TableCell>
              <TableCell sx={{ width: 180 }}>{t.who}</TableCell>
              {activityNameId === undefined && <TableCell sx={{ width: 200 }}>{t.name}</TableCell>}
              <TableCell sx={{ width: 110 }}>{t.action}</TableCell>
              <TableCell>{t.what}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.rows.map((v) => (
              <TableRow key={v.id} sx={{ verticalAlign: 'top' }}>
                <TableCell>{formatDateTime(v.changedAt)}</TableCell>
                <TableCell>{v.changedBy ?? t.shipped}</TableCell>
                {activityNameId === undefined && <TableCell>{v.name}</TableCell>}
                <TableCell>{t.actions[v.action] ?? v.action}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{describeChanges(v)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={list.data.total}
        page={page}
        onPageChange={(_e, p) => setPage(p)}
        rowsPerPage={pageSize}
        rowsPerPageOptions={[25, 50, 100]}
        onRowsPerPageChange={(e) => {
          setPageSize(Number(e.target.value));
          setPage(0);
        }}
        labelRowsPerPage={t.perPage}
      />
    </Paper>
  );
}
