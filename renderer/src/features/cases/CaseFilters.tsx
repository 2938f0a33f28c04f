/** Search and filters above a case grid. */
import { Checkbox, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { areaLabels, areas, caseStateLabels, caseStates, phaseLabels, phases } from '../../../../shared/domain/enums';
import type { Area, CaseState, Phase } from '../../../../shared/domain/enums';
import type { User } from '../../../../shared/features/users';
import { compareDanish } from '../../../../shared/domain/collation';
import type { CaseFilterValues } from './caseListQuery';
import { casesTexts as t } from './texts';

interface Props {
  value: CaseFilterValues;
  onChange: (next: CaseFilterValues) => void;
  /** When given, a caseworker filter is shown. */
  caseworkers?: User[];
}

export function CaseFilters({ value, onChange, caseworkers }: Props) {
  const set = <K extends keyof CaseFilterValues>(key: K, v: CaseFilterValues[K]) => onChange({ ...value, [key]: v });
  const f = t.filters;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} role="search" aria-label={f.label}>
      <TextField
        label={t.searchLabel}
        type="search"
        value={value.search}
        onChange={(e) => set('search', e.target.value)}
        sx={{ minWidth: 320, flex: 1 }}
        size="small"
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <TextField
        select
        label={f.status}
        size="small"
        sx={{ minWidth: 200 }}
        value={value.states}
        error={value.states.length === 0}
        helperText={value.states.length === 0 ? f.noStatus : undefined}
        slotProps={{
          select: {
            multiple: true,
            renderValue: (selected) => (selected as CaseState[]).map((s) => caseStateLabels[s]).join(', '),
          },
        }}
        onChange={(e) => {
          const raw = e.target.value as unknown;
          const list = (typeof raw === 'string' ? raw.split(',') : (raw as CaseState[])).filter((s): s is CaseState =>
            (caseStates as readonly string[]).includes(s),
          );
          set('states', caseStates.filter((s) => list.includes(s)));
        }}
      >
        {caseStates.map((s) => (
          <MenuItem key={s} value={s}>
            <Checkbox checked={value.states.includes(s)} size="small" slotProps={{ input: { 'aria-hidden': true } }} tabIndex={-1} />
            <ListItemText primary={caseStateLabels[s]} />
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={f.phase} size="small" slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 160 }} value={value.phase} onChange={(e) => set('phase', e.target.value as Phase | '')}>
        <MenuItem value="">{f.all}</MenuItem>
        {phases.map((p) => (
          <MenuItem key={p} value={p}>
            {phaseLabels[p]}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={f.area} size="small" slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 120 }} value={value.area} onChange={(e) => set('area', e.target.value as Area | '')}>
        <MenuItem value="">{f.all}</MenuItem>
        {areas.map((a) => (
          <MenuItem key={a} value={a}>
            {areaLabels[a]}
          </MenuItem>
        ))}
      </TextField>
      {caseworkers && (
        <TextField
          select
          label={f.caseworker}
          size="small"
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 200 }}
          value={value.caseworkerId}
          onChange={(e) => set('caseworkerId', e.target.value === '' ? '' : Number(e.target.value))}
        >
          <MenuItem value="">{f.all}</MenuItem>
          {[...caseworkers]
            .sort((a, b) => compareDanish(a.name, b.name))
            .map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.initials} – {u.name}
              </MenuItem>
            ))}
        </TextField>
      )}
    </Stack>
  );
}
