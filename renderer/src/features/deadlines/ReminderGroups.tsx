/**
 * The reminder centre's detail: each group's first cases by date, with "Udført" for tasks,
 * and a link to the whole list. Whole items only: no scroll box that cuts one in half.
 */
import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, Typography } from '@mui/material';
import type { Reminder, ReminderGroup } from '../../../../shared/features/deadlines';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { reminderList, reminderTargets } from './reminderTargets';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.reminders;
/** Cases shown per group; the rest are one click away on the group's list. */
export const SHOWN_PER_GROUP = 5;

export function ReminderGroups({ groups, scope }: { groups: ReminderGroup[]; scope: 'mine' | 'team' }) {
  const markDone = useApiMutation('deadlines.markDone');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

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
    <>
      {error && <Alert severity="error">{error}</Alert>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        {groups.map((g) => (
          <Box key={g.kind} component="section" aria-labelledby={`reminders-${g.kind}`} data-testid={`reminders-${g.kind}`}>
            <Typography id={`reminders-${g.kind}`} variant="h3" component="h3" sx={{ fontSize: '1.05rem' }} color={g.kind === 'overdueWithoutNotice' ? 'error' : undefined}>
              {g.title} ({t.groupCount(g.total)})
            </Typography>
            <List dense disablePadding>
              {g.items.slice(0, SHOWN_PER_GROUP).map((r) => (
                <ListItem key={`${r.kind}-${r.caseId}-${r.task?.kind ?? ''}-${r.task?.subjectId ?? ''}-${r.due}`} disableGutters sx={{ alignItems: 'flex-start', gap: 1 }}>
                  <Box sx={{ minWidth: 88, fontVariantNumeric: 'tabular-nums' }}>{formatDate(r.due)}</Box>
                  <Box sx={{ flex: 1 }}>
                    <RouterLink to={`/sager/${r.caseId}?fane=${reminderTargets[r.kind].tab}`}>
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
            {g.total > Math.min(g.items.length, SHOWN_PER_GROUP) && (
              <Typography variant="body2">
                {t.more(Math.min(g.items.length, SHOWN_PER_GROUP), g.total)}{' '}
                <RouterLink to={reminderList(g.kind, scope)} aria-label={t.seeAllLabel(g.title, g.total)}>
                  {t.seeAll}
                </RouterLink>
              </Typography>
            )}
          </Box>
        ))}
      </Box>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}
