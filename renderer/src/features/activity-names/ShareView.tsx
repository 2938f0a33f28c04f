/** The share of activities in the last 90 days that use a standard name, per team and per caseworker. */
import { Box, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import type { ShareRow } from '../../../../shared/features/activity-names';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { namesTexts } from './texts';

const t = namesTexts.share;
const pct = (r: ShareRow) => (r.percent === null ? t.noActivities : `${r.percent.toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`);

function ShareTable({ rows, label, first }: { rows: ShareRow[]; label: string; first: string }) {
  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell>{first}</TableCell>
              <TableCell align="right">{t.total}</TableCell>
              <TableCell align="right">{t.standard}</TableCell>
              <TableCell align="right">{t.percent}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  {r.label}
                  {first === t.person && <Typography component="span" color="text.secondary"> ({r.team})</Typography>}
                </TableCell>
                <TableCell align="right">{r.total.toLocaleString('da-DK')}</TableCell>
                <TableCell align="right">{r.standard.toLocaleString('da-DK')}</TableCell>
                <TableCell align="right">{pct(r)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

export function ShareView() {
  const share = useApiQuery('activityNames.share', {});
  if (share.isPending) return <Loading />;
  if (share.isError) return <QueryError error={share.error} />;
  return (
    <Box>
      <Typography sx={{ mb: 2 }}>{t.intro(formatDate(share.data.from), formatDate(share.data.to))}</Typography>
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t.teams}
      </Typography>
      <ShareTable rows={share.data.teams} label={t.teamLabel} first={t.team} />
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mt: 3, mb: 1 }}>
        {t.caseworkers}
      </Typography>
      <ShareTable rows={share.data.caseworkers} label={t.caseworkerLabel} first={t.person} />
    </Box>
  );
}
