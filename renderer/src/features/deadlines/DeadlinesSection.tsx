/** Everything under /frister/*: the lists, transition steps and meetings, compliance figures, configuration. */
import { Box, Tab, Tabs } from '@mui/material';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { CompliancePage } from './CompliancePage';
import { ConfigPage } from './ConfigPage';
import { DeadlineLists } from './DeadlineLists';
import { TransitionsPage } from './TransitionsPage';
import { deadlinesTexts as t } from './texts';

const pages = [
  { path: '/frister', label: t.nav.lists },
  { path: '/frister/overgang', label: t.nav.transitions },
  { path: '/frister/overholdelse', label: t.nav.compliance },
  { path: '/frister/opsaetning', label: t.nav.config },
];

export function DeadlinesSection() {
  const { pathname } = useLocation();
  const current = pages.find((p) => p.path === pathname)?.path ?? false;
  return (
    <>
      <PageHeader title={t.title} />
      <Box component="nav" aria-label={t.navLabel} sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={current} variant="scrollable" scrollButtons={false} aria-label={t.navLabel}>
          {pages.map((p) => (
            <Tab key={p.path} value={p.path} label={p.label} component={Link} to={p.path} aria-current={current === p.path ? 'page' : undefined} />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<DeadlineLists />} />
        <Route path="overgang" element={<TransitionsPage />} />
        <Route path="overholdelse" element={<CompliancePage />} />
        <Route path="opsaetning" element={<ConfigPage />} />
        <Route path="*" element={<Navigate to="/frister" replace />} />
      </Routes>
    </>
  );
}
