/** "Nyt team". */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField } from '@mui/material';
import { teamInput } from '../../../../shared/features/users';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { usersTexts } from './texts';

const t = usersTexts.teams;
type FormIn = z.input<typeof teamInput>;
type FormOut = z.output<typeof teamInput>;

export function TeamDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const mutation = useApiMutation('teams.create');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(teamInput) });
  useEffect(() => {
    if (open) {
      reset({ name: '' });
      setGeneral(null);
    }
  }, [open, reset]);
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await mutation.mutateAsync(values);
      onDone(t.created);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['name']));
    }
  });
  return (
    <FormDialog open={open} title={t.dialogTitle} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general} maxWidth="xs">
      <TextField
        label={t.name}
        required
        autoFocus
        {...register('name')}
        error={Boolean(formState.errors.name)}
        helperText={formState.errors.name?.message}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
    </FormDialog>
  );
}
