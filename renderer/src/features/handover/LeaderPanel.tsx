/** The team leader's part of /overlevering: who tells the family (one team setting) and the figures. */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { notifyByValues, settingsInput } from '../../../../shared/features/handover';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { applyServerError } from '../../components/forms';
import { Loading } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

type FormIn = z.input<typeof settingsInput>;
type FormOut = z.output<typeof settingsInput>;

function SettingsForm() {
  const settings = useApiQuery('handover.settings', {});
  const mutation = useApiMutation('handover.saveSettings');
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(settingsInput) });
  useEffect(() => {
    if (settings.data) reset({ notifyBy: settings.data.notifyBy, notifyDays: settings.data.notifyDays });
  }, [settings.data, reset]);
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await mutation.mutateAsync(values);
      setDone(t.saved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['notifyBy', 'notifyDays']));
    }
  });
  if (!settings.data) return <Loading />;
  return (
    <form noValidate onSubmit={submit}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        {general && <Alert severity="error">{general}</Alert>}
        <TextField select label={t.settings} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...register('notifyBy')}>
          {notifyByValues.map((v) => (
            <option key={v} value={v}>
              {t.notifyBy[v]}
            </option>
          ))}
        </TextField>
        <TextField
          label={t.notifyDays}
          type="number"
          {...register('notifyDays', { valueAsNumber: true })}
          error={Boolean(formState.errors.notifyDays)}
          helperText={formState.errors.notifyDays?.message}
        />
        <Button type="submit" variant="outlined" disabled={mutation.isPending}>
          {t.save}
        </Button>
      </Stack>
      <SuccessSnackbar message={done} onClose={() => setDone(null)} />
    </form>
  );
}

function Figures() {
  const f = useApiQuery('handover.figures', {});
  if (!f.data) return <Loading />;
  return (
    <Stack spacing={0.5}>
      <Typography variant="h3" sx={{ fontSize: '1.05rem' }}>
        {t.changesPerCitizen}
      </Typography>
      <ul style={{ margin: 0 }}>
        {f.data.changes.map((c) => (
          <li key={c.changes}>{t.changesRow(c.changes, c.citizens)}</li>
        ))}
      </ul>
      <Typography>{t.average(f.data.averageChanges)}</Typography>
      <Typography>{t.onTime(f.data.tasksOnTime, f.data.tasksTotal)}</Typography>
    </Stack>
  );
}

export function LeaderPanel() {
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-settings">
        <Typography variant="h2" id="ho-settings" sx={{ fontSize: '1.25rem', mb: 2 }}>
          {t.settings}
        </Typography>
        <SettingsForm />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-figures">
        <Typography variant="h2" id="ho-figures" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.figures}
        </Typography>
        <Figures />
      </Paper>
    </>
  );
}
