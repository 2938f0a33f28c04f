/** Procedures and checklists beside a case (issue 6): what fits the case, and the checklists run on it. */
import { useState } from 'react';
import { Alert, Box, Button, Checkbox, Chip, FormControlLabel, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { formatDateTime } from '../../../../shared/domain/dates';
import { phaseLabels } from '../../../../shared/domain/enums';
import type { ChecklistRun } from '../../../../shared/features/procedures';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { RefusalDateCheck } from './RefusalDateCheck';
import { proceduresTexts } from './texts';

const t = proceduresTexts.caseTab;

function RunCard({ run }: { run: ChecklistRun }) {
  const tick = useApiMutation('checklists.tick');
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={run.procedureTitle}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          <RouterLink to={`/arbejdsgange/${run.procedureId}?version=${run.version}`}>{run.procedureTitle}</RouterLink>
        </Typography>
        <Chip size="small" color={run.open ? 'warning' : 'success'} label={run.open ? t.open : t.done} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t.startedBy(run.startedByName, formatDateTime(run.startedAt))}
      </Typography>
      {run.warnBeforeClosedDays && run.open && <RefusalDateCheck />}
      {tick.isError && <Alert severity="error">{errorMessage(tick.error)}</Alert>}
      <Stack>
        {run.items.map((item) => (
          <Box key={item.index}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={item.checked}
                  disabled={tick.isPending}
                  onChange={(e) => tick.mutate({ runId: run.id, index: item.index, checked: e.target.checked })}
                />
              }
              label={item.text}
            />
            {item.checked && item.byName && item.at && (
              <Typography variant="caption" color="text.secondary" sx={{ ml: 4, display: 'block', mt: -1 }}>
                {t.tickedBy(item.byName, formatDateTime(item.at))}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}

export function CaseProceduresTab({ caseId }: { caseId: number }) {
  const procedures = useApiQuery('procedures.forCase', { caseId });
  // The case page has it already: the phase the general procedures fit.
  const caseData = useApiQuery('cases.get', { id: caseId });
  const runs = useApiQuery('checklists.forCase', { caseId });
  const start = useApiMutation('checklists.start');
  const [message, setMessage] = useState<string | null>(null);
  const openIds = new Set(runs.data?.rows.filter((r) => r.open).map((r) => r.procedureId) ?? []);
  return (
    <Stack spacing={3}>
      <Box component="section" aria-label={t.checklists}>
        <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.checklists}
        </Typography>
        {runs.isPending && <Loading />}
        {runs.isError && <QueryError error={runs.error} />}
        {runs.data && runs.data.rows.length === 0 && <Typography>{t.noChecklists}</Typography>}
        <Stack spacing={2}>
          {runs.data?.rows.map((run) => (
            <RunCard key={run.id} run={run} />
          ))}
        </Stack>
      </Box>
      <Box component="section" aria-label={t.title}>
        <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
          {t.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t.help}
        </Typography>
        {start.isError && <Alert severity="error" sx={{ mt: 1 }}>{errorMessage(start.error)}</Alert>}
        {procedures.isPending && <Loading />}
        {procedures.isError && <QueryError error={procedures.error} />}
        {procedures.data && procedures.data.rows.length === 0 && <Typography sx={{ mt: 1 }}>{t.none}</Typography>}
        <List dense>
          {procedures.data?.rows.map((p) => (
            <ListItem
              key={p.id}
              divider
              disableGutters
              secondaryAction={
                p.hasChecklist && !openIds.has(p.id) ? (
                  <Button
                    size="small"
                    disabled={start.isPending}
                    aria-label={`${t.startChecklist}: ${p.title}`}
                    onClick={() => start.mutate({ caseId, procedureId: p.id }, { onSuccess: () => setMessage(t.started) })}
                  >
                    {t.startChecklist}
                  </Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <RouterLink to={`/arbejdsgange/${p.id}`}>{p.title}</RouterLink>
                    {p.outOfDate && <Chip size="small" color="warning" label={proceduresTexts.outOfDate} />}
                  </Stack>
                }
                secondary={[
                  p.matchedParagraphs.length ? t.fitsParagraphs(p.matchedParagraphs) : null,
                  p.matchesPhase && caseData.data ? t.fitsPhase(phaseLabels[caseData.data.phase]) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      </Box>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
