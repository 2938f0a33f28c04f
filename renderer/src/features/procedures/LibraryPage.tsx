/** The library's front page: search, the owner's procedures due for review, and the folders. */
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Box, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useDebounced } from '../../components/useDebounced';
import { FolderBrowser } from './FolderBrowser';
import { Highlight } from './Highlight';
import { SummaryLine } from './ProcedureList';
import { proceduresTexts as t } from './texts';

function SearchResults({ query }: { query: string }) {
  const result = useApiQuery('procedures.search', { query, limit: 30 });
  if (result.isPending) return <Loading />;
  if (result.isError) return <QueryError error={result.error} />;
  const rows = result.data.rows;
  return (
    <Box component="section" aria-label={t.library.hits(rows.length)} aria-live="polite">
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {rows.length ? t.library.hits(rows.length) : t.library.noHits}
      </Typography>
      <List>
        {rows.map((hit) => (
          <ListItem key={hit.id} divider disableGutters alignItems="flex-start">
            <ListItemText
              primary={
                <RouterLink to={`/arbejdsgange/${hit.id}`}>
                  <Highlight text={hit.title} ranges={hit.titleHighlights} />
                </RouterLink>
              }
              secondary={
                <>
                  {hit.outOfDate && <strong>{t.outOfDate}. </strong>}
                  <Highlight text={hit.snippet} ranges={hit.snippetHighlights} />
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

function DueForMe() {
  const due = useApiQuery('procedures.list', { dueForMe: true, limit: 50 });
  if (!due.data?.rows.length) return null;
  return (
    <Box component="section" aria-label={t.library.dueTitle} sx={{ mb: 2 }}>
      <Typography variant="h2" sx={{ fontSize: '1.3rem' }}>
        {t.library.dueTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t.library.dueHelp}
      </Typography>
      <List dense>
        {due.data.rows.map((p) => (
          <SummaryLine key={p.id} p={p} />
        ))}
      </List>
    </Box>
  );
}

export function LibraryPage() {
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 200);
  const location = useLocation();
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  return (
    <>
      <PageHeader title={t.library.title}>
        <RouterButton to="/arbejdsgange/ny" variant="contained">
          {t.library.newProcedure}
        </RouterButton>
        <RouterButton to="/arbejdsgange/import" variant="outlined">
          {t.library.import}
        </RouterButton>
      </PageHeader>
      <Stack spacing={1} sx={{ mb: 2 }}>
        <TextField
          type="search"
          label={t.library.searchLabel}
          helperText={t.library.searchHelp}
          value={text}
          onChange={(e) => setText(e.target.value)}
          fullWidth
        />
      </Stack>
      {query ? (
        <SearchResults query={query} />
      ) : (
        <>
          <DueForMe />
          <FolderBrowser />
        </>
      )}
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}
