/**
 * /overlevering: the team's caseworkers with "Udskriv sagsstammeoversigt" (the nav
 * item, then one click – the printout's own "Udskriv" is the third), the shifts, the
 * current user's outstanding tasks, and for the team leader the setting and figures.
 */
import { Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { LeaderPanel } from './LeaderPanel';
import { CaseStemVariantChoice, useCaseStemVariant } from './print/CaseStemVariantChoice';
import { caseStemPrintPath } from '../../../../shared/print/handover/variant';
import { TasksTable } from './TasksTable';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';
import { useMe } from './useMe';

export function HandoverHome() {
  const me = useMe();
  const people = useApiQuery('handover.caseworkers', {});
  const shifts = useApiQuery('handover.shifts', {});
  const tasks = useApiQuery('handover.tasks', { outstandingOnly: true });
  const leader = me?.role === 'teamleder';
  const [variant, setVariant] = useCaseStemVariant();
  const c = t.columns;
  const s = t.shiftColumns;
  return (
    <Stack spacing={3}>
      <PageHeader title={t.title} subtitle={<Typography>{t.intro}</Typography>} />
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-people">
        <Typography variant="h2" id="ho-people" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.caseworkers}
        </Typography>
        <CaseStemVariantChoice value={variant} onChange={setVariant} />
        {people.error ? <QueryError error={people.error} /> : !people.data ? <Loading /> : (
          <TableContainer>
            <Table size="small" aria-labelledby="ho-people">
              <TableHead>
                <TableRow>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>{c.initials}</TableCell>
                  <TableCell align="right">{c.openCases}</TableCell>
                  <TableCell>{c.actions}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {people.data.rows.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.name}</TableCell>
                    <TableCell>{p.initials}</TableCell>
                    <TableCell align="right">{p.openCases}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                        {(leader || p.id === me?.id) && (
                          <RouterButton size="small" variant="outlined" to={caseStemPrintPath(p.id, variant)} aria-label={t.printOverviewFor(p.name)}>
                            {t.printOverview}
                          </RouterButton>
                        )}
                        {leader && p.id !== me?.id && (
                          <RouterButton size="small" to={`/overlevering/uplanlagt/${p.id}`} aria-label={t.unplannedFor(p.name)}>
                            {t.unplanned}
                          </RouterButton>
                        )}
                        {(leader || p.id === me?.id) && (
                          <RouterButton size="small" to={`/overlevering/planlagt/${p.id}`} aria-label={t.plannedFor(p.name)}>
                            {t.planned}
                          </RouterButton>
                        )}
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-shifts">
        <Typography variant="h2" id="ho-shifts" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.shifts}
        </Typography>
        {shifts.error ? <QueryError error={shifts.error} /> : !shifts.data ? <Loading /> : shifts.data.rows.length === 0 ? (
          <Typography>{t.noShifts}</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="ho-shifts">
              <TableHead>
                <TableRow>
                  <TableCell>{s.kind}</TableCell>
                  <TableCell>{s.from}</TableCell>
                  <TableCell>{s.date}</TableCell>
                  <TableCell>{s.reason}</TableCell>
                  <TableCell>{s.status}</TableCell>
                  <TableCell align="right">{s.cases}</TableCell>
                  <TableCell align="right">{s.openTasks}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shifts.data.rows.map((x) => (
                  <TableRow key={x.id}>
                    <TableCell>
                      <RouterLink to={`/overlevering/skift/${x.id}`}>{t.kind[x.kind]}</RouterLink>
                    </TableCell>
                    <TableCell>{x.fromName}</TableCell>
                    <TableCell>{formatDate(x.shiftDate)}</TableCell>
                    <TableCell>{x.reason}</TableCell>
                    <TableCell>{t.status[x.status]}</TableCell>
                    <TableCell align="right">{x.caseCount}</TableCell>
                    <TableCell align="right">{x.openTasks}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ho-tasks">
        <Typography variant="h2" id="ho-tasks" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.myTasks}
        </Typography>
        {tasks.error ? <QueryError error={tasks.error} /> : !tasks.data ? <Loading /> : <TasksTable tasks={tasks.data.rows} label={t.myTasks} />}
      </Paper>

      {leader && <LeaderPanel />}
    </Stack>
  );
}
