/** Deadline, notices, receipt and the case's timeline with idle stretches marked (issue 7). */
import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { CaseDeadlines, DeadlineStatus } from '../../../../shared/features/deadlines';
import { formatDate, formatDateTime } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { FactList } from '../../components/FactList';
import { Loading, QueryError } from '../../components/QueryState';
import { SuccessSnackbar } from '../../components/SuccessSnackbar';
import { NoticeDialog, ReceiptDialog } from './NoticeDialogs';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.caseTab;
const severity: Record<DeadlineStatus, 'error' | 'warning' | 'info' | 'success'> = {
  none: 'info',
  ok: 'success',
  coming: 'warning',
  overdueWithNotice: 'info',
  overdueWithoutNotice: 'error',
  decided: 'success',
  closed: 'info',
};

export function CaseDeadlinesTab({ caseId }: { caseId: number }) {
  const query = useApiQuery('deadlines.forCase', { caseId });
  const [dialog, setDialog] = useState<'notice' | 'receipt' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const d = query.data;
  const open = d.state === 'åben';
  const onDone = (text: string) => {
    setDialog(null);
    setMessage(text);
  };
  return (
    <Stack spacing={3}>
      <Box component="section" aria-labelledby="deadline-title">
        <Typography id="deadline-title" variant="h3" component="h3" sx={{ mb: 1 }}>
          {t.deadlineTitle}
        </Typography>
        <FactList
          items={[
            { label: t.received, value: formatDate(d.receivedDate) },
            { label: t.deadline, value: d.deadline ? formatDate(d.deadline) : t.noDeadline },
            ...(d.pendingDeadline && d.pendingDeadline !== d.deadline ? [{ label: t.runningDeadline, value: formatDate(d.pendingDeadline) }] : []),
            ...(d.expectedDecisionDate ? [{ label: t.expected, value: formatDate(d.expectedDecisionDate) }] : []),
          ]}
        />
        <Alert severity={severity[d.status]} sx={{ mt: 1 }} data-testid="deadline-status">
          {t.statuses[d.status]}
        </Alert>
        {open && d.pendingDeadline && (
          <Button variant={d.status === 'overdueWithoutNotice' ? 'contained' : 'outlined'} sx={{ mt: 1 }} onClick={() => setDialog('notice')}>
            {t.registerNotice}
          </Button>
        )}
      </Box>
      <Box component="section" aria-labelledby="receipt-title">
        <Typography id="receipt-title" variant="h3" component="h3" sx={{ mb: 1 }}>
          {t.receiptTitle}
        </Typography>
        {d.receiptDue === null ? (
          <Typography>{t.receiptNotNeeded}</Typography>
        ) : (
          <FactList
            items={[
              { label: t.receiptDue, value: formatDate(d.receiptDue) },
              { label: t.receiptSent, value: d.receiptDate ? formatDate(d.receiptDate) : t.receiptMissing },
            ]}
          />
        )}
        {open && d.receiptDue !== null && d.receiptDate === null && (
          <Button variant="outlined" sx={{ mt: 1 }} onClick={() => setDialog('receipt')}>
            {t.registerReceipt}
          </Button>
        )}
      </Box>
      {d.applications.length > 0 && <ApplicationDeadlines d={d} />}
      <History events={d.events} />
      <Timeline d={d} />
      <NoticeDialog open={dialog === 'notice'} caseId={caseId} onClose={() => setDialog(null)} onDone={onDone} />
      <ReceiptDialog open={dialog === 'receipt'} caseId={caseId} onClose={() => setDialog(null)} onDone={onDone} />
      <SuccessSnackbar message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}

function History({ events }: { events: CaseDeadlines['events'] }) {
  return (
    <Box component="section" aria-labelledby="deadline-history-title">
      <Typography id="deadline-history-title" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.historyTitle}
      </Typography>
      {events.length === 0 ? (
        <Typography>{t.noHistory}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.historyLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.kind}</TableCell>
                <TableCell>{t.date}</TableCell>
                <TableCell>{t.expected}</TableCell>
                <TableCell>{t.note}</TableCell>
                <TableCell>{t.by}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {events.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{t.kinds[e.kind]}</TableCell>
                  <TableCell>{formatDate(e.date)}</TableCell>
                  <TableCell>{formatDate(e.expectedDate)}</TableCell>
                  <TableCell>{e.note}</TableCell>
                  <TableCell>
                    {e.byName}, {formatDateTime(e.at)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}

/** Activities in date order, with a marked row wherever the case lay untouched too long. */
function Timeline({ d }: { d: CaseDeadlines }) {
  const items: { key: string; date: string; text: string; idle: boolean }[] = [{ key: 'received', date: d.receivedDate, text: t.receivedEntry, idle: false }];
  d.timeline.forEach((a, i) => items.push({ key: `a${i}`, date: a.date, text: a.name, idle: false }));
  d.idleStretches.forEach((s, i) =>
    items.push({ key: `idle${i}`, date: s.from, text: t.idleStretch(formatDate(s.from), formatDate(s.to), s.days, s.ongoing), idle: true }),
  );
  // An idle stretch sits right after the activity it starts from.
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.idle) - Number(b.idle)));
  return (
    <Box component="section" aria-labelledby="timeline-title">
      <Typography id="timeline-title" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.timelineTitle}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t.timelineIntro(d.idleLimit)}</Typography>
      {d.state === 'åben' && d.idleDays > d.idleLimit && <Alert severity="warning" sx={{ mb: 1 }}>{t.idleNow(d.idleDays)}</Alert>}
      <List dense disablePadding aria-label={t.timelineTitle}>
        {items.map((item) => (
          <ListItem
            key={item.key}
            data-idle={item.idle || undefined}
            sx={item.idle ? { bgcolor: 'warning.light', borderLeft: 4, borderColor: 'warning.dark', my: 0.5, color: 'common.black' } : undefined}
          >
            <Box sx={{ minWidth: 96 }}>{item.idle ? '' : formatDate(item.date)}</Box>
            <Box sx={{ fontWeight: item.idle ? 700 : 400 }}>{item.text}</Box>
          </ListItem>
        ))}
      </List>
      {d.timeline.length === 0 && <Typography sx={{ mt: 1 }}>{t.noActivities}</Typography>}
    </Box>
  );
}

/** Each application against its own deadline: met when decided by it, overdue only while undecided. */
function ApplicationDeadlines({ d }: { d: CaseDeadlines }) {
  const c = t.applicationColumns;
  return (
    <Box component="section" aria-labelledby="application-deadlines-title">
      <Typography id="application-deadlines-title" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t.applicationsTitle}
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t.applicationsCaption}>
          <TableHead>
            <TableRow>
              <TableCell>{c.paragraph}</TableCell>
              <TableCell>{c.received}</TableCell>
              <TableCell>{c.deadline}</TableCell>
              <TableCell>{c.decision}</TableCell>
              <TableCell>{c.outcome}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.applications.map((a, i) => (
              <TableRow key={i}>
                <TableCell>{a.paragraph}</TableCell>
                <TableCell>{formatDate(a.receivedDate)}</TableCell>
                <TableCell>{a.deadline ? formatDate(a.deadline) : t.noDeadline}</TableCell>
                <TableCell>{formatDate(a.decisionDate)}</TableCell>
                <TableCell>{t.outcomes[a.outcome]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
