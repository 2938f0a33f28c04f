/**
 * /overlevering/skift/:id – one shift: its cases (with sheets and the meeting for a
 * planned shift), the questions, "Gennemfør skift", and the notification tasks.
 */
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Alert, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import type { ShiftCase, ShiftDetail } from '../../../../shared/features/handover';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useIdParam } from '../../components/useIdParam';
import { AgendaCard } from './AgendaCard';
import { AnswerDialog, AskDialog } from './QuestionDialogs';
import { SheetDialog } from './SheetDialog';
import { TasksTable } from './TasksTable';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';
import { useMe } from './useMe';

function Cases({ shift }: { shift: ShiftDetail }) {
  const me = useMe();
  const takeOver = useApiMutation('handover.takeOver');
  const [sheet, setSheet] = useState<ShiftCase | null>(null);
  const [ask, setAsk] = useState<ShiftCase | null>(null);
  const [answer, setAnswer] = useState<{ id: number; question: string } | null>(null);
  const planned = shift.kind === 'planlagt';
  const preparing = shift.status === 'forberedes';
  const canEdit = preparing && (me?.id === shift.fromUserId || me?.role === 'teamleder');
  const p = t.print;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-cases">
      <Typography variant="h2" id="ho-cases" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {planned ? t.sheets : p.cases}
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby="ho-cases">
          <TableHead>
            <TableRow>
              <TableCell>{p.case}</TableCell>
              <TableCell>{p.citizen}</TableCell>
              <TableCell>{p.receiver}</TableCell>
              {planned ? <TableCell>{t.sheets}</TableCell> : <TableCell>{t.coverUntil}</TableCell>}
              {planned && <TableCell>{t.takenOver}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {shift.cases.map((c) => {
              const questions = shift.questions.filter((q) => q.caseId === c.caseId);
              return (
                <TableRow key={c.caseId}>
                  <TableCell>{c.caseNumber}</TableCell>
                  <TableCell>{c.citizenName}</TableCell>
                  <TableCell>{c.toName}</TableCell>
                  {planned ? (
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                        <Chip size="small" color={c.complete ? 'success' : 'warning'} label={c.complete ? t.complete : t.incomplete} />
                        {canEdit && (
                          <Button size="small" onClick={() => setSheet(c)} aria-label={`${t.editSheet}, sag ${c.caseNumber}`}>
                            {t.editSheet}
                          </Button>
                        )}
                      </Stack>
                      {questions.map((q) => (
                        <Typography key={q.id} variant="body2" sx={{ mt: 0.5 }}>
                          <strong>{q.askedByName}:</strong> {q.question} {q.answer ? `– ${q.answer}` : ''}
                          {!q.answer && canEdit && (
                            <Button size="small" onClick={() => setAnswer({ id: q.id, question: q.question })}>
                              {t.sendAnswer}
                            </Button>
                          )}
                        </Typography>
                      ))}
                    </TableCell>
                  ) : (
                    <TableCell>{c.coverUntil ? formatDate(c.coverUntil) : '–'}</TableCell>
                  )}
                  {planned && (
                    <TableCell>
                      {c.takenOverAt ? (
                        t.takenOver
                      ) : preparing && (me?.id === c.toUserId || me?.role === 'teamleder') ? (
                        <Stack direction="row" spacing={1}>
                          <Button size="small" variant="outlined" onClick={() => takeOver.mutate({ shiftId: shift.id, caseId: c.caseId })} aria-label={`${t.takeOver}: sag ${c.caseNumber}`}>
                            {t.takeOver}
                          </Button>
                          <Button size="small" onClick={() => setAsk(c)} aria-label={`${t.ask}: sag ${c.caseNumber}`}>
                            {t.ask}
                          </Button>
                        </Stack>
                      ) : (
                        '–'
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {sheet && <SheetDialog shiftId={shift.id} fromUserId={shift.fromUserId} item={sheet} onClose={() => setSheet(null)} />}
      {ask && <AskDialog shiftId={shift.id} caseId={ask.caseId} caseNumber={ask.caseNumber} onClose={() => setAsk(null)} />}
      {answer && <AnswerDialog questionId={answer.id} question={answer.question} onClose={() => setAnswer(null)} />}
    </Paper>
  );
}

export function ShiftPage() {
  const id = useIdParam() ?? 0;
  const location = useLocation();
  const me = useMe();
  const shift = useApiQuery('handover.shift', { id }, { enabled: id > 0 });
  const tasks = useApiQuery('handover.tasks', { shiftId: id, outstandingOnly: false }, { enabled: id > 0 });
  const execute = useApiMutation('handover.execute');
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  if (shift.error) return <QueryError error={shift.error} />;
  if (!shift.data) return <Loading />;
  const s = shift.data;
  const canExecute = s.status === 'forberedes' && (me?.id === s.fromUserId || me?.role === 'teamleder');
  return (
    <Stack spacing={2}>
      <PageHeader
        title={t.shiftTitle(t.kind[s.kind], s.fromName)}
        subtitle={
          <Typography>
            {formatDate(s.shiftDate)} · {s.reason} · {t.status[s.status]}
          </Typography>
        }
      >
        {s.kind === 'planlagt' && (
          <RouterButton variant="outlined" to={`/udskriv/overlevering/${s.id}`}>
            {t.printPack}
          </RouterButton>
        )}
        {canExecute && (
          <Button variant="contained" onClick={() => execute.mutate({ id: s.id })} disabled={execute.isPending} title={t.executeConfirm}>
            {t.execute}
          </Button>
        )}
      </PageHeader>
      {execute.error && <Alert severity="error">{errorMessage(execute.error)}</Alert>}
      {s.kind === 'planlagt' && <AgendaCard key={`${s.id}-${s.status}`} shift={s} editable={s.status === 'forberedes' && (me?.id === s.fromUserId || me?.role === 'teamleder')} />}
      <Cases shift={s} />
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-shift-tasks">
        <Typography variant="h2" id="ho-shift-tasks" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.tasks}
        </Typography>
        {tasks.data ? <TasksTable tasks={tasks.data.rows} label={t.tasks} /> : <Loading />}
      </Paper>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
