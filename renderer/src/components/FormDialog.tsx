/** A dialog around a form: title, fields, a general error, and Annuller / Gem. MUI traps focus. */
import type { FormEventHandler, ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { commonTexts } from './texts';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  busy?: boolean;
  error?: string | null;
  submitLabel?: string;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}

export function FormDialog({ open, title, onClose, onSubmit, busy, error, submitLabel, children, maxWidth = 'sm' }: Props) {
  const titleId = `dialog-title-${title.replace(/\W+/g, '-')}`;
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {commonTexts.cancel}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? commonTexts.saving : (submitLabel ?? commonTexts.save)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
