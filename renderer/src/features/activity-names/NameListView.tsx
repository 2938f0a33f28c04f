/** The whole list grouped by phase; super users add, edit, retire and reactivate names. */
import { useState } from 'react';
import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Paper, Stack, Switch,
  Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { phaseLabels, phases } from '../../../../shared/domain/enums';
import { nameAreaLabels, type ActivityName } from '../../../../shared/features/activity-names';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useIsSuperUser } from './useIsSuperUser';
import { NameEditorDialog } from './NameEditorDialog';
import { VersionTable } from './VersionTable';
import { namesTexts } from './texts';

const t = namesTexts.list;

export function NameListView() {
  const isSuper = useIsSuperUser();
  const [showRetired, setShowRetired] = useState(true);
  const [editing, setEditing] = useState<ActivityName | 'new' | null>(null);
  const [history, setHistory] = useState<ActivityName | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useApiQuery('activityNames.list', { includeRetired: showRetired });
  const setActive = useApiMutation('activityNames.setActive');
  const toggle = async (n: ActivityName) => {
    setProblem(null);
    try {
      await setActive.mutateAsync({ id: n.id, active: !n.active });
      setMessage(n.active ? t.retiredDone(n.name) : t.reactivated(n.name));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {isSuper ? (
          <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setEditing('new')}>
            {t.add}
          </Button>
        ) : (
          <Typography color="text.secondary">{t.onlySuper}</Typography>
        )}
        <FormControlLabel control={<Switch checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />} label={t.showRetired} />
      </Stack>
      {problem && <Alert severity="error" sx={{ mb: 2 }}>{problem}</Alert>}
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.data &&
        phases.map((phase) => {
          const rows = list.data.rows.filter((n) => n.phase === phase);
          if (rows.length === 0) return null;
          return (
            <Box key={phase} component="section" sx={{ mb: 3 }}>
              <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
                {phaseLabels[phase]}
              </Typography>
              <Paper variant="outlined">
                <TableContainer>
                  <Table size="small" aria-label={t.tableLabel(phaseLabels[phase])}>
                    <TableHead>
                      <TableRow>
                        <TableCell sx={{ width: 240 }}>{t.name}</TableCell>
                        <TableCell sx={{ width: 130 }}>{t.area}</TableCell>
                        <TableCell>{t.content}</TableCell>
                        <TableCell sx={{ width: 260 }}>{t.actions}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {rows.map((n) => (
                        <TableRow key={n.id} sx={{ verticalAlign: 'top' }}>
                          <TableCell>
                            <Typography component="span" sx={{ fontWeight: 600, color: n.active ? undefined : 'text.secondary' }}>
                              {n.name}
                            </Typography>
                            {!n.active && <Chip size="small" label={t.retired} sx={{ ml: 1 }} />}
                            {n.isOther && <Chip size="small" variant="outlined" label={t.other} sx={{ ml: 1 }} />}
                            {n.synonyms.length > 0 && (
                              <Typography variant="body2" color="text.secondary">
                                {t.synonyms}: {n.synonyms.join(', ')}
                              </Typography>
                            )}
                          </TableCell>
                          <TableCell>{nameAreaLabels[n.area]}</TableCell>
                          <TableCell>{n.content}</TableCell>
                          <TableCell>
                            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                              <Button size="small" aria-label={t.historyLabel(n.name)} onClick={() => setHistory(n)}>
                                {t.history}
                              </Button>
                              {isSuper && (
                                <>
                                  <Button size="small" aria-label={t.editLabel(n.name)} onClick={() => setEditing(n)}>
                                    {t.edit}
                                  </Button>
                                  <Button size="small" aria-label={n.active ? t.retireLabel(n.name) : t.reactivateLabel(n.name)} onClick={() => toggle(n)} disabled={setActive.isPending}>
                                    {n.active ? t.retire : t.reactivate}
                                  </Button>
                                </>
                              )}
                            </Stack>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              </Paper>
            </Box>
          );
        })}
      <NameEditorDialog
        entry={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          setMessage(t.saved);
        }}
      />
      <Dialog open={history !== null} onClose={() => setHistory(null)} fullWidth maxWidth="md" aria-labelledby="name-history-title">
        <DialogTitle id="name-history-title">{history ? namesTexts.versions.title(history.name) : ''}</DialogTitle>
        <DialogContent>{history && <VersionTable activityNameId={history.id} />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setHistory(null)}>{namesTexts.versions.close}</Button>
        </DialogActions>
      </Dialog>
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}
