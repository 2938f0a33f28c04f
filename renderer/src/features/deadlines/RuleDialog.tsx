/** Add or change one processing deadline rule (team leaders and super users). */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Stack, TextField } from '@mui/material';
import { deadlineRuleInput, type DeadlineRule } from '../../../../shared/features/deadlines';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { ParagraphSelect } from '../journal/ParagraphSelect';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.config;
type FormIn = z.input<typeof deadlineRuleInput>;
type FormOut = z.output<typeof deadlineRuleInput>;
const fieldNames = ['paragraph', 'caseType', 'amount', 'unit', 'note'] as const;

export function RuleDialog({ open, editing, onClose, onDone }: { open: boolean; editing: DeadlineRule | null; onClose: () => void; onDone: () => void }) {
  const save = useApiMutation('deadlines.saveRule');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(deadlineRuleInput) });
  useEffect(() => {
    if (!open) return;
    setGeneral(null);
    reset(
      editing
        ? { paragraph: editing.paragraph, caseType: editing.caseType, amount: editing.amount, unit: editing.unit, note: editing.note }
        : { paragraph: '', caseType: '', amount: 8, unit: 'uger', note: '' },
    );
  }, [open, editing, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await save.mutateAsync(values);
      onDone();
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  return (
    <FormDialog open={open} title={editing ? t.editTitle : t.newTitle} onClose={onClose} onSubmit={submit} busy={save.isPending} error={general}>
      <Controller
        control={control}
        name="paragraph"
        render={({ field }) => (
          <ParagraphSelect label={t.paragraph} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.paragraph?.message} />
        )}
      />
      <TextField label={t.caseType} {...register('caseType')} error={Boolean(errors.caseType)} helperText={errors.caseType?.message ?? t.caseTypeHint} disabled={editing !== null} />
      <Stack direction="row" spacing={2}>
        <TextField
          label={t.amount}
          type="number"
          required
          {...register('amount', { valueAsNumber: true })}
          error={Boolean(errors.amount)}
          helperText={errors.amount?.message}
          slotProps={{ htmlInput: { min: 1, max: 365 } }}
        />
        <TextField select label={t.unit} required {...register('unit')} error={Boolean(errors.unit)} helperText={errors.unit?.message} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
          {(['dage', 'uger', 'måneder'] as const).map((u) => (
            <option key={u} value={u}>
              {deadlinesTexts.units[u]}
            </option>
          ))}
        </TextField>
      </Stack>
      <TextField label={t.note} {...register('note')} error={Boolean(errors.note)} helperText={errors.note?.message} slotProps={{ htmlInput: { maxLength: 300 } }} />
    </FormDialog>
  );
}
