/** The register's facts of a transition summary on screen: services, parents and guardian, diagnoses. */
import { Alert, Box, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { SummaryFacts, SummaryService } from '../../../../shared/features/transition';
import { contact, parentRoles, period } from './format';
import { transitionTexts } from './texts';

const t = transitionTexts.summary;

function Services({ title, rows, id }: { title: string; rows: SummaryService[]; id: string }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 2 }}>
      <Typography id={id} variant="h3" component="h3" sx={{ mb: 1, fontSize: '1.05rem' }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography>{t.noServices}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{t.service}</TableCell>
                <TableCell>{t.paragraph}</TableCell>
                <TableCell>{t.provider}</TableCell>
                <TableCell>{t.period}</TableCell>
                <TableCell>{t.scope}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{s.serviceType}</TableCell>
                  <TableCell>{s.paragraphShort}</TableCell>
                  <TableCell>{s.provider}</TableCell>
                  <TableCell>{period(s)}</TableCell>
                  <TableCell>{s.scope}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}

export function FactsView({ facts }: { facts: SummaryFacts }) {
  return (
    <>
      <Services id="services-ending" title={t.servicesEnding} rows={facts.servicesEnding} />
      <Services id="services-continuing" title={t.servicesContinuing} rows={facts.servicesContinuing} />
      <Box component="section" aria-labelledby="summary-parents" sx={{ mb: 2 }}>
        <Typography id="summary-parents" variant="h3" component="h3" sx={{ mb: 1, fontSize: '1.05rem' }}>
          {t.parents}
        </Typography>
        {!facts.parentsKnown ? (
          <Alert severity="warning">{t.parentsUnknown}</Alert>
        ) : facts.parents.length === 0 ? (
          <Typography>{t.noParents}</Typography>
        ) : (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t.parents}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.name}</TableCell>
                  <TableCell>{t.relation}</TableCell>
                  <TableCell>{t.roles}</TableCell>
                  <TableCell>{t.contact}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {facts.parents.map((p, i) => (
                  <TableRow key={`${p.name}-${i}`}>
                    <TableCell>{p.name}</TableCell>
                    <TableCell>{p.relation}</TableCell>
                    <TableCell>{parentRoles(p)}</TableCell>
                    <TableCell>{contact(p)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Box>
      {facts.diagnoses.length > 0 && (
        <Box component="section" aria-labelledby="summary-diagnoses" sx={{ mb: 2 }}>
          <Typography id="summary-diagnoses" variant="h3" component="h3" sx={{ mb: 1, fontSize: '1.05rem' }}>
            {t.diagnoses}
          </Typography>
          <ul>
            {facts.diagnoses.map((d, i) => (
              <li key={`${d.text}-${i}`}>
                {d.text}
                {d.icd10 && ` (${d.icd10})`}
              </li>
            ))}
          </ul>
        </Box>
      )}
    </>
  );
}
