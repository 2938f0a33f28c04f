/** One version of a procedure, as a caseworker reads it in the app. */
import { Box, Chip, Link, List, ListItem, ListItemText, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { phaseLabels } from '../../../../shared/domain/enums';
import { procedureStatusLabels, type ProcedureDetail } from '../../../../shared/features/procedures';
import { FactList } from '../../components/FactList';
import { proceduresTexts } from './texts';

const t = proceduresTexts.detail;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ mt: 3 }}>
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function ProcedureView({ p }: { p: ProcedureDetail }) {
  return (
    <>
      <FactList
        columns={3}
        items={[
          { label: t.status, value: procedureStatusLabels[p.status] },
          { label: t.area, value: proceduresTexts.areaLabels[p.area] },
          { label: t.phases, value: p.phases.map((ph) => phaseLabels[ph]).join(', ') || t.none },
          { label: t.paragraphs, value: p.paragraphLabels.join(', ') || t.none },
          { label: proceduresTexts.summary.owner, value: p.ownerName ?? proceduresTexts.summary.noOwner },
          { label: t.lastReviewed, value: p.lastReviewed ? formatDate(p.lastReviewed) : t.none },
          { label: proceduresTexts.summary.reviewDue, value: formatDate(p.reviewDue) },
          { label: t.interval, value: t.months(p.reviewIntervalMonths) },
          { label: t.tags, value: p.tags.length ? <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>{p.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}</Stack> : t.none },
        ]}
      />
      {p.purpose && (
        <Section title={t.purpose}>
          {p.purpose.split(/\n{2,}/).map((para, i) => (
            <Typography key={i} sx={{ mb: 1, whiteSpace: 'pre-line' }}>
              {para}
            </Typography>
          ))}
        </Section>
      )}
      {p.steps.length > 0 && (
        <Section title={t.steps}>
          <Table size="small" aria-label={t.steps}>
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                <TableCell>{t.what}</TableCell>
                <TableCell>{t.who}</TableCell>
                <TableCell>{t.when}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {p.steps.map((s, i) => (
                <TableRow key={i}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{s.what}</TableCell>
                  <TableCell>{s.who}</TableCell>
                  <TableCell>{s.when}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
      {p.involvement.length > 0 && (
        <Section title={t.involvement}>
          <Table size="small" aria-label={t.involvement}>
            <TableHead>
              <TableRow>
                <TableCell>{t.who}</TableCell>
                <TableCell>{t.why}</TableCell>
                <TableCell>{t.when}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {p.involvement.map((s, i) => (
                <TableRow key={i}>
                  <TableCell>{s.who}</TableCell>
                  <TableCell>{s.why}</TableCell>
                  <TableCell>{s.when}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
      {p.time && (
        <Section title={t.time}>
          <Typography>{p.time}</Typography>
        </Section>
      )}
      {p.legalLinks.length > 0 && (
        <Section title={t.legal}>
          <Typography variant="body2" color="text.secondary">
            {t.legalHelp}
          </Typography>
          <List dense>
            {p.legalLinks.map((l) => (
              <ListItem key={l.url + l.label} disableGutters>
                <Link href={l.url} target="_blank" rel="noreferrer">
                  {l.label}
                </Link>
              </ListItem>
            ))}
          </List>
        </Section>
      )}
      {p.checklist.length > 0 && (
        <Section title={t.checklist}>
          <List dense sx={{ listStyle: 'disc', pl: 3 }}>
            {p.checklist.map((item, i) => (
              <ListItem key={i} sx={{ display: 'list-item' }} disableGutters>
                <ListItemText primary={item} />
              </ListItem>
            ))}
          </List>
        </Section>
      )}
    </>
  );
}
