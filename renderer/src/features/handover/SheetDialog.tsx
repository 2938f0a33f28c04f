/** The outgoing caseworker's part of a handover sheet: five required texts and the receiver. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField } from '@mui/material';
import { sheetInput, type ShiftCase } from '../../../../shared/features/handover';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

type FormIn = z.input<typeof sheetInput>;
type FormOut = z.output<typeof sheetInput>;
const fields = ['essentials', 'deviation', 'agreements', 'knowledgeElsewhere', 'familyTold'] as const;

export function SheetDialog({ shiftId, fromUserId, item, onClose }: { shiftId: number; fromUserId: number; item: ShiftCase; onClose: () => void }) {
  const people = useApiQuery('handover.caseworkers', {});
  const mutation = useApiMutation('handover.saveSheet');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(sheetInput),
    defaultValues: { shiftId, caseId: item.caseId, toUserId: item.toUserId, ...Object.fromEntries(fields.map((f) => [f, item[f]])) },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(values);
      onClose();
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['toUserId', ...fields]));
    }
  });
  const e = formState.errors;
  return (
    <FormDialog open title={t.sheetTitle(item.caseNumber)} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general} maxWidth="md">
      <TextField
        select
        label={t.receiver}
        required
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        {...register('toUserId', { setValueAs: (v) => Number(v) })}
        error={Boolean(e.toUserId)}
        helperText={e.toUserId?.message}
      >
        {(people.data?.rows ?? [])
          .filter((p) => p.id !== fromUserId)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.initials} – {p.name}
            </option>
          ))}
        {!people.data && <option value={item.toUserId}>{item.toName}</option>}
      </TextField>
      {fields.map((f) => (
        <TextField key={f} label={t.sheetFields[f]} multiline minRows={2} required {...register(f)} error={Boolean(e[f])} helperText={e[f]?.message ?? t.required} />
      ))}
    </FormDialog>
  );
}
