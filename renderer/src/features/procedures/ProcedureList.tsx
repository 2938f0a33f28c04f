/** A paged list of procedure summaries (a folder, or the owner's due list). */
import { useState } from 'react';
import { Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { phaseLabels } from '../../../../shared/domain/enums';
import type { Input } from '../../../../shared/api/contract';
import { procedureStatusLabels, type ProcedureSummary } from '../../../../shared/features/procedures';
import { useApiPagedQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { proceduresTexts as t } from './texts';

const PAGE = 50;

export function SummaryLine({ p }: { p: ProcedureSummary }) {
  return (
    <ListItem divider alignItems="flex-start" disableGutters>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <RouterLink to={`/arbejdsgange/${p.id}`}>{p.title}</RouterLink>
            {p.status !== 'gældende' && <Chip size="small" label={procedureStatusLabels[p.status]} />}
            {p.outOfDate && <Chip size="small" color="warning" label={t.outOfDate} />}
          </Stack>
        }
        secondary={[
          t.areaLabels[p.area],
          p.phases.map((ph) => phaseLabels[ph]).join(', '),
          p.paragraphs.join(', '),
          `${t.summary.owner}: ${p.ownerName ?? t.summary.noOwner}`,
          `${t.summary.reviewDue} ${formatDate(p.reviewDue)}`,
          p.hasChecklist ? t.summary.checklist : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      />
    </ListItem>
  );
}

export function ProcedureList({ filter, heading }: { filter: Omit<Input<'procedures.list'>, 'offset' | 'limit'>; heading: string }) {
  const [limit, setLimit] = useState(PAGE);
  const query = useApiPagedQuery('procedures.list', { ...filter, offset: 0, limit });
  return (
    <Box component="section" aria-label={heading}>
      <Typography variant="h2" sx={{ fontSize: '1.2rem', mt: 2 }}>
        {heading}
      </Typography>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && query.data.rows.length === 0 && <Typography sx={{ mt: 1 }}>{t.library.empty}</Typography>}
      {query.data && query.data.rows.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t.library.shown(query.data.rows.length, query.data.total)}
          </Typography>
          <List dense>
            {query.data.rows.map((p) => (
              <SummaryLine key={p.id} p={p} />
            ))}
          </List>
          {query.data.rows.length < query.data.total && (
            <Button onClick={() => setLimit((n) => Math.min(n + PAGE, 200))} disabled={limit >= 200}>
              {t.library.more}
            </Button>
          )}
        </>
      )}
    </Box>
  );
}
