/** At the handover meeting: the receiver asks about a case; the outgoing caseworker answers. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { TextField } from '@mui/material';
import { handoverContract } from '../../../../shared/features/handover';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { applyServerError } from '../../components/forms';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

const askSchema = handoverContract['handover.ask'].input;
const answerSchema = handoverContract['handover.answer'].input;

export function AskDialog({ shiftId, caseId, caseNumber, onClose }: { shiftId: number; caseId: number; caseNumber: string; onClose: () => void }) {
  const mutation = useApiMutation('handover.ask');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof askSchema>, unknown, z.output<typeof askSchema>>({
    resolver: zodResolver(askSchema),
    defaultValues: { shiftId, caseId, question: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(values);
      onClose();
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['question']));
    }
  });
  return (
    <FormDialog open title={`${t.ask}: ${caseNumber}`} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general} submitLabel={t.ask}>
      <TextField label={t.question} required multiline minRows={2} autoFocus {...register('question')} error={Boolean(formState.errors.question)} helperText={formState.errors.question?.message} />
    </FormDialog>
  );
}

export function AnswerDialog({ questionId, question, onClose }: { questionId: number; question: string; onClose: () => void }) {
  const mutation = useApiMutation('handover.answer');
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof answerSchema>, unknown, z.output<typeof answerSchema>>({
    resolver: zodResolver(answerSchema),
    defaultValues: { questionId, answer: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(values);
      onClose();
    } catch (error) {
      setGeneral(applyServerError(error, setError, ['answer']));
    }
  });
  return (
    <FormDialog open title={question} onClose={onClose} onSubmit={submit} busy={mutation.isPending} error={general} submitLabel={t.sendAnswer}>
      <TextField label={t.answer} required multiline minRows={2} autoFocus {...register('answer')} error={Boolean(formState.errors.answer)} helperText={formState.errors.answer?.message} />
    </FormDialog>
  );
}
