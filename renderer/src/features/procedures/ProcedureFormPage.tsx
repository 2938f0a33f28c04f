/** Write a new procedure or edit one (saving makes a new version with a change note). */
import { useState } from 'react';
import { Alert, Autocomplete, Button, Checkbox, FormControlLabel, MenuItem, Paper, Stack, TextField } from '@mui/material';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { phaseLabels, phases } from '../../../../shared/domain/enums';
import { procedureEditForm, procedureFields, procedureStatusLabels, procedureStatuses, type ProcedureDetail, type ProcedureEditForm } from '../../../../shared/features/procedures';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { applyServerError, fieldError } from '../../components/forms';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { useIdParam } from '../../components/useIdParam';
import { ChecklistField, RowsField } from './ListFields';
import { proceduresTexts } from './texts';

const t = proceduresTexts.form;
const FIELD_NAMES = [...Object.keys(procedureFields), 'changeNote'];

const blank: ProcedureEditForm = {
  title: '',
  purpose: '',
  steps: [{ what: '', who: '', when: '' }],
  involvement: [],
  time: '',
  legalLinks: [],
  phases: [],
  area: 'begge',
  paragraphs: [],
  tags: [],
  checklist: [],
  warnBeforeClosedDays: false,
  ownerId: null,
  status: 'udkast',
  reviewIntervalMonths: 12,
  changeNote: 'Oprettet',
};

function toForm(p: ProcedureDetail): ProcedureEditForm {
  const values = Object.fromEntries(Object.keys(procedureFields).map((k) => [k, p[k as keyof ProcedureDetail]]));
  return { ...(values as ProcedureEditForm), changeNote: '' };
}

