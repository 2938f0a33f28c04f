import { PENDING_DEADLINE_SQL } from '../../services/decision-deadlines';
import type { Migration } from './types';

/**
 * A processing deadline is met when the decision is made; only an undecided application
 * can be overdue (issue 15). Until 010 the register kept one deadline per case and called
 * it overdue once the date passed, whatever had been decided, and a later application
 * showed the case's older deadline as its own.
 *
 * - applications.deadline: each application's own deadline, from its own received date.
 * - cases.pending_deadline: the deadline that runs now (the earliest of the undecided
 *   applications; for a case without applications, its own deadline until it reaches a
 *   phase after the decision); NULL when no decision awaits. Kept by the shared service
 *   services/decision-deadlines.ts in the same transaction as every change to a case or
 *   its applications. The deadline lists and reminders filter on it, by index.
 *
 * Existing applications get the case's deadline when received with the case, else the
 * case's deadline period counted from their own received date (the rule that gave the
 * case's deadline is not stored; its length is).
 */
export const migration011: Migration = {
  version: 11,
  name: 'decision deadlines',
  up: (db) => {
    db.exec(`
      ALTER TABLE applications ADD COLUMN deadline TEXT;
      ALTER TABLE cases ADD COLUMN pending_deadline TEXT;

      UPDATE applications SET deadline = (
        SELECT CASE
          WHEN c.deadline IS NULL THEN NULL
          WHEN applications.received_date <= c.received_date THEN max(c.deadline, applications.received_date)
          ELSE date(applications.received_date, '+' || CAST(max(0, julianday(c.deadline) - julianday(c.received_date)) AS INTEGER) || ' days')
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
