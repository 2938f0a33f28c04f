/**
 * Transition from child to adult: the young people due for the handover to the adult area,
 * the steps to act on (each past date marked overdue), the handovers made, and the
 * upcoming information meetings with their invitation lists. A team leader starts on the
 * team; a caseworker on their own cases.
 */
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import type { TransitionRow } from '../../../../shared/features/deadlines';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiPagedQuery, useApiQuery, useStatus } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { OverdueDate } from '../../components/OverdueDate';
import { transitionTexts } from '../transition/texts';
import { HandoverCandidates, HandoversMade } from '../transition/TransitionSections';
import { ScopeToggle, type Scope } from './ScopeToggle';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.transitions;

export function TransitionsPage() {
  const role = useStatus().data?.currentUser?.role;
  const [chosen, setChosen] = useState<Scope | null>(null);
  // A team leader has no cases of their own to speak of: they start on the team.
  const scope: Scope = chosen ?? (role === 'teamleder' ? 'team' : 'mine');
  return (
    <Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 1 }}>
        <Typography variant="h2" component="h2">
          {t.title}
        </Typography>
        <ScopeToggle value={scope} onChange={setChosen} />
      </Stack>
      <Typography sx={{ mb: 2 }}>{t.intro}</Typography>
      <HandoverCandidates scope={scope} />
      <Tasks scope={scope} />
      <HandoversMade scope={scope} />
      <Meetings scope={scope} />
    </Box>
  );
}

function Tasks({ scope }: { scope: Scope }) {
  const [page, setPage] = useState({ page: 0, size: 25 });
  const query = useApiPagedQuery('deadlines.transitions', { scope, offset: page.page * page.size, limit: page.size });
  const markDone = useApiMutation('deadlines.markDone');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = async (r: TransitionRow) => {
    setError(null);
    try {
      await markDone.mutateAsync({ kind: r.kind, subjectId: r.citizenId, due: r.due });
      setMessage(t.done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Box component="section" aria-labelledby="transition-tasks" sx={{ mb: 3 }}>
      <Typography id="transition-tasks" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.tasksTitle}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.isSuccess && query.data.total === 0 && <Alert severity="info">{t.empty}</Alert>}
      {query.isSuccess && query.data.rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.tasksLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.due}</TableCell>
                <TableCell>{t.citizen}</TableCell>
                <TableCell>{t.birth}</TableCell>
                <TableCell>{t.step}</TableCell>
                <TableCell>{t.caseworker}</TableCell>
                <TableCell align="right">{deadlinesTexts.config.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.data.rows.map((r) => (
                <TableRow key={`${r.citizenId}-${r.kind}-${r.due}`}>
                  <TableCell>
                    <OverdueDate iso={r.due} what={deadlinesTexts.steps[r.kind]} />
                  </TableCell>
                  <TableCell>
                    <RouterLink to={`/sager/${r.caseId}?fane=frister`}>{r.citizenName}</RouterLink> · {r.caseNumber}
                  </TableCell>
                  <TableCell>{formatDate(r.birthDate)}</TableCell>
                  <TableCell>
                    {deadlinesTexts.steps[r.kind]}
                    {r.meetingDate && ` (${formatDate(r.meetingDate)})`}
                    {r.fastTrack && <Chip size="small" label={t.fastTrack} sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>{r.caseworkerInitials}</TableCell>
                  <TableCell align="right">
                    {r.kind === 'adultDecisions' && (
                      <RouterButton size="small" variant="outlined" sx={{ mr: 1 }} to={`/overgang/${r.citizenId}`} aria-label={transitionTexts.stepHandOverLabel(r.citizenName)}>
                        {transitionTexts.stepHandOver}
                      </RouterButton>
                    )}
                    <Button size="small" onClick={() => void done(r)} disabled={markDone.isPending} aria-label={t.markDoneLabel(deadlinesTexts.steps[r.kind], r.citizenName)}>
                      {t.markDone}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={query.data.total}
            page={page.page}
            rowsPerPage={page.size}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_e, p) => setPage((s) => ({ ...s, page: p }))}
            onRowsPerPageChange={(e) => setPage({ page: 0, size: Number(e.target.value) })}
            labelRowsPerPage={deadlinesTexts.lists.perPage}
            labelDisplayedRows={({ from, to, count }) => `${from}–${to} af ${count}`}
          />
        </TableContainer>
      )}
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}

function Meetings({ scope }: { scope: Scope }) {
  const query = useApiQuery('deadlines.meetings', { scope });
  return (
    <Box component="section" aria-labelledby="transition-meetings">
      <Typography id="transition-meetings" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.meetingsTitle}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t.meetingsIntro}</Typography>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.isSuccess && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.meetingsLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.meeting}</TableCell>
                <TableCell>{t.invitation}</TableCell>
                <TableCell align="right">{t.count}</TableCell>
                <TableCell align="right">{deadlinesTexts.config.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.data.rows.map((m) => (
                <TableRow key={m.meetingDate}>
                  <TableCell>{formatDate(m.meetingDate)}</TableCell>
                  <TableCell>{formatDate(m.invitationDate)}</TableCell>
                  <TableCell align="right">{m.count}</TableCell>
                  <TableCell align="right">
                    <RouterButton size="small" to={`/udskriv/frister/invitationer/${m.meetingDate}?vis=${scope}`} aria-label={t.printList(formatDate(m.meetingDate))}>
                      {t.print}
                    </RouterButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
