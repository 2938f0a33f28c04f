/** The handover feature's public face: other code imports only from here. */
export { handoverHandlers } from './handlers';
/** A scheduled service (backend start and timer, the CLI before a printout): never run from a read. */
export { processDue } from './due';
export { person, type Person } from './access';
export { overviewRows, sortRows, type CaseScope } from './overview';
