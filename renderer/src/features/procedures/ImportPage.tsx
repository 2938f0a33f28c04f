/** Import Markdown and Word files: read them, show what was read and what was not, import only on confirm. */
import { useState } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import type { Output } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../components/QueryState';
import { RouterButton } from '../../components/RouterLink';
import { proceduresTexts } from './texts';

const t = proceduresTexts.importPage;
type Item = Output<'procedures.importPreview'>['rows'][number];

async function readFile(file: File) {
  const docx = file.name.toLowerCase().endsWith('.docx');
  if (!docx) return { name: file.name, content: await file.text(), encoding: 'text' as const };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, content: btoa(binary), encoding: 'base64' as const };
}

function PreviewCard({ item, chosen, onToggle }: { item: Item; chosen: boolean; onToggle: () => void }) {
  const p = item.procedure;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={item.fileName}>
      <Typography variant="h2" sx={{ fontSize: '1.1rem' }}>
        {item.fileName}
      </Typography>
      {p ? (
        <>
          <FormControlLabel control={<Checkbox checked={chosen} onChange={onToggle} />} label={t.include(p.title)} />
          <Typography variant="body2">
            {t.read}: {p.title} · {proceduresTexts.areaLabels[p.area]} · {t.summary(p.steps.length, p.checklist.length)}
          </Typography>
        </>
      ) : (
        <Alert severity="error" sx={{ mt: 1 }}>
          {t.cannotImport}
        </Alert>
      )}
      {item.problems.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{t.problems}</Typography>
          <List dense>
            {item.problems.map((m) => (
              <ListItem key={m}>{m}</ListItem>
            ))}
          </List>
        </Box>
      )}
      {item.unmapped.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{t.notMapped}</Typography>
          <List dense>
            {item.unmapped.map((m) => (
              <ListItem key={m}>{m}</ListItem>
            ))}
          </List>
        </Box>
      )}
    </Paper>
  );
}

export function ImportPage() {
  const navigate = useNavigate();
  const preview = useApiMutation('procedures.importPreview');
  const confirm = useApiMutation('procedures.importConfirm');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const items = preview.data?.rows ?? [];

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const read = await Promise.all([...files].map(readFile));
    const result = await preview.mutateAsync({ files: read }).catch(() => null);
    setChosen(new Set(result?.rows.flatMap((r, i) => (r.ok ? [i] : [])) ?? []));
  };
  const toImport = items.filter((_, i) => chosen.has(i)).flatMap((r) => (r.procedure ? [r.procedure] : []));
  const onConfirm = async () => {
    const result = await confirm.mutateAsync({ procedures: toImport }).catch(() => null);
    if (result) navigate('/arbejdsgange', { state: { message: t.done(result.ids.length) } });
  };

  return (
    <>
      <PageHeader title={t.title}>
        <RouterButton to="/arbejdsgange">{t.back}</RouterButton>
      </PageHeader>
      <Typography sx={{ mb: 2 }}>{t.help}</Typography>
      <Button variant="outlined" component="label">
        {t.choose}
        <input hidden type="file" multiple accept=".md,.markdown,.docx" onChange={(e) => void onFiles(e.target.files)} data-testid="procedure-import-files" />
      </Button>
      {preview.isPending && <Loading label={t.reading} />}
      {preview.isError && <Alert severity="error" sx={{ mt: 2 }}>{errorMessage(preview.error)}</Alert>}
      <Stack spacing={2} sx={{ mt: 2 }}>
        {items.map((item, i) => (
          <PreviewCard
            key={`${item.fileName}-${i}`}
            item={item}
            chosen={chosen.has(i)}
            onToggle={() => setChosen((s) => { const next = new Set(s); if (next.has(i)) next.delete(i); else next.add(i); return next; })}
          />
        ))}
      </Stack>
      {confirm.isError && <Alert severity="error" sx={{ mt: 2 }}>{errorMessage(confirm.error)}</Alert>}
      {items.length > 0 && (
        <Button variant="contained" sx={{ mt: 2 }} disabled={!toImport.length || confirm.isPending} onClick={() => void onConfirm()}>
          {t.confirm(toImport.length)}
        </Button>
      )}
    </>
  );
}
