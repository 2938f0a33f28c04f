/** Add an application to a case, or change its status and decision. */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField } from '@mui/material';
import { applicationInput, type Application } from '../../../../shared/features/journal';
import { applicationStatusLabels, applicationStatuses, type Area } from '../../../../shared/domain/enums';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { todayIso } from '../../components/today';
import { ParagraphSelect } from './ParagraphSelect';
import { journalTexts } from './texts';

const t = journalTexts.applications;
type FormIn = z.input<typeof applicationInput>;
type FormOut = z.output<typeof applicationInput>;
const fieldNames = ['paragraph', 'receivedDate', 'status', 'decisionDate', 'note'] as const;

interface Props {
  open: boolean;
  caseId: number;
  area: Area;
  /** The application to edit; null for a new one. */
  editing: Application | null;
  onClose: () => void;
  onDone: () => void;
}

export function ApplicationDialog({ open, caseId, area, editing, onClose, onDone }: Props) {
  const create = useApiMutation('applications.create');
  const update = useApiMutation('applications.update');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(applicationInput),
  });
  useEffect(() => {
    if (!open) return;
    setGeneral(null);
    reset(
      editing
        ? {
            caseId,
            paragraph: editing.paragraph,
            receivedDate: editing.receivedDate,
            status: editing.status,
            decisionDate: editing.decisionDate,
            note: editing.note,
          }
        : { caseId, paragraph: '', receivedDate: todayIso(), status: 'verserende', decisionDate: null, note: '' },
    );
  }, [open, editing, caseId, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async ({ caseId: _caseId, ...fields }) => {
    setGeneral(null);
    try {
      if (editing) await update.mutateAsync({ id: editing.id, ...fields });
      else await create.mutateAsync({ caseId, ...fields });
      onDone();
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  return (
    <FormDialog
      open={open}
      title={editing ? t.editTitle : t.newTitle}
      onClose={onClose}
      onSubmit={submit}
      busy={create.isPending || update.isPending}
      error={general}
    >
      <Controller
        control={control}
        name="paragraph"
        render={({ field }) => (
          <ParagraphSelect label={t.paragraph} area={area} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.paragraph?.message} />
        )}
      />
      <Controller
        control={control}
        name="receivedDate"
        render={({ field }) => (
          <DateInput label={t.received} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.receivedDate?.message} />
        )}
      />
      <TextField
        select
        label={t.status}
        required
        {...register('status')}
        error={Boolean(errors.status)}
        helperText={errors.status?.message}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        {applicationStatuses.map((s) => (
          <option key={s} value={s}>
            {applicationStatusLabels[s]}
          </option>
        ))}
      </TextField>
      <Controller
        control={control}
        name="decisionDate"
        render={({ field }) => (
          <DateInput
            label={t.decisionDate}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.decisionDate?.message}
            hint={t.decisionHint}
          />
        )}
      />
      <TextField label={t.note} {...register('note')} error={Boolean(errors.note)} helperText={errors.note?.message} slotProps={{ htmlInput: { maxLength: 500 } }} />
    </FormDialog>
  );
}
