/**
 * The current user's stamkort due for review, never-reviewed first, each a link to the
 * card: a short list in the start page's reminders (ending with a link to the whole
 * list), and the whole list, paged, on its own page (/stamkort, StamkortReviewPage).
 */
import { useState } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiPagedQuery } from '../../api/hooks';
import { QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { stamkortTexts } from '../../../../shared/print/stamkort/texts';

const t = stamkortTexts.reminders;
/** The reminder panel's first page: short, so the panel stays compact. */
const PANEL_PAGE = 5;
/** Where the count on the reminder line leads. */
export const STAMKORT_REVIEW_LIST = '/stamkort';

const useReminderPage = (offset: number, limit: number, enabled = true) =>
  useApiPagedQuery('stamkort.reminders', { offset, limit }, { enabled });

/** How many cards are due, for the start page's summary line (shares the panel's query). */
export function useStamkortReminderTotal(enabled: boolean): number | undefined {
  return useReminderPage(0, PANEL_PAGE, enabled).data?.total;
}

/**
 * The due cards. `full`: the whole list, paged, with a heading of level 2 (its own page);
 * otherwise the first few under a level-3 heading, with a link to the whole list.
 */
export function StamkortReminders({ full = false }: { full?: boolean }) {
  const pageSize = full ? 25 : PANEL_PAGE;
  const [page, setPage] = useState(0);
  const query = useReminderPage(page * pageSize, pageSize);
  if (query.isPending) return null;
  if (query.isError) return <QueryError error={query.error} />;
  const { rows, total } = query.data;
  return (
    <Box component="section" aria-labelledby="stamkort-reminders-title" sx={{ mt: full ? 0 : 2 }}>
      <Typography variant={full ? 'h2' : 'h3'} component={full ? 'h2' : 'h3'} id="stamkort-reminders-title" sx={{ fontSize: full ? undefined : '1.05rem', mb: 1 }}>
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
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <RouterLink to={`/sager/${r.caseId}?fane=stamkort`} aria-label={t.open(r.citizenName)}>
                      {r.citizenName}
                    </RouterLink>{' '}
                    ({r.age} år)
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.caseNumber}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.confirmedOn ? formatDate(r.confirmedOn) : t.neverConfirmed}</TableCell>
                  <TableCell sx={{ width: '55%' }}>{r.reasons.join(' ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {full && total > pageSize && (
            <TablePagination
              component="div"
              count={total}
              page={page}
              rowsPerPage={pageSize}
              rowsPerPageOptions={[pageSize]}
              onPageChange={(_e, p) => setPage(p)}
              labelDisplayedRows={({ from, to, count }) => t.displayedRows(from, to, count)}
            />
          )}
          {!full && total > rows.length && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t.more(rows.length, total)}{' '}
              <RouterLink to={STAMKORT_REVIEW_LIST} aria-label={t.seeAllLabel(total)}>
                {t.seeAll}
              </RouterLink>
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
