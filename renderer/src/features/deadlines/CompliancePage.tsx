/** Compliance per team and case type: decided within the deadline (floor 80 %) and citizens told when overdue. */
import { useState } from 'react';
import { Alert, Box, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { COMPLIANCE_FLOOR } from '../../../../shared/features/deadlines';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { ScopeToggle, type Scope } from './ScopeToggle';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.compliance;

function Share({ value, floor }: { value: number | null; floor: number }) {
  const below = value !== null && value < floor;
  return (
    <Box component="span" sx={below ? { color: 'error.main', fontWeight: 700 } : undefined}>
      {t.share(value)}
      {below && <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{` (${t.below})`}</Box>}
    </Box>
  );
}

export function CompliancePage() {
  const [scope, setScope] = useState<Scope>('team');
  const query = useApiQuery('deadlines.compliance', { scope });
  return (
    <Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 1 }}>
        <Typography variant="h2" component="h2">
          {t.title}
        </Typography>
        <ScopeToggle value={scope} onChange={setScope} />
      </Stack>
      <Typography sx={{ mb: 2 }}>{t.intro}</Typography>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.isSuccess && query.data.rows.length === 0 && <Alert severity="info">{t.empty}</Alert>}
      {query.isSuccess && query.data.rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.tableLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.team}</TableCell>
                <TableCell>{t.caseType}</TableCell>
                <TableCell align="right">{t.decided}</TableCell>
                <TableCell align="right">{t.inTime}</TableCell>
                <TableCell align="right">{t.overdue}</TableCell>
                <TableCell align="right">{t.told}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.data.rows.map((r) => (
                <TableRow key={`${r.teamName}|${r.caseType}`}>
                  <TableCell>{r.teamName}</TableCell>
                  <TableCell>{r.caseType}</TableCell>
                  <TableCell align="right">{r.decided}</TableCell>
                  <TableCell align="right">
                    <Share value={r.inTimeShare} floor={COMPLIANCE_FLOOR} />
                  </TableCell>
                  <TableCell align="right">{r.overdue}</TableCell>
                  <TableCell align="right">
                    <Share value={r.toldShare} floor={100} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
