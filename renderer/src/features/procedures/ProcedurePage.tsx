/** One procedure: the banner when it may be out of date, the chosen version, and its history. */
import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { useLocation, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../../../shared/domain/dates';
import { proceduresContract } from '../../../../shared/features/procedures';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { errorMessage } from '../../api/client';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useIdParam } from '../../components/useIdParam';
import { OutOfDateBanner } from './OutOfDateBanner';
import { ProcedureView } from './ProcedureView';
import { UseOnCaseDialog } from './UseOnCaseDialog';
import { proceduresTexts } from './texts';

const t = proceduresTexts.detail;

export function ProcedurePage() {
  const id = useIdParam('id');
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const version = Number(params.get('version')) || undefined;
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const detail = useApiQuery('procedures.get', { id: id ?? 1, version }, { enabled: id !== null });
  const versions = useApiQuery('procedures.versions', { id: id ?? 1 }, { enabled: id !== null });
  const review = useApiMutation('procedures.markReviewed');
  const [using, setUsing] = useState(false);
  const mayEdit = useMayCall(proceduresContract['procedures.update']);
  if (id === null) return <NotFoundPage />;
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <QueryError error={detail.error} />;
  const p = detail.data;
  const old = p.shownVersion !== p.version;
  // The current version's checklist, on a procedure still in use.
  const canUse = !old && p.checklist.length > 0 && p.status !== 'arkiveret';
  return (
    <>
      <PageHeader title={p.title} subtitle={<Typography color="text.secondary">{proceduresTexts.summary.version(p.shownVersion)}</Typography>}>
        {!old && mayEdit && (
          <RouterButton to={`/arbejdsgange/${p.id}/rediger`} variant="contained">
            {t.edit}
          </RouterButton>
        )}
        <RouterButton to={`/udskriv/arbejdsgange/${p.id}${old ? `?version=${p.shownVersion}` : ''}`} variant="outlined">
          {t.print}
        </RouterButton>
        {canUse && (
          <Button variant="outlined" startIcon={<PlaylistAddCheckIcon aria-hidden />} onClick={() => setUsing(true)}>
            {t.useOnCase}
          </Button>
        )}
        {!old && (
          <Button variant="outlined" disabled={review.isPending} onClick={() => review.mutate({ id: p.id }, { onSuccess: () => setMessage(t.reviewed) })}>
            {t.markReviewed}
          </Button>
        )}
      </PageHeader>
      {review.isError && <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(review.error)}</Alert>}
      {p.outOfDate && <OutOfDateBanner reviewDue={p.reviewDue} />}
      {old && (
        <Alert severity="info" sx={{ mb: 2 }} action={<Button onClick={() => setParams({})}>{t.showCurrent}</Button>}>
          {t.oldVersion(p.shownVersion, p.version)}
        </Alert>
      )}
      <ProcedureView p={p} />
      <Box component="section" aria-label={t.versions} sx={{ mt: 4 }}>
        <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
          {t.versions}
        </Typography>
        {versions.data && (
          <List dense>
            {versions.data.rows.map((v) => (
              <ListItem
                key={v.version}
                divider
                disableGutters
                secondaryAction={
                  v.version !== p.shownVersion && (
                    <Button size="small" onClick={() => setParams(v.version === p.version ? {} : { version: String(v.version) })} aria-label={`${t.show} ${t.versionLabel(v.version)}`}>
                      {t.show}
                    </Button>
                  )
                }
              >
                <ListItemText
                  primary={`${t.versionLabel(v.version)}: ${v.changeNote}`}
                  secondary={t.savedBy(v.savedByName, formatDateTime(v.savedAt))}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
      {canUse && <UseOnCaseDialog open={using} procedure={p} onClose={() => setUsing(false)} />}
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}
