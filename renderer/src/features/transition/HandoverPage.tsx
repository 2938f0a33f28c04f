/**
 * /overgang/:citizenId – the handover of a young person to the adult area: choose the adult
 * team and caseworker, the adult case and what happens to the children's case, read and
 * complete the transition summary, and hand over (one call, all or nothing). Once handed
 * over, the page leads to the printed summary and the adult case.
 */
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { childCaseDecisions, handOverInput, transitionContract, type TransitionDraft } from '../../../../shared/features/transition';
import { errorMessage } from '../../api/client';
import { useActiveUsers, useApiMutation, useApiQuery, useTeams } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { FactList } from '../../components/FactList';
import { applyServerError, fieldError } from '../../components/forms';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { todayIso } from '../../components/today';
import { useIdParam } from '../../components/useIdParam';
import { CaseTypeField, ParagraphsField } from '../cases/CaseTypeAndParagraphs';
import { deadlinesTexts } from '../deadlines/texts';
import { FactsView } from './FactsView';
import { OverdueDate } from '../../components/OverdueDate';
import { transitionTexts } from './texts';

const t = transitionTexts.page;
type FormIn = z.input<typeof handOverInput>;
type FormOut = z.output<typeof handOverInput>;
const fieldNames = ['toTeamId', 'toUserId', 'adultCaseId', 'caseType', 'paragraphs', 'childCases', 'situation', 'crossMeeting', 'servicesNote', 'familyNote'] as const;
const TRANSITION_LIST = '/frister/overgang';

export function TransitionHandoverPage() {
  const citizenId = useIdParam('citizenId');
  const draft = useApiQuery('transition.prepare', { citizenId: citizenId ?? 0 }, { enabled: citizenId !== null });
  if (citizenId === null) return <NotFoundPage />;
  if (draft.isError) return <QueryError error={draft.error} />;
  if (!draft.data) return <Loading />;
  const d = draft.data;
  return (
    <Stack spacing={2}>
      <PageHeader title={t.title(d.citizenName)}>
        <RouterButton to={TRANSITION_LIST}>{t.back}</RouterButton>
      </PageHeader>
      <Head d={d} />
      {d.handoverId !== null ? <Done handoverId={d.handoverId} /> : <HandoverForm key={d.citizenId} d={d} />}
    </Stack>
  );
}

function Head({ d }: { d: TransitionDraft }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="handover-facts" sx={{ p: 2 }}>
      <Typography id="handover-facts" variant="h2" component="h2" sx={{ mb: 1 }}>
        {t.facts}
      </Typography>
      <FactList
        columns={2}
        items={[
          { label: t.cpr, value: d.cprFormatted },
          { label: t.birth, value: formatDate(d.birthDate) },
          { label: t.eighteen, value: <OverdueDate iso={d.eighteenthBirthday} what={t.eighteen} overdue={d.handoverId === null && d.eighteenthBirthday < todayIso()} /> },
          { label: t.address, value: d.protectedAddress ? t.protected : d.address },
          {
            label: t.childCases,
            value: d.childCases.length
              ? d.childCases.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ', '}
                    <RouterLink to={`/sager/${c.id}`}>{c.caseNumber}</RouterLink> {c.caseType} ({c.paragraphs.join(', ')}) · {c.caseworkerInitials}, {c.teamName}
                  </span>
                ))
              : t.noChildCase,
          },
        ]}
      />
    </Paper>
  );
}

function Done({ handoverId }: { handoverId: number }) {
  const stored = useApiQuery('transition.get', { id: handoverId });
  if (stored.isError) return <QueryError error={stored.error} />;
  if (!stored.data) return <Loading />;
  const s = stored.data;
  return (
    <Alert
      severity="success"
      action={
        <Stack direction="row" spacing={1}>
          <RouterButton variant="contained" to={`/udskriv/overgang/${s.id}`}>
            {t.printSummary}
          </RouterButton>
          <RouterButton to={`/sager/${s.adultCaseId}`}>{t.toAdultCase}</RouterButton>
        </Stack>
      }
    >
      {t.alreadyDone} {transitionTexts.print.handoverDate}: {formatDate(s.handoverDate)} · {transitionTexts.print.to}: {s.toName} ({s.toTeamName}) · {transitionTexts.print.adultCase}: {s.adultCaseNumber}
    </Alert>
  );
}

