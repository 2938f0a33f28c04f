/** Everything under /aktivitetsnavne/* (issue 4): the list, data quality, share figures, history, import/export. */
import { Box, Button, Stack } from '@mui/material';
import { Route, Routes, useLocation } from 'react-router-dom';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { RouterButton } from '../../components/RouterLink';
import { DataQualityView } from './DataQualityView';
import { NameListView } from './NameListView';
import { ShareView } from './ShareView';
import { TransferView } from './TransferView';
import { VersionTable } from './VersionTable';
import { namesTexts } from './texts';

const t = namesTexts;
const PAGES = [
  ['', t.nav.list],
  ['kvalitet', t.nav.quality],
  ['andel', t.nav.share],
  ['historik', t.nav.history],
  ['import-eksport', t.nav.transfer],
] as const;

export function ActivityNamesSection() {
  const here = useLocation().pathname.replace(/^\/aktivitetsnavne\/?/, '');
  return (
    <Box>
      <PageHeader title={t.title} subtitle={<Box sx={{ color: 'text.secondary' }}>{t.subtitle}</Box>}>
        <Button variant="outlined" href="#/udskriv/aktivitetsnavne">
          {t.list.printIntro}
        </Button>
      </PageHeader>
      <Stack component="nav" aria-label={t.nav.label} direction="row" spacing={1} sx={{ mb: 3, flexWrap: 'wrap', rowGap: 1 }}>
        {PAGES.map(([path, label]) => (
          <RouterButton
            key={path}
            to={`/aktivitetsnavne/${path}`}
            variant={here === path ? 'contained' : 'text'}
            aria-current={here === path ? 'page' : undefined}
          >
            {label}
          </RouterButton>
        ))}
      </Stack>
      <Routes>
        <Route index element={<NameListView />} />
        <Route path="kvalitet" element={<DataQualityView />} />
        <Route path="andel" element={<ShareView />} />
        <Route path="historik" element={<VersionTable />} />
        <Route path="import-eksport" element={<TransferView />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Box>
  );
}
