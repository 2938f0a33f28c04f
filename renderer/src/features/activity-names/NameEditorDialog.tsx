/** Add or edit one list entry (super users), validated by the same schema as the API and imports. */
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { phaseLabels, phases } from '../../../../shared/domain/enums';
import { activityNameInput, nameAreaLabels, nameAreas, type ActivityName, type ActivityNameData, type ActivityNameInput } from '../../../../shared/features/activity-names';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { namesTexts } from './texts';

const t = namesTexts.editor;
const fieldNames = ['name', 'phase', 'area', 'content', 'guidance', 'example', 'synonyms', 'sortOrder', 'isOther'] as const;
const blank: ActivityNameInput = { name: '', phase: 'sagsåbning', area: 'begge', content: '', guidance: '', example: '', synonyms: [], sortOrder: 0, isOther: false };

interface Props {
  entry: ActivityName | null;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function NameEditorDialog({ entry, open, onClose, onDone }: Props) {
  const create = useApiMutation('activityNames.create');
  const update = useApiMutation('activityNames.update');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<ActivityNameInput, unknown, ActivityNameData>({
    resolver: zodResolver(activityNameInput),
  });
  useEffect(() => {
    if (!open) return;
    setGeneral(null);
    if (entry) {
      const { name, phase, area, content, guidance, example, synonyms, sortOrder, isOther } = entry;
      reset({ name, phase, area, content, guidance, example, synonyms, sortOrder, isOther });
    } else reset(blank);
  }, [open, entry, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      if (entry) await update.mutateAsync({ id: entry.id, ...values });
      else await create.mutateAsync(values);
      onDone();
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  const multiline = (name: 'content' | 'guidance' | 'example', label: string, required = false) => (
    <TextField label={label} required={required} multiline minRows={2} {...register(name)} error={Boolean(errors[name])} helperText={errors[name]?.message} />
  );
  return (
    <FormDialog open={open} title={entry ? t.editTitle : t.newTitle} onClose={onClose} onSubmit={submit} busy={create.isPending || update.isPending} error={general} maxWidth="md">
      <TextField label={t.name} required autoFocus {...register('name')} error={Boolean(errors.name)} helperText={errors.name?.message} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={control}
          name="phase"
          render={({ field }) => (
            <TextField select label={t.phase} required fullWidth {...field} error={Boolean(errors.phase)} helperText={errors.phase?.message}>
              {phases.map((p) => (
                <MenuItem key={p} value={p}>
                  {phaseLabels[p]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={control}
          name="area"
          render={({ field }) => (
            <TextField select label={t.area} required fullWidth {...field} error={Boolean(errors.area)} helperText={errors.area?.message}>
              {nameAreas.map((a) => (
                <MenuItem key={a} value={a}>
                  {nameAreaLabels[a]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={control}
          name="sortOrder"
          render={({ field }) => (
            <TextField
              label={t.sortOrder}
              type="number"
              fullWidth
              name={field.name}
              value={field.value ?? 0}
              onChange={(e) => field.onChange(e.target.value === '' ? 0 : Number(e.target.value))}
              onBlur={field.onBlur}
              error={Boolean(errors.sortOrder)}
              helperText={errors.sortOrder?.message ?? t.sortHint}
            />
          )}
        />
      </Stack>
      {multiline('content', t.content, true)}
      {multiline('guidance', t.guidance)}
      {multiline('example', t.example)}
      <Controller
        control={control}
        name="synonyms"
        render={({ field }) => (
          <SynonymField value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={errors.synonyms?.message ?? errors.synonyms?.[0]?.message} />
        )}
      />
      <Controller
        control={control}
        name="isOther"
        render={({ field }) => <FormControlLabel control={<Checkbox checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} />} label={t.isOther} />}
      />
    </FormDialog>
  );
}

/** Synonyms typed as one comma-separated line, kept as the schema's array. */
function SynonymField({ value, onChange, onBlur, error }: { value: string[]; onChange: (v: string[]) => void; onBlur: () => void; error?: string }) {
  const [text, setText] = useState(value.join(', '));
  useEffect(() => setText(value.join(', ')), [value]);
  return (
    <TextField
      label={t.synonyms}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        onChange(text.split(',').map((s) => s.trim()).filter(Boolean));
        onBlur();
      }}
      error={Boolean(error)}
      helperText={error ?? t.synonymsHint}
    />
  );
}