function OpenSteps({ d }: { d: TransitionDraft }) {
  const markDone = useApiMutation('deadlines.markDone');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const steps = d.facts.openSteps.filter((s) => s.kind !== 'adultDecisions');
  if (steps.length === 0) return null;
  const done = async (kind: (typeof steps)[number]['kind'], due: string) => {
    setError(null);
    try {
      await markDone.mutateAsync({ kind, subjectId: d.citizenId, due });
      setMessage(t.stepDone);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="handover-steps" sx={{ p: 2 }}>
      <Typography id="handover-steps" variant="h2" component="h2" sx={{ mb: 1 }}>
        {t.openStepsTitle}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t.openStepsIntro}</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <TableContainer>
        <Table size="small" aria-label={t.openStepsTitle}>
          <TableHead>
            <TableRow>
              <TableCell>{t.due}</TableCell>
              <TableCell>{deadlinesTexts.transitions.step}</TableCell>
              <TableCell align="right">{transitionTexts.candidates.actions}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {steps.map((s) => (
              <TableRow key={`${s.kind}-${s.due}`}>
                <TableCell>
                  <OverdueDate iso={s.due} what={deadlinesTexts.steps[s.kind]} />
                </TableCell>
                <TableCell>{deadlinesTexts.steps[s.kind]}</TableCell>
                <TableCell align="right">
                  <Button size="small" disabled={markDone.isPending} onClick={() => void done(s.kind, s.due)} aria-label={t.markDoneLabel(deadlinesTexts.steps[s.kind])}>
                    {t.markDone}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Paper>
  );
}

function HandoverForm({ d }: { d: TransitionDraft }) {
  const teams = useTeams();
  const users = useActiveUsers();
  const mayHandOver = useMayCall(transitionContract['transition.handOver']);
  const mutation = useApiMutation('transition.handOver');
  const [general, setGeneral] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setValue, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(handOverInput),
    defaultValues: {
      citizenId: d.citizenId,
      toTeamId: undefined as unknown as number,
      toUserId: undefined as unknown as number,
      adultCaseId: null,
      caseType: d.suggestion.caseType,
      paragraphs: d.suggestion.paragraphs,
      childCases: 'close',
      ...d.texts,
    },
  });
  const teamId = useWatch({ control, name: 'toTeamId' });
  const adultCaseId = useWatch({ control, name: 'adultCaseId' });
  const e = formState.errors;
  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      const result = await mutation.mutateAsync(values);
      setMessage(t.done(result.adultCaseNumber));
    } catch (error) {
      setGeneral(applyServerError(error, setError, fieldNames));
    }
  });
  const members = (users.data?.rows ?? []).filter((u) => u.teamId === teamId);
  const blocked = !d.handoverAllowed || !mayHandOver;
  return (
    <Box component="form" noValidate onSubmit={(ev) => void submit(ev)}>
      <Stack spacing={2}>
        {d.childCases.length === 0 ? (
          <Alert severity="info">{t.noChildCase}</Alert>
        ) : (
          !d.handoverAllowed && <Alert severity="info">{t.from17(formatDate(d.handoverFrom))}</Alert>
        )}
        <OpenSteps d={d} />

        <Paper variant="outlined" component="section" aria-labelledby="handover-receiver" sx={{ p: 2 }}>
          <Typography id="handover-receiver" variant="h2" component="h2" sx={{ mb: 2 }}>
            {t.receiverTitle}
          </Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              select
              label={t.team}
              required
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              {...register('toTeamId', {
                setValueAs: (v) => (v === '' || v === undefined ? undefined : Number(v)),
                onChange: () => setValue('toUserId', undefined as unknown as number),
              })}
              error={Boolean(e.toTeamId)}
              helperText={e.toTeamId ? t.chooseTeam : undefined}
              sx={{ minWidth: 260 }}
            >
              <option value="">–</option>
              {(teams.data?.rows ?? []).map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </TextField>
            <TextField
              select
              label={t.caseworker}
              required
              disabled={!teamId}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              {...register('toUserId', { setValueAs: (v) => (v === '' || v === undefined ? undefined : Number(v)) })}
              error={Boolean(e.toUserId)}
              helperText={e.toUserId ? (e.toUserId.type === 'server' ? e.toUserId.message : t.chooseCaseworker) : undefined}
              sx={{ minWidth: 300 }}
            >
              <option value="">–</option>
              {members.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.initials} – {u.name}
                </option>
              ))}
            </TextField>
          </Stack>
        </Paper>

        <Paper variant="outlined" component="section" aria-labelledby="handover-adult-case" sx={{ p: 2 }}>
          <Typography id="handover-adult-case" variant="h2" component="h2" sx={{ mb: 1 }}>
            {t.adultCaseTitle}
          </Typography>
          {d.adultCases.length > 0 && (
            <Controller
              name="adultCaseId"
              control={control}
              render={({ field }) => (
                <FormControl error={Boolean(e.adultCaseId)} sx={{ mb: 2 }}>
                  <FormLabel id="adult-case-choice">{t.adultCaseLabel}</FormLabel>
                  <RadioGroup
                    aria-labelledby="adult-case-choice"
                    value={field.value === null || field.value === undefined ? 'new' : String(field.value)}
                    onChange={(_ev, v) => field.onChange(v === 'new' ? null : Number(v))}
                  >
                    <FormControlLabel value="new" control={<Radio />} label={t.newCase} />
                    {d.adultCases.map((c) => (
                      <FormControlLabel key={c.id} value={String(c.id)} control={<Radio />} label={t.existingCase(c.caseNumber, c.caseType, c.caseworkerName)} />
                    ))}
                  </RadioGroup>
                  {e.adultCaseId && <FormHelperText>{fieldError(e, 'adultCaseId')}</FormHelperText>}
                </FormControl>
              )}
            />
          )}
          {(adultCaseId === null || adultCaseId === undefined) && (
            <Stack spacing={2}>
              <Typography>{t.suggestion}</Typography>
              <Controller
                name="caseType"
                control={control}
                render={({ field }) => (
                  <CaseTypeField
                    area="voksen"
                    value={field.value ?? ''}
                    error={fieldError(e, 'caseType')}
                    onChange={field.onChange}
                    onPick={(type) => {
                      field.onChange(type.name);
                      setValue('paragraphs', type.paragraphs.filter((p) => p.startsWith('SEL-')), { shouldValidate: formState.isSubmitted });
                    }}
                    onBlur={field.onBlur}
                  />
                )}
              />
              <Controller
                name="paragraphs"
                control={control}
                render={({ field }) => <ParagraphsField area="voksen" value={field.value ?? []} error={fieldError(e, 'paragraphs')} onChange={field.onChange} onBlur={field.onBlur} />}
              />
            </Stack>
          )}
        </Paper>

        <Paper variant="outlined" component="section" aria-labelledby="handover-child-case" sx={{ p: 2 }}>
          <Typography id="handover-child-case" variant="h2" component="h2" sx={{ mb: 1 }}>
            {t.childCasesTitle}
          </Typography>
          <Controller
            name="childCases"
            control={control}
            render={({ field }) => (
              <FormControl error={Boolean(e.childCases)}>
                <FormLabel id="child-case-choice">{t.childCasesLabel}</FormLabel>
                <RadioGroup aria-labelledby="child-case-choice" value={field.value} onChange={(_ev, v) => field.onChange(v)}>
                  {childCaseDecisions.map((k) => (
                    <FormControlLabel key={k} value={k} control={<Radio />} label={t.decisions[k]} />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
          />
        </Paper>

        <Paper variant="outlined" component="section" aria-labelledby="handover-summary" sx={{ p: 2 }}>
          <Typography id="handover-summary" variant="h2" component="h2" sx={{ mb: 1 }}>
            {t.summaryTitle}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t.summaryIntro}</Typography>
          <FactsView facts={d.facts} />
          <Stack spacing={2}>
            <TextField label={t.situation} multiline minRows={3} {...register('situation')} error={Boolean(e.situation)} helperText={e.situation?.message} />
            <TextField
              label={t.crossMeeting}
              multiline
              minRows={3}
              {...register('crossMeeting')}
              error={Boolean(e.crossMeeting)}
              helperText={
                e.crossMeeting?.message ??
                [
                  d.crossMeeting.doneAt ? t.crossMeetingDone(formatDate(d.crossMeeting.doneAt.slice(0, 10)), d.crossMeeting.doneByName ?? '') : t.crossMeetingNotDone,
                  d.crossMeeting.notes.length > 0 ? t.crossMeetingFromJournal : '',
                ]
                  .filter(Boolean)
                  .join(' ')
              }
            />
            <TextField label={t.servicesNote} multiline minRows={2} {...register('servicesNote')} error={Boolean(e.servicesNote)} helperText={e.servicesNote?.message} />
            <TextField label={t.familyNote} multiline minRows={2} {...register('familyNote')} error={Boolean(e.familyNote)} helperText={e.familyNote?.message} />
          </Stack>
        </Paper>

        {general && <Alert severity="error">{general}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={blocked || mutation.isPending}>
            {t.submit}
          </Button>
        </Box>
      </Stack>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}
