/** Start page: the current user's stamkort due for review, newest reason first, each a link to the card. */
import { useState } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiPagedQuery } from '../../api/hooks';
import { QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { stamkortTexts } from './texts';

const t = stamkortTexts.reminders;
const PAGE = 10;

const useReminderPage = (page: number, enabled = true) => useApiPagedQuery('stamkort.reminders', { offset: page * PAGE, limit: PAGE }, { enabled });

/** How many cards are due, for the start page's summary line (shares the first page's query). */
export function useStamkortReminderTotal(enabled: boolean): number | undefined {
  return useReminderPage(0, enabled).data?.total;
}

export function StamkortReminders() {
  const [page, setPage] = useState(0);
  const query = useReminderPage(page);
  if (query.isPending) return null;
  if (query.isError) return <QueryError error={query.error} />;
  const { rows, total } = query.data;
  return (
    <Box component="section" aria-labelledby="stamkort-reminders-title" sx={{ mt: 2 }}>
      <Typography variant="h3" component="h3" id="stamkort-reminders-title" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {t.title} ({total})
      </Typography>
      {total === 0 ? (
        <Typography>{t.empty}</Typography>
      ) : (
        <>
          <Table size="small" aria-label={t.tableLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.citizen}</TableCell>
                <TableCell>{t.case}</TableCell>
                <TableCell>{t.lastConfirmed}</TableCell>
                <TableCell>{t.reasons}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.caseId}>
                  <TableCell>
                    <RouterLink to={`/sager/${r.caseId}?fane=stamkort`} aria-label={t.open(r.citizenName)}>
                      {r.citizenName}
                    </RouterLink>{' '}
                    ({r.age} år)
                  </TableCell>
                  <TableCell>{r.caseNumber}</TableCell>
                  <TableCell>{r.confirmedOn ? formatDate(r.confirmedOn) : t.neverConfirmed}</TableCell>
                  <TableCell>{r.reasons.join(' ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {total > PAGE && (
            <TablePagination component="div" count={total} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_e, p) => setPage(p)} />
          )}
        </>
      )}
    </Box>
  );
}
