/**
 * The case list's one style rule: rows, cells and sort buttons are plain elements
 * styled from here, so drawing a page of cases creates no styled component per cell.
 * What a cell shows is never cut without the whole text in its title: a header wraps
 * to a second line, an overdue date puts its word on a second line, and names, case
 * types and paragraphs end in "…" with a title.
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
    // Two lines fit the header's height: "Næste / opfølgning" needs no wide column.
    whiteSpace: 'normal',
    lineHeight: 1.2,
    overflow: 'hidden',
  },
  // The room right of the last column in a wider window (CaseTableHeader, CaseTableRow).
  '& thead td.filler': {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  // The right edge of a header: drag it or use the arrow keys to resize the column.
  '& th .resize': {
    position: 'absolute',
    top: 0,
    right: 0,
    bottom: 0,
    width: 9,
    cursor: 'col-resize',
    touchAction: 'none',
    // A visible edge: a line in the middle of the handle, stronger when pointed at or focused.
    '&::after': {
      content: '""',
      position: 'absolute',
      top: 10,
      bottom: 10,
      left: 4,
      width: '1px',
      bgcolor: 'divider',
    },
    '&:hover::after, &:focus-visible::after, &:active::after': { top: 4, bottom: 4, left: 3, width: '3px', bgcolor: 'primary.main' },
    '&:focus-visible': { outlineOffset: '-2px' },
  },
  '& th .label': { overflowWrap: 'normal' },
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
    lineHeight: 'inherit',
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
  '& .citizen .MuiChip-root': { flexShrink: 0, height: 22 },
  // A compact marking: the name beside it keeps more room.
  '& .citizen .MuiChip-label': { px: '6px', fontSize: '0.75rem' },
  // Sign and date on one line; "overskredet" beside them, or below them when the column is narrow.
  '& .overdue': {
    color: 'warning.main',
    fontWeight: 700,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '4px',
    lineHeight: 1.15,
  },
  '& .overdue .date': { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  '& .overdue .word': { whiteSpace: 'nowrap', fontSize: '0.75rem' },
  '& .overdue svg': { width: 16, height: 16, fill: 'currentColor', flexShrink: 0 },
  '& .MuiCheckbox-root': { p: 0.5 },
});
