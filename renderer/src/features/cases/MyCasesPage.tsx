/**
 * Min sagsstamme: the current user's cases, under a compact line of reminders. Also the
 * parts the team leader's start page (Teamets sager) shares: the reminders with the
 * user's own stamkort, and a case list that says plainly when it is empty.
 */
import { memo, useCallback, useEffect, useMemo, useState, type ComponentProps, type ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';
import { useApiQuery, useStatus } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { RouterLink } from '../../components/RouterLink';
import { useIdleAfter } from '../../components/useIdleAfter';
import { ReminderCentre } from '../deadlines/ReminderCentre';
import { STAMKORT_REVIEW_LIST, StamkortReminders, useStamkortReminderTotal } from '../stamkort/StamkortReminders';
import { stamkortTexts } from '../../../../shared/print/stamkort/texts';
import { CaseFilters } from './CaseFilters';
import { caseListInput, DEFAULT_SORT, defaultCaseFilters, FIRST_PAGE, type CaseFilterValues } from './caseListQuery';
import { CaseGrid } from './CaseGrid';
import { casesTexts as t } from './texts';

/** Nothing searched and nothing filtered: the list as it opens (open cases). */
export function isUnfiltered(f: CaseFilterValues): boolean {
  return f.search.trim() === '' && f.states.length === 1 && f.states[0] === 'åben' && f.phase === '' && f.area === '' && f.caseworkerId === '';
}

type GridProps = ComponentProps<typeof CaseGrid>;

/**
 * The case grid, or, when there are no open cases at all and nothing is searched or
 * filtered, a plain statement of that (`empty`). The grid's own "Ingen sager passer til
 * søgningen" is then only shown when something was searched or filtered, where it is true.
 * The check shares the grid's first page in the cache (and, for Min sagsstamme, the boot
 * script's), so it costs no call of its own.
 */
export const CaseList = memo(function CaseList({ empty, ...grid }: GridProps & { empty: ReactNode }) {
  const unfiltered = isUnfiltered(grid.filters);
  const first = useApiQuery('cases.list', caseListInput(grid.scope, defaultCaseFilters, '', DEFAULT_SORT, FIRST_PAGE), { enabled: unfiltered });
  const none = unfiltered && first.data?.total === 0;
  const { onFirstPage } = grid;
  useEffect(() => {
    if (none) onFirstPage?.();
  }, [none, onFirstPage]);
  if (none) {
    return (
      <Paper variant="outlined" role="status" sx={{ p: 2 }}>
        {empty}
      </Paper>
    );
  }
  return <CaseGrid {...grid} />;
});

/** The reminder line; on "Mine" with the user's own stamkort due for review (each count a link to its list). */
export function StartReminders({ enabled, defaultScope = 'mine' }: { enabled: boolean; defaultScope?: 'mine' | 'team' }) {
  const stamkortDue = useStamkortReminderTotal(enabled);
  return (
    <ReminderCentre
      enabled={enabled}
      defaultScope={defaultScope}
      extraCounts={stamkortDue === undefined ? [] : [{ key: 'stamkort', label: stamkortTexts.reminders.summary, count: stamkortDue, to: STAMKORT_REVIEW_LIST }]}
    >
      <StamkortReminders />
    </ReminderCentre>
  );
}

export function MyCasesPage() {
  const [filters, setFilters] = useState<CaseFilterValues>(defaultCaseFilters);
  const role = useStatus().data?.currentUser?.role;
  // The case list is what the caseworker opens the app for: the reminder queries
  // (slow for a large case stem) wait until its first page is on screen.
  const [gridShown, setGridShown] = useState(false);
  const onFirstPage = useCallback(() => setGridShown(true), []);
  const remindersEnabled = useIdleAfter(gridShown);
  // The filter fields are the costliest part of the page to draw: not again when only the reminders change.
  const filterBar = useMemo(() => <CaseFilters value={filters} onChange={setFilters} />, [filters]);
  const empty = useMemo(
    () => (
      <>
        <Typography>{t.noOpenCases}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t.noOpenCasesHint}
          {role !== undefined && role !== 'sagsbehandler' && (
            <>
              {' '}
              <RouterLink to="/team">{t.toTeamCases}</RouterLink>
            </>
          )}
        </Typography>
      </>
    ),
    [role],
  );
  return (
    <>
      <PageHeader title={t.myCasesTitle} />
      <StartReminders enabled={remindersEnabled} />
      {filterBar}
      <CaseList scope="mine" filters={filters} onFirstPage={onFirstPage} empty={empty} />
    </>
  );
}
