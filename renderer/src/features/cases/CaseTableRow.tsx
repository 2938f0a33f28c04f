/** One row of the case list. Memoised: scrolling and selecting redraw only the rows that change. */
import { memo } from 'react';
import { Checkbox } from '@mui/material';
import type { CaseRow } from '../../../../shared/features/cases';
import type { CaseColumn } from './caseColumns';
import { casesTexts as t } from './texts';

interface Props {
  row: CaseRow;
  /** Position in the page, from 0 (for aria-rowindex: the header is row 1). */
  index: number;
  /** The columns shown (the same array until the user shows or hides one: rows stay memoised while widths change). */
  columns: CaseColumn[];
  /** Undefined when the list has no checkboxes. */
  chosen: boolean | undefined;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
}

export const CaseTableRow = memo(function CaseTableRow({ row, index, columns, chosen, onToggle, onOpen }: Props) {
  // The browser reports when the text of the first row is painted (the benchmark reads it;
  // text is timed on the cell that holds it, not on the row).
  const timing = index === 0 ? { elementtiming: 'case-list-first-row' } : {};
  return (
    <tr
      data-id={row.id}
      aria-rowindex={index + 2}
      aria-selected={chosen}
      className={chosen ? 'case-row selected' : 'case-row'}
      onClick={(event) => {
        // The link and the checkbox do their own thing.
        if (!(event.target as HTMLElement).closest('a, button, input, label')) onOpen(row.id);
      }}
    >
      {chosen !== undefined && (
        <td>
          <Checkbox
            size="small"
            checked={chosen}
            onChange={() => onToggle(row.id)}
            slotProps={{ input: { 'aria-label': t.grid.selectCase(row.caseNumber) } }}
          />
        </td>
      )}
      {columns.map((c) => {
        const value = c.render(row);
        const plain = typeof value === 'string' || typeof value === 'number';
        return (
          <td key={c.field} className={c.align} title={plain ? String(value) : undefined} {...timing}>
            {value}
          </td>
        );
      })}
      <td className="filler" aria-hidden />
    </tr>
  );
});
