/** The public face of the case register's cases: other features import only this. */
export { caseHandlers } from './handlers';
export { filteredCases } from './list';
export { caseQuery, loadCaseDetail, selectCaseRow, toCaseRow } from './queries';
