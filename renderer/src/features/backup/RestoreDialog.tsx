/** Confirmation before a restore: says what is replaced and that the current register is kept first. */
import { useEffect, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { formatDateTime } from '../../../../shared/domain/dates';
import type { BackupFile } from '../../../../shared/features/backups';
import { errorMessage } from '../../api/client';
import { useApiMutation, useRefreshAll } from '../../api/hooks';
import { commonTexts } from '../../components/texts';
import { backupTexts as t } from './texts';

interface Props {
  backup: BackupFile | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function RestoreDialog({ backup, onClose, onDone }: Props) {
  const mutation = useApiMutation('backups.restore');
  const refreshAll = useRefreshAll();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [backup]);
  const busy = mutation.isPending;
  const restore = async () => {
    if (!backup) return;
    setError(null);
    try {
      const result = await mutation.mutateAsync({ fileName: backup.fileName });
      // The whole register changed: every cached answer is stale.
      await refreshAll();
      onDone(t.restored(result.restored, result.keptAs));
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog open={backup !== null} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="restore-title">
      <DialogTitle id="restore-title">{t.restoreTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error}</Alert>}
          {backup && <DialogContentText>{t.restoreText(backup.fileName, formatDateTime(backup.createdAt))}</DialogContentText>}
          <Alert severity="info">{t.restoreKeep}</Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {commonTexts.cancel}
        </Button>
        <Button variant="contained" onClick={restore} disabled={busy}>
          {busy ? t.restoring : t.restoreConfirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
