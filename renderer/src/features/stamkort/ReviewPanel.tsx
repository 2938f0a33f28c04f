/** The card's review status ("stamkort gennemgået"), the confirm action, the interval setting and the way to the printout. */
import { useEffect, useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Alert, AlertTitle, Button, Stack, TextField, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { formatDate } from '../../../../shared/domain/dates';
import { confirmInput, settingsInput, type Stamkort } from '../../../../shared/features/stamkort';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { RouterButton } from '../../components/RouterLink';
import { todayIso } from '../../components/today';
import { stamkortTexts } from '../../../../shared/print/stamkort/texts';

const t = stamkortTexts.review;
const confirmForm = confirmInput.pick({ date: true });
type ConfirmValues = z.output<typeof confirmForm>;

function ConfirmDialog({ card, open, onClose, onDone, onConflict }: { card: Stamkort; open: boolean; onClose: () => void; onDone: () => void; onConflict: (m: string) => void }) {
  const confirm = useApiMutation('stamkort.confirm');
  const [general, setGeneral] = useState<string | null>(null);
  const { control, handleSubmit, reset, setError, formState } = useForm<ConfirmValues>({ resolver: zodResolver(confirmForm) as Resolver<ConfirmValues> });
  useEffect(() => {
    if (open) {
      setGeneral(null);
      reset({ date: todayIso() });
    }
  }, [open, reset]);
  const submit = handleSubmit(async ({ date }) => {
    try {
      await confirm.mutateAsync({ caseId: card.caseId, version: card.version, date });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') onConflict(error.message);
      else setGeneral(applyServerError(error, setError, ['date']));
    }
  });
  return (
    <FormDialog open={open} title={t.confirmTitle} onClose={onClose} onSubmit={submit} busy={confirm.isPending} error={general} submitLabel={t.confirm} maxWidth="xs">
      <Typography>{t.confirmHelp}</Typography>
      <Controller
        control={control}
        name="date"
        render={({ field }) => (
          <DateInput label={t.confirmDate} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={formState.errors.date?.message} />
        )}
      />
    </FormDialog>
  );
}

type IntervalValues = z.output<typeof settingsInput>;
function IntervalDialog({ open, current, onClose, onDone }: { open: boolean; current: number; onClose: () => void; onDone: () => void }) {
  const update = useApiMutation('stamkort.updateSettings');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<IntervalValues>({ resolver: zodResolver(settingsInput) as Resolver<IntervalValues> });
  useEffect(() => {
    if (open) {
      setGeneral(null);
      reset({ reviewDays: current });
    }
  }, [open, current, reset]);
  const submit = handleSubmit(async (values) => {
    try {
      await update.mutateAsync(values);
      onDone();
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['reviewDays']));
    }
  });
  return (
    <FormDialog open={open} title={t.intervalTitle} onClose={onClose} onSubmit={submit} busy={update.isPending} error={general} maxWidth="xs">
      <TextField
        label={t.intervalLabel}
        required
        {...register('reviewDays', { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) })}
        error={Boolean(formState.errors.reviewDays)}
        helperText={formState.errors.reviewDays?.message ?? t.intervalHelp}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </FormDialog>
  );
}

export function ReviewPanel({ card, onMessage, onConflict }: { card: Stamkort; onMessage: (m: string) => void; onConflict: (m: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [interval, setInterval] = useState(false);
  const r = card.review;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      <Alert severity={r.due ? 'warning' : 'success'} aria-live="polite">
        {r.due && <AlertTitle>{t.due}</AlertTitle>}
        {r.due ? (
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {r.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </Stack>
        ) : (
          <>
            {t.ok(formatDate(card.confirmedOn), card.confirmedBy ?? '')} {r.dueOn && t.next(formatDate(r.dueOn))}
          </>
        )}
      </Alert>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" startIcon={<TaskAltIcon aria-hidden />} onClick={() => setConfirming(true)}>
          {t.confirm}
        </Button>
        <RouterButton to={`/udskriv/stamkort/${card.caseId}`} variant="outlined" startIcon={<PrintIcon aria-hidden />}>
          {stamkortTexts.printButton}
        </RouterButton>
        <Typography variant="body2" color="text.secondary">
          {t.interval(r.reviewDays)}
        </Typography>
        {card.canChangeSettings && (
          <Button size="small" onClick={() => setInterval(true)}>
            {t.changeInterval}
          </Button>
        )}
      </Stack>
      <ConfirmDialog
        card={card}
        open={confirming}
        onClose={() => setConfirming(false)}
        onDone={() => {
          setConfirming(false);
          onMessage(t.confirmed);
        }}
        onConflict={(m) => {
          setConfirming(false);
          onConflict(m);
        }}
      />
      <IntervalDialog
        open={interval}
        current={r.reviewDays}
        onClose={() => setInterval(false)}
        onDone={() => {
          setInterval(false);
          onMessage(t.intervalSaved);
        }}
      />
    </Stack>
  );
}
