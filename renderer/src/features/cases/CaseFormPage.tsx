/** New case ("/sager/ny?borger=ID") and edit case ("/sager/:id/rediger"). */
import { Alert } from '@mui/material';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton } from '../../components/RouterLink';
import { useIdParam } from '../../components/useIdParam';
import { commonTexts } from '../../components/texts';
import { todayIso } from '../../components/today';
import { citizensTexts } from '../citizens/texts';
import { CaseForm } from './CaseForm';
import { casesTexts } from './texts';

const t = casesTexts.form;

function NewCase({ citizenId }: { citizenId: number }) {
  const navigate = useNavigate();
  const citizen = useApiQuery('citizens.get', { id: citizenId });
  const create = useApiMutation('cases.create');
  if (citizen.isPending) return <Loading />;
  if (citizen.isError) return <QueryError error={citizen.error} />;
  const c = citizen.data;
  return (
    <CaseForm
      isNew
      citizen={{ name: c.name, cpr: c.cprFormatted }}
      defaults={{
        citizenId,
        area: c.age < 18 ? 'børn' : 'voksen',
        caseType: '',
        paragraphs: [],
        kleNumber: '',
        handlingsfacet: '',
        phase: 'sagsåbning',
        state: 'åben',
        receivedDate: todayIso(),
        deadline: null,
        nextFollowUp: null,
      }}
      submitLabel={t.submitNew}
      onCancel={() => navigate(`/borgere/${citizenId}`)}
      onSubmit={async (values) => {
        const created = await create.mutateAsync(values);
        navigate(`/sager/${created.id}`);
      }}
    />
  );
}

function EditCase({ id }: { id: number }) {
  const navigate = useNavigate();
  const query = useApiQuery('cases.get', { id });
  const update = useApiMutation('cases.update');
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const c = query.data;
  return (
    <>
      <PageHeader title={t.editTitle(c.caseNumber)} />
      <CaseForm
        isNew={false}
        citizen={{ name: c.citizenName, cpr: c.cprFormatted }}
        defaults={{
          citizenId: c.citizenId,
          area: c.area,
          caseType: c.caseType,
          paragraphs: c.paragraphCodes,
          kleNumber: c.kleNumber,
          handlingsfacet: c.handlingsfacet,
          phase: c.phase,
          state: c.state,
          receivedDate: c.receivedDate,
          deadline: c.deadline,
          nextFollowUp: c.nextFollowUp,
        }}
        submitLabel={commonTexts.save}
        onCancel={() => navigate(`/sager/${id}`)}
        onSubmit={async ({ citizenId: _citizenId, caseworkerId: _caseworkerId, ...fields }) => {
          await update.mutateAsync({ id, ...fields });
          navigate(`/sager/${id}`);
        }}
      />
    </>
  );
}

export function CaseFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const id = useIdParam();
  const [params] = useSearchParams();
  if (mode === 'edit') return id === null ? <NotFoundPage /> : <EditCase key={id} id={id} />;
  const raw = params.get('borger') ?? '';
  const citizenId = /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
  return (
    <>
      <PageHeader title={t.newTitle} />
      {citizenId === null ? (
        <Alert severity="info" action={<RouterButton to="/borgere">{citizensTexts.listTitle}</RouterButton>}>
          {t.noCitizen}
        </Alert>
      ) : (
        <NewCase key={citizenId} citizenId={citizenId} />
      )}
    </>
  );
}
