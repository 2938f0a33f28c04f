/** A case: header with the key facts, and tabs for journal, applications, services and caseworker history. */
import { useState } from 'react';
import { Box, Button, Paper, Tab, Tabs, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useSearchParams } from 'react-router-dom';
import { areaLabels, caseStateLabels, phaseLabels } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/domain/dates';
import { casesContract, type CaseDetail } from '../../../../shared/features/cases';
import { useApiQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { FactList } from '../../components/FactList';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { AddressText } from '../../components/ProtectedAddress';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useIdParam } from '../../components/useIdParam';
import { commonTexts } from '../../components/texts';
import { todayIso } from '../../components/today';
import { ActivitiesTab } from '../journal/ActivitiesTab';
import { ApplicationsTab } from '../journal/ApplicationsTab';
import { ServicesTab } from '../journal/ServicesTab';
import { CaseDeadlinesTab } from '../deadlines/CaseDeadlinesTab';
import { OverdueDate } from '../../components/OverdueDate';
import { CaseProceduresTab } from '../procedures/CaseProceduresTab';
import { StamkortTab } from '../stamkort/StamkortTab';
import { AssignmentsTab } from './AssignmentsTab';
import { ReassignDialog } from './ReassignDialog';
import { casesTexts } from './texts';

const t = casesTexts.casePage;
const tabs = ['aktiviteter', 'stamkort', 'ansoegninger', 'indsatser', 'frister', 'arbejdsgange', 'historik'] as const;
type TabKey = (typeof tabs)[number];
const tabLabels: Record<TabKey, string> = {
  aktiviteter: t.tabs.activities,
  stamkort: t.tabs.stamkort,
  frister: t.tabs.deadlines,
  arbejdsgange: t.tabs.procedures,
  ansoegninger: t.tabs.applications,
  indsatser: t.tabs.services,
  historik: t.tabs.history,
};

function Due({ iso, open, what }: { iso: string | null; open: boolean; what: string }) {
  if (!iso) return <>{commonTexts.notSet}</>;
  return <OverdueDate iso={iso} what={what} overdue={open && iso < todayIso()} />;
}

function CaseHeader({ c }: { c: CaseDetail }) {
  const open = c.state === 'åben';
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <FactList
        columns={3}
        items={[
          { label: t.citizen, value: <RouterLink to={`/borgere/${c.citizenId}`}>{c.citizenName}</RouterLink> },
          { label: t.cpr, value: c.cprFormatted },
          { label: t.age, value: commonTexts.years(c.age) },
          { label: t.area, value: areaLabels[c.area] },
          { label: t.caseType, value: c.caseType },
          { label: t.paragraphs, value: c.paragraphs.join(', ') },
          { label: t.phase, value: phaseLabels[c.phase] },
          { label: t.state, value: caseStateLabels[c.state] },
          { label: t.caseworker, value: `${c.caseworkerInitials} – ${c.caseworkerName}` },
          { label: t.received, value: formatDate(c.receivedDate) },
          // Only a decision that still awaits can be late: a decided case shows its deadline without the mark.
          { label: t.deadline, value: <Due iso={c.pendingDeadline ?? c.deadline} open={open && c.pendingDeadline !== null} what={t.deadline} /> },
          { label: t.nextFollowUp, value: <Due iso={c.nextFollowUp} open={open} what={t.nextFollowUp} /> },
          { label: t.kle, value: c.kleNumber || commonTexts.notSet },
          { label: t.facet, value: c.handlingsfacet || commonTexts.notSet },
          { label: t.address, value: <AddressText protectedAddress={c.protectedAddress} address={c.citizenAddress} citizenId={c.citizenId} /> },
        ]}
      />
    </Paper>
  );
}

function Case({ id }: { id: number }) {
  const query = useApiQuery('cases.get', { id });
  const [params, setParams] = useSearchParams();
  const [reassignOpen, setReassignOpen] = useState(false);
  const mayReassign = useMayCall(casesContract['cases.reassign']);
  const [message, setMessage] = useState<string | null>(null);
  const tab: TabKey = (tabs as readonly string[]).includes(params.get('fane') ?? '') ? (params.get('fane') as TabKey) : 'aktiviteter';
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const c = query.data;
  return (
    <>
      <PageHeader title={t.title(c.caseNumber)}>
        <RouterButton to={`/sager/${id}/rediger`} variant="outlined" startIcon={<EditIcon aria-hidden />}>
          {t.edit}
        </RouterButton>
        {mayReassign && (
          <Button variant="contained" startIcon={<SwapHorizIcon aria-hidden />} onClick={() => setReassignOpen(true)}>
            {t.reassign}
          </Button>
        )}
      </PageHeader>
      <CaseHeader c={c} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_e, value: TabKey) => setParams({ fane: value }, { replace: true })}
          aria-label={t.tabsLabel}
          variant="scrollable"
          scrollButtons={false}
        >
          {tabs.map((key) => (
            <Tab key={key} value={key} label={tabLabels[key]} id={`tab-${key}`} aria-controls={`panel-${key}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
          {tabLabels[tab]}
        </Typography>
        {tab === 'aktiviteter' && <ActivitiesTab caseId={id} />}
        {tab === 'ansoegninger' && <ApplicationsTab caseId={id} area={c.area} />}
        {tab === 'indsatser' && <ServicesTab citizenId={c.citizenId} caseId={id} area={c.area} />}
        {tab === 'historik' && <AssignmentsTab caseId={id} />}
        {tab === 'stamkort' && <StamkortTab caseId={id} />}
        {tab === 'frister' && <CaseDeadlinesTab caseId={id} />}
        {tab === 'arbejdsgange' && <CaseProceduresTab caseId={id} />}
      </Box>
      <ReassignDialog
        open={reassignOpen}
        caseIds={[id]}
        currentUserId={c.caseworkerId}
        onClose={() => setReassignOpen(false)}
        onDone={(msg) => {
          setReassignOpen(false);
          setMessage(msg);
        }}
      />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}

export function CasePage() {
  const id = useIdParam();
  return id === null ? <NotFoundPage /> : <Case key={id} id={id} />;
}
