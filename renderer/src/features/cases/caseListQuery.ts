/**
 * What a case grid asks cases.list for: filters, sort and page in one place, free of
 * UI code, so the boot script can ask for Min sagsstamme's first page while the app
 * is still loading and the grid then finds it in the cache.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Area, CaseState, Phase } from '../../../../shared/domain/enums';
import type { CaseListInput, caseSortFields } from '../../../../shared/features/cases';
import { prefetch } from '../../api/queryClient';

export interface CaseFilterValues {
  search: string;
  states: CaseState[];
  phase: Phase | '';
  area: Area | '';
  caseworkerId: number | '';
}

export const defaultCaseFilters: CaseFilterValues = { search: '', states: ['åben'], phase: '', area: '', caseworkerId: '' };

export type CaseSortField = (typeof caseSortFields)[number];

/** Column field → API sort field. Columns not listed here cannot be sorted. */
export const sortFieldByColumn: Record<string, CaseSortField> = {
  caseNumber: 'caseNumber',
  citizenName: 'citizenName',
  cprFormatted: 'cpr',
  age: 'age',
  caseType: 'caseType',
  phase: 'phase',
  state: 'state',
  receivedDate: 'receivedDate',
  deadline: 'deadline',
  nextFollowUp: 'nextFollowUp',
  caseworkerName: 'caseworker',
  lastActivityDate: 'lastActivityDate',
};

/** A page of the list: its number from 0 and its size. */
export interface PageModel {
  page: number;
  pageSize: number;
}

/** The sorted column (a field of sortFieldByColumn) and its direction. */
export interface SortModel {
  field: string;
  direction: 'asc' | 'desc';
}

export const PAGE_SIZES = [50, 100] as const;
export const FIRST_PAGE: PageModel = { page: 0, pageSize: PAGE_SIZES[0] };
export const DEFAULT_SORT: SortModel = { field: 'nextFollowUp', direction: 'asc' };

export function caseListInput(
  scope: CaseListInput['scope'],
  filters: CaseFilterValues,
  search: string,
  sort: SortModel,
  pagination: PageModel,
): CaseListInput {
  return {
    scope,
    search,
    states: filters.states,
    sortField: sortFieldByColumn[sort.field] ?? 'nextFollowUp',
    sortDirection: sort.direction,
    offset: pagination.page * pagination.pageSize,
    limit: pagination.pageSize,
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.caseworkerId !== '' ? { caseworkerId: filters.caseworkerId } : {}),
  };
}

/**
 * Min sagsstamme's first page, asked for at boot when the app opens on it. Without a
 * register or a chosen user the call fails harmlessly and the grid asks again later.
 */
export function prefetchMyCases(client: QueryClient): Promise<void> {
  if (!['', '#', '#/'].includes(window.location.hash)) return Promise.resolve();
  return prefetch(client, 'cases.list', caseListInput('mine', defaultCaseFilters, '', DEFAULT_SORT, FIRST_PAGE));
}
