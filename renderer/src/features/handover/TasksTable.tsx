/** Notification tasks (telling the family about the new caseworker), ticked off with date and channel. */
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { channelLabels, channels, completeTaskInput, recipientRoleLabels, type Task } from '../../../../shared/features/handover';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { todayIso } from '../../components/today';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

type FormIn = z.input<typeof completeTaskInput>;
type FormOut = z.output<typeof completeTaskInput>;

function CompleteDialog({ task, onClose }: { task: Task; onClose: () => void }) {
  const mutation = useApiMutation('handover.completeTask');
  const [general, setGeneral] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(completeTaskInput),
    defaultValues: { taskId: task.id, doneOn: todayIso(), channel: task.channel },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(values);
      onClose();
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['doneOn', 'channel']));
    }
  });
  return (
    <FormDialog open title={`${t.markDone}: ${task.recipientName}`} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general} submitLabel={t.markDone}>
      <Controller
        name="doneOn"
        control={control}
        render={({ field }) => <DateInput label={t.doneOn} required name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={formState.errors.doneOn?.message} />}
      />
      <TextField select label={t.channel} required slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...register('channel')} error={Boolean(formState.errors.channel)} helperText={formState.errors.channel?.message}>
        {channels.map((c) => (
          <option key={c} value={c}>
            {channelLabels[c]}
          </option>
        ))}
      </TextField>
    </FormDialog>
  );
}

export function TasksTable({ tasks, label }: { tasks: Task[]; label: string }) {
  const [open, setOpen] = useState<Task | null>(null);
  const c = t.taskColumns;
  if (tasks.length === 0) return <Typography>{t.noTasks}</Typography>;
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell>{c.case}</TableCell>
              <TableCell>{c.citizen}</TableCell>
              <TableCell>{c.recipient}</TableCell>
              <TableCell>{c.phone}</TableCell>
              <TableCell>{c.newCaseworker}</TableCell>
              <TableCell>{c.responsible}</TableCell>
              <TableCell>{c.channel}</TableCell>
              <TableCell>{c.due}</TableCell>
              <TableCell>{c.done}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tasks.map((x) => (
              <TableRow key={x.id}>
                <TableCell>{x.caseNumber}</TableCell>
                <TableCell>{x.citizenName}</TableCell>
                <TableCell>
                  {x.recipientName}
                  <Typography variant="body2" color="text.secondary">
                    {recipientRoleLabels[x.recipientRole]}
                  </Typography>
                </TableCell>
                <TableCell>{x.recipientPhone || '–'}</TableCell>
                <TableCell>{x.newCaseworkerName}</TableCell>
                <TableCell>{x.responsibleName}</TableCell>
                <TableCell>{channelLabels[x.channel]}</TableCell>
                <TableCell>{formatDate(x.dueDate)}</TableCell>
                <TableCell>
                  {x.doneOn ? (
                    `${formatDate(x.doneOn)} (${channelLabels[x.doneChannel ?? x.channel]})`
                  ) : (
                    <Button size="small" onClick={() => setOpen(x)} aria-label={`${t.markDone}: ${x.recipientName}, sag ${x.caseNumber}`}>
                      {t.markDone}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {open && <CompleteDialog task={open} onClose={() => setOpen(null)} />}
    </>
  );
}
