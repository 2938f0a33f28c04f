/**
 * The case list's column headers; a sortable one is a button, and the sorted one says
 * its direction (aria-sort). Each header's right edge is a handle that resizes the
 * column: drag it, or focus it and use the arrow keys (a window-splitter separator that
 * says the width it holds).
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Checkbox } from '@mui/material';
import { MAX_COLUMN_WIDTH, type CaseColumn } from './caseColumns';
import { sortFieldByColumn, type SortModel } from './caseListQuery';
import { casesTexts as t } from './texts';

/** One arrow key press; with Shift, five. */
const KEY_STEP = 10;

interface Props {
  columns: CaseColumn[];
  /** The width each column has now (px). */
  widths: Record<string, number>;
  /** While dragging, `done` is false; the width to keep comes with `done` true. */
  onResize: (column: CaseColumn, width: number, done: boolean) => void;
  sort: SortModel;
  onSort: (next: SortModel) => void;
  selectAll?: { state: 'all' | 'some' | 'none'; disabled: boolean; onChange: () => void };
}

const clamp = (column: CaseColumn, width: number) => Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(column.minWidth, width)));

function ResizeHandle({ column, width, onResize }: { column: CaseColumn; width: number; onResize: Props['onResize'] }) {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { x: e.clientX, width, last: width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const next = clamp(column, d.width + e.clientX - d.x);
    if (next === d.last) return;
    d.last = next;
    onResize(column, next, false);
  };
  const onPointerEnd = () => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    onResize(column, d.last, true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? KEY_STEP * 5 : KEY_STEP;
    const next =
      e.key === 'ArrowRight' ? width + step
      : e.key === 'ArrowLeft' ? width - step
      : e.key === 'Home' ? column.minWidth
      : e.key === 'End' ? MAX_COLUMN_WIDTH
      : null;
    if (next === null) return;
    e.preventDefault();
    onResize(column, clamp(column, next), true);
  };
  return (
    <div
      className="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t.columnChooser.resize(column.headerName)}
      aria-valuenow={width}
      aria-valuemin={column.minWidth}
      aria-valuemax={MAX_COLUMN_WIDTH}
      aria-valuetext={t.columnChooser.widthValue(width)}
      title={t.columnChooser.resizeHint}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    />
  );
}

export function CaseTableHeader({ columns, widths, onResize, sort, onSort, selectAll }: Props) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {selectAll && (
          <th>
            <Checkbox
              size="small"
              checked={selectAll.state === 'all'}
              indeterminate={selectAll.state === 'some'}
              disabled={selectAll.disabled}
              onChange={selectAll.onChange}
              slotProps={{ input: { 'aria-label': t.grid.selectAllOnPage } }}
            />
          </th>
        )}
        {columns.map((c) => {
          const active = sort.field === c.field;
          return (
            <th
              key={c.field}
              scope="col"
              className={c.align}
              // The header's name is the column's, not also its resize handle's.
              aria-label={c.headerName}
              aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.field in sortFieldByColumn ? (
                <button
                  type="button"
                  className="sort"
                  title={t.grid.sortBy(c.headerName)}
                  onClick={() => onSort(active ? { field: c.field, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { field: c.field, direction: 'asc' })}
                >
                  <span className="label">{c.headerName}</span>
                  <span className="arrow" aria-hidden>
                    {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                <span className="label">{c.headerName}</span>
              )}
              <ResizeHandle column={c} width={widths[c.field] ?? c.width} onResize={onResize} />
            </th>
          );
        })}
        {/* The room to the right of the last column, in a wider window. */}
        <td className="filler" aria-hidden />
      </tr>
    </thead>
  );
}
