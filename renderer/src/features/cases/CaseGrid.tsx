/**
 * A server-paged, server-sorted case grid (MUI X Data Grid, MIT). The API does the
 * searching, filtering, sorting and paging; the grid virtualises the visible page.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box } from '@mui/material';
import {
  DataGrid,
  type GridPaginationModel,
  type GridRowId,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { daDK as gridDaDK } from '@mui/x-data-grid/locales';
import { useNavigate } from 'react-router-dom';
import { useApiPagedQuery } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import { useFillViewport } from '../../components/useFillViewport';
import { caseColumns } from './caseColumns';
import { caseListInput, DEFAULT_SORT, FIRST_PAGE, type CaseFilterValues } from './caseListQuery';
import { casesTexts as t } from './texts';

// Passing localeText replaces the theme's, so start from the Danish grid texts.
const localeText = {
  ...gridDaDK.components.MuiDataGrid.defaultProps.localeText,
  noRowsLabel: t.noCases,
  paginationRowsPerPage: t.grid.rowsPerPage,
  paginationDisplayedRows: t.grid.displayedRows,
};

const MIN_HEIGHT = 360;

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
 * and redrawing the grid for that is wasted work.
 */
export const CaseGrid = memo(function CaseGrid({ scope, filters, withCaseworker = false, selected, onSelectedChange, onFirstPage }: Props) {
  const navigate = useNavigate();
  const [pagination, setPagination] = useState<GridPaginationModel>(FIRST_PAGE);
  const [sortModel, setSortModel] = useState<GridSortModel>(DEFAULT_SORT);
  const search = useDebounced(filters.search.trim(), 250);

  // A new search or filter starts on the first page.
  const filterKey = JSON.stringify([search, filters.states, filters.phase, filters.area, filters.caseworkerId]);
  useEffect(() => {
    setPagination((p) => (p.page === 0 ? p : { ...p, page: 0 }));
  }, [filterKey]);

  const input = caseListInput(scope, filters, search, sortModel[0] ?? DEFAULT_SORT[0]!, pagination);
  const query = useApiPagedQuery('cases.list', input, { enabled: filters.states.length > 0 });
  const rows = query.data?.rows ?? [];
  // No status chosen means no query: that counts as answered too.
  const answered = !query.isPending || filters.states.length === 0;
  useEffect(() => {
    if (answered) onFirstPage?.();
  }, [answered, onFirstPage]);
  const columns = useMemo(() => caseColumns({ withCaseworker }), [withCaseworker]);
  // The grid fills the window down to its bottom edge, so its paging controls stay in view.
  const gridBox = useRef<HTMLDivElement>(null);
  const height = useFillViewport(gridBox, MIN_HEIGHT);

  const selectionModel: GridRowSelectionModel = useMemo(
    () => ({ type: 'include', ids: new Set<GridRowId>(selected ?? []) }),
    [selected],
  );
  const onSelection = (model: GridRowSelectionModel) => {
    if (!onSelectedChange) return;
    const pageIds = rows.map((r) => r.id);
    let ids: number[];
    if (model.type === 'include') {
      ids = [...model.ids].map(Number);
    } else {
      // "Select all" selects the visible page; keep what was chosen on other pages.
      const excluded = new Set([...model.ids].map(Number));
      const others = (selected ?? []).filter((id) => !pageIds.includes(id));
      ids = [...others, ...pageIds.filter((id) => !excluded.has(id))];
    }
    onSelectedChange(ids);
  };

  return (
    <Box>
      {query.isError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(query.error)}
        </Alert>
      )}
      <Box ref={gridBox} sx={{ height: height ?? MIN_HEIGHT, width: '100%' }}>
        {height !== null && (
          <DataGrid
            aria-label={t.gridLabel}
            rows={filters.states.length > 0 ? rows : []}
            columns={columns}
            loading={query.isFetching}
            rowCount={query.data?.total ?? 0}
            paginationMode="server"
            sortingMode="server"
            filterMode="server"
            disableColumnFilter
            paginationModel={pagination}
            onPaginationModelChange={setPagination}
            pageSizeOptions={[50, 100]}
            sortModel={sortModel}
            onSortModelChange={(model) => setSortModel(model.length ? model : DEFAULT_SORT)}
            sortingOrder={['asc', 'desc']}
            checkboxSelection={Boolean(onSelectedChange)}
            keepNonExistentRowsSelected
            disableRowSelectionOnClick
            rowSelectionModel={selectionModel}
            onRowSelectionModelChange={onSelection}
            onRowClick={(params) => navigate(`/sager/${params.id}`)}
            onCellKeyDown={(params, event) => {
              if (event.key === 'Enter' && params.field !== '__check__' && params.field !== 'caseNumber') {
                event.preventDefault();
                navigate(`/sager/${params.id}`);
              }
            }}
            localeText={localeText}
            density="compact"
            sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          />
        )}
      </Box>
    </Box>
  );
});
