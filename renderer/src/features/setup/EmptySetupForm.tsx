/** First run: a new, empty register with one team and the first user. */
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { setupInput } from '../../../../shared/features/app';
import { roleLabels, roles } from '../../../../shared/domain/enums';
import { applyServerError } from '../../components/forms';
import { setupTexts as t } from './texts';

const emptySetup = setupInput.options[0];
type FormIn = z.input<typeof emptySetup>;
type FormOut = z.output<typeof emptySetup>;
const fieldNames = ['teamName', 'initials', 'name', 'role'] as const;

interface Props {
  busy: boolean;
  onSubmit: (values: FormOut) => Promise<void>;
}

export function EmptySetupForm({ busy, onSubmit }: Props) {
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(emptySetup),
    defaultValues: { kind: 'empty', teamName: '', initials: '', name: '', role: 'sagsbehandler' },
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

  return (
    <form noValidate onSubmit={submit} aria-label={t.empty.title}>
      <Stack spacing={2}>
        {general && <Alert severity="error">{general}</Alert>}
        <TextField
          label={t.empty.teamName}
          required
          {...register('teamName')}
          error={Boolean(errors.teamName)}
          helperText={errors.teamName?.message ?? t.empty.teamNameHint}
        />
        <TextField
          label={t.empty.initials}
          required
          {...register('initials')}
          error={Boolean(errors.initials)}
          helperText={errors.initials?.message ?? t.empty.initialsHint}
          slotProps={{ htmlInput: { autoCapitalize: 'characters', maxLength: 10 } }}
        />
        <TextField label={t.empty.name} required {...register('name')} error={Boolean(errors.name)} helperText={errors.name?.message} />
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <TextField select label={t.empty.role} required {...field} error={Boolean(errors.role)} helperText={errors.role?.message}>
              {roles.map((r) => (
                <MenuItem key={r} value={r}>
                  {roleLabels[r]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? t.empty.busy : t.empty.submit}
        </Button>
      </Stack>
    </form>
  );
}
