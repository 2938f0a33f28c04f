/** Start page: everything due for the signed-in caseworker (or, for team leaders, the team), grouped and by date. */
import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Reminder, ReminderGroup } from '../../../../shared/features/deadlines';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiMutation, useApiQuery, useStatus } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.reminders;

/** Which case tab and which Frister list each kind of reminder leads to. */
const targets: Record<ReminderGroup['kind'], { tab: string; list: string }> = {
  overdueWithoutNotice: { tab: 'frister', list: '/frister?liste=overdueWithoutNotice' },
  coming: { tab: 'frister', list: '/frister?liste=coming' },
  receipt: { tab: 'frister', list: '/frister?liste=receipts' },
  followUp: { tab: 'indsatser', list: '/frister?liste=followUps' },
  transition: { tab: 'frister', list: '/frister/overgang' },
  idle: { tab: 'frister', list: '/frister?liste=idle' },
};

export function ReminderCentre() {
  const me = useStatus().data?.currentUser;
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const query = useApiQuery('deadlines.reminders', { scope });
  const markDone = useApiMutation('deadlines.markDone');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canSeeTeam = me !== undefined && me !== null && me.role !== 'sagsbehandler';
  const groups = query.data?.groups.filter((g) => g.items.length > 0) ?? [];

  const done = async (r: Reminder) => {
    if (!r.task) return;
    setError(null);
    try {
      await markDone.mutateAsync(r.task);
      setMessage(t.done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Paper component="section" variant="outlined" aria-labelledby="reminders-title" sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="reminders-title" variant="h2" component="h2">
          {t.title}
        </Typography>
        {canSeeTeam && (
          <ToggleButtonGroup size="small" exclusive value={scope} onChange={(_e, v: 'mine' | 'team' | null) => v && setScope(v)} aria-label={t.toggleLabel}>
            <ToggleButton value="mine">{t.mine}</ToggleButton>
            <ToggleButton value="team">{t.team}</ToggleButton>
          </ToggleButtonGroup>
        )}
      </Stack>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {error && <Alert severity="error">{error}</Alert>}
      {query.isSuccess && groups.length === 0 && <Typography>{t.nothing}</Typography>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        {groups.map((g) => (
          <Box key={g.kind} component="section" aria-labelledby={`reminders-${g.kind}`} data-testid={`reminders-${g.kind}`}>
            <Typography id={`reminders-${g.kind}`} variant="h3" component="h3" sx={{ fontSize: '1.05rem' }} color={g.kind === 'overdueWithoutNotice' ? 'error' : undefined}>
              {g.title} ({t.groupCount(g.total)})
            </Typography>
            <List dense disablePadding sx={{ maxHeight: 280, overflow: 'auto' }}>
              {g.items.map((r) => (
                <ListItem key={`${r.kind}-${r.caseId}-${r.task?.kind ?? ''}-${r.task?.subjectId ?? ''}-${r.due}`} disableGutters sx={{ alignItems: 'flex-start', gap: 1 }}>
                  <Box sx={{ minWidth: 88, fontVariantNumeric: 'tabular-nums' }}>{formatDate(r.due)}</Box>
                  <Box sx={{ flex: 1 }}>
                    <RouterLink to={`/sager/${r.caseId}?fane=${targets[r.kind].tab}`}>
                      {r.citizenName} · {r.caseNumber}
                    </RouterLink>
                    {scope === 'team' && ` (${r.caseworkerInitials})`}
                    <Typography variant="body2" color="text.secondary">
                      {r.text}
                    </Typography>
                  </Box>
                  {r.task && (
                    <Button size="small" onClick={() => void done(r)} disabled={markDone.isPending} aria-label={t.markDoneLabel(r.text, r.citizenName)}>
                      {t.markDone}
                    </Button>
                  )}
                </ListItem>
              ))}
            </List>
            {g.total > g.items.length && (
              <Typography variant="body2">
                {t.more(g.items.length, g.total)} <RouterLink to={targets[g.kind].list}>{t.seeAll}</RouterLink>
              </Typography>
            )}
          </Box>
        ))}
      </Box>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Paper>
  );
}
