/** Warning and idle limits, and follow-up periods per service type. */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Box, Button, IconButton, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { deadlineSettings, followUpRuleInput, type DeadlineSettings } from '../../../../shared/features/deadlines';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { applyServerError } from '../../components/forms';
import { commonTexts } from '../../components/texts';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.config;
const settingFields = ['warningDays', 'idleDays', 'receiptDays', 'followUpMonths'] as const;

export function SettingsForm({ settings, canEdit, onSaved }: { settings: DeadlineSettings; canEdit: boolean; onSaved: (m: string) => void }) {
  const save = useApiMutation('deadlines.saveSettings');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<DeadlineSettings>({ resolver: zodResolver(deadlineSettings), defaultValues: settings });
  useEffect(() => reset(settings), [settings, reset]);
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await save.mutateAsync(values);
      onSaved(t.settingsSaved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, settingFields));
    }
  });
  return (
    <Box component="section" aria-labelledby="settings-title" sx={{ mb: 3 }}>
      <Typography id="settings-title" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.settingsTitle}
      </Typography>
      <form noValidate onSubmit={submit}>
        {general && <Alert severity="error">{general}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 1 }}>
          {settingFields.map((name) => (
            <TextField
              key={name}
              label={t[name]}
              type="number"
              disabled={!canEdit}
              {...register(name, { valueAsNumber: true })}
              error={Boolean(formState.errors[name])}
              helperText={formState.errors[name]?.message}
            />
          ))}
        </Stack>
        {canEdit && (
          <Button type="submit" variant="outlined" disabled={save.isPending}>
            {save.isPending ? commonTexts.saving : t.saveSettings}
          </Button>
        )}
      </form>
    </Box>
  );
}

export function FollowUpRules({ rules, canEdit, onSaved }: { rules: { serviceType: string; months: number }[]; canEdit: boolean; onSaved: (m: string) => void }) {
  const save = useApiMutation('deadlines.saveFollowUpRule');
  const remove = useApiMutation('deadlines.deleteFollowUpRule');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof followUpRuleInput>, unknown, z.output<typeof followUpRuleInput>>({
    resolver: zodResolver(followUpRuleInput),
    defaultValues: { serviceType: '', months: 3 },
  });
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await save.mutateAsync(values);
      reset({ serviceType: '', months: 3 });
      onSaved(t.followUpSaved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['serviceType', 'months']));
    }
  });
  const del = async (serviceType: string) => {
    setGeneral(null);
    try {
      await remove.mutateAsync({ serviceType });
    } catch (e) {
      setGeneral(errorMessage(e));
    }
  };
  return (
    <Box component="section" aria-labelledby="followups-title">
      <Typography id="followups-title" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.followUpsTitle}
      </Typography>
      {general && <Alert severity="error">{general}</Alert>}
      <TableContainer component={Paper} variant="outlined" sx={{ mb: 1, maxWidth: 560 }}>
        <Table size="small" aria-label={t.followUpsLabel}>
          <TableHead>
            <TableRow>
              <TableCell>{t.serviceType}</TableCell>
              <TableCell align="right">{t.months}</TableCell>
              {canEdit && <TableCell align="right">{t.actions}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rules.map((r) => (
              <TableRow key={r.serviceType}>
                <TableCell>{r.serviceType}</TableCell>
                <TableCell align="right">{r.months}</TableCell>
                {canEdit && (
                  <TableCell align="right">
                    <IconButton size="small" aria-label={t.deleteFollowUpLabel(r.serviceType)} onClick={() => void del(r.serviceType)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {canEdit && (
        <form noValidate onSubmit={submit}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField label={t.serviceType} {...register('serviceType')} error={Boolean(formState.errors.serviceType)} helperText={formState.errors.serviceType?.message} />
            <TextField
              label={t.months}
              type="number"
              {...register('months', { valueAsNumber: true })}
              error={Boolean(formState.errors.months)}
              helperText={formState.errors.months?.message}
            />
            <Button type="submit" variant="outlined" disabled={save.isPending} sx={{ mt: 1 }}>
              {t.addFollowUp}
            </Button>
          </Stack>
        </form>
      )}
    </Box>
  );
}
