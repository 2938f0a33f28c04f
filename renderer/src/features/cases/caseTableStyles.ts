/**
 * The case list's one style rule: rows, cells and sort buttons are plain elements
 * styled from here, so drawing a page of cases creates no styled component per cell.
 */
import { alpha, type Theme } from '@mui/material/styles';

/** Every row is one line this high (below), so the virtualiser need not measure rows. */
export const ROW_HEIGHT = 37;
const HEADER_HEIGHT = 44;
export const CHECKBOX_WIDTH = 48;

export const caseTableSx = (theme: Theme) => ({
  width: '100%',
  tableLayout: 'fixed',
  borderCollapse: 'separate',
  borderSpacing: 0,
  fontSize: '0.875rem',
  '& th': {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    textAlign: 'left',
    fontWeight: 600,
    height: HEADER_HEIGHT,
    px: 1,
    py: 0,
    borderBottom: `1px solid ${theme.palette.divider}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  },
  '& td': {
    height: ROW_HEIGHT - 1,
    px: 1,
    py: 0,
    borderBottom: `1px solid ${theme.palette.divider}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  '& .right': { textAlign: 'right' },
  '& th button.sort': {
    // Not `all: unset`: that writes out every CSS property (7 kB of rules) for each header.
    appearance: 'none',
    background: 'none',
    border: 0,
    margin: 0,
    padding: 0,
    color: 'inherit',
    textAlign: 'inherit',
    cursor: 'pointer',
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
    maxWidth: '100%',
    font: 'inherit',
    fontWeight: 600,
    borderRadius: '2px',
    // Keyboard focus: the theme's global :focus-visible outline (theme.ts).
    '&:hover': { textDecoration: 'underline' },
  },
  '& th .arrow': { color: 'text.secondary', fontSize: '0.75rem', minWidth: '0.75rem' },
  '& tr.case-row': { cursor: 'pointer' },
  '& tr.case-row:hover, & tr.case-row:focus-within': { bgcolor: 'action.hover' },
  '& tr.case-row.selected': { bgcolor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity) },
  '& td a': { color: 'primary.main', textUnderlineOffset: '2px' },
  '& .citizen': { display: 'flex', alignItems: 'center', gap: '8px', minWidth: 0 },
  '& .citizen .name': { overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
  '& .citizen .MuiChip-root': { flexShrink: 0 },
  '& .overdue': { color: 'warning.main', fontWeight: 700, display: 'inline-flex', alignItems: 'center', gap: '4px' },
  '& .overdue svg': { width: 18, height: 18, fill: 'currentColor', flexShrink: 0 },
  '& .MuiCheckbox-root': { p: 0.5 },
});
