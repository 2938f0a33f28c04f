/** "Adgangslog" on the citizen page: who read or changed this citizen's data. Team leaders only (the backend checks again). */
import { useState } from 'react';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { formatDateTime } from '../../../../shared/domain/dates';
import { auditActionLabels, auditContract, auditMethodLabel } from '../../../../shared/features/audit';
import { call, errorMessage } from '../../api/client';
import { useApiPagedQuery } from '../../api/hooks';
import { useMayCall } from '../../api/useMayCall';
import { Loading, QueryError } from '../../components/QueryState';
import { commonTexts } from '../../components/texts';
import { auditTexts as t } from './texts';

export function CitizenAuditSection({ citizenId }: { citizenId: number }) {
  const mayRead = useMayCall(auditContract['audit.citizen']);
  return mayRead ? <AuditLog citizenId={citizenId} /> : null;
}

/** Hands the CSV to the browser as a download; the file name carries no personal data. */
function download(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function AuditLog({ citizenId }: { citizenId: number }) {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const list = useApiPagedQuery('audit.citizen', { citizenId, offset: page * pageSize, limit: pageSize });
  const rows = list.data?.rows ?? [];
  const c = t.columns;

  const exportCsv = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await call('audit.exportCsv', { citizenId });
      download(`adgangslog-borger-${citizenId}.csv`, result.csv);
      setNotice({ severity: 'success', text: t.exported(result.rows) });
    } catch (err) {
      setNotice({ severity: 'error', text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="citizen-audit">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 3, mb: 1 }}>
        <Typography variant="h2" component="h2" id="citizen-audit">
          {t.title}
        </Typography>
        <Button variant="outlined" startIcon={<DownloadIcon aria-hidden />} onClick={exportCsv} disabled={busy}>
          {busy ? t.exporting : t.export}
        </Button>
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t.intro}
      </Typography>
      {notice && (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ mb: 1 }}>
          {notice.text}
        </Alert>
      )}
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.isSuccess && rows.length === 0 && <Alert severity="info">{t.empty}</Alert>}
      {rows.length > 0 && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t.tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 150 }}>{c.at}</TableCell>
                  <TableCell>{c.who}</TableCell>
                  <TableCell>{c.what}</TableCell>
                  <TableCell>{c.action}</TableCell>
                  <TableCell>{c.caseNumber}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</TableCell>
                    <TableCell>{r.userInitials ? `${r.userInitials} – ${r.userName ?? ''}` : t.unknownUser}</TableCell>
                    <TableCell>{auditMethodLabel(r.method)}</TableCell>
                    <TableCell>{auditActionLabels[r.action]}</TableCell>
                    <TableCell>{r.caseNumber ?? commonTexts.notSet}</TableCell>
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
    </section>
  );
}
