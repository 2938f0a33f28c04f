/** Providers, the first-run / who-are-you gate, and the routes. */
import { useState } from 'react';
import { CssBaseline, Button, Alert, Box, Typography } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { da } from 'date-fns/locale';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router-dom';
import { ApiError, errorMessage } from './api/client';
import { useStatus } from './api/hooks';
import { Loading } from './components/QueryState';
import { FirstRunPage } from './features/setup/FirstRunPage';
import { WhoAreYouPage } from './features/session/WhoAreYouPage';
import { setupTexts } from './features/setup/texts';
import { AppRoutes } from './routes';
import { theme } from './theme';

function Gate() {
  const status = useStatus();
  if (status.isPending) {
    return (
      <Box component="main" sx={{ p: 3 }}>
        <Loading />
      </Box>
    );
  }
  if (status.isError) {
    return (
      <Box component="main" sx={{ p: 3 }}>
        <Typography variant="h1" component="h1" gutterBottom>
          {setupTexts.statusFailed}
        </Typography>
        <Alert severity="error" action={<Button onClick={() => void status.refetch()}>{setupTexts.retry}</Button>}>
          {errorMessage(status.error)}
        </Alert>
      </Box>
    );
  }
  const s = status.data;
  if (!s.open) return <FirstRunPage status={s} />;
  if (!s.currentUser) return <WhoAreYouPage />;
  return <AppRoutes status={s} user={s.currentUser} />;
}

export function App() {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 10_000,
            refetchOnWindowFocus: false,
            retry: (count, error) => !(error instanceof ApiError) && count < 2,
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={da}>
          <HashRouter>
            <Gate />
          </HashRouter>
        </LocalizationProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
