/** The team's deadlines in one place: rules per paragraph and case type, warning and idle limits, follow-up periods. */
import { useState } from 'react';
import { Alert, Box, Button, IconButton, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PrintIcon from '@mui/icons-material/Print';
import { deadlinesContract, type DeadlineRule } from '../../../../shared/features/deadlines';
import { formatDateTime } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { FollowUpRules, SettingsForm } from './SettingsForms';
import { RuleDialog } from './RuleDialog';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.config;

export function ConfigPage() {
  const canEdit = useMayCall(deadlinesContract['deadlines.saveRule']);
  const query = useApiQuery('deadlines.config', {});
  const remove = useApiMutation('deadlines.deleteRule');
  const [dialog, setDialog] = useState<{ editing: DeadlineRule | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const del = async (r: DeadlineRule) => {
    setError(null);
    try {
      await remove.mutateAsync({ id: r.id });
      setMessage(t.deleted);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 1 }}>
        <Typography variant="h2" component="h2">
          {t.title}
        </Typography>
        <Stack direction="row" spacing={1}>
          <RouterButton to="/udskriv/frister/liste" variant="outlined" startIcon={<PrintIcon aria-hidden />}>
            {t.print}
          </RouterButton>
          {canEdit && (
            <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setDialog({ editing: null })}>
              {t.add}
            </Button>
          )}
        </Stack>
      </Stack>
      <Typography sx={{ mb: 1 }}>{t.intro}</Typography>
      {!canEdit && <Alert severity="info" sx={{ mb: 1 }}>{t.readOnly}</Alert>}
      {error && <Alert severity="error">{error}</Alert>}
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.isSuccess && (
        <>
          <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
            <Table size="small" aria-label={t.tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.paragraph}</TableCell>
                  <TableCell>{t.caseType}</TableCell>
                  <TableCell>{t.period}</TableCell>
                  <TableCell>{t.note}</TableCell>
                  <TableCell>{t.changed}</TableCell>
                  {canEdit && <TableCell align="right">{t.actions}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {query.data.rules.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      {r.paragraphShort} {r.paragraphTitle}
                    </TableCell>
                    <TableCell>{r.caseType || t.allTypes}</TableCell>
                    <TableCell>
                      {r.amount} {deadlinesTexts.units[r.unit]}
                    </TableCell>
                    <TableCell>{r.note}</TableCell>
                    <TableCell>{r.updatedByName ? `${r.updatedByName}, ${formatDateTime(r.updatedAt)}` : ''}</TableCell>
                    {canEdit && (
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <IconButton size="small" aria-label={t.editLabel(r.paragraphShort, r.caseType)} onClick={() => setDialog({ editing: r })}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                        <IconButton size="small" aria-label={t.deleteLabel(r.paragraphShort, r.caseType)} onClick={() => void del(r)} disabled={remove.isPending}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <SettingsForm settings={query.data.settings} canEdit={canEdit} onSaved={setMessage} />
          <FollowUpRules rules={query.data.followUps} canEdit={canEdit} onSaved={setMessage} />
        </>
      )}
      <RuleDialog
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          setMessage(t.saved);
        }}
      />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}
