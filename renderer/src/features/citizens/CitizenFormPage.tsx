/** Create ("/borgere/ny") or edit ("/borgere/:id/rediger") a citizen. */
import { useNavigate } from 'react-router-dom';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { useIdParam } from '../../components/useIdParam';
import { commonTexts } from '../../components/texts';
import { NotFoundPage } from '../../components/NotFoundPage';
import { CitizenForm } from './CitizenForm';
import { citizensTexts as t } from './texts';

function NewCitizen() {
  const navigate = useNavigate();
  const create = useApiMutation('citizens.create');
  return (
    <>
      <PageHeader title={t.form.newTitle} />
      <CitizenForm
        defaults={{ cpr: '', name: '', address: '', postalCode: '', city: '', protectedAddress: false }}
        submitLabel={commonTexts.save}
        onCancel={() => navigate('/borgere')}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(values);
          navigate(`/borgere/${created.id}`);
        }}
      />
    </>
  );
}

function EditCitizen({ id }: { id: number }) {
  const navigate = useNavigate();
  const citizen = useApiQuery('citizens.get', { id });
  const update = useApiMutation('citizens.update');
  // A protected address is masked in citizens.get; editing needs it (an audited reveal), or saving would blank it.
  const isProtected = citizen.data?.protectedAddress === true;
  const revealed = useApiQuery('citizens.revealAddress', { id }, { enabled: isProtected, gcTime: 0 });
  if (citizen.isPending || (isProtected && revealed.isPending)) return <Loading />;
  if (citizen.isError) return <QueryError error={citizen.error} />;
  if (isProtected && revealed.isError) return <QueryError error={revealed.error} />;
  const c = isProtected && revealed.data ? { ...citizen.data, ...revealed.data } : citizen.data;
  return (
    <>
      <PageHeader title={t.form.editTitle(c.name)} />
      <CitizenForm
        citizenId={id}
        defaults={{
          cpr: c.cprFormatted,
          name: c.name,
          address: c.address,
          postalCode: c.postalCode,
          city: c.city,
          protectedAddress: c.protectedAddress,
        }}
        submitLabel={commonTexts.save}
        onCancel={() => navigate(`/borgere/${id}`)}
        onSubmit={async (values) => {
          await update.mutateAsync({ ...values, id });
          navigate(`/borgere/${id}`);
        }}
      />
    </>
  );
}

export function CitizenFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const id = useIdParam();
  if (mode === 'new') return <NewCitizen />;
  return id === null ? <NotFoundPage /> : <EditCitizen key={id} id={id} />;
}