function ProcedureForm({ existing }: { existing: ProcedureDetail | null }) {
  const navigate = useNavigate();
  const users = useApiQuery('users.list', {});
  const paragraphs = useApiQuery('reference.paragraphs', {});
  const create = useApiMutation('procedures.create');
  const update = useApiMutation('procedures.update');
  const [error, setErrorText] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, watch, setValue, formState } = useForm<ProcedureEditForm, unknown, z.output<typeof procedureEditForm>>({
    resolver: zodResolver(procedureEditForm),
    defaultValues: existing ? toForm(existing) : blank,
  });
  const errors = formState.errors;
  const err = (name: string) => fieldError(errors, name);
  const busy = create.isPending || update.isPending;

  const onSubmit = handleSubmit(async ({ changeNote, ...content }) => {
    setErrorText(null);
    try {
      const saved = existing
        ? await update.mutateAsync({ ...content, changeNote, id: existing.id, baseVersion: existing.version })
        : await create.mutateAsync(content);
      navigate(`/arbejdsgange/${saved.id}`, { state: { message: existing ? proceduresTexts.detail.saved : proceduresTexts.detail.created } });
    } catch (e) {
      setErrorText(applyServerError(e, setError, FIELD_NAMES));
    }
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={onSubmit}>
      <Stack spacing={2}>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField label={t.title} required {...register('title')} error={!!err('title')} helperText={err('title')} />
        <TextField label={t.purpose} multiline minRows={3} {...register('purpose')} error={!!err('purpose')} helperText={err('purpose')} />
        <RowsField name="steps" title={t.steps} addLabel={t.addStep} control={control} register={register} errors={errors} />
        <RowsField name="involvement" title={t.involvement} addLabel={t.addInvolvement} control={control} register={register} errors={errors} />
        <TextField label={t.time} {...register('time')} error={!!err('time')} helperText={err('time')} />
        <RowsField name="legalLinks" title={t.legal} addLabel={t.addLegal} control={control} register={register} errors={errors} />
        <ChecklistField register={register} errors={errors} watch={watch} setValue={setValue} />
        <Controller
          control={control}
          name="warnBeforeClosedDays"
          render={({ field }) => <FormControlLabel control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t.warn} />}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Controller
            control={control}
            name="phases"
            render={({ field }) => (
              <Autocomplete
                multiple
                sx={{ flex: 2 }}
                options={[...phases]}
                getOptionLabel={(o) => phaseLabels[o]}
                value={field.value ?? []}
                onChange={(_, v) => field.onChange(v)}
                renderInput={(params) => <TextField {...params} label={t.phases} error={!!err('phases')} helperText={err('phases')} />}
              />
            )}
          />
          <TextField select label={t.area} sx={{ flex: 1 }} {...register('area')} defaultValue={existing?.area ?? 'begge'} error={!!err('area')} helperText={err('area')}>
            {(['børn', 'voksen', 'begge'] as const).map((a) => (
              <MenuItem key={a} value={a}>
                {proceduresTexts.areaLabels[a]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Controller
          control={control}
          name="paragraphs"
          render={({ field }) => (
            <Autocomplete
              multiple
              options={(paragraphs.data?.rows ?? []).map((p) => p.code)}
              getOptionLabel={(code) => {
                const p = paragraphs.data?.rows.find((r) => r.code === code);
                return p ? `${p.short} ${p.title}` : code;
              }}
              value={field.value ?? []}
              onChange={(_, v) => field.onChange(v)}
              renderInput={(params) => <TextField {...params} label={t.paragraphs} error={!!err('paragraphs')} helperText={err('paragraphs')} />}
            />
          )}
        />
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <Autocomplete
              multiple
              freeSolo
              options={[]}
              value={field.value ?? []}
              onChange={(_, v) => field.onChange(v.map((x) => String(x).trim()).filter(Boolean))}
              renderInput={(params) => <TextField {...params} label={t.tags} helperText={err('tags') ?? t.tagsHelp} error={!!err('tags')} />}
            />
          )}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Controller
            control={control}
            name="ownerId"
            render={({ field }) => (
              <TextField
                select
                sx={{ flex: 2 }}
                label={t.owner}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
                error={!!err('ownerId')}
                helperText={err('ownerId')}
              >
                <MenuItem value="">{proceduresTexts.summary.noOwner}</MenuItem>
                {(users.data?.rows ?? []).map((u) => (
                  <MenuItem key={u.id} value={u.id}>
                    {`${u.initials} – ${u.name}`}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <TextField select label={t.status} sx={{ flex: 1 }} {...register('status')} defaultValue={existing?.status ?? 'udkast'} error={!!err('status')} helperText={err('status')}>
            {procedureStatuses.map((s) => (
              <MenuItem key={s} value={s}>
                {procedureStatusLabels[s]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="number"
            label={t.interval}
            sx={{ flex: 1 }}
            {...register('reviewIntervalMonths', { valueAsNumber: true })}
            error={!!err('reviewIntervalMonths')}
            helperText={err('reviewIntervalMonths')}
          />
        </Stack>
        {existing && (
          <TextField label={t.changeNote} required {...register('changeNote')} error={!!err('changeNote')} helperText={err('changeNote') ?? t.changeNoteHelp} />
        )}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={busy}>
            {t.save}
          </Button>
          <Button onClick={() => navigate(existing ? `/arbejdsgange/${existing.id}` : '/arbejdsgange')} disabled={busy}>
            {t.cancel}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

export function ProcedureFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const id = useIdParam('id');
  const detail = useApiQuery('procedures.get', { id: id ?? 1 }, { enabled: mode === 'edit' && id !== null });
  if (mode === 'new') {
    return (
      <>
        <PageHeader title={t.newTitle} />
        <ProcedureForm existing={null} />
      </>
    );
  }
  if (id === null) return <NotFoundPage />;
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <QueryError error={detail.error} />;
  return (
    <>
      <PageHeader title={t.editTitle(detail.data.title)} />
      <ProcedureForm key={detail.data.version} existing={detail.data} />
    </>
  );
}
