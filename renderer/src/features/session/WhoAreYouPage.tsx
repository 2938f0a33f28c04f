/** The register is open but nobody is chosen: pick yourself from the active users. */
import { useEffect } from 'react';
import { Alert, Box, List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { compareDanish } from '../../../../shared/domain/collation';
import { roleLabels } from '../../../../shared/domain/enums';
import { errorMessage } from '../../api/client';
import { useActiveUsers } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { useSetUser } from './useSetUser';
import { sessionTexts as t } from './texts';

export function WhoAreYouPage() {
  const users = useActiveUsers();
  const { setUser, isPending, error } = useSetUser();
  useEffect(() => {
    document.title = `${t.whoTitle} – Sagsoverblik`;
  }, []);
  const rows = [...(users.data?.rows ?? [])].sort((a, b) => compareDanish(a.name, b.name));
  return (
    <Box component="main" sx={{ maxWidth: 640, mx: 'auto', p: 3 }}>
      <Typography variant="h1" component="h1" gutterBottom>
        {t.whoTitle}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t.whoIntro}</Typography>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(error)}</Alert>}
      {users.isPending && <Loading />}
      {users.isError && <QueryError error={users.error} />}
      {users.isSuccess && rows.length === 0 && <Alert severity="info">{t.noUsers}</Alert>}
      {rows.length > 0 && (
        <Paper variant="outlined">
          <List aria-label={t.whoTitle}>
            {rows.map((u) => (
              <ListItemButton key={u.id} disabled={isPending} onClick={() => void setUser(u.id).catch(() => undefined)}>
                <ListItemText primary={`${u.initials} – ${u.name}`} secondary={`${roleLabels[u.role]}, ${u.teamName}`} />
              </ListItemButton>
            ))}
          </List>
        </Paper>
      )}
    </Box>
  );
}
