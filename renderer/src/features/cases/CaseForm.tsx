/** The case form (new and edit), validated with the shared caseInput schema. */
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, FormControl, FormControlLabel, FormHelperText, FormLabel, Paper, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { caseInput } from '../../../../shared/features/cases';
import { areaLabels, areas, caseStateLabels, caseStates, phaseLabels, phases } from '../../../../shared/domain/enums';
import { DateInput } from '../../components/DateInput';
import { applyServerError } from '../../components/forms';
import { commonTexts } from '../../components/texts';
import { useDeadlineHint } from '../deadlines/useDeadlinePreview';
import { CaseTypeField, ParagraphsField } from './CaseTypeAndParagraphs';
import { casesTexts } from './texts';

const t = casesTexts.form;
export type CaseFormIn = z.input<typeof caseInput>;
export type CaseFormOut = z.output<typeof caseInput>;
const fieldNames = [
  'citizenId', 'area', 'caseType', 'kleNumber', 'handlingsfacet', 'paragraphs',
  'phase', 'state', 'receivedDate', 'deadline', 'nextFollowUp', 'caseworkerId',
] as const;

interface Props {
  defaults: CaseFormIn;
  citizen: { name: string; cpr: string };
  submitLabel: string;
  isNew: boolean;
  onSubmit: (values: CaseFormOut) => Promise<void>;
  onCancel: () => void;
}

export function CaseForm({ defaults, citizen, submitLabel, isNew, onSubmit, onCancel }: Props) {
  const [general, setGeneral] = useState<string | null>(null);
  const [prefilled, setPrefilled] = useState(false);
  const { register, control, handleSubmit, setError, setValue, watch, formState } = useForm<CaseFormIn, unknown, CaseFormOut>({
    resolver: zodResolver(caseInput),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const area = watch('area');
  // Without a deadline of its own, the case gets the team's rule: show which date that is.
  const deadlineHint = useDeadlineHint(watch('receivedDate'), watch('caseType'), watch('paragraphs'));
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  const dateField = (name: 'receivedDate' | 'deadline' | 'nextFollowUp', label: string, required = false, hint?: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateInput label={label} required={required} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors[name]?.message} hint={hint} />
      )}
    />
  );
  const nativeSelect = { select: { native: true }, inputLabel: { shrink: true } } as const;

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 860 }}>
      <form noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {general && <Alert severity="error">{general}</Alert>}
          <div>
            <Typography component="h2" variant="h3">{t.citizen}</Typography>
            <Typography>
              {citizen.name} · {citizen.cpr}
            </Typography>
          </div>
          <Controller
            control={control}
            name="area"
            render={({ field }) => (
              <FormControl error={Boolean(errors.area)} required>
                <FormLabel id="case-area-label">{t.area}</FormLabel>
                <RadioGroup row aria-labelledby="case-area-label" name={field.name} value={field.value ?? ''} onChange={(e) => field.onChange(e.target.value)}>
                  {areas.map((a) => (
                    <FormControlLabel key={a} value={a} control={<Radio />} label={areaLabels[a]} />
                  ))}
                </RadioGroup>
                {errors.area && <FormHelperText>{errors.area.message}</FormHelperText>}
              </FormControl>
            )}
          />
          <Controller
            control={control}
            name="caseType"
            render={({ field }) => (
              <CaseTypeField
                area={area}
                value={field.value ?? ''}
                error={errors.caseType?.message}
                onChange={field.onChange}
                onBlur={field.onBlur}
                onPick={(type) => {
                  field.onChange(type.name);
                  if (type.paragraphs.length > 0) {
                    setValue('paragraphs', type.paragraphs, { shouldDirty: true });
                    setPrefilled(true);
                  }
                }}
              />
            )}
          />
          <Controller
            control={control}
            name="paragraphs"
            render={({ field }) => (
              <ParagraphsField area={area} value={field.value ?? []} error={errors.paragraphs?.message ?? errors.paragraphs?.root?.message ?? (Array.isArray(errors.paragraphs) ? errors.paragraphs.find(Boolean)?.message : undefined)} onChange={(v) => { setPrefilled(false); field.onChange(v); }} onBlur={field.onBlur} />
            )}
          />
          {prefilled && <Typography role="status" color="text.secondary">{t.prefilled}</Typography>}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField label={t.kle} {...register('kleNumber')} error={Boolean(errors.kleNumber)} helperText={errors.kleNumber?.message ?? t.kleHint} fullWidth />
            <TextField label={t.facet} {...register('handlingsfacet')} error={Boolean(errors.handlingsfacet)} helperText={errors.handlingsfacet?.message ?? t.facetHint} fullWidth />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField select label={t.phase} {...register('phase')} error={Boolean(errors.phase)} helperText={errors.phase?.message} slotProps={nativeSelect} fullWidth>
              {phases.map((p) => <option key={p} value={p}>{phaseLabels[p]}</option>)}
            </TextField>
            <TextField select label={t.state} {...register('state')} error={Boolean(errors.state)} helperText={errors.state?.message} slotProps={nativeSelect} fullWidth>
              {caseStates.map((s) => <option key={s} value={s}>{caseStateLabels[s]}</option>)}
            </TextField>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            {dateField('receivedDate', t.received, true)}
            {dateField('deadline', t.deadline, false, watch('deadline') ? undefined : deadlineHint)}
            {dateField('nextFollowUp', t.nextFollowUp)}
          </Stack>
          {isNew && <Typography color="text.secondary">{t.caseworkerNote}</Typography>}
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
