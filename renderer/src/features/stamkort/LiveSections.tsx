/** Sections 7 and 8: the citizen's pending applications and current services, read live from the register. */
import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { applicationStatusLabels } from '../../../../shared/domain/enums';
import type { Stamkort } from '../../../../shared/features/stamkort';
import { liveTitles, stamkortTexts } from '../../../../shared/print/stamkort/texts';

const t = stamkortTexts.live;

export function LiveSections({ card }: { card: Stamkort }) {
  return (
    <>
      <Paper component="section" variant="outlined" aria-labelledby="stamkort-applications" sx={{ p: 2 }}>
        <Typography variant="h3" id="stamkort-applications" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {liveTitles.applications}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t.fromRegister}
        </Typography>
        {card.applications.length === 0 ? (
          <Typography>{t.noApplications}</Typography>
        ) : (
          <Table size="small" aria-labelledby="stamkort-applications">
            <TableHead>
              <TableRow>
                <TableCell>{t.paragraph}</TableCell>
                <TableCell>{t.received}</TableCell>
                <TableCell>{t.status}</TableCell>
                <TableCell>{t.case}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {card.applications.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.paragraphShort}</TableCell>
                  <TableCell>{formatDate(a.receivedDate)}</TableCell>
                  <TableCell>{applicationStatusLabels[a.status]}</TableCell>
                  <TableCell>{a.caseNumber}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <Paper component="section" variant="outlined" aria-labelledby="stamkort-services" sx={{ p: 2 }}>
        <Typography variant="h3" id="stamkort-services" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {liveTitles.services}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t.fromRegister}
        </Typography>
        {card.services.length === 0 ? (
          <Typography>{t.noServices}</Typography>
        ) : (
          <Table size="small" aria-labelledby="stamkort-services">
            <TableHead>
              <TableRow>
                <TableCell>{t.service}</TableCell>
                <TableCell>{t.paragraph}</TableCell>
                <TableCell>{t.provider}</TableCell>
                <TableCell>{t.start}</TableCell>
                <TableCell>{t.end}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {card.services.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{s.serviceType}</TableCell>
                  <TableCell>{s.paragraphShort}</TableCell>
                  <TableCell>{s.provider}</TableCell>
                  <TableCell>{formatDate(s.startDate)}</TableCell>
                  <TableCell>{formatDate(s.endDate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
    </>
  );
}
