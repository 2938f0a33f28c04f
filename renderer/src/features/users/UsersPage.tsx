/** Medarbejdere: teams and users, with create and edit. */
import { useState } from 'react';
import { Alert, Box, Button, Chip, IconButton, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { usersContract, type User } from '../../../../shared/features/users';
import { roleLabels } from '../../../../shared/domain/enums';
import { compareDanish } from '../../../../shared/domain/collation';
import { useApiQuery, useStatus, useTeams } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { commonTexts } from '../../components/texts';
import { TeamDialog } from './TeamDialog';
import { EditUserDialog, NewUserDialog } from './UserDialogs';
import { usersTexts as t } from './texts';

export function UsersPage() {
  const teams = useTeams();
  const users = useApiQuery('users.list', { includeInactive: true });
  const me = useStatus().data?.currentUser?.id;
  // Staff and teams are the team leader's (the contract's access); everyone else reads the lists.
  const mayManage = useMayCall(usersContract['users.create']);
  const [teamOpen, setTeamOpen] = useState(false);
  const [newOpen, setNewOpen] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const done = (msg: string) => {
    setTeamOpen(false);
    setNewOpen(false);
    setEditing(null);
    setMessage(msg);
  };
  const teamRows = [...(teams.data?.rows ?? [])].sort((a, b) => compareDanish(a.name, b.name));
  const userRows = [...(users.data?.rows ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || compareDanish(a.name, b.name));
  const u = t.users;

  return (
    <>
      <PageHeader title={t.title} />
      {!mayManage && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.readOnly}
        </Alert>
      )}
      <Box component="section" aria-labelledby="teams-heading" sx={{ mb: 4 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" component="h2" id="teams-heading">
            {t.teams.title}
          </Typography>
          {mayManage && (
            <Button variant="outlined" startIcon={<AddIcon aria-hidden />} onClick={() => setTeamOpen(true)}>
              {t.teams.add}
            </Button>
          )}
        </Stack>
        {teams.isPending && <Loading />}
        {teams.isError && <QueryError error={teams.error} />}
        {teams.isSuccess && teamRows.length === 0 && <Alert severity="info">{t.teams.empty}</Alert>}
        {teamRows.length > 0 && (
          <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: 560 }}>
            <Table size="small" aria-label={t.teams.tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.teams.name}</TableCell>
                  <TableCell align="right">{t.teams.members}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {teamRows.map((team) => (
                  <TableRow key={team.id}>
                    <TableCell>{team.name}</TableCell>
                    <TableCell align="right">{team.memberCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Box>

      <Box component="section" aria-labelledby="users-heading">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" component="h2" id="users-heading">
            {u.title}
          </Typography>
          {mayManage && (
            <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setNewOpen(true)}>
              {u.add}
            </Button>
          )}
        </Stack>
        {users.isPending && <Loading />}
        {users.isError && <QueryError error={users.error} />}
        {userRows.length > 0 && (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={u.tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell>{u.initials}</TableCell>
                  <TableCell>{u.name}</TableCell>
                  <TableCell>{u.role}</TableCell>
                  <TableCell>{u.team}</TableCell>
                  <TableCell align="right">{u.openCases}</TableCell>
                  <TableCell>{u.active}</TableCell>
                  {mayManage && <TableCell align="right">{u.actions}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {userRows.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell>{row.initials}</TableCell>
                    <TableCell>
                      {row.name} {row.id === me && u.you}
                    </TableCell>
                    <TableCell>{roleLabels[row.role]}</TableCell>
                    <TableCell>{row.teamName}</TableCell>
                    <TableCell align="right">{row.openCases}</TableCell>
                    <TableCell>{row.active ? commonTexts.yes : <Chip size="small" label={u.inactive} variant="outlined" />}</TableCell>
                    {mayManage && (
                      <TableCell align="right">
                        <IconButton size="small" aria-label={u.editLabel(row.name)} onClick={() => setEditing(row)}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Box>
      <TeamDialog open={teamOpen} onClose={() => setTeamOpen(false)} onDone={done} />
      <NewUserDialog open={newOpen} onClose={() => setNewOpen(false)} onDone={done} />
      <EditUserDialog open={editing !== null} user={editing} onClose={() => setEditing(null)} onDone={done} />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </>
  );
}
