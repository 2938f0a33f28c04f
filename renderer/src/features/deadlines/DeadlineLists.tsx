/** The six deadline lists, server-paged; the kind and scope live in the URL so reminders can link here. */
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Box, Paper, Stack, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Tabs, Typography } from '@mui/material';
import { listKinds, type ListKind } from '../../../../shared/features/deadlines';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiPagedQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { isScope, ScopeToggle, useDefaultScope, type Scope } from './ScopeToggle';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.lists;
const isKind = (v: string | null): v is ListKind => (listKinds as readonly (string | null)[]).includes(v);

export function DeadlineLists() {
  const [params, setParams] = useSearchParams();
  const liste = params.get('liste');
  const vis = params.get('vis');
  const kind: ListKind = isKind(liste) ? liste : 'overdueWithoutNotice';
  const defaultScope = useDefaultScope();
  const scope: Scope = isScope(vis) ? vis : defaultScope;
  const [page, setPage] = useState({ page: 0, size: 25 });
  const query = useApiPagedQuery('deadlines.list', { kind, scope, offset: page.page * page.size, limit: page.size });
  const set = (next: { liste?: ListKind; vis?: Scope }) => {
    setPage((p) => ({ ...p, page: 0 }));
    setParams({ liste: next.liste ?? kind, vis: next.vis ?? scope }, { replace: true });
  };
  const rows = query.data?.rows ?? [];
  return (
    <Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 1 }}>
        <Typography variant="h2" component="h2">
          {t.kinds[kind]}
        </Typography>
        <ScopeToggle value={scope} onChange={(v) => set({ vis: v })} />
      </Stack>
      <Tabs value={kind} onChange={(_e, v: ListKind) => set({ liste: v })} variant="scrollable" scrollButtons={false} aria-label={t.tabsLabel} sx={{ mb: 1 }}>
        {listKinds.map((k) => (
          <Tab key={k} value={k} label={t.kinds[k]} id={`list-tab-${k}`} aria-controls="deadline-list-panel" />
        ))}
      </Tabs>
      <Box role="tabpanel" id="deadline-list-panel" aria-labelledby={`list-tab-${kind}`}>
        <Typography sx={{ mb: 2 }}>{t.intro[kind]}</Typography>
        {query.isPending && <Loading />}
        {query.isError && <QueryError error={query.error} />}
        {query.isSuccess && query.data.total === 0 && (
          <Alert severity={kind === 'overdueWithoutNotice' ? 'success' : 'info'}>{kind === 'overdueWithoutNotice' ? t.emptyGood : t.empty}</Alert>
        )}
        {rows.length > 0 && (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t.kinds[kind]} data-testid="deadline-list">
              <TableHead>
                <TableRow>
                  <TableCell>{t.caseNumber}</TableCell>
                  <TableCell>{t.citizen}</TableCell>
                  <TableCell>{t.caseType}</TableCell>
                  {kind === 'followUps' && <TableCell>{t.service}</TableCell>}
                  <TableCell>{t.date[kind]}</TableCell>
                  <TableCell>{t.days}</TableCell>
                  {kind === 'overdueWithNotice' && <TableCell>{t.expected}</TableCell>}
                  <TableCell>{t.caseworker}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={`${r.caseId}-${r.serviceId ?? ''}`}>
                    <TableCell>
                      <RouterLink to={`/sager/${r.caseId}?fane=${kind === 'followUps' ? 'indsatser' : 'frister'}`}>{r.caseNumber}</RouterLink>
                    </TableCell>
                    <TableCell>{r.citizenName}</TableCell>
                    <TableCell>{r.caseType}</TableCell>
                    {kind === 'followUps' && <TableCell>{r.serviceType}</TableCell>}
                    <TableCell>{formatDate(r.date)}</TableCell>
                    <TableCell>{t.daysText(kind, r.days)}</TableCell>
                    {kind === 'overdueWithNotice' && <TableCell>{formatDate(r.expectedDecisionDate)}</TableCell>}
                    <TableCell>{r.caseworkerInitials}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={query.data?.total ?? 0}
              page={page.page}
              rowsPerPage={page.size}
              rowsPerPageOptions={[25, 50, 100]}
              onPageChange={(_e, p) => setPage((s) => ({ ...s, page: p }))}
              onRowsPerPageChange={(e) => setPage({ page: 0, size: Number(e.target.value) })}
              labelRowsPerPage={t.perPage}
              labelDisplayedRows={({ from, to, count }) => `${from}–${to} af ${count}`}
            />
          </TableContainer>
        )}
      </Box>
    </Box>
  );
}
