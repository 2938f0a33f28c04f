/**
 * A server-paged, server-sorted case grid (MUI X Data Grid, MIT). The API does the
 * searching, filtering, sorting and paging; the grid virtualises the visible page.
 */
import { useEffect, useMemo, useState } from 'react';
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
import type { CaseListInput } from '../../../../shared/features/cases';
import { useApiPagedQuery } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import { caseColumns, sortFieldByColumn } from './caseColumns';
import type { CaseFilterValues } from './CaseFilters';
import { casesTexts as t } from './texts';

// Passing localeText replaces the theme's, so start from the Danish grid texts.
const localeText = {
  ...gridDaDK.components.MuiDataGrid.defaultProps.localeText,
  noRowsLabel: t.noCases,
  paginationRowsPerPage: t.grid.rowsPerPage,
  paginationDisplayedRows: t.grid.displayedRows,
};

const DEFAULT_SORT: GridSortModel = [{ field: 'nextFollowUp', sort: 'asc' }];

interface Props {
  scope: 'mine' | 'team';
  filters: CaseFilterValues;
  withCaseworker?: boolean;
  /** Checkbox selection (ids of selected cases across pages). */
  selected?: number[];
  onSelectedChange?: (ids: number[]) => void;
}

export function CaseGrid({ scope, filters, withCaseworker = false, selected, onSelectedChange }: Props) {
  const navigate = useNavigate();
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const [sortModel, setSortModel] = useState<GridSortModel>(DEFAULT_SORT);
  const search = useDebounced(filters.search.trim(), 250);

  // A new search or filter starts on the first page.
  const filterKey = JSON.stringify([search, filters.states, filters.phase, filters.area, filters.caseworkerId]);
  useEffect(() => {
    setPagination((p) => (p.page === 0 ? p : { ...p, page: 0 }));
  }, [filterKey]);

  const sort = sortModel[0] ?? DEFAULT_SORT[0];
  const input: CaseListInput = {
    scope,
    search,
    states: filters.states,
    sortField: sortFieldByColumn[sort.field] ?? 'nextFollowUp',
    sortDirection: sort.sort === 'desc' ? 'desc' : 'asc',
    offset: pagination.page * pagination.pageSize,
    limit: pagination.pageSize,
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.caseworkerId !== '' ? { caseworkerId: filters.caseworkerId } : {}),
  };
  const query = useApiPagedQuery('cases.list', input, { enabled: filters.states.length > 0 });
  const rows = query.data?.rows ?? [];
  const columns = useMemo(() => caseColumns({ withCaseworker }), [withCaseworker]);

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
      <Box sx={{ height: 'calc(100vh - 270px)', minHeight: 360, width: '100%' }}>
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
      </Box>
    </Box>
  );
}
