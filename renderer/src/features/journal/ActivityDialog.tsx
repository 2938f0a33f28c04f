/** Add a journal entry (activity) to a case. */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField } from '@mui/material';
import { activityInput } from '../../../../shared/features/journal';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { todayIso } from '../../components/today';
import { journalTexts } from './texts';

const t = journalTexts.activities;
type FormIn = z.input<typeof activityInput>;
type FormOut = z.output<typeof activityInput>;
const fieldNames = ['date', 'name', 'note'] as const;

interface Props {
  open: boolean;
  caseId: number;
  onClose: () => void;
  onDone: () => void;
}

export function ActivityDialog({ open, caseId, onClose, onDone }: Props) {
  const mutation = useApiMutation('activities.create');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(activityInput),
  });
  useEffect(() => {
    if (open) {
      reset({ caseId, date: todayIso(), name: '', note: '' });
      setGeneral(null);
    }
  }, [open, caseId, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await mutation.mutateAsync(values);
      onDone();
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  return (
    <FormDialog open={open} title={t.dialogTitle} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general}>
      <Controller
        control={control}
        name="date"
        render={({ field }) => (
          <DateInput label={t.date} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.date?.message} />
        )}
      />
      <TextField
        label={t.name}
        required
        autoFocus
        {...register('name')}
        error={Boolean(errors.name)}
        helperText={errors.name?.message ?? t.nameHint}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextField
        label={t.note}
        multiline
        minRows={5}
        maxRows={16}
        {...register('note')}
        error={Boolean(errors.note)}
        helperText={errors.note?.message}
      />
    </FormDialog>
  );
}
