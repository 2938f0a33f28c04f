/**
 * /overlevering/uplanlagt/:userId – the team leader redistributes an absent
 * caseworker's cases: case by case or in bulk, to one or several colleagues, or as
 * temporary cover with an end date. One call, one transaction.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, Paper, Stack, TableCell, TextField, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { redistributeInput } from '../../../../shared/features/handover';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateInput, INVALID_DATE } from '../../components/DateInput';
import { applyServerError, fieldError } from '../../components/forms';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton } from '../../components/RouterLink';
import { CaseStemTable } from './CaseStemTable';
import { CaseStemVariantChoice, useCaseStemVariant } from './print/CaseStemVariantChoice';
import { caseStemPrintPath } from '../../../../shared/print/handover/variant';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

type FormIn = z.input<typeof redistributeInput>;
type FormOut = z.output<typeof redistributeInput>;
type Plan = Record<number, { toUserId: number; coverUntil: string | null }>;

export function UnplannedShiftPage() {
  const userId = Number(useParams().userId);
  const navigate = useNavigate();
  const overview = useApiQuery('handover.overview', { userId });
  const people = useApiQuery('handover.caseworkers', {});
  const mutation = useApiMutation('handover.redistribute');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [plan, setPlan] = useState<Plan>({});
  const [bulkTo, setBulkTo] = useState('');
  const [bulkCover, setBulkCover] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [variant, setVariant] = useCaseStemVariant();
  const { register, handleSubmit, setValue, setError, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(redistributeInput),
    defaultValues: { fromUserId: userId, reason: '', moves: [] },
  });

  if (overview.error) return <QueryError error={overview.error} />;
  if (!overview.data || !people.data) return <Loading />;
  const receivers = people.data.rows.filter((p) => p.id !== userId);
  const name = overview.data.caseworker.name;

  const setRow = (caseId: number, toUserId: number | null, coverUntil: string | null) =>
    setPlan((prev) => {
      const next = { ...prev };
      if (toUserId === null) delete next[caseId];
      else next[caseId] = { toUserId, coverUntil };
      return next;
    });
  const applyBulk = () => {
    if (!bulkTo) return;
    const cover = bulkCover === INVALID_DATE ? null : bulkCover;
    setPlan((prev) => {
      const next = { ...prev };
      for (const id of selected) next[id] = { toUserId: Number(bulkTo), coverUntil: cover };
      return next;
    });
  };

  const submit = async () => {
    setValue(
      'moves',
      Object.entries(plan).map(([caseId, m]) => ({ caseId: Number(caseId), toUserId: m.toUserId, coverUntil: m.coverUntil })),
    );
    await handleSubmit(async (values) => {
      setGeneral(null);
      try {
        const r = await mutation.mutateAsync(values);
        navigate(`/overlevering/skift/${r.shiftId}`, { state: { message: t.redistributed(r.moved, r.tasks) } });
      } catch (error) {
        setGeneral(applyServerError(error, setError, ['reason', 'moves', 'coverUntil']));
      }
    })();
  };
  const movesError = fieldError(formState.errors, 'moves');

  return (
    <Stack spacing={2}>
      <PageHeader title={t.unplannedTitle(name)} subtitle={<Typography>{t.unplannedIntro}</Typography>}>
        <CaseStemVariantChoice value={variant} onChange={setVariant} />
        <RouterButton variant="outlined" to={caseStemPrintPath(userId, variant)}>
          {t.printOverview}
        </RouterButton>
      </PageHeader>
      {general && <Alert severity="error">{general}</Alert>}
      {movesError && <Alert severity="error">{movesError === 'Vælg mindst én sag.' ? t.chooseAtLeastOne : movesError}</Alert>}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField select label={t.bulkReceiver} value={bulkTo} onChange={(e) => setBulkTo(e.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 240 }}>
            <option value="">–</option>
            {receivers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.initials} – {p.name} ({p.openCases})
              </option>
            ))}
          </TextField>
          <div style={{ minWidth: 220 }}>
            <DateInput label={t.coverUntil} value={bulkCover} onChange={setBulkCover} name="bulkCover" />
          </div>
          <Button variant="outlined" onClick={applyBulk} disabled={!bulkTo || selected.size === 0}>
            {t.applyToSelected}
          </Button>
        </Stack>
      </Paper>
      <CaseStemTable
        rows={overview.data.rows}
        selected={selected}
        onSelected={setSelected}
        label={t.unplannedTitle(name)}
        extraHeaders={[t.receiver, t.coverUntil]}
        extra={(r) => (
          <>
            <TableCell>
              <TextField
                select
                size="small"
                value={plan[r.caseId]?.toUserId ?? ''}
                onChange={(e) => setRow(r.caseId, e.target.value ? Number(e.target.value) : null, plan[r.caseId]?.coverUntil ?? null)}
                slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `${t.receiver}, sag ${r.caseNumber}` } }}
              >
                <option value="">{t.noReceiver}</option>
                {receivers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.initials} – {p.name}
                  </option>
                ))}
              </TextField>
            </TableCell>
            <TableCell>{plan[r.caseId]?.coverUntil ? formatDate(plan[r.caseId].coverUntil) : '–'}</TableCell>
          </>
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField label={t.reason} required {...register('reason')} error={Boolean(formState.errors.reason)} helperText={formState.errors.reason?.message ?? t.reasonHelp} sx={{ minWidth: 360 }} />
        <Button variant="contained" onClick={submit} disabled={mutation.isPending}>
          {t.redistribute}
        </Button>
      </Stack>
    </Stack>
  );
}
