/**
 * The team leader's start page: who in the team is away. The register knows an absence
 * from the unplanned shift the leader made for it: a caseworker whose cases are under
 * temporary cover that has not yet ended is away until the last cover date. One line
 * per caseworker, with the shift it came from; and the way to start one.
 */
import { Box, Paper, Stack, Typography } from '@mui/material';
import { useQueries } from '@tanstack/react-query';
import { formatDate } from '../../../../shared/domain/dates';
import type { ShiftDetail } from '../../../../shared/features/handover';
import { call } from '../../api/client';
import { queryKey, useApiQuery } from '../../api/hooks';
import { QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { todayIso } from '../../components/today';
import { teamTexts } from './texts';

const t = teamTexts.absence;
/** Unplanned shifts looked at: the newest ones (a cover rarely runs for months, and a team has few shifts). */
const RECENT_SHIFTS = 10;

export interface Absence {
  userId: number;
  name: string;
  until: string;
  coveredCases: number;
  reason: string;
  shiftId: number;
}

/** The caseworkers away today: from each unplanned shift, the cases whose cover runs to today or later. */
export function absencesOf(shifts: ShiftDetail[], today: string): Absence[] {
  const byUser = new Map<number, Absence>();
  for (const s of shifts) {
    const covered = s.cases.filter((c) => c.coverUntil !== null && c.coverUntil >= today);
    if (!covered.length) continue;
    const until = covered.reduce((max, c) => (c.coverUntil! > max ? c.coverUntil! : max), covered[0].coverUntil!);
    const known = byUser.get(s.fromUserId);
    if (!known) {
      byUser.set(s.fromUserId, { userId: s.fromUserId, name: s.fromName, until, coveredCases: covered.length, reason: s.reason, shiftId: s.id });
    } else {
      known.coveredCases += covered.length;
      if (until > known.until) known.until = until;
    }
  }
  return [...byUser.values()].sort((a, b) => a.until.localeCompare(b.until) || a.name.localeCompare(b.name, 'da'));
}

export function AbsencePanel({ enabled }: { enabled: boolean }) {
  const shifts = useApiQuery('handover.shifts', {}, { enabled });
  const unplanned = (shifts.data?.rows ?? []).filter((s) => s.kind === 'uplanlagt').slice(0, RECENT_SHIFTS);
  const details = useQueries({
    queries: unplanned.map((s) => ({
      queryKey: queryKey('handover.shift', { id: s.id }),
      queryFn: () => call('handover.shift', { id: s.id }),
    })),
  });
  const loading = !shifts.data || details.some((d) => d.isPending);
  const failed = shifts.error ?? details.find((d) => d.error)?.error;
  const absences = loading ? [] : absencesOf(details.map((d) => d.data!).filter(Boolean), todayIso());
  return (
    <Paper component="section" variant="outlined" aria-labelledby="absence-title" sx={{ px: 2, py: 1, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography id="absence-title" variant="h2" component="h2">
          {t.title}
        </Typography>
        <Box sx={{ flex: 1, minWidth: 240 }}>
          {failed ? (
            <QueryError error={failed} />
          ) : loading ? (
            <Typography color="text.secondary">{t.loading}</Typography>
          ) : absences.length === 0 ? (
            <Typography>
              {t.none} <RouterLink to="/overlevering">{t.startShift}</RouterLink>
            </Typography>
          ) : (
            <Box component="ul" aria-label={t.listLabel} sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {absences.map((a) => (
                <Box component="li" key={a.userId}>
                  <RouterLink to={`/overlevering/skift/${a.shiftId}`} aria-label={t.openShift(a.name)}>
                    {a.name}
                  </RouterLink>
                  {': '}
                  {t.line(formatDate(a.until), a.coveredCases, a.reason)}
                </Box>
              ))}
            </Box>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
