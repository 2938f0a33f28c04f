/**
 * Teamets sager: the team's cases, with caseworker column and filter, and (for team
 * leaders) reassignment of many cases. The team leader's start page: above the cases,
 * the team's reminders and who in the team is away.
 */
import { useCallback, useMemo, useState } from 'react';
import { Button, Typography } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { casesContract } from '../../../../shared/features/cases';
import { useActiveUsers, useStatus } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { PageHeader } from '../../components/PageHeader';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useIdleAfter } from '../../components/useIdleAfter';
import { CaseFilters } from '../cases/CaseFilters';
import { defaultCaseFilters, type CaseFilterValues } from '../cases/caseListQuery';
import { CaseList, StartReminders } from '../cases/MyCasesPage';
import { ReassignDialog } from '../cases/ReassignDialog';
import { casesTexts } from '../cases/texts';
import { AbsencePanel } from './AbsencePanel';
import { teamTexts as t } from './texts';

export function TeamCasesPage() {
  const [filters, setFilters] = useState<CaseFilterValues>(defaultCaseFilters);
  const [selected, setSelected] = useState<number[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const users = useActiveUsers();
  // Moving cases is the team leader's (the contract's access); everyone else sees the list.
  const mayReassign = useMayCall(casesContract['cases.reassign']);
  const leader = useStatus().data?.currentUser?.role === 'teamleder';
  // As on Min sagsstamme: the panels above wait until the cases are on screen.
  const [gridShown, setGridShown] = useState(false);
  const onFirstPage = useCallback(() => setGridShown(true), []);
  const panelsEnabled = useIdleAfter(gridShown);
  const empty = useMemo(() => <Typography>{t.noOpenCases}</Typography>, []);

  return (
    <>
      <PageHeader title={t.title}>
        {mayReassign && (
          <Button
            variant="contained"
            startIcon={<SwapHorizIcon aria-hidden />}
            disabled={selected.length === 0}
            onClick={() => setDialogOpen(true)}
          >
            {casesTexts.reassign.selectedButton(selected.length)}
          </Button>
        )}
      </PageHeader>
      {leader && (
        <>
          <StartReminders enabled={panelsEnabled} defaultScope="team" />
          <AbsencePanel enabled={panelsEnabled} />
        </>
      )}
      <CaseFilters value={filters} onChange={setFilters} caseworkers={users.data?.rows ?? []} />
      {mayReassign && selected.length === 0 && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t.selectedHint}
        </Typography>
      )}
      <CaseList
        scope="team"
        filters={filters}
        withCaseworker
        selected={mayReassign ? selected : undefined}
        onSelectedChange={mayReassign ? setSelected : undefined}
        onFirstPage={onFirstPage}
        empty={empty}
      />
      <ReassignDialog
        open={dialogOpen}
        caseIds={selected}
        onClose={() => setDialogOpen(false)}
        onDone={(msg) => {
          setDialogOpen(false);
          setSelected([]);
          setMessage(msg);
        }}
      />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}
