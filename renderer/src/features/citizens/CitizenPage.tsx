/** A citizen: the facts, their cases and their services without a case. */
import { Alert, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import AddIcon from '@mui/icons-material/Add';
import { caseStateLabels } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { FactList } from '../../components/FactList';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { AddressText, ProtectedChip } from '../../components/ProtectedAddress';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { useIdParam } from '../../components/useIdParam';
import { commonTexts } from '../../components/texts';
import { ServicesTab } from '../journal/ServicesTab';
import { CitizenAuditSection } from '../audit/CitizenAuditSection';
import { citizensTexts as t } from './texts';

function Citizen({ id }: { id: number }) {
  const query = useApiQuery('citizens.get', { id });
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const c = query.data;
  const p = t.page;
  const address = [c.address, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ mt: 0.5, alignItems: 'center' }}>
            <Typography color="text.secondary">
              {c.cprFormatted} · {commonTexts.years(c.age)}
            </Typography>
            {c.protectedAddress && <ProtectedChip />}
          </Stack>
        }
      >
        <RouterButton to={`/borgere/${id}/rediger`} variant="outlined" startIcon={<EditIcon aria-hidden />}>
          {p.edit}
        </RouterButton>
        <RouterButton to={`/sager/ny?borger=${id}`} variant="contained" startIcon={<AddIcon aria-hidden />}>
          {p.newCase}
        </RouterButton>
      </PageHeader>

      <Paper variant="outlined" sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="citizen-facts">
        <Typography variant="h2" component="h2" id="citizen-facts" gutterBottom>
          {p.facts}
        </Typography>
        <FactList
          items={[
            { label: p.cpr, value: c.cprFormatted },
            { label: p.birthDate, value: formatDate(c.birthDate) },
            { label: p.age, value: commonTexts.years(c.age) },
            { label: p.gender, value: t.gender[c.gender] },
            { label: p.address, value: <AddressText protectedAddress={c.protectedAddress} address={address} citizenId={c.id} /> },
            ...(c.substituteCpr ? [{ label: p.substitute, value: commonTexts.yes }] : []),
          ]}
        />
      </Paper>

      <section aria-labelledby="citizen-cases">
        <Typography variant="h2" component="h2" id="citizen-cases" gutterBottom>
          {p.casesTitle}
        </Typography>
        {c.cases.length === 0 ? (
          <Alert severity="info" sx={{ mb: 3 }}>
            {p.noCases}
          </Alert>
        ) : (
          <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
            <Table size="small" aria-label={p.casesTitle}>
              <TableHead>
                <TableRow>
                  <TableCell>{p.caseNumber}</TableCell>
                  <TableCell>{p.caseType}</TableCell>
                  <TableCell>{p.state}</TableCell>
                  <TableCell>{p.caseworker}</TableCell>
                  <TableCell>{p.received}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.cases.map((k) => (
                  <TableRow key={k.id}>
                    <TableCell>
                      <RouterLink to={`/sager/${k.id}`}>{k.caseNumber}</RouterLink>
                    </TableCell>
                    <TableCell>{k.caseType}</TableCell>
                    <TableCell>{caseStateLabels[k.state]}</TableCell>
                    <TableCell>{k.caseworkerInitials}</TableCell>
                    <TableCell>{formatDate(k.receivedDate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </section>

      <section aria-labelledby="citizen-services">
        <Typography variant="h2" component="h2" id="citizen-services" gutterBottom>
          {p.servicesTitle}
        </Typography>
        <ServicesTab citizenId={id} />
      </section>

      <CitizenAuditSection citizenId={id} />
    </>
  );
}

export function CitizenPage() {
  const id = useIdParam();
  return id === null ? <NotFoundPage /> : <Citizen key={id} id={id} />;
}
