/** Non-standard names with counts and suggestions; super users rename them onto a standard name and can undo. */
import { useState } from 'react';
import {
  Alert, Box, Button, MenuItem, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, TextField, Typography,
} from '@mui/material';
import { formatDateTime } from '../../../../shared/domain/dates';
import { phaseLabels } from '../../../../shared/domain/enums';
import type { NonStandardName } from '../../../../shared/features/activity-names';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiPagedQuery, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { useIsSuperUser } from './useIsSuperUser';
import { namesTexts } from './texts';

const t = namesTexts.quality;

export function DataQualityView() {
  const isSuper = useIsSuperUser();
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [mapping, setMapping] = useState<NonStandardName | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = useApiPagedQuery('activityNames.nonStandard', { offset: page * pageSize, limit: pageSize });
  return (
    <Box>
      <Typography sx={{ mb: 2 }}>{t.intro}</Typography>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && list.data.total === 0 && <Alert severity="success">{t.empty}</Alert>}
      {list.data && list.data.total > 0 && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t.tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.name}</TableCell>
                  <TableCell align="right" sx={{ width: 110 }}>{t.count}</TableCell>
                  <TableCell align="right" sx={{ width: 130 }}>{t.viaOther}</TableCell>
                  <TableCell sx={{ width: 260 }}>{t.suggestion}</TableCell>
                  {isSuper && <TableCell sx={{ width: 110 }} />}
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.rows.map((r) => (
                  <TableRow key={r.name}>
                    <TableCell sx={{ wordBreak: 'break-word' }}>{r.name}</TableCell>
                    <TableCell align="right">{r.count.toLocaleString('da-DK')}</TableCell>
                    <TableCell align="right">{r.viaOther.toLocaleString('da-DK')}</TableCell>
                    <TableCell>{r.suggestion?.name ?? <Typography component="span" color="text.secondary">{t.none}</Typography>}</TableCell>
                    {isSuper && (
                      <TableCell>
                        <Button size="small" aria-label={t.mapLabel(r.name)} onClick={() => setMapping(r)}>
                          {t.map}
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={list.data.total}
            page={page}
            onPageChange={(_e, p) => setPage(p)}
            rowsPerPage={pageSize}
            rowsPerPageOptions={[25, 50, 100]}
            onRowsPerPageChange={(e) => {
              setPageSize(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={t.perPage}
          />
        </Paper>
      )}
      <MapDialog row={mapping} onClose={() => setMapping(null)} onDone={(text) => { setMapping(null); setMessage(text); }} />
      <MappingHistory isSuper={isSuper} onMessage={setMessage} />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}

function MapDialog({ row, onClose, onDone }: { row: NonStandardName | null; onClose: () => void; onDone: (message: string) => void }) {
  const names = useApiQuery('activityNames.list', { includeRetired: false });
  const map = useApiMutation('activityNames.map');
  const [target, setTarget] = useState<number | ''>('');
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new row starts from its suggestion.
  if (row && row.name !== shownFor) {
    setShownFor(row.name);
    setTarget(row.suggestion?.id ?? '');
    setError(null);
  }
  const options = (names.data?.rows ?? []).filter((n) => !n.isOther);
  return (
    <FormDialog
      open={row !== null}
      title={t.dialogTitle}
      submitLabel={t.submit}
      busy={map.isPending}
      error={error}
      onClose={() => { setShownFor(null); onClose(); }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!row) return;
        if (target === '') return setError(t.chooseTarget);
        try {
          const m = await map.mutateAsync({ fromName: row.name, toId: target });
          setShownFor(null);
          onDone(t.mapped(m.count, m.toName));
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      {row && <Typography>{t.dialogText(row.name, row.count)}</Typography>}
      <TextField select label={t.target} required value={target} onChange={(e) => setTarget(Number(e.target.value))}>
        {options.map((n) => (
          <MenuItem key={n.id} value={n.id}>
            {n.name} ({phaseLabels[n.phase]})
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

function MappingHistory({ isSuper, onMessage }: { isSuper: boolean; onMessage: (m: string) => void }) {
  const [page, setPage] = useState(0);
  const list = useApiPagedQuery('activityNames.mappings', { offset: page * 25, limit: 25 });
  const undo = useApiMutation('activityNames.undoMapping');
  const [error, setError] = useState<string | null>(null);
  return (
    <Box component="section" sx={{ mt: 4 }}>
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t.mappingsTitle}
      </Typography>
      {error && <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert>}
      {list.isError && <QueryError error={list.error} />}
      {list.data && list.data.total === 0 && <Typography color="text.secondary">{t.noMappings}</Typography>}
      {list.data && list.data.total > 0 && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t.mappingsLabel}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.from}</TableCell>
                  <TableCell>{t.to}</TableCell>
                  <TableCell align="right">{t.count}</TableCell>
                  <TableCell>{t.by}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.rows.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>{m.fromName}</TableCell>
                    <TableCell>{m.toName}</TableCell>
                    <TableCell align="right">{m.count.toLocaleString('da-DK')}</TableCell>
                    <TableCell>
                      {formatDateTime(m.mappedAt)}, {m.mappedBy}
                    </TableCell>
                    <TableCell>
                      {m.undoneAt ? (
                        t.undone(formatDateTime(m.undoneAt), m.undoneBy ?? '')
                      ) : isSuper ? (
                        <Button
                          size="small"
                          aria-label={t.undoLabel(m.fromName)}
                          disabled={undo.isPending}
                          onClick={async () => {
                            setError(null);
                            try {
                              await undo.mutateAsync({ id: m.id });
                              onMessage(t.undoneDone);
                            } catch (err) {
                              setError(errorMessage(err));
                            }
                          }}
                        >
                          {t.undo}
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {list.data.total > 25 && (
            <TablePagination component="div" count={list.data.total} page={page} onPageChange={(_e, p) => setPage(p)} rowsPerPage={25} rowsPerPageOptions={[25]} />
          )}
        </Paper>
      )}
    </Box>
  );
}
