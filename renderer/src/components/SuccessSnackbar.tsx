/** A short success message at the bottom of the screen, read aloud by screen readers. */
import { Alert, Snackbar } from '@mui/material';

export function SuccessSnackbar({ message, onClose }: { message: string | null; onClose: () => void }) {
  return (
    <Snackbar open={Boolean(message)} autoHideDuration={6000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="success" variant="filled" onClose={onClose} role="status">
        {message}
      </Alert>
    </Snackbar>
  );
}
