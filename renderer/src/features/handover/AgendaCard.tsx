/** The handover meeting agenda: date, participants, and the cases in order with minutes each. */
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { agendaInput, type ShiftDetail } from '../../../../shared/features/handover';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../../components/DateInput';
import { applyServerError } from '../../components/forms';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

type FormIn = z.input<typeof agendaInput>;
type FormOut = z.output<typeof agendaInput>;

export function AgendaCard({ shift, editable }: { shift: ShiftDetail; editable: boolean }) {
  const mutation = useApiMutation('handover.saveAgenda');
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const names = new Map(shift.cases.map((c) => [c.caseId, c]));
  const { control, register, handleSubmit, setError, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(agendaInput),
    defaultValues: {
      shiftId: shift.id,
      meetingDate: shift.meetingDate ?? (undefined as unknown as string),
      participants: shift.participants,
      items: shift.cases.map((c) => ({ caseId: c.caseId, minutes: c.minutes })),
    },
  });
  const { fields, swap } = useFieldArray({ control, name: 'items' });
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await mutation.mutateAsync(values);
      setDone(t.saved);
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['meetingDate', 'participants', 'items']));
    }
  });
  const e = formState.errors;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-agenda">
      <Typography variant="h2" id="ho-agenda" sx={{ fontSize: '1.25rem', mb: 2 }}>
        {t.agenda}
      </Typography>
      <form noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {general && <Alert severity="error">{general}</Alert>}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <div style={{ minWidth: 220 }}>
              <Controller
                name="meetingDate"
                control={control}
                render={({ field }) => (
                  <DateInput label={t.meetingDate} required disabled={!editable} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e.meetingDate?.message} />
                )}
              />
            </div>
            <TextField label={t.participants} disabled={!editable} {...register('participants')} error={Boolean(e.participants)} helperText={e.participants?.message} sx={{ flexGrow: 1 }} />
          </Stack>
          <Table size="small" aria-labelledby="ho-agenda">
            <TableHead>
              <TableRow>
                <TableCell>{t.print.order}</TableCell>
                <TableCell>{t.print.case}</TableCell>
                <TableCell>{t.print.citizen}</TableCell>
                <TableCell>{t.minutes}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {fields.map((f, i) => {
                const c = names.get(f.caseId);
                const minutesError = e.items?.[i]?.minutes?.message;
                return (
                  <TableRow key={f.id}>
                    <TableCell>
                      {i + 1}
                      {editable && i > 0 && (
                        <IconButton size="small" onClick={() => swap(i, i - 1)} aria-label={t.moveUp(c?.caseNumber ?? '')}>
                          <ArrowUpwardIcon fontSize="small" />
                        </IconButton>
                      )}
                    </TableCell>
                    <TableCell>{c?.caseNumber}</TableCell>
                    <TableCell>{c?.citizenName}</TableCell>
                    <TableCell>
                      <TextField
                        size="small"
                        type="number"
                        disabled={!editable}
                        {...register(`items.${i}.minutes`, { valueAsNumber: true })}
                        error={Boolean(minutesError)}
                        helperText={minutesError}
                        slotProps={{ htmlInput: { 'aria-label': `${t.minutes}, sag ${c?.caseNumber ?? ''}`, min: 1, max: 240 } }}
                        sx={{ width: 110 }}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {editable && (
            <div>
              <Button type="submit" variant="outlined" disabled={mutation.isPending}>
                {t.saveAgenda}
              </Button>
            </div>
          )}
        </Stack>
      </form>
      <SuccessSnackbar message={done} onClose={() => setDone(null)} />
    </Paper>
  );
}
