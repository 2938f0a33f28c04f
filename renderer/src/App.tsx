/** Providers, the first-run / who-are-you gate, and the routes. */
import { Suspense } from 'react';
import { CssBaseline, Button, Alert, Box, Typography } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { HashRouter } from 'react-router-dom';
import { configureDanishErrors } from '../../shared/api/zod-da';
import { errorMessage } from './api/client';
import { useStatus } from './api/hooks';
import { Loading } from './components/QueryState';
import { lazyPage } from './components/lazyPage';
import { setupTexts } from './features/setup/texts';
import { AppRoutes } from './routes';
import { theme } from './theme';

// The forms validate with the shared schemas; make zod speak Danish here too.
configureDanishErrors();

// Needed only when no register is open or nobody is signed in: not part of the first bundle.
const FirstRunPage = lazyPage(() => import('./features/setup/FirstRunPage'), 'FirstRunPage');
const WhoAreYouPage = lazyPage(() => import('./features/session/WhoAreYouPage'), 'WhoAreYouPage');

const loadingPage = (
  <Box component="main" sx={{ p: 3 }}>
    <Loading />
  </Box>
);

function Gate() {
  const status = useStatus();
  if (status.isPending) return loadingPage;
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
  if (!s.open || !s.currentUser) {
    return <Suspense fallback={loadingPage}>{s.open ? <WhoAreYouPage /> : <FirstRunPage status={s} />}</Suspense>;
  }
  return <AppRoutes status={s} user={s.currentUser} />;
}

export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <HashRouter>
          <Gate />
        </HashRouter>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
