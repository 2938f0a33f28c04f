/** The stamkort tab on a case: review status, sections 1–6 editable in place, sections 7–8 live from the register. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Stack } from '@mui/material';
import type { SectionKey } from '../../../../shared/features/stamkort';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { HistoryDialog } from './HistoryDialog';
import { LiveSections } from './LiveSections';
import { ReviewPanel } from './ReviewPanel';
import { SectionCard } from './SectionCard';
import { SectionDialog } from './SectionDialog';
import { sectionTitles, stamkortTexts as t } from '../../../../shared/print/stamkort/texts';

export function StamkortTab({ caseId }: { caseId: number }) {
  // Sections 7–8 and the review flag follow the register: always fetch afresh when the tab opens (cheap, < 1 ms).
  const query = useApiQuery('stamkort.get', { caseId }, { staleTime: 0 });
  const client = useQueryClient();
  const [editing, setEditing] = useState<SectionKey | null>(null);
  const [history, setHistory] = useState<SectionKey | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const card = query.data;
  const titles = sectionTitles[card.area];
  const onConflict = (m: string) => {
    setEditing(null);
    setConflict(m);
    void client.invalidateQueries({ queryKey: ['stamkort.get'] });
  };
  return (
    <Box>
      {conflict && (
        <Alert severity="error" onClose={() => setConflict(null)} sx={{ mb: 2 }}>
          {conflict}
        </Alert>
      )}
      <ReviewPanel card={card} onMessage={setMessage} onConflict={onConflict} />
      <Stack spacing={2}>
        {card.sections.map((s) => (
          <SectionCard
            key={s.key}
            section={s}
            area={card.area}
            title={titles[s.key]}
            onEdit={() => {
              setConflict(null);
              setEditing(s.key);
            }}
            onHistory={() => setHistory(s.key)}
          />
        ))}
        <LiveSections card={card} />
      </Stack>
      <SectionDialog
        key={editing ?? ''}
        caseId={caseId}
        area={card.area}
        section={card.sections.find((s) => s.key === editing) ?? null}
        title={editing ? titles[editing] : ''}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setMessage(t.saved);
        }}
        onConflict={onConflict}
      />
      <HistoryDialog key={history ?? ''} caseId={caseId} section={history} title={history ? titles[history] : ''} onClose={() => setHistory(null)} />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}
