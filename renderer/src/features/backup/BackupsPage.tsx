/** Sikkerhedskopier: the backups of this register, take one now, change the folder, restore one. */
import { useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/Backup';
import { formatDateTime } from '../../../../shared/domain/dates';
import { backupsContract, type BackupFile } from '../../../../shared/features/backups';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { FolderDialog } from './FolderDialog';
import { RestoreDialog } from './RestoreDialog';
import { backupTexts as t, formatSize } from './texts';

type Notice = { severity: 'success' | 'error'; text: string } | null;

export function BackupsPage() {
  const list = useApiQuery('backups.list', {});
  const mayChangeFolder = useMayCall(backupsContract['backups.setFolder']);
  const mayRestore = useMayCall(backupsContract['backups.restore']);
  const create = useApiMutation('backups.create');
  const setFolder = useApiMutation('backups.setFolder');
  const [notice, setNotice] = useState<Notice>(null);
  const [folderOpen, setFolderOpen] = useState(false);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  const takeNow = async () => {
    setNotice(null);
    try {
      const file = await create.mutateAsync({});
      setNotice({ severity: 'success', text: t.taken(file.fileName) });
    } catch (err) {
      setNotice({ severity: 'error', text: errorMessage(err) });
    }
  };
  const resetFolder = async () => {
    setNotice(null);
    try {
      const result = await setFolder.mutateAsync({ folder: null });
      setNotice({ severity: 'success', text: t.folderChanged(result.folder) });
    } catch (err) {
      setNotice({ severity: 'error', text: errorMessage(err) });
    }
  };

  const rows = list.data?.rows ?? [];
  return (
    <>
      <PageHeader title={t.title}>
        <Button variant="contained" startIcon={<BackupIcon aria-hidden />} onClick={takeNow} disabled={create.isPending}>
          {create.isPending ? t.taking : t.takeNow}
        </Button>
      </PageHeader>
      <Typography sx={{ mb: 2, maxWidth: 800 }}>{t.intro}</Typography>
      {notice && (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ mb: 2 }}>
          {notice.text}
        </Alert>
      )}
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && (
        <>
          <Paper variant="outlined" sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="backup-folder">
            <Typography variant="h2" component="h2" id="backup-folder" gutterBottom>
              {t.folderTitle}
            </Typography>
            <Typography>
              {t.folderLabel}: <Box component="code" sx={{ wordBreak: 'break-all' }}>{list.data.folder}</Box>
            </Typography>
            {list.data.isDefaultFolder && <Typography color="text.secondary">{t.defaultFolder}</Typography>}
            {mayChangeFolder ? (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button variant="outlined" onClick={() => setFolderOpen(true)}>
                  {t.changeFolder}
                </Button>
                {!list.data.isDefaultFolder && (
                  <Button onClick={resetFolder} disabled={setFolder.isPending}>
                    {t.useDefault}
                  </Button>
                )}
              </Stack>
            ) : (
              <Alert severity="info" sx={{ mt: 1 }}>
                {t.folderReadOnly}
              </Alert>
            )}
          </Paper>
          <section aria-labelledby="backup-list">
            <Typography variant="h2" component="h2" id="backup-list" gutterBottom>
              {t.listTitle}
            </Typography>
            {rows.length === 0 ? (
              <Alert severity="info">{t.empty}</Alert>
            ) : (
              <BackupTable rows={rows} canRestore={mayRestore} onRestore={setRestoring} />
            )}
          </section>
          <FolderDialog
            open={folderOpen}
            current={list.data.folder}
            onClose={() => setFolderOpen(false)}
            onDone={(folder) => {
              setFolderOpen(false);
              setNotice({ severity: 'success', text: t.folderChanged(folder) });
            }}
          />
        </>
      )}
      <RestoreDialog
        backup={restoring}
        onClose={() => setRestoring(null)}
        onDone={(message) => {
          setRestoring(null);
          setNotice({ severity: 'success', text: message });
        }}
      />
    </>
  );
}

function BackupTable({ rows, canRestore, onRestore }: { rows: BackupFile[]; canRestore: boolean; onRestore: (b: BackupFile) => void }) {
  const c = t.columns;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t.tableLabel}>
        <TableHead>
          <TableRow>
            <TableCell>{c.name}</TableCell>
            <TableCell>{c.kind}</TableCell>
            <TableCell>{c.createdAt}</TableCell>
            <TableCell align="right">{c.size}</TableCell>
            <TableCell align="right">{c.schema}</TableCell>
            {canRestore && <TableCell>{c.actions}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((b) => (
            <TableRow key={b.fileName}>
              <TableCell sx={{ wordBreak: 'break-all' }}>{b.fileName}</TableCell>
              <TableCell>{t.kinds[b.kind]}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(b.createdAt)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatSize(b.bytes)}
              </TableCell>
              <TableCell align="right">{b.schemaVersion ?? t.unknownVersion}</TableCell>
              {canRestore && (
                <TableCell>
                  <Button size="small" variant="outlined" onClick={() => onRestore(b)} aria-label={t.restoreLabel(b.fileName)}>
                    {t.restore}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
