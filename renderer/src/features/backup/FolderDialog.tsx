/** "Skift mappe": the backup folder, an absolute path checked by the backend. */
import { useEffect, useState } from 'react';
import { TextField } from '@mui/material';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { backupTexts as t } from './texts';

interface Props {
  open: boolean;
  current: string;
  onClose: () => void;
  onDone: (folder: string) => void;
}

export function FolderDialog({ open, current, onClose, onDone }: Props) {
  const mutation = useApiMutation('backups.setFolder');
  const [folder, setFolder] = useState(current);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setFolder(current);
      setError(null);
    }
  }, [open, current]);
  return (
    <FormDialog
      open={open}
      title={t.folderDialogTitle}
      onClose={onClose}
      busy={mutation.isPending}
      error={error}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const result = await mutation.mutateAsync({ folder });
          onDone(result.folder);
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <TextField
        label={t.folderField}
        required
        autoFocus
        value={folder}
        onChange={(e) => setFolder(e.target.value)}
        helperText={t.folderHelp}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
    </FormDialog>
  );
}
