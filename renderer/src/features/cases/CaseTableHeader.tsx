/** The case list's column headers; a sortable one is a button, and the sorted one says its direction (aria-sort). */
import { Checkbox } from '@mui/material';
import type { CaseColumn } from './caseColumns';
import { sortFieldByColumn, type SortModel } from './caseListQuery';
import { casesTexts as t } from './texts';

interface Props {
  columns: CaseColumn[];
  sort: SortModel;
  onSort: (next: SortModel) => void;
  selectAll?: { state: 'all' | 'some' | 'none'; disabled: boolean; onChange: () => void };
}

export function CaseTableHeader({ columns, sort, onSort, selectAll }: Props) {
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
            <th key={c.field} scope="col" className={c.align} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              {c.field in sortFieldByColumn ? (
                <button
                  type="button"
                  className="sort"
                  title={t.grid.sortBy(c.headerName)}
                  onClick={() => onSort(active ? { field: c.field, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { field: c.field, direction: 'asc' })}
                >
                  {c.headerName}
                  <span className="arrow" aria-hidden>
                    {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                c.headerName
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
