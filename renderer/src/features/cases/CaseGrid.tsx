/**
 * A server-paged, server-sorted case list: a plain table whose rows are virtualised
 * (TanStack Virtual), with MUI only for the controls. The API does the searching,
 * filtering, sorting and paging. Not MUI X Data Grid: the grid's own start-up (module,
 * styles, first render) took half of the 500 ms budget for Min sagsstamme's first
 * rows (docs/benchmark.md).
 *
 * The user chooses the columns ("Kolonner", below the list) and drags their widths
 * (the headers' right edges); both are remembered per user (caseColumnPrefs.ts). The
 * default columns fit a 1,366 px window without scrolling sideways.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, LinearProgress, Paper, TablePagination } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useNavigate } from 'react-router-dom';
import { useApiPagedQuery } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import { useFillViewport } from '../../components/useFillViewport';
import { CaseColumnMenu } from './CaseColumnMenu';
import { useColumnPrefs } from './caseColumnPrefs';
import { caseColumns, MAX_COLUMN_WIDTH, type CaseColumn } from './caseColumns';
import {
  caseListInput,
  DEFAULT_SORT,
  FIRST_PAGE,
  PAGE_SIZES,
  type CaseFilterValues,
  type PageModel,
  type SortModel,
} from './caseListQuery';
import { CaseTableHeader } from './CaseTableHeader';
import { CaseTableRow } from './CaseTableRow';
import { caseTableSx, CHECKBOX_WIDTH, ROW_HEIGHT } from './caseTableStyles';
import { casesTexts as t } from './texts';

const MIN_HEIGHT = 360;
// Below the rows: the paging bar (52 px) and what is usually above the list on a start page.
const ESTIMATED_CHROME = 340;

interface Props {
  scope: 'mine' | 'team';
  filters: CaseFilterValues;
  withCaseworker?: boolean;
  /** Checkbox selection (ids of selected cases across pages). */
  selected?: number[];
  onSelectedChange?: (ids: number[]) => void;
  /** Called once the first page has been answered (rows or an error), for panels that wait for it. */
  onFirstPage?: () => void;
}

/**
 * Memoised: the page around it re-renders when its reminder panel's data arrives,
 * and redrawing the list for that is wasted work.
 */
