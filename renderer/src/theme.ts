import { createTheme } from '@mui/material/styles';
import { daDK as coreDaDK } from '@mui/material/locale';
import { daDK as pickersDaDK } from '@mui/x-date-pickers/locales';

/** System fonts only: the app runs offline and loads nothing from the internet. */
const fontFamily = ['"Segoe UI"', 'system-ui', '-apple-system', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'].join(',');

export const theme = createTheme(
  {
    typography: {
      fontFamily,
      h1: { fontSize: '1.6rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
      h3: { fontSize: '1.05rem', fontWeight: 600 },
    },
    palette: {
      // Darker than MUI's defaults so text on white passes WCAG AA.
      primary: { main: '#1a4f8b' },
      warning: { main: '#8a4b00', contrastText: '#ffffff' },
      error: { main: '#b3261e' },
      success: { main: '#1e6b34' },
      text: { secondary: 'rgba(0, 0, 0, 0.68)' },
    },
    components: {
      MuiButton: { styleOverrides: { root: { textTransform: 'none', fontSize: '0.95rem' } } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none', fontSize: '1rem' } } },
      MuiCssBaseline: {
        styleOverrides: {
          // A clearly visible keyboard focus everywhere.
          ':focus-visible': { outline: '3px solid #f0a30a', outlineOffset: '2px' },
        },
      },
    },
  },
  coreDaDK,
  pickersDaDK,
  // Danish placeholders for the date fields (the shipped locale says YYYY).
  {
    components: {
      MuiLocalizationProvider: {
        defaultProps: {
          localeText: {
            fieldYearPlaceholder: (params: { digitAmount: number }) => 'Å'.repeat(params.digitAmount),
            fieldMonthPlaceholder: () => 'MM',
            fieldDayPlaceholder: () => 'DD',
          },
        },
      },
    },
  },
);
