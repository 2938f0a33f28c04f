/** Export the list as JSON or CSV; super users import a file (checked as a whole, nothing changes on error). */
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { errorMessage } from '../../api/client';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useIsSuperUser } from './useIsSuperUser';
import { namesTexts } from './texts';

const t = namesTexts.transfer;

async function download(format: 'json' | 'csv') {
  const file = await call('activityNames.export', { format });
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  URL.revokeObjectURL(url);
}

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export function TransferView() {
  const isSuper = useIsSuperUser();
  const importList = useApiMutation('activityNames.import');
  const [format, setFormat] = useState<'json' | 'csv'>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="export-title">
        <Typography variant="h2" id="export-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.exportTitle}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t.exportText}</Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => download('csv').catch((e) => setResult({ ok: false, text: errorMessage(e) }))}>
            {t.exportCsv}
          </Button>
          <Button variant="outlined" onClick={() => download('json').catch((e) => setResult({ ok: false, text: errorMessage(e) }))}>
            {t.exportJson}
          </Button>
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="import-title">
        <Typography variant="h2" id="import-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t.importTitle}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t.importText}</Typography>
        {!isSuper ? (
          <Typography color="text.secondary">{t.onlySuper}</Typography>
        ) : (
          <Box
            component="form"
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              setResult(null);
              if (!file) return setResult({ ok: false, text: t.needFile });
              try {
                const r = await importList.mutateAsync({ format, base64: await toBase64(file) });
                setResult({ ok: true, text: t.result(r.created, r.updated, r.unchanged) });
              } catch (err) {
                setResult({ ok: false, text: errorMessage(err) });
              }
            }}
          >
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
              <TextField select label={t.format} value={format} onChange={(e) => setFormat(e.target.value as 'json' | 'csv')} sx={{ minWidth: 140 }}>
                <MenuItem value="csv">CSV</MenuItem>
                <MenuItem value="json">JSON</MenuItem>
              </TextField>
              <Button variant="outlined" component="label">
                {t.chooseFile}
                <input type="file" hidden aria-label={t.file} accept={format === 'csv' ? '.csv,text/csv' : '.json,application/json'} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </Button>
              <Typography>{file?.name ?? t.noFile}</Typography>
              <Button type="submit" variant="contained" disabled={importList.isPending}>
                {t.submit}
              </Button>
            </Stack>
          </Box>
        )}
        {result && (
          <Alert severity={result.ok ? 'success' : 'error'} sx={{ mt: 2 }} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}
