/**
 * The citizen form. The CPR number's birth date, age and gender are shown live while
 * typing; a CPR number already in the register names that citizen and links to them.
 */
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, Checkbox, FormControlLabel, FormHelperText, Paper, Stack, TextField, Typography } from '@mui/material';
import { citizenInput, citizenInputOn } from '../../../../shared/features/citizens';
import { ageOn, normaliseCpr, parseCpr, readCpr } from '../../../../shared/domain/cpr';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { commonTexts } from '../../components/texts';
import { applyServerError } from '../../components/forms';
import { RouterLink } from '../../components/RouterLink';
import { todayIso } from '../../components/today';
import { citizensTexts as t } from './texts';

export type CitizenFormIn = z.input<typeof citizenInput>;
export type CitizenFormOut = z.output<typeof citizenInput>;
const fieldNames = ['cpr', 'name', 'address', 'postalCode', 'city', 'protectedAddress'] as const;
// "Born after today" on the Danish day of the backend's clock, as the backend checks it.
const formSchema = citizenInputOn(todayIso);

interface Props {
  defaults: CitizenFormIn;
  /** The citizen being edited: their own CPR number is no duplicate. */
  citizenId?: number;
  submitLabel: string;
  onSubmit: (values: CitizenFormOut) => Promise<void>;
  onCancel: () => void;
}

function CprInfo({ cpr }: { cpr: string }) {
  const parsed = parseCpr(cpr, todayIso());
  if (!parsed.ok) return null;
  const { birthDate, gender, substitute } = parsed.info;
  return (
    <Stack spacing={0.5} role="status" aria-live="polite">
      <Typography>{t.form.derived(formatDate(birthDate), ageOn(birthDate, todayIso()), t.gender[gender])}</Typography>
      {substitute && <Alert severity="info">{t.form.substitute}</Alert>}
    </Stack>
  );
}

/**
 * A complete CPR number that another citizen in the register already has: whose it is,
 * with a link to them, before the caseworker fills in the rest (the backend refuses the
 * duplicate anyway). One exact lookup per complete number, not per keystroke.
 */
function ExistingCitizen({ cpr, ownCpr, citizenId }: { cpr: string; ownCpr: string | null; citizenId?: number }) {
  const read = readCpr(cpr);
  const digits = read.ok && read.info.cpr !== ownCpr ? read.info.cpr : null;
  const found = useApiQuery('citizens.search', { query: digits ?? '', limit: 1 }, { enabled: digits !== null });
  const match = digits ? found.data?.rows.find((r) => normaliseCpr(r.cprFormatted) === digits && r.id !== citizenId) : undefined;
  if (!match) return null;
  return (
    <Alert severity="warning">
      {t.form.existing(match.cprFormatted)}{' '}
      <RouterLink to={`/borgere/${match.id}`}>{t.form.openExisting(match.name)}</RouterLink>
    </Alert>
  );
}

export function CitizenForm({ defaults, citizenId, submitLabel, onSubmit, onCancel }: Props) {
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, watch, formState } = useForm<CitizenFormIn, unknown, CitizenFormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  const f = t.form;
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 720 }}>
      <form noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {general && <Alert severity="error">{general}</Alert>}
          <TextField
            label={f.cpr}
            required
            autoFocus
            {...register('cpr')}
            error={Boolean(errors.cpr)}
            helperText={errors.cpr?.message ?? f.cprHint}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 20 } }}
          />
          <CprInfo cpr={watch('cpr') ?? ''} />
          <ExistingCitizen cpr={watch('cpr') ?? ''} ownCpr={normaliseCpr(defaults.cpr ?? '')} citizenId={citizenId} />
          <TextField label={f.name} required {...register('name')} error={Boolean(errors.name)} helperText={errors.name?.message} />
          <TextField label={f.address} {...register('address')} error={Boolean(errors.address)} helperText={errors.address?.message} />
          <Stack direction="row" spacing={2}>
            <TextField
              label={f.postalCode}
              {...register('postalCode')}
              error={Boolean(errors.postalCode)}
              helperText={errors.postalCode?.message}
              sx={{ width: 160 }}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
            />
            <TextField label={f.city} {...register('city')} error={Boolean(errors.city)} helperText={errors.city?.message} sx={{ flex: 1 }} />
          </Stack>
          <div>
            <Controller
              control={control}
              name="protectedAddress"
              render={({ field }) => (
                <FormControlLabel
                  control={<Checkbox checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} name={field.name} />}
                  label={f.protectedAddress}
                />
              )}
            />
            <FormHelperText>{f.protectedHelp}</FormHelperText>
          </div>
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button onClick={onCancel}>{commonTexts.cancel}</Button>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? commonTexts.saving : submitLabel}
            </Button>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
