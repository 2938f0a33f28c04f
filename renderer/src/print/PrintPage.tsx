/**
 * The in-app wrapper of a printout: the app's bar with "Tilbage" and "Udskriv" (MUI, as
 * everywhere in the app; hidden when printing), then the printout itself (a
 * PrintDocument, plain elements, as the CLI renders it too) on a grey desk. The desktop
 * app prints the same page to PDF; tests use Chromium's page.pdf().
 */
import type { ReactNode } from 'react';
import { AppBar, Box, Button, Stack, Toolbar, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { useNavigate } from 'react-router-dom';
import { printTexts as t } from './texts';

/** `actions`: more buttons of a printout (e.g. a choice of layout), before "Udskriv". */
export function PrintPage({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Box sx={{ minHeight: '100vh', '@media screen': { bgcolor: 'grey.100' } }}>
      <AppBar position="sticky" elevation={1} component="header" className="print-toolbar" sx={{ displayPrint: 'none' }}>
        <Toolbar variant="dense" sx={{ columnGap: 2, flexWrap: 'wrap' }}>
          <Button color="inherit" startIcon={<ArrowBackIcon aria-hidden />} onClick={() => navigate(-1)}>
            {t.back}
          </Button>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
            {t.appName}
          </Typography>
          <Typography component="span" sx={{ opacity: 0.9 }}>
            {t.view}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ ml: 'auto', alignItems: 'center' }}>
            {actions}
            <Button variant="contained" color="inherit" startIcon={<PrintIcon aria-hidden />} onClick={() => window.print()} sx={{ color: 'primary.main', bgcolor: 'common.white' }}>
              {t.print}
            </Button>
          </Stack>
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" sx={{ py: 3, '@media print': { p: 0 } }}>
        {children}
      </Box>
    </Box>
  );
}
