/** The change history of one section: who changed which field when, from what to what. Paged on the server. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { formatDateTime } from '../../../../shared/domain/dates';
import type { SectionKey } from '../../../../shared/features/stamkort';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { commonTexts } from '../../components/texts';
import { formatValue, historyField } from '../../../../shared/print/stamkort/fields';
import { stamkortTexts as t } from '../../../../shared/print/stamkort/texts';

const PAGE = 25;

export function HistoryDialog({ caseId, section, title, onClose }: { caseId: number; section: SectionKey | null; title: string; onClose: () => void }) {
  const [page, setPage] = useState(0);
  const query = useApiQuery('stamkort.history', { caseId, section: section ?? 'parents', offset: page * PAGE, limit: PAGE }, { enabled: section !== null });
  const h = t.historyTable;
  return (
    <Dialog open={section !== null} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="stamkort-history-title">
      <DialogTitle id="stamkort-history-title">{t.history(title)}</DialogTitle>
      <DialogContent>
        {query.isPending && <Loading />}
        {query.isError && <QueryError error={query.error} />}
        {query.data && query.data.total === 0 && <Typography>{h.empty}</Typography>}
        {query.data && query.data.total > 0 && section && (
          <>
            <Table size="small" aria-label={h.label}>
              <TableHead>
                <TableRow>
                  <TableCell>{h.when}</TableCell>
                  <TableCell>{h.who}</TableCell>
                  <TableCell>{h.field}</TableCell>
                  <TableCell>{h.old}</TableCell>
                  <TableCell>{h.new}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {query.data.rows.map((r) => {
                  const f = historyField(section, r.field);
                  return (
                    <TableRow key={r.id}>
                      <TableCell>{formatDateTime(r.changedAt)}</TableCell>
                      <TableCell>{r.changedBy}</TableCell>
                      <TableCell>{f.label}</TableCell>
                      <TableCell>{formatValue(f.kind, r.oldValue) || commonTexts.notSet}</TableCell>
                      <TableCell>{formatValue(f.kind, r.newValue) || commonTexts.notSet}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            {query.data.total > PAGE && (
              <TablePagination component="div" count={query.data.total} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_e, p) => setPage(p)} />
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{commonTexts.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
