/** Shown when no register is open: set one up, or explain why it cannot be opened. */
import { useEffect } from 'react';
import { Alert, AlertTitle, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import type { AppStatus } from '../../../../shared/features/app';
import { useApiMutation, queryKey } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { EmptySetupForm } from './EmptySetupForm';
import { setupTexts as t } from './texts';

export function FirstRunPage({ status }: { status: AppStatus }) {
  const client = useQueryClient();
  const setup = useApiMutation('app.setup');
  useEffect(() => {
    document.title = `${t.welcomeTitle} – Sagsoverblik`;
  }, []);

  const done = async (next: AppStatus) => {
    window.location.hash = '#/';
    client.setQueryData(queryKey('app.status', {}), next);
    await client.invalidateQueries();
  };

  return (
    <Box component="main" sx={{ maxWidth: 960, mx: 'auto', p: 3 }}>
      <Typography variant="h1" component="h1" gutterBottom>
        {t.welcomeTitle}
      </Typography>
      {status.problem ? (
        <Alert severity="error">
          <AlertTitle>{t.problemTitle}</AlertTitle>
          <Typography>{status.problem.message}</Typography>
          <Typography sx={{ mt: 1, wordBreak: 'break-all' }}>{t.registerPath(status.registerPath)}</Typography>
          <Typography sx={{ mt: 1 }}>{t.problemHelp}</Typography>
        </Alert>
      ) : (
        <>
          <Typography sx={{ mb: 1 }}>{t.intro}</Typography>
          <Typography color="text.secondary" sx={{ mb: 3, wordBreak: 'break-all' }}>
            {t.registerPath(status.registerPath)}
          </Typography>
          {setup.isError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errorMessage(setup.error)}
            </Alert>
          )}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ alignItems: 'stretch' }}>
            <Card variant="outlined" sx={{ flex: 1 }} component="section" aria-labelledby="setup-empty">
              <CardContent>
                <Typography variant="h2" component="h2" id="setup-empty" gutterBottom>
                  {t.empty.title}
                </Typography>
                <Typography sx={{ mb: 2 }}>{t.empty.description}</Typography>
                <EmptySetupForm
                  busy={setup.isPending}
                  onSubmit={async (values) => {
                    const next = await setup.mutateAsync(values);
                    await done(next);
                  }}
                />
              </CardContent>
            </Card>
            <Card variant="outlined" sx={{ flex: 1 }} component="section" aria-labelledby="setup-demo">
              <CardContent>
                <Typography variant="h2" component="h2" id="setup-demo" gutterBottom>
                  {t.demo.title}
                </Typography>
                <Typography sx={{ mb: 2 }}>{t.demo.description}</Typography>
                <Button
                  variant="outlined"
                  disabled={setup.isPending}
                  onClick={() => setup.mutate({ kind: 'demo' }, { onSuccess: (next) => void done(next) })}
                >
                  {t.demo.submit}
                </Button>
                {setup.isPending && setup.variables?.kind === 'demo' && (
                  <Box sx={{ mt: 2 }} role="status">
                    <LinearProgress aria-label={t.demo.busy} />
                    <Typography sx={{ mt: 1 }}>{t.demo.busy}</Typography>
                  </Box>
                )}
              </CardContent>
            </Card>
          </Stack>
        </>
      )}
    </Box>
  );
}
