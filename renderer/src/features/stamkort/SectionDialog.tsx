/** Edit one typed section of the stamkort: rows of fields, validated by the shared schema; a stale version is refused by the backend. */
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Checkbox, FormControlLabel, FormHelperText, IconButton, MenuItem, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { householdArrangements, sectionSchemas, type SectionState } from '../../../../shared/features/stamkort';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { errorMessage } from '../../api/client';
import { emptyRow, sectionFields, type FieldDef } from '../../../../shared/print/stamkort/fields';
import { arrangementLabels, fieldLabels, labelFor, stamkortTexts as t } from '../../../../shared/print/stamkort/texts';

interface FormValues {
  none: boolean;
  entries: Record<string, unknown>[];
}

interface Props {
  caseId: number;
  area: 'børn' | 'voksen';
  section: SectionState | null;
  title: string;
  onClose: () => void;
  onSaved: () => void;
  /** The card changed meanwhile: the backend refused; the tab shows the newer version. */
  onConflict: (message: string) => void;
}

export function SectionDialog({ caseId, area, section, title, onClose, onSaved, onConflict }: Props) {
  const save = useApiMutation('stamkort.saveSection');
  const [general, setGeneral] = useState<string | null>(null);
  const key = section?.key ?? 'parents';
  const { register, control, handleSubmit, reset, setError, setValue, formState } = useForm<FormValues>({
    resolver: zodResolver(sectionSchemas[key]) as unknown as Resolver<FormValues>,
  });
  const rows = useFieldArray({ control, name: 'entries' });
  useEffect(() => {
    if (!section) return;
    setGeneral(null);
    reset({ none: section.data.none, entries: section.data.entries.length > 0 || section.data.none ? section.data.entries : [emptyRow(section.key)] });
  }, [section, reset]);

  const submit = handleSubmit(async (values) => {
    if (!section) return;
    setGeneral(null);
    try {
      await save.mutateAsync({ caseId, section: section.key, version: section.version, data: values } as never);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        onConflict(error.message);
        return;
      }
      // Field problems go under their fields ("data.entries.0.date" → "entries.0.date"); anything else on top.
      const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : [];
      const placed = fields.filter(([path]) => path.startsWith('data.'));
      for (const [path, message] of placed) setError(path.slice('data.'.length) as 'none', { type: 'server', message });
      if (placed.length === 0 || placed.length < fields.length) setGeneral(errorMessage(error));
    }
  });

  const errors = formState.errors;
  const fieldError = (i: number, name: string): string | undefined =>
    (errors.entries?.[i] as Record<string, { message?: string }> | undefined)?.[name]?.message;

  const renderField = (i: number, f: FieldDef) => {
    const name = `entries.${i}.${f.name}` as const;
    const label = labelFor(f.name, area);
    const error = fieldError(i, f.name);
    if (f.kind === 'bool') {
      return (
        <Controller
          key={f.name}
          control={control}
          name={name}
          render={({ field }) => (
            <FormControlLabel control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} />} label={label} />
          )}
        />
      );
    }
    if (f.kind === 'date') {
      return (
        <Controller
          key={f.name}
          control={control}
          name={name}
          render={({ field }) => (
            <DateInput label={label} name={field.name} value={(field.value as string | null) ?? null} onChange={field.onChange} onBlur={field.onBlur} error={error} />
          )}
        />
      );
    }
    if (f.kind === 'arrangement') {
      return (
        <Controller
          key={f.name}
          control={control}
          name={name}
          render={({ field }) => (
            <TextField select label={label} value={field.value ?? 'hjemme'} onChange={field.onChange} onBlur={field.onBlur} error={Boolean(error)} helperText={error}>
              {householdArrangements.map((a) => (
                <MenuItem key={a} value={a}>
                  {arrangementLabels[a]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      );
    }
    const hint = f.kind === 'phone' ? t.phoneHint : f.name === 'icd10' ? t.icdHint : f.name === 'age' ? t.ageHint : undefined;
    return (
      <TextField
        key={f.name}
        label={label}
        required={f.required}
        type={f.kind === 'email' ? 'email' : f.kind === 'phone' ? 'tel' : 'text'}
        {...register(name, f.kind === 'number' ? { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) } : {})}
        error={Boolean(error)}
        helperText={error ?? hint}
        slotProps={{ htmlInput: { maxLength: f.max, inputMode: f.kind === 'number' ? 'numeric' : undefined } }}
      />
    );
  };

  return (
    <FormDialog open={section !== null} title={t.edit(title)} onClose={onClose} onSubmit={submit} busy={save.isPending} error={general ?? errors.none?.message ?? null} maxWidth="md">
      <Controller
        control={control}
        name="none"
        render={({ field }) => (
          <FormControlLabel
            control={<Checkbox checked={field.value === true} onChange={(e) => {
              field.onChange(e.target.checked);
              if (e.target.checked) rows.replace([]);
              else if (rows.fields.length === 0) rows.append(emptyRow(key));
            }} />}
            label={fieldLabels.none}
          />
        )}
      />
      {rows.fields.map((row, i) => (
        <Box key={row.id} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
          <Box component="legend" sx={{ px: 1 }}>
            {t.row(i + 1)}
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>{sectionFields[key].map((f) => renderField(i, f))}</Box>
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <IconButton aria-label={t.removeRow(i + 1)} onClick={() => rows.remove(i)}>
              <DeleteIcon aria-hidden />
            </IconButton>
          </Stack>
        </Box>
      ))}
      {errors.entries?.root?.message && <FormHelperText error>{errors.entries.root.message}</FormHelperText>}
      <div>
        <Button
          startIcon={<AddIcon aria-hidden />}
          onClick={() => {
            setValue('none', false);
            rows.append(emptyRow(key));
          }}
        >
          {t.addRow}
        </Button>
      </div>
    </FormDialog>
  );
}
