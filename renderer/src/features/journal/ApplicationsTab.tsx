/** The case's applications, with add and edit (status, decision). */
import { useState } from 'react';
import { Alert, Box, Button, IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import type { Application } from '../../../../shared/features/journal';
import { applicationStatusLabels, type Area } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { ApplicationDialog } from './ApplicationDialog';
import { journalTexts } from './texts';

const t = journalTexts.applications;

export function ApplicationsTab({ caseId, area }: { caseId: number; area: Area }) {
  const list = useApiQuery('applications.list', { caseId });
  const [dialog, setDialog] = useState<{ editing: Application | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const rows = list.data?.rows ?? [];
  return (
    <Box>
      <Box sx={{ mb: 2 }}>
        <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setDialog({ editing: null })}>
          {t.add}
        </Button>
      </Box>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.isSuccess && rows.length === 0 && <Alert severity="info">{t.empty}</Alert>}
      {rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.tableLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.paragraph}</TableCell>
                <TableCell>{t.received}</TableCell>
                <TableCell>{t.status}</TableCell>
                <TableCell>{t.decisionDate}</TableCell>
                <TableCell>{t.note}</TableCell>
                <TableCell align="right">{t.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.paragraphShort}</TableCell>
                  <TableCell>{formatDate(a.receivedDate)}</TableCell>
                  <TableCell>{applicationStatusLabels[a.status]}</TableCell>
                  <TableCell>{formatDate(a.decisionDate)}</TableCell>
                  <TableCell>{a.note}</TableCell>
                  <TableCell align="right">
                    <IconButton
                      aria-label={t.editLabel(a.paragraphShort, formatDate(a.receivedDate))}
                      onClick={() => setDialog({ editing: a })}
                      size="small"
                    >
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ApplicationDialog
        open={dialog !== null}
        caseId={caseId}
        area={area}
        editing={dialog?.editing ?? null}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          setMessage(t.saved);
        }}
      />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Box>
  );
}
