/** The case's journal, newest first, paged by the API. */
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiPagedQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { namesTexts } from '../activity-names/texts';
import { ActivityDialog } from './ActivityDialog';
import { journalTexts } from './texts';

const t = journalTexts.activities;

export function ActivitiesTab({ caseId }: { caseId: number }) {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const list = useApiPagedQuery('activities.list', { caseId, offset: page * pageSize, limit: pageSize });
  const rows = list.data?.rows ?? [];
  return (
    <Box>
      <Box sx={{ mb: 2 }}>
        <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setOpen(true)}>
          {t.add}
        </Button>
      </Box>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.isSuccess && rows.length === 0 && <Alert severity="info">{t.empty}</Alert>}
      {rows.length > 0 && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t.tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 110 }}>{t.date}</TableCell>
                  <TableCell sx={{ width: 220 }}>{t.activity}</TableCell>
                  <TableCell>{t.note}</TableCell>
                  <TableCell sx={{ width: 180 }}>{t.author}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((a) => (
                  <TableRow key={a.id} sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(a.date)}</TableCell>
                    <TableCell>
                      {a.name}
                      {!a.standard && <Chip size="small" variant="outlined" label={namesTexts.picker.nonStandard} sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{a.note}</TableCell>
                    <TableCell>
                      {a.authorInitials} – {a.authorName}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={list.data?.total ?? 0}
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
      <ActivityDialog
        open={open}
        caseId={caseId}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          setPage(0);
          setMessage(t.added);
        }}
      />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}
