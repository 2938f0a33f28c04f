import type { Migration } from './types';

/**
 * The audit log: who read or changed which citizen's data, when, through which method.
 * Append-only in the database itself, so no code path (and no hand-run SQL through
 * the app's connection) can rewrite or remove what someone looked at.
 */
export const migration007: Migration = {
  version: 7,
  name: 'audit log',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        method TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('read', 'change')),
        citizen_id INTEGER REFERENCES citizens(id),
        case_id INTEGER REFERENCES cases(id)
      );
      CREATE INDEX audit_log_citizen ON audit_log(citizen_id, at);
      CREATE INDEX audit_log_case ON audit_log(case_id);
      CREATE INDEX audit_log_user ON audit_log(user_id, at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
    `);
  },
};
