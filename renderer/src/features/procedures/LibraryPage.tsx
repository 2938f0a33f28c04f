/** The library's front page: search, the owner's procedures due for review, and the folders. */
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Box, Button, Chip, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { phaseLabels, type Phase } from '../../../../shared/domain/enums';
import { proceduresContract } from '../../../../shared/features/procedures';
import { useApiQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterButton, RouterLink } from '../../components/RouterLink';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useDebounced } from '../../components/useDebounced';
import { FolderBrowser } from './FolderBrowser';
import { Highlight } from './Highlight';
import { SummaryLine } from './ProcedureList';
import { proceduresTexts as t } from './texts';

/** When nothing is found: searches that do find something (a near spelling), and the folders by phase. */
function NoHits({ suggestions, onSearch, onPhase }: { suggestions: string[]; onSearch: (q: string) => void; onPhase: (phase: Phase) => void }) {
  const folders = useApiQuery('procedures.folders', {});
  const phases = folders.data?.phases.filter((f) => f.count > 0) ?? [];
  return (
    <Stack spacing={1.5} sx={{ mt: 1 }}>
      <Typography>{t.library.noHits}</Typography>
      {suggestions.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography component="span">{t.library.didYouMean}</Typography>
          {suggestions.map((q) => (
            <Button key={q} variant="outlined" size="small" sx={{ textTransform: 'none' }} onClick={() => onSearch(q)} aria-label={t.library.suggestionLabel(q)}>
              {q}
            </Button>
          ))}
        </Stack>
      )}
      {phases.length > 0 && (
        <Box component="nav" aria-label={t.library.byPhase}>
          <Typography sx={{ mb: 1 }}>{t.library.orBrowse}</Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {phases.map((f) => (
              <Chip key={f.phase} label={t.library.phaseLink(phaseLabels[f.phase], f.count)} variant="outlined" onClick={() => onPhase(f.phase)} />
            ))}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function SearchResults({ query, onSearch, onPhase }: { query: string; onSearch: (q: string) => void; onPhase: (phase: Phase) => void }) {
  const result = useApiQuery('procedures.search', { query, limit: 30 });
  if (result.isPending) return <Loading />;
  if (result.isError) return <QueryError error={result.error} />;
  const rows = result.data.rows;
  return (
    <Box component="section" aria-label={t.library.hits(rows.length)} aria-live="polite">
      {rows.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t.library.hits(rows.length)}
        </Typography>
      ) : (
        <NoHits suggestions={result.data.suggestions} onSearch={onSearch} onPhase={onPhase} />
      )}
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
  // A phase chosen from an empty search opens the folders on it.
  const [phase, setPhase] = useState<Phase | undefined>();
  const query = useDebounced(text.trim(), 200);
  const location = useLocation();
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  // Super users keep the library (the contract's access); everyone reads it.
  const mayEdit = useMayCall(proceduresContract['procedures.create']);
  const mayImport = useMayCall(proceduresContract['procedures.importConfirm']);
  return (
    <>
      <PageHeader title={t.library.title}>
        {mayEdit && (
          <RouterButton to="/arbejdsgange/ny" variant="contained">
            {t.library.newProcedure}
          </RouterButton>
        )}
        {mayImport && (
          <RouterButton to="/arbejdsgange/import" variant="outlined">
            {t.library.import}
          </RouterButton>
        )}
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
        <SearchResults
          query={query}
          onSearch={setText}
          onPhase={(p) => {
            setPhase(p);
            setText('');
          }}
        />
      ) : (
        <>
          <DueForMe />
          <FolderBrowser key={phase ?? ''} initialPhase={phase} />
        </>
      )}
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}
