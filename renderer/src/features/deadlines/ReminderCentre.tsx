/**
 * Start page: everything due for the signed-in caseworker (or, for team leaders, the
 * team). Compact by default: one line of counts, each a link to its full list (for the
 * same people: `vis=mine|team`), so the case list stays in view; "Vis påmindelser"
 * opens the first cases of every group, each group ending with its list.
 */
import { useState, type ReactNode } from 'react';
import { Box, Button, Collapse, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useApiQuery, useStatus } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { RouterLink } from '../../components/RouterLink';
import { ReminderGroups } from './ReminderGroups';
import { reminderList } from './reminderTargets';
import { deadlinesTexts } from './texts';

const t = deadlinesTexts.reminders;
const OPEN_KEY = 'sagsoverblik.reminders.open';

/** One count on the summary line, a link to its full list (`to`): every count leads to the cases it counts. */
export interface ReminderCount {
  key: string;
  label: string;
  count: number;
  to: string;
  urgent?: boolean;
}

interface Props {
  /** Whether to fetch yet: the start page lets its case list go first. */
  enabled: boolean;
  /** Whose reminders show first: a team leader's start page shows the team's. */
  defaultScope?: 'mine' | 'team';
  /**
   * Counts of other features that are the user's own (e.g. stamkort due for review), after
   * the deadline groups; each needs `to`, its list. Shown for "Mine" only.
   */
  extraCounts?: ReminderCount[];
  /** Detail sections of other features (the user's own), shown below the groups when open and on "Mine". */
  children?: ReactNode;
}

// The caseworker's choice survives a restart; storage may be unavailable (then: closed).
function storedOpen(): boolean {
  try {
    return window.localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

function storeOpen(open: boolean) {
  try {
    window.localStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    // Not remembered; the panel still opens and closes.
  }
}

export function ReminderCentre({ enabled, defaultScope = 'mine', extraCounts = [], children }: Props) {
  const me = useStatus().data?.currentUser;
  const [scope, setScope] = useState<'mine' | 'team'>(defaultScope);
  const [open, setOpen] = useState(storedOpen);
  const query = useApiQuery('deadlines.reminders', { scope }, { enabled });
  const canSeeTeam = me !== undefined && me !== null && me.role !== 'sagsbehandler';
  const groups = query.data?.groups.filter((g) => g.items.length > 0) ?? [];
  const own = scope === 'mine';
  const counts: ReminderCount[] = [
    ...groups.map((g) => ({ key: g.kind, label: t.short[g.kind], count: g.total, to: reminderList(g.kind, scope), urgent: g.kind === 'overdueWithoutNotice' })),
    ...(own ? extraCounts.filter((c) => c.count > 0) : []),
  ];

  const toggle = () => {
    setOpen(!open);
    storeOpen(!open);
  };

  return (
    <Paper component="section" variant="outlined" aria-labelledby="reminders-title" sx={{ px: 2, py: 1, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id="reminders-title" variant="h2" component="h2">
          {t.title}
        </Typography>
        {canSeeTeam && (
          <ToggleButtonGroup size="small" exclusive value={scope} onChange={(_e, v: 'mine' | 'team' | null) => v && setScope(v)} aria-label={t.toggleLabel}>
            <ToggleButton value="mine">{t.mine}</ToggleButton>
            <ToggleButton value="team">{t.team}</ToggleButton>
          </ToggleButtonGroup>
        )}
        <Box sx={{ flex: 1, minWidth: 240 }}>
          {query.isPending && <Typography color="text.secondary">{t.loading}</Typography>}
          {query.isSuccess && counts.length === 0 && <Typography>{t.nothing}</Typography>}
          {counts.length > 0 && (
            <Box component="ul" aria-label={t.summaryLabel} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }}>
              {counts.map((c) => {
                const text = t.summaryItem(c.label, c.count);
                return (
                  // One count never breaks over two lines.
                  <Box component="li" key={c.key} sx={[{ whiteSpace: 'nowrap' }, c.urgent ? { color: 'error.main', fontWeight: 700 } : {}]}>
                    <RouterLink to={c.to} color="inherit">
                      {text}
                    </RouterLink>
                  </Box>
                );
              })}
            </Box>
          )}
        </Box>
        <Button
          size="small"
          onClick={toggle}
          aria-expanded={open}
          aria-controls={open ? 'reminder-details' : undefined}
          endIcon={<ExpandMoreIcon aria-hidden sx={{ transform: open ? 'rotate(180deg)' : undefined }} />}
        >
          {open ? t.hide : t.show}
        </Button>
      </Stack>
      {query.isError && <QueryError error={query.error} />}
      <Collapse in={open} unmountOnExit>
        <Box id="reminder-details" sx={{ pt: 1, pb: 1 }}>
          {/* The other features' sections mount only now, so their queries too wait for the case list. */}
          {query.isPending ? (
            <Loading />
          ) : (
            <>
              <ReminderGroups groups={groups} scope={scope} />
              {own && children}
            </>
          )}
        </Box>
      </Collapse>
    </Paper>
  );
}
