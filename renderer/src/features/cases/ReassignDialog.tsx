/** Give one or many cases to another caseworker, with a reason that is kept in the history. */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TextField, Typography } from '@mui/material';
import { reassignInput } from '../../../../shared/features/cases';
import type { User } from '../../../../shared/features/users';
import { compareDanish } from '../../../../shared/domain/collation';
import { useActiveUsers, useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError, fieldError } from '../../components/forms';
import { casesTexts as t } from './texts';

type FormIn = z.input<typeof reassignInput>;
type FormOut = z.output<typeof reassignInput>;
const fieldNames = ['caseIds', 'toUserId', 'reason'] as const;

interface Props {
  open: boolean;
  caseIds: number[];
  /** Preselect nobody who already has every case (e.g. the current caseworker of one case). */
  currentUserId?: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

function groupByTeam(users: User[]): [string, User[]][] {
  const groups = new Map<string, User[]>();
  for (const u of users) groups.set(u.teamName, [...(groups.get(u.teamName) ?? []), u]);
  return [...groups.entries()]
    .sort(([a], [b]) => compareDanish(a, b))
    .map(([team, list]) => [team, list.sort((a, b) => compareDanish(a.name, b.name))]);
}

export function ReassignDialog({ open, caseIds, currentUserId, onClose, onDone }: Props) {
  const users = useActiveUsers();
  const mutation = useApiMutation('cases.reassign');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(reassignInput),
    defaultValues: { caseIds, reason: '' },
  });
  // Reset when opened; the ids go by value (callers may pass a new array each render).
  const idsKey = caseIds.join(',');
  useEffect(() => {
    if (open) {
      reset({ caseIds: idsKey.split(',').filter(Boolean).map(Number), reason: '', toUserId: undefined });
      setGeneral(null);
    }
  }, [open, idsKey, reset]);

  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      const result = await mutation.mutateAsync(values);
      onDone(t.reassign.done(result.reassigned) + (result.unchanged > 0 ? t.reassign.unchanged(result.unchanged) : ''));
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  const errors = formState.errors;
  const toUser = watch('toUserId');
  const userError = errors.toUserId ? (toUser ? errors.toUserId.message : t.reassign.chooseUser) : undefined;
  const groups = groupByTeam((users.data?.rows ?? []).filter((u) => u.id !== currentUserId));

  return (
    <FormDialog
      open={open}
      title={caseIds.length === 1 ? t.reassign.title : t.reassign.manyTitle}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={general ?? fieldError(errors, 'caseIds') ?? null}
      submitLabel={t.reassign.submit}
    >
      <Typography>{t.reassign.count(caseIds.length)}</Typography>
      <TextField
        select
        label={t.reassign.toUser}
        required
        autoFocus
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        {...register('toUserId', { setValueAs: (v) => (v === '' || v === undefined ? undefined : Number(v)) })}
        error={Boolean(userError)}
        helperText={userError}
      >
        <option value="">{t.reassign.choosePlaceholder}</option>
        {groups.map(([team, list]) => (
          <optgroup key={team} label={team}>
            {list.map((u) => (
              <option key={u.id} value={u.id}>
                {u.initials} – {u.name} ({t.reassign.openCases(u.openCases)})
              </option>
            ))}
          </optgroup>
        ))}
      </TextField>
      <TextField
        label={t.reassign.reason}
        required
        {...register('reason')}
        error={Boolean(errors.reason)}
        helperText={errors.reason?.message ?? t.reassign.reasonHint}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </FormDialog>
  );
}
