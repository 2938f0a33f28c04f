/** Min sagsstamme: the current user's cases, under a compact line of reminders. */
import { useCallback, useMemo, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useIdleAfter } from '../../components/useIdleAfter';
import { ReminderCentre } from '../deadlines/ReminderCentre';
import { StamkortReminders, useStamkortReminderTotal } from '../stamkort/StamkortReminders';
import { stamkortTexts } from '../stamkort/texts';
import { CaseFilters } from './CaseFilters';
import { defaultCaseFilters, type CaseFilterValues } from './caseListQuery';
import { CaseGrid } from './CaseGrid';
import { casesTexts as t } from './texts';

export function MyCasesPage() {
  const [filters, setFilters] = useState<CaseFilterValues>(defaultCaseFilters);
  // The case list is what the caseworker opens the app for: the reminder queries
  // (slow for a large case stem) wait until its first page is on screen.
  const [gridShown, setGridShown] = useState(false);
  const onFirstPage = useCallback(() => setGridShown(true), []);
  const remindersEnabled = useIdleAfter(gridShown);
  const stamkortDue = useStamkortReminderTotal(remindersEnabled);
  // The filter fields are the costliest part of the page to draw: not again when only the reminders change.
  const filterBar = useMemo(() => <CaseFilters value={filters} onChange={setFilters} />, [filters]);
  return (
    <>
      <PageHeader title={t.myCasesTitle} />
      <ReminderCentre
        enabled={remindersEnabled}
        extraCounts={stamkortDue === undefined ? [] : [{ key: 'stamkort', label: stamkortTexts.reminders.summary, count: stamkortDue }]}
      >
        <StamkortReminders />
      </ReminderCentre>
      {filterBar}
      <CaseGrid scope="mine" filters={filters} onFirstPage={onFirstPage} />
    </>
  );
}
