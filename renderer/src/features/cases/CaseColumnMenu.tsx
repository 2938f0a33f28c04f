/**
 * "Kolonner": shows or hides the case list's columns (case number and citizen always
 * show) and "Nulstil kolonner" brings back the default columns and widths. The list's
 * first screen holds only the button: the menu's code is loaded on the first click
 * (CaseColumnMenuList.tsx) and the menu is only drawn while it is open.
 */
import { lazy, Suspense, useState } from 'react';
import { Button } from '@mui/material';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import type { CaseColumnMenuProps } from './CaseColumnMenuList';
import { casesTexts } from './texts';

const CaseColumnMenuList = lazy(() => import('./CaseColumnMenuList').then((m) => ({ default: m.CaseColumnMenuList })));
const MENU_ID = 'case-column-menu';

export function CaseColumnMenu(props: CaseColumnMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? MENU_ID : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ ml: 1, flexShrink: 0 }}
      >
        {casesTexts.columnChooser.button}
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <CaseColumnMenuList id={MENU_ID} anchor={anchor} onClose={() => setAnchor(null)} {...props} />
        </Suspense>
      )}
    </>
  );
}
