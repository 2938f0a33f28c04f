/** Add or edit a service (indsats/ydelse). It may belong to a case or only to the citizen. */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Checkbox, FormControlLabel, FormHelperText, Stack, TextField } from '@mui/material';
import { serviceInput, type Service } from '../../../../shared/features/journal';
import type { Area } from '../../../../shared/domain/enums';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { todayIso } from '../../components/today';
import { ParagraphSelect } from './ParagraphSelect';
import { journalTexts } from './texts';

const t = journalTexts.services;
type FormIn = z.input<typeof serviceInput>;
type FormOut = z.output<typeof serviceInput>;
const fieldNames = ['caseId', 'serviceType', 'paragraph', 'provider', 'startDate', 'endDate', 'scope', 'followUpDate'] as const;

interface Props {
  open: boolean;
  citizenId: number;
  /** The case the dialog is opened from; without it the service belongs to the citizen only. */
  caseId?: number;
  area?: Area;
  editing: Service | null;
  onClose: () => void;
  onDone: () => void;
}

export function ServiceDialog({ open, citizenId, caseId, area, editing, onClose, onDone }: Props) {
  const create = useApiMutation('services.create');
  const update = useApiMutation('services.update');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(serviceInput),
  });
  useEffect(() => {
    if (!open) return;
    setGeneral(null);
    reset(
      editing
        ? {
            citizenId,
            caseId: editing.caseId,
            serviceType: editing.serviceType,
            paragraph: editing.paragraph,
            provider: editing.provider,
            startDate: editing.startDate,
            endDate: editing.endDate,
            scope: editing.scope,
            followUpDate: editing.followUpDate,
          }
        : { citizenId, caseId: caseId ?? null, serviceType: '', paragraph: '', provider: '', startDate: todayIso(), endDate: null, scope: '', followUpDate: null },
    );
  }, [open, editing, citizenId, caseId, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async ({ citizenId: _citizenId, ...fields }) => {
    setGeneral(null);
    try {
      if (editing) await update.mutateAsync({ id: editing.id, ...fields });
      else await create.mutateAsync({ citizenId, ...fields });
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
      error={general ?? errors.caseId?.message ?? null}
    >
      <TextField
        label={t.type}
        required
        autoFocus
        {...register('serviceType')}
        error={Boolean(errors.serviceType)}
        helperText={errors.serviceType?.message ?? t.typeHint}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <Controller
        control={control}
        name="paragraph"
        render={({ field }) => (
          <ParagraphSelect label={t.paragraph} area={area} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.paragraph?.message} />
        )}
      />
      <TextField label={t.provider} {...register('provider')} error={Boolean(errors.provider)} helperText={errors.provider?.message} slotProps={{ htmlInput: { maxLength: 200 } }} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={control}
          name="startDate"
          render={({ field }) => (
            <DateInput label={t.start} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.startDate?.message} />
          )}
        />
        <Controller
          control={control}
          name="endDate"
          render={({ field }) => (
            <DateInput label={t.end} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.endDate?.message} />
          )}
        />
      </Stack>
      <Controller
        control={control}
        name="followUpDate"
        render={({ field }) => (
          <DateInput label={t.followUp} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.followUpDate?.message} hint={t.followUpHint} />
        )}
      />
      <TextField label={t.scope} {...register('scope')} error={Boolean(errors.scope)} helperText={errors.scope?.message ?? t.scopeHint} slotProps={{ htmlInput: { maxLength: 500 } }} />
      {caseId !== undefined && (
        <div>
          <Controller
            control={control}
            name="caseId"
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value != null} onChange={(e) => field.onChange(e.target.checked ? caseId : null)} onBlur={field.onBlur} />}
                label={t.linkToCase}
              />
            )}
          />
          <FormHelperText>{t.linkHelp}</FormHelperText>
        </div>
      )}
    </FormDialog>
  );
}
