/** Add a journal entry (activity) to a case; its name is picked from the standard naming list. */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField } from '@mui/material';
import type { SearchHit } from '../../../../shared/features/activity-names';
import { activityInput } from '../../../../shared/features/journal';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { todayIso } from '../../components/today';
import { NamePicker } from '../activity-names/NamePicker';
import { namesTexts } from '../activity-names/texts';
import { journalTexts } from './texts';

const t = journalTexts.activities;
type FormIn = z.input<typeof activityInput>;
type FormOut = z.output<typeof activityInput>;
const fieldNames = ['date', 'name', 'description', 'note'] as const;

interface Props {
  open: boolean;
  caseId: number;
  onClose: () => void;
  onDone: () => void;
}

export function ActivityDialog({ open, caseId, onClose, onDone }: Props) {
  const mutation = useApiMutation('activities.create');
  const theCase = useApiQuery('cases.get', { id: caseId }, { enabled: open });
  const [general, setGeneral] = useState<string | null>(null);
  const [picked, setPicked] = useState<SearchHit | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(activityInput),
  });
  useEffect(() => {
    if (open) {
      reset({ caseId, date: todayIso(), name: '', description: '', note: '' });
      setPicked(null);
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
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <NamePicker
            autoFocus
            area={theCase.data?.area}
            value={picked}
            onChange={(hit) => {
              setPicked(hit);
              field.onChange(hit?.name ?? '');
            }}
            onBlur={field.onBlur}
            error={errors.name?.message}
          />
        )}
      />
      {picked?.isOther && (
        <TextField
          label={namesTexts.picker.description}
          required
          {...register('description')}
          error={Boolean(errors.description)}
          helperText={errors.description?.message ?? namesTexts.picker.descriptionHint}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
      )}
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
