/** Min sagsstamme: the current user's cases. */
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ReminderCentre } from '../deadlines/ReminderCentre';
import { StamkortReminders } from '../stamkort/StamkortReminders';
import { CaseFilters, defaultCaseFilters, type CaseFilterValues } from './CaseFilters';
import { CaseGrid } from './CaseGrid';
import { casesTexts as t } from './texts';

export function MyCasesPage() {
  const [filters, setFilters] = useState<CaseFilterValues>(defaultCaseFilters);
  return (
    <>
      <PageHeader title={t.myCasesTitle} />
      <ReminderCentre />
      <StamkortReminders />
      <CaseFilters value={filters} onChange={setFilters} />
      <CaseGrid scope="mine" filters={filters} />
    </>
  );
}
