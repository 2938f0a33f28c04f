/** Whose cases a deadline page shows: mine, my team's or all. */
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useStatus } from '../../api/hooks';
import { deadlinesTexts as t } from './texts';

export type Scope = 'mine' | 'team' | 'all';

export function ScopeToggle({ value, onChange }: { value: Scope; onChange: (scope: Scope) => void }) {
  return (
    <ToggleButtonGroup size="small" exclusive value={value} onChange={(_e, v: Scope | null) => v && onChange(v)} aria-label={t.scope.label}>
      <ToggleButton value="mine">{t.scope.mine}</ToggleButton>
      <ToggleButton value="team">{t.scope.team}</ToggleButton>
      <ToggleButton value="all">{t.scope.all}</ToggleButton>
    </ToggleButtonGroup>
  );
}

export const isScope = (v: string | null): v is Scope => v === 'mine' || v === 'team' || v === 'all';

/**
 * Whose cases a page shows until the user picks: a team leader has few cases of their own
 * (often none), so a leader starts on the team; everyone else on their own cases.
 */
export function useDefaultScope(): 'mine' | 'team' {
  return useStatus().data?.currentUser?.role === 'teamleder' ? 'team' : 'mine';
}
