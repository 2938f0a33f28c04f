/** Loading and error states for a query, in Danish. */
import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { errorMessage } from '../api/client';
import { commonTexts } from './texts';

export function Loading({ label = commonTexts.loading }: { label?: string }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', p: 2 }} role="status">
      <CircularProgress size={24} aria-hidden />
      <Typography>{label}</Typography>
    </Stack>
  );
}

export function QueryError({ error }: { error: unknown }) {
  return <Alert severity="error">{errorMessage(error)}</Alert>;
}
