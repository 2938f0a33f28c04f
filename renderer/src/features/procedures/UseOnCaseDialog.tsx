/**
 * "Brug på sag" from a procedure page: choose one of your open cases (a team leader or
 * super user: the team's) that fits the procedure's area, and its checklist starts there.
 * Then the case's "Arbejdsgange" tab opens with the checklist.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import type { CaseRow } from '../../../../shared/features/cases';
import type { ProcedureDetail } from '../../../../shared/features/procedures';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery, useStatus } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { useDebounced } from '../../components/useDebounced';
import { proceduresTexts } from './texts';

const t = proceduresTexts.useOnCase;

interface Props {
  open: boolean;
  procedure: Pick<ProcedureDetail, 'id' | 'title' | 'area'>;
  onClose: () => void;
}

export function UseOnCaseDialog({ open, procedure, onClose }: Props) {
  const navigate = useNavigate();
  const role = useStatus().data?.currentUser?.role;
  const scope = role === undefined || role === 'sagsbehandler' ? 'mine' : 'team';
  const [chosen, setChosen] = useState<CaseRow | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const search = useDebounced(chosen && input === optionLabel(chosen) ? '' : input.trim(), 200);
  const cases = useApiQuery(
    'cases.list',
    {
      scope,
      search,
      states: ['åben'],
      ...(procedure.area === 'begge' ? {} : { area: procedure.area }),
      sortField: 'citizenName',
      sortDirection: 'asc',
      offset: 0,
      limit: 50,
    },
    { enabled: open },
  );
  const start = useApiMutation('checklists.start');
  useEffect(() => {
    if (open) {
      setChosen(null);
      setInput('');
      setError(null);
    }
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) {
      setError(t.chooseCase);
      return;
    }
    setError(null);
    try {
      await start.mutateAsync({ caseId: chosen.id, procedureId: procedure.id });
      onClose();
      navigate(`/sager/${chosen.id}?fane=arbejdsgange`);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <FormDialog open={open} title={t.title} onClose={onClose} onSubmit={(e) => void submit(e)} busy={start.isPending} error={error} submitLabel={t.submit}>
      <Typography>{t.intro(procedure.title)}</Typography>
      <Autocomplete
        options={cases.data?.rows ?? []}
        value={chosen}
        onChange={(_e, row) => setChosen(row)}
        inputValue={input}
        onInputChange={(_e, text) => setInput(text)}
        filterOptions={(o) => o}
        getOptionLabel={optionLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={cases.isFetching}
        loadingText={t.loading}
        noOptionsText={search ? t.noMatch : t.noCases}
        renderOption={({ key, ...props }, row) => (
          <li key={key} {...props}>
            <Box>
              <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                {row.citizenName} · {row.caseNumber}
              </Typography>
              <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                {[row.caseType, row.paragraphs.join(', '), scope === 'team' ? row.caseworkerInitials : null].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField {...params} label={t.caseLabel} required autoFocus helperText={scope === 'team' ? t.hintTeam(procedure.area) : t.hintMine(procedure.area)} />
        )}
      />
    </FormDialog>
  );
}

function optionLabel(row: CaseRow): string {
  return `${row.citizenName} · ${row.caseNumber}`;
}
