/** /overlevering/planlagt/:userId – the outgoing caseworker picks cases, a receiver and the shift date. */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { planInput } from '../../../../shared/features/handover';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { applyServerError, fieldError } from '../../components/forms';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { CaseStemTable } from './CaseStemTable';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

type FormIn = z.input<typeof planInput>;
type FormOut = z.output<typeof planInput>;

export function PlannedShiftNewPage() {
  const userId = Number(useParams().userId);
  const navigate = useNavigate();
  const overview = useApiQuery('handover.overview', { userId });
  const people = useApiQuery('handover.caseworkers', {});
  const mutation = useApiMutation('handover.plan');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setValue, setError, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(planInput),
    defaultValues: { fromUserId: userId, reason: '', caseIds: [], shiftDate: undefined as unknown as string },
  });
  if (overview.error) return <QueryError error={overview.error} />;
  if (!overview.data || !people.data) return <Loading />;
  const receivers = people.data.rows.filter((p) => p.id !== userId);
  const submit = async () => {
    setValue('caseIds', [...selected]);
    await handleSubmit(async (values) => {
      setGeneral(null);
      try {
        const s = await mutation.mutateAsync(values);
        navigate(`/overlevering/skift/${s.id}`);
      } catch (error) {
        setGeneral(applyServerError(error, setError, ['shiftDate', 'reason', 'caseIds', 'toUserId']));
      }
    })();
  };
  const e = formState.errors;
  return (
    <Stack spacing={2}>
      <PageHeader title={t.plannedTitle(overview.data.caseworker.name)} />
      {general && <Alert severity="error">{general}</Alert>}
      {fieldError(e, 'caseIds') && <Alert severity="error">{fieldError(e, 'caseIds')}</Alert>}
      <CaseStemTable rows={overview.data.rows} selected={selected} onSelected={setSelected} label={t.plannedTitle(overview.data.caseworker.name)} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          label={t.receiver}
          required
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          {...register('toUserId', { setValueAs: (v) => (v === '' || v === undefined ? undefined : Number(v)) })}
          error={Boolean(e.toUserId)}
          helperText={e.toUserId ? t.chooseReceiver : undefined}
          sx={{ minWidth: 240 }}
        >
          <option value="">–</option>
          {receivers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.initials} – {p.name}
            </option>
          ))}
        </TextField>
        <div style={{ minWidth: 220 }}>
          <Controller
            name="shiftDate"
            control={control}
            render={({ field }) => <DateInput label={t.shiftDate} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e.shiftDate?.message} />}
          />
        </div>
        <TextField label={t.reason} required {...register('reason')} error={Boolean(e.reason)} helperText={e.reason?.message} sx={{ minWidth: 300 }} />
        <Button variant="contained" onClick={submit} disabled={mutation.isPending}>
          {t.createPlanned}
        </Button>
      </Stack>
    </Stack>
  );
}
