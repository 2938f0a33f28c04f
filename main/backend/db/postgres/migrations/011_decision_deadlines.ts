import { PENDING_DEADLINE_SQL } from '../../../services/decision-deadlines';
import { runScript, type PgMigration } from './types';

/**
 * Each application's own deadline and the case's running deadline (SQLite:
 * db/migrations/011_decision_deadlines.ts). The same existing-data rule, with
 * PostgreSQL's date arithmetic in place of SQLite's date() and julianday(): an application
 * received with the case gets the case's deadline, a later one the case's deadline period
 * counted from its own received date.
 */
export const migration011: PgMigration = {
  version: 11,
  name: 'decision deadlines',
  up: async (db) => {
    await runScript(db, `
      ALTER TABLE applications ADD COLUMN deadline text COLLATE "C";
      ALTER TABLE cases ADD COLUMN pending_deadline text COLLATE "C";

      UPDATE applications SET deadline = (
        SELECT CASE
          WHEN c.deadline IS NULL THEN NULL
          WHEN applications.received_date <= c.received_date THEN greatest(c.deadline, applications.received_date)
          ELSE to_char(applications.received_date::date + greatest(0, c.deadline::date - c.received_date::date), 'YYYY-MM-DD')
        END
        FROM cases c WHERE c.id = applications.case_id);

      UPDATE cases SET pending_deadline = ${PENDING_DEADLINE_SQL};

      DROP INDEX IF EXISTS cases_state_deadline;
      DROP INDEX IF EXISTS cases_caseworker_state_deadline;
      CREATE INDEX cases_state_pending_deadline ON cases(state, pending_deadline, expected_decision_date);
      CREATE INDEX cases_caseworker_state_pending_deadline ON cases(caseworker_id, state, pending_deadline, expected_decision_date);
      CREATE INDEX applications_case_status_deadline ON applications(case_id, status, deadline);
    `);
  },
};
