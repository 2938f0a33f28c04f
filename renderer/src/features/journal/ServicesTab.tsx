/** Services of a case (and the citizen's unlinked ones), or on the citizen page only those without a case. */
import { useState } from 'react';
import { Alert, Box, Button, IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import type { Service } from '../../../../shared/features/journal';
import type { Area } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { ServiceDialog } from './ServiceDialog';
import { journalTexts } from './texts';

const t = journalTexts.services;

interface Props {
  citizenId: number;
  caseId?: number;
  area?: Area;
}

export function ServicesTab({ citizenId, caseId, area }: Props) {
  const list = useApiQuery('services.list', caseId !== undefined ? { caseId } : { citizenId });
  const [dialog, setDialog] = useState<{ editing: Service | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const all = list.data?.rows ?? [];
  const rows = caseId !== undefined ? all : all.filter((s) => s.caseId === null);
  return (
    <Box>
      <Box sx={{ mb: 2 }}>
        <Button variant={caseId !== undefined ? 'contained' : 'outlined'} startIcon={<AddIcon aria-hidden />} onClick={() => setDialog({ editing: null })}>
          {t.add}
        </Button>
      </Box>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.isSuccess && rows.length === 0 && <Alert severity="info">{caseId !== undefined ? t.empty : t.emptyCitizen}</Alert>}
      {rows.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={caseId !== undefined ? t.tableLabel : t.citizenTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{t.type}</TableCell>
                <TableCell>{t.paragraph}</TableCell>
                <TableCell>{t.provider}</TableCell>
                <TableCell>{t.start}</TableCell>
                <TableCell>{t.end}</TableCell>
                <TableCell>{t.scope}</TableCell>
                <TableCell>{t.followUp}</TableCell>
                {caseId !== undefined && <TableCell>{t.case}</TableCell>}
                <TableCell align="right">{t.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{s.serviceType}</TableCell>
                  <TableCell>{s.paragraphShort}</TableCell>
                  <TableCell>{s.provider}</TableCell>
                  <TableCell>{formatDate(s.startDate)}</TableCell>
                  <TableCell>{s.endDate ? formatDate(s.endDate) : t.ongoing}</TableCell>
                  <TableCell>{s.scope}</TableCell>
                  <TableCell>{formatDate(s.followUpDate)}</TableCell>
                  {caseId !== undefined && <TableCell>{s.caseNumber ?? t.noCase}</TableCell>}
                  <TableCell align="right">
                    <IconButton aria-label={t.editLabel(s.serviceType)} onClick={() => setDialog({ editing: s })} size="small">
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ServiceDialog
        open={dialog !== null}
        citizenId={citizenId}
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