export const CaseGrid = memo(function CaseGrid({ scope, filters, withCaseworker = false, selected, onSelectedChange, onFirstPage }: Props) {
  const navigate = useNavigate();
  const [pagination, setPagination] = useState<PageModel>(FIRST_PAGE);
  const [sort, setSort] = useState<SortModel>(DEFAULT_SORT);
  const search = useDebounced(filters.search.trim(), 250);

  // A new search or filter starts on the first page.
  const filterKey = JSON.stringify([search, filters.states, filters.phase, filters.area, filters.caseworkerId]);
  useEffect(() => {
    setPagination((p) => (p.page === 0 ? p : { ...p, page: 0 }));
  }, [filterKey]);

  const enabled = filters.states.length > 0;
  const input = caseListInput(scope, filters, search, sort, pagination);
  const query = useApiPagedQuery('cases.list', input, { enabled });
  const rows = useMemo(() => (enabled ? (query.data?.rows ?? []) : []), [enabled, query.data]);
  const total = enabled ? (query.data?.total ?? 0) : 0;
  // No status chosen means no query: that counts as answered too.
  const answered = !query.isPending || !enabled;
  useEffect(() => {
    if (answered) onFirstPage?.();
  }, [answered, onFirstPage]);

  // Columns: every one the list can show, those the user shows (one array until that
  // choice changes, so the memoised rows are not redrawn for a new width), and their widths.
  const allColumns = useMemo(() => caseColumns({ withCaseworker }), [withCaseworker]);
  const { prefs, setShown, setWidth, reset } = useColumnPrefs(scope);
  const isShown = useCallback((c: CaseColumn) => c.alwaysShown === true || (prefs.shown[c.field] ?? c.shownByDefault), [prefs.shown]);
  const shownKey = allColumns.filter(isShown).map((c) => c.field).join(' ');
  const columns = useMemo(() => allColumns.filter((c) => shownKey.split(' ').includes(c.field)), [allColumns, shownKey]);
  // While a header edge is dragged, its width is drawn from here and stored when the drag ends.
  const [dragged, setDragged] = useState<{ field: string; width: number } | null>(null);
  const widths = useMemo(() => {
    const out: Record<string, number> = {};
    for (const c of columns) {
      const stored = prefs.widths[c.field];
      out[c.field] = dragged?.field === c.field ? dragged.width : stored === undefined ? c.width : Math.min(MAX_COLUMN_WIDTH, Math.max(c.minWidth, stored));
    }
    return out;
  }, [columns, prefs.widths, dragged]);
  const onResize = useCallback(
    (column: CaseColumn, width: number, done: boolean) => {
      if (!done) {
        setDragged({ field: column.field, width });
        return;
      }
      setWidth(column.field, width, column.width);
      setDragged(null);
    },
    [setWidth],
  );
  const onShow = useCallback((column: CaseColumn, shown: boolean) => setShown(column.field, shown, column.shownByDefault), [setShown]);
  const selectable = Boolean(onSelectedChange);
  // The last cell of a row is the room to the right of the columns (empty in a narrow window).
  const colSpan = columns.length + (selectable ? 1 : 0) + 1;
  const minWidth = columns.reduce((sum, c) => sum + widths[c.field]!, selectable ? CHECKBOX_WIDTH : 0);

  // The list fills the window down to its bottom edge, so its paging controls stay in view
  // (before the virtualiser below measures the scroll box: effects run in this order).
  const box = useRef<HTMLDivElement>(null);
  useFillViewport(box, MIN_HEIGHT);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
    // The first draw already holds about the rows that fit, instead of waiting for a measurement.
    initialRect: { width: minWidth, height: Math.max(MIN_HEIGHT, window.innerHeight - ESTIMATED_CHROME) },
  });
  // Another page, sort or search starts at the top of the list.
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [inputKey]);

  // Selection: the latest set in a ref, so the row callbacks stay the same and rows stay memoised.
  const chosen = useMemo(() => new Set(selected ?? []), [selected]);
  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;
  const onToggle = useCallback(
    (id: number) => {
      const now = chosenRef.current;
      onSelectedChange?.(now.has(id) ? [...now].filter((x) => x !== id) : [...now, id]);
    },
    [onSelectedChange],
  );
  const onOpen = useCallback((id: number) => navigate(`/sager/${id}`), [navigate]);
  const pageIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const pageChosen = pageIds.filter((id) => chosen.has(id)).length;
  const allState = pageIds.length === 0 ? 'none' : pageChosen === pageIds.length ? 'all' : pageChosen > 0 ? 'some' : 'none';
  // "Select all" selects the visible page; what was chosen on other pages stays chosen.
  const toggleAll = useCallback(() => {
    const onPage = new Set(pageIds);
    const others = [...chosenRef.current].filter((id) => !onPage.has(id));
    onSelectedChange?.(allState === 'all' ? others : [...others, ...pageIds]);
  }, [pageIds, allState, onSelectedChange]);

  // The header and the paging bar hold the MUI controls: drawn again only when what they show changes.
  const header = useMemo(
    () => (
      <CaseTableHeader
        columns={columns}
        widths={widths}
        onResize={onResize}
        sort={sort}
        onSort={setSort}
        selectAll={selectable ? { state: allState, disabled: pageIds.length === 0, onChange: toggleAll } : undefined}
      />
    ),
    [columns, widths, onResize, sort, selectable, allState, pageIds.length, toggleAll],
  );
  const paging = useMemo(
    () => (
      <Box sx={{ display: 'flex', alignItems: 'center', borderTop: 1, borderColor: 'divider', flexShrink: 0 }}>
        <CaseColumnMenu columns={allColumns} isShown={isShown} onShow={onShow} onReset={reset} />
        <TablePagination
          component="div"
          count={total}
          page={total === 0 ? 0 : pagination.page}
          rowsPerPage={pagination.pageSize}
          rowsPerPageOptions={[...PAGE_SIZES]}
          onPageChange={(_e, page) => setPagination((p) => ({ ...p, page }))}
          onRowsPerPageChange={(e) => setPagination({ page: 0, pageSize: Number(e.target.value) })}
          labelRowsPerPage={t.grid.rowsPerPage}
          labelDisplayedRows={t.grid.displayedRows}
          sx={{ flex: 1, minWidth: 0, border: 0 }}
        />
      </Box>
    ),
    [total, pagination, allColumns, isShown, onShow, reset],
  );

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <Box>
      {query.isError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(query.error)}
        </Alert>
      )}
      <Paper ref={box} variant="outlined" sx={{ height: MIN_HEIGHT, display: 'flex', flexDirection: 'column', position: 'relative' }}>
        {query.isFetching && <LinearProgress aria-hidden sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 2 }} />}
        <Box ref={scroller} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <Box
            component="table"
            aria-label={t.gridLabel}
            aria-rowcount={rows.length + 1}
            aria-busy={query.isFetching}
            sx={[caseTableSx, { minWidth }]}
          >
            <colgroup>
              {selectable && <col style={{ width: CHECKBOX_WIDTH }} />}
              {columns.map((c) => (
                <col key={c.field} style={{ width: widths[c.field] }} />
              ))}
              <col />
            </colgroup>
            {header}
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden>
                  <td colSpan={colSpan} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {items.map((item) => {
                const row = rows[item.index]!;
                return (
                  <CaseTableRow
                    key={row.id}
                    row={row}
                    index={item.index}
                    columns={columns}
                    chosen={selectable ? chosen.has(row.id) : undefined}
                    onToggle={onToggle}
                    onOpen={onOpen}
                  />
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden>
                  <td colSpan={colSpan} style={{ height: padBottom, padding: 0, border: 0 }} />
                </tr>
              )}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={colSpan}>{answered ? t.noCases : t.grid.loading}</td>
                </tr>
              )}
            </tbody>
          </Box>
        </Box>
        {paging}
      </Paper>
    </Box>
  );
});
