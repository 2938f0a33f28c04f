/** Borgere: search by name or CPR number, open a citizen, or create a new one. */
import { useState } from 'react';
import { Alert, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ProtectedChip } from '../../components/ProtectedAddress';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { useDebounced } from '../../components/useDebounced';
import { citizensTexts as t } from './texts';

export function CitizensPage() {
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const search = useApiQuery('citizens.search', { query: debounced, limit: 50 }, { enabled: debounced.length >= 2 });
  const rows = search.data?.rows ?? [];
  const c = t.columns;
  return (
    <>
      <PageHeader title={t.listTitle}>
        <RouterButton to="/borgere/ny" variant="contained" startIcon={<AddIcon aria-hidden />}>
          {t.newCitizen}
        </RouterButton>
      </PageHeader>
      <div role="search">
        <TextField
          label={t.searchLabel}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          helperText={query.trim().length < 2 ? t.searchHint : t.searchHowHint}
          sx={{ width: { xs: '100%', md: 480 }, mb: 2 }}
          autoFocus
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
      </div>
      {debounced.length < 2 && <Typography color="text.secondary">{t.typeToSearch}</Typography>}
      {debounced.length >= 2 && search.isPending && <Loading />}
      {search.isError && <QueryError error={search.error} />}
      {search.isSuccess && rows.length === 0 && <Alert severity="info">{t.noResults}</Alert>}
      {rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.resultsLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{c.name}</TableCell>
                <TableCell>{c.cpr}</TableCell>
                <TableCell align="right">{c.age}</TableCell>
                <TableCell align="right">{c.openCases}</TableCell>
                <TableCell>{c.notes}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} hover>
                  <TableCell>
                    <RouterLink to={`/borgere/${r.id}`}>{r.name}</RouterLink>
                  </TableCell>
                  <TableCell>{r.cprFormatted}</TableCell>
                  <TableCell align="right">{r.age}</TableCell>
                  <TableCell align="right">{r.openCases}</TableCell>
                  <TableCell>{r.protectedAddress && <ProtectedChip />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
