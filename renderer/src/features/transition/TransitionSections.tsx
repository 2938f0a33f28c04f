/**
 * The handover's two sections on Frister → Overgang til voksen: young people due for the
 * handover (from 17½, until handed over), and the handovers made (given or received).
 */
import { useState } from 'react';
import { Alert, Box, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { transitionContract } from '../../../../shared/features/transition';
import { useApiPagedQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { deadlinesTexts } from '../deadlines/texts';
import { OverdueDate } from '../../components/OverdueDate';
import { transitionTexts } from './texts';

type Scope = 'mine' | 'team' | 'all';

function Paging({ total, page, onPage }: { total: number; page: { page: number; size: number }; onPage: (p: { page: number; size: number }) => void }) {
  if (total <= 25) return null;
  return (
    <TablePagination
      component="div"
      count={total}
      page={page.page}
      rowsPerPage={page.size}
      rowsPerPageOptions={[25, 50, 100]}
      onPageChange={(_e, p) => onPage({ ...page, page: p })}
      onRowsPerPageChange={(e) => onPage({ page: 0, size: Number(e.target.value) })}
      labelRowsPerPage={deadlinesTexts.lists.perPage}
      labelDisplayedRows={({ from, to, count }) => `${from}–${to} af ${count}`}
    />
  );
}

export function HandoverCandidates({ scope }: { scope: Scope }) {
  const t = transitionTexts.candidates;
  const [page, setPage] = useState({ page: 0, size: 25 });
  const query = useApiPagedQuery('transition.candidates', { scope, offset: page.page * page.size, limit: page.size });
  const mayHandOver = useMayCall(transitionContract['transition.handOver']);
  return (
    <Box component="section" aria-labelledby="transition-candidates" sx={{ mb: 3 }}>
      <Typography id="transition-candidates" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.title}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t.intro}</Typography>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.isSuccess && query.data.total === 0 && <Alert severity="info">{t.empty}</Alert>}
      {query.isSuccess && query.data.rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.label}>
            <TableHead>
              <TableRow>
                <TableCell>{t.eighteen}</TableCell>
                <TableCell>{t.citizen}</TableCell>
                <TableCell>{t.birth}</TableCell>
                <TableCell align="right">{t.openSteps}</TableCell>
                <TableCell>{t.caseworker}</TableCell>
                <TableCell align="right">{t.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.data.rows.map((r) => (
                <TableRow key={r.citizenId}>
                  <TableCell>
                    <OverdueDate iso={r.eighteenthBirthday} what={transitionTexts.stepHandOver} />
                  </TableCell>
                  <TableCell>
                    <RouterLink to={`/sager/${r.caseId}?fane=frister`}>{r.citizenName}</RouterLink> · {r.caseNumber}
                  </TableCell>
                  <TableCell>{formatDate(r.birthDate)}</TableCell>
                  <TableCell align="right">{r.openSteps}</TableCell>
                  <TableCell>{r.caseworkerInitials}</TableCell>
                  <TableCell align="right">
                    {mayHandOver && (
                      <RouterButton size="small" to={`/overgang/${r.citizenId}`} aria-label={t.handOverLabel(r.citizenName)}>
                        {t.handOver}
                      </RouterButton>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paging total={query.data.total} page={page} onPage={setPage} />
        </TableContainer>
      )}
    </Box>
  );
}

export function HandoversMade({ scope }: { scope: Scope }) {
  const t = transitionTexts.handovers;
  const [page, setPage] = useState({ page: 0, size: 25 });
  const query = useApiPagedQuery('transition.handovers', { scope, offset: page.page * page.size, limit: page.size });
  // Nothing to show yet: the section stays out of the way.
  if (query.isSuccess && query.data.total === 0) return null;
  return (
    <Box component="section" aria-labelledby="transition-handovers" sx={{ mb: 3 }}>
      <Typography id="transition-handovers" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.title}
      </Typography>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.isSuccess && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.label}>
            <TableHead>
              <TableRow>
                <TableCell>{t.date}</TableCell>
                <TableCell>{t.citizen}</TableCell>
                <TableCell>{t.from}</TableCell>
                <TableCell>{t.to}</TableCell>
                <TableCell>{t.adultCase}</TableCell>
                <TableCell align="right">{t.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.data.rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{formatDate(r.handoverDate)}</TableCell>
                  <TableCell>{r.citizenName}</TableCell>
                  <TableCell>{r.fromInitials}</TableCell>
                  <TableCell>
                    {r.toName} ({r.toTeamName})
                  </TableCell>
                  <TableCell>
                    <RouterLink to={`/sager/${r.adultCaseId}`}>{r.adultCaseNumber}</RouterLink>
                  </TableCell>
                  <TableCell align="right">
                    <RouterButton size="small" to={`/udskriv/overgang/${r.id}`} aria-label={t.printLabel(r.citizenName)}>
                      {t.print}
                    </RouterButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paging total={query.data.total} page={page} onPage={setPage} />
        </TableContainer>
      )}
    </Box>
  );
}
