/** App bar (name, navigation, demo marking, current user) around every page. */
import { Suspense } from 'react';
import { AppBar, Box, Button, Chip, Toolbar, Typography } from '@mui/material';
import { NavLink, Outlet } from 'react-router-dom';
import type { AppStatus } from '../../../../shared/features/app';
import type { User } from '../../../../shared/features/users';
import { Loading } from '../../components/QueryState';
import { UserMenu } from '../session/UserMenu';
import { leadsTeam, myCasesPath } from './startPage';
import { shellTexts as t } from './texts';

// After the case lists: the same for everyone.
const otherLinks = [
  { to: '/overlevering', label: t.nav.handover, end: false },
  { to: '/borgere', label: t.nav.citizens, end: false },
  { to: '/frister', label: t.nav.deadlines, end: false },
  { to: '/arbejdsgange', label: t.nav.procedures, end: false },
  { to: '/aktivitetsnavne', label: t.nav.activityNames, end: false },
  { to: '/medarbejdere', label: t.nav.users, end: false },
  { to: '/sikkerhedskopier', label: t.nav.backups, end: false },
];

/** The case lists first, the start page first of them: a team leader's is the team's (startPage.ts). */
function linksFor(user: User) {
  const mine = { to: myCasesPath(user), label: t.nav.myCases, end: true };
  const team = { to: '/team', label: t.nav.teamCases, end: false };
  return [...(leadsTeam(user) ? [team, mine] : [mine, team]), ...otherLinks];
}

export function AppShell({ status, user }: { status: AppStatus; user: User }) {
  const links = linksFor(user);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
        sx={{
          position: 'absolute',
          left: -10000,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {t.skipToContent}
      </Box>
      <AppBar position="sticky" elevation={1} component="header">
        {/*
          Two rows: the name and who is signed in, then the navigation. The nine links do
          not fit beside the name at 1440 px, and wrapping freely made three rows, each
          pushing the case list down. The user menu comes before the navigation in the page
          too, so the focus order follows what is seen.
        */}
        <Toolbar sx={{ columnGap: 2, flexWrap: 'wrap' }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
            {t.appName}
          </Typography>
          {status.demo && (
            <Chip
              label={t.demoChip}
              title={t.demoChipLabel}
              sx={{ bgcolor: '#fff3c4', color: '#4a3300', fontWeight: 700 }}
              size="small"
            />
          )}
          <Box sx={{ ml: 'auto' }}>
            <UserMenu user={user} />
          </Box>
          <Box
            component="nav"
            aria-label={t.mainNav}
            sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', flexBasis: '100%', pb: 0.5 }}
          >
            {links.map((l) => (
              <Button
                key={l.to}
                component={NavLink}
                to={l.to}
                end={l.end}
                color="inherit"
                sx={{
                  textTransform: 'none',
                  fontSize: '1rem',
                  '&.active': { textDecoration: 'underline', textUnderlineOffset: '6px', fontWeight: 700 },
                  '&:focus-visible': { outline: '3px solid #f0a30a' },
                }}
              >
                {l.label}
              </Button>
            ))}
          </Box>
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: { xs: 2, md: 3 }, outline: 'none' }}>
        {/* Screens load on first visit; the app bar stays while one does. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
