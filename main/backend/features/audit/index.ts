/** The public face of the audit log: its handlers, and the writer the dispatcher feeds. */
export { auditHandlers } from './handlers';
export { AuditLog, auditTargetFor, writesRegister, type AuditEntry } from './record';
export { auditTargets, type AuditTarget } from './targets';
