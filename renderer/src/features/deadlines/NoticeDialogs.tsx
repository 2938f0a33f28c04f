/** Register the written notice to the citizen (new expected decision date) or the receipt for an enquiry. */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField, Typography } from '@mui/material';
import { noticeInput, receiptInput } from '../../../../shared/features/deadlines';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { todayIso } from '../../components/today';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.caseTab;

interface Props {
  open: boolean;
  caseId: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function NoticeDialog({ open, caseId, onClose, onDone }: Props) {
  const save = useApiMutation('deadlines.registerNotice');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<z.input<typeof noticeInput>, unknown, z.output<typeof noticeInput>>({
    resolver: zodResolver(noticeInput),
  });
  useEffect(() => {
    if (open) {
      setGeneral(null);
      reset({ caseId, sentDate: todayIso(), expectedDate: '', note: '' });
    }
  }, [open, caseId, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await save.mutateAsync(values);
      onDone(t.noticeSaved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['sentDate', 'expectedDate', 'note']));
    }
  });
  return (
    <FormDialog open={open} title={t.noticeTitle} onClose={onClose} onSubmit={submit} busy={save.isPending} error={general}>
      <Typography>{t.noticeHelp}</Typography>
      <Controller
        control={control}
        name="sentDate"
        render={({ field }) => (
          <DateInput label={t.sentDate} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.sentDate?.message} />
        )}
      />
      <Controller
        control={control}
        name="expectedDate"
        render={({ field }) => (
          <DateInput label={t.expectedDate} required name={field.name} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={errors.expectedDate?.message} />
        )}
      />
      <TextField label={t.note} {...register('note')} error={Boolean(errors.note)} helperText={errors.note?.message} slotProps={{ htmlInput: { maxLength: 500 } }} />
    </FormDialog>
  );
}

export function ReceiptDialog({ open, caseId, onClose, onDone }: Props) {
  const save = useApiMutation('deadlines.registerReceipt');
  const [general, setGeneral] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset, formState } = useForm<z.input<typeof receiptInput>, unknown, z.output<typeof receiptInput>>({
    resolver: zodResolver(receiptInput),
  });
  useEffect(() => {
    if (open) {
      setGeneral(null);
      reset({ caseId, sentDate: todayIso() });
    }
  }, [open, caseId, reset]);
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await save.mutateAsync(values);
      onDone(t.receiptSaved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['sentDate']));
    }
  });
  return (
    <FormDialog open={open} title={t.receiptTitle} onClose={onClose} onSubmit={submit} busy={save.isPending} error={general}>
      <Controller
        control={control}
        name="sentDate"
        render={({ field }) => (
          <DateInput label={t.receiptSent} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={formState.errors.sentDate?.message} />
        )}
      />
    </FormDialog>
  );
}
