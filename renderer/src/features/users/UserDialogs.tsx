/** "Ny medarbejder" and "Rediger medarbejder" dialogs, validated with userInput / userUpdate. */
import { useEffect, useState } from 'react';
import { Controller, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Checkbox, FormControlLabel, FormHelperText, TextField } from '@mui/material';
import { userInput, userUpdate, type User } from '../../../../shared/features/users';
import { roleLabels, roles } from '../../../../shared/domain/enums';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { TeamSelect } from './TeamSelect';
import { usersTexts } from './texts';

const t = usersTexts.users;
type NewIn = z.input<typeof userInput>;
type NewOut = z.output<typeof userInput>;
type EditIn = z.input<typeof userUpdate>;
type EditOut = z.output<typeof userUpdate>;
type Shared = { name: string; role: NewIn['role']; teamId: number };

/** Name, role and team: the fields both dialogs have. */
function CommonFields({ register, control, errors }: { register: UseFormRegister<Shared>; control: Control<Shared>; errors: FieldErrors<Shared> }) {
  return (
    <>
      <TextField label={t.name} required {...register('name')} error={Boolean(errors.name)} helperText={errors.name?.message} slotProps={{ htmlInput: { maxLength: 100 } }} />
      <TextField select label={t.role} required {...register('role')} error={Boolean(errors.role)} helperText={errors.role?.message} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </TextField>
      <Controller
        control={control}
        name="teamId"
        render={({ field }) => (
          <TeamSelect name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.teamId ? (field.value ? errors.teamId.message : t.teamRequired) : undefined} />
        )}
      />
    </>
  );
}

interface DialogProps {
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function NewUserDialog({ open, onClose, onDone }: DialogProps) {
  const mutation = useApiMutation('users.create');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<NewIn, unknown, NewOut>({ resolver: zodResolver(userInput) });
  useEffect(() => {
    if (open) {
      reset({ initials: '', name: '', role: 'sagsbehandler', teamId: undefined });
      setGeneral(null);
    }
  }, [open, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await mutation.mutateAsync(values);
      onDone(t.created);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['initials', 'name', 'role', 'teamId']));
    }
  });
  return (
    <FormDialog open={open} title={t.newTitle} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general}>
      <TextField
        label={t.initials}
        required
        autoFocus
        {...register('initials')}
        error={Boolean(errors.initials)}
        helperText={errors.initials?.message ?? t.initialsHint}
        slotProps={{ htmlInput: { maxLength: 10 } }}
      />
      <CommonFields register={register as unknown as UseFormRegister<Shared>} control={control as unknown as Control<Shared>} errors={errors as FieldErrors<Shared>} />
    </FormDialog>
  );
}

export function EditUserDialog({ open, user, onClose, onDone }: DialogProps & { user: User | null }) {
  const mutation = useApiMutation('users.update');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<EditIn, unknown, EditOut>({ resolver: zodResolver(userUpdate) });
  useEffect(() => {
    if (open && user) {
      reset({ id: user.id, name: user.name, role: user.role, teamId: user.teamId, active: user.active });
      setGeneral(null);
    }
  }, [open, user, reset]);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await mutation.mutateAsync(values);
      onDone(t.saved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['name', 'role', 'teamId', 'active']));
    }
  });
  return (
    <FormDialog open={open} title={user ? t.editTitle(user.name) : ''} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general}>
      <TextField label={t.initials} value={user?.initials ?? ''} disabled helperText={t.initialsFixed} />
      <CommonFields register={register as unknown as UseFormRegister<Shared>} control={control as unknown as Control<Shared>} errors={errors as FieldErrors<Shared>} />
      <div>
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <FormControlLabel control={<Checkbox checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} />} label={t.active} />
          )}
        />
        <FormHelperText>{errors.active?.message ?? t.activeHelp}</FormHelperText>
      </div>
    </FormDialog>
  );
}
