/** Teamets sager: the team's cases, with caseworker column and filter, and reassignment of many cases. */
import { useState } from 'react';
import { Button, Typography } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useActiveUsers } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { CaseFilters } from '../cases/CaseFilters';
import { defaultCaseFilters, type CaseFilterValues } from '../cases/caseListQuery';
import { CaseGrid } from '../cases/CaseGrid';
import { ReassignDialog } from '../cases/ReassignDialog';
import { casesTexts } from '../cases/texts';
import { teamTexts as t } from './texts';

export function TeamCasesPage() {
  const [filters, setFilters] = useState<CaseFilterValues>(defaultCaseFilters);
  const [selected, setSelected] = useState<number[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const users = useActiveUsers();

  return (
    <>
      <PageHeader title={t.title}>
        <Button
          variant="contained"
          startIcon={<SwapHorizIcon aria-hidden />}
          disabled={selected.length === 0}
          onClick={() => setDialogOpen(true)}
        >
          {casesTexts.reassign.selectedButton(selected.length)}
        </Button>
      </PageHeader>
      <CaseFilters value={filters} onChange={setFilters} caseworkers={users.data?.rows ?? []} />
      {selected.length === 0 && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t.selectedHint}
        </Typography>
      )}
      <CaseGrid scope="team" filters={filters} withCaseworker selected={selected} onSelectedChange={setSelected} />
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
