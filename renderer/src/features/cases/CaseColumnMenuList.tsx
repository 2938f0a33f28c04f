/**
 * The Kolonner menu itself (CaseColumnMenu.tsx): its own chunk, loaded on the first
 * click, so the case list's first screen does not carry the menu's code.
 */
import { Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import type { CaseColumn } from './caseColumns';
import { casesTexts } from './texts';

const t = casesTexts.columnChooser;

export interface CaseColumnMenuProps {
  /** Every column the list can show, in their order. */
  columns: CaseColumn[];
  isShown: (column: CaseColumn) => boolean;
  onShow: (column: CaseColumn, shown: boolean) => void;
  onReset: () => void;
}

export function CaseColumnMenuList({ id, anchor, onClose, columns, isShown, onShow, onReset }: CaseColumnMenuProps & { id: string; anchor: HTMLElement; onClose: () => void }) {
  return (
    <Menu
      id={id}
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'top', horizontal: 'left' }}
      transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ list: { 'aria-label': t.menuLabel, dense: true } }}
    >
      {columns.map((c) => {
        const shown = isShown(c);
        return (
          <MenuItem
            key={c.field}
            role="menuitemcheckbox"
            aria-checked={shown}
            disabled={c.alwaysShown}
            // The menu stays open: several columns are often chosen at once.
            onClick={() => onShow(c, !shown)}
          >
            <ListItemIcon>
              {shown ? <CheckBoxIcon fontSize="small" color={c.alwaysShown ? 'disabled' : 'primary'} /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText primary={c.headerName} secondary={c.alwaysShown ? t.alwaysShown : undefined} />
          </MenuItem>
        );
      })}
      <Divider />
      <MenuItem
        onClick={() => {
          onReset();
          onClose();
        }}
      >
        <ListItemIcon>
          <RestartAltIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={t.reset} />
      </MenuItem>
    </Menu>
  );
}
