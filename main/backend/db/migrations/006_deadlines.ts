import defaults from '../../../../resources/deadlines.json' with { type: 'json' };
import type { Migration } from './types';
import { systemClock } from '../../clock';

/**
 * Deadlines, reminders and transitions (issue 7). Adds columns that default to NULL,
 * so every existing case and service stays valid; existing cases get no receipt duty
 * (receipt_due NULL): only cases received after the upgrade are asked for one.
 */
export const migration006: Migration = {
  version: 6,
  name: 'deadlines and transitions',
  up: (db) => {
    db.exec(`
      CREATE TABLE deadline_rules (
        id INTEGER PRIMARY KEY,
        paragraph TEXT NOT NULL,
        case_type TEXT NOT NULL DEFAULT '',
        amount INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 365),
        unit TEXT NOT NULL CHECK (unit IN ('dage', 'uger', 'måneder')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        UNIQUE (paragraph, case_type)
      );

      CREATE TABLE deadline_settings (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE follow_up_rules (
        service_type TEXT PRIMARY KEY COLLATE NOCASE,
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 36)
      ) WITHOUT ROWID;

      -- Written notices to the citizen (new expected decision date) and receipts. Append-only.
      CREATE TABLE deadline_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('notice', 'receipt')),
        event_date TEXT NOT NULL,
        expected_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        CHECK (kind = 'receipt' OR expected_date IS NOT NULL)
      );
      CREATE INDEX deadline_events_case ON deadline_events(case_id, id);
      CREATE TRIGGER deadline_events_no_delete BEFORE DELETE ON deadline_events
      BEGIN
        SELECT RAISE(ABORT, 'notices and receipts are history and cannot be deleted');
      END;
      CREATE TRIGGER deadline_events_no_update BEFORE UPDATE ON deadline_events
      BEGIN
        SELECT RAISE(ABORT, 'notices and receipts are history and cannot be changed');
      END;

      -- Reminder tasks marked done (transition steps, follow-ups): who and when.
      CREATE TABLE tasks_done (
        kind TEXT NOT NULL,
        subject_id INTEGER NOT NULL,
        due TEXT NOT NULL,
        done_by INTEGER NOT NULL REFERENCES users(id),
        done_at TEXT NOT NULL,
        PRIMARY KEY (kind, subject_id, due)
      ) WITHOUT ROWID;

      -- The latest notice's date, kept on the case so the lists filter by index.
      ALTER TABLE cases ADD COLUMN expected_decision_date TEXT;
      ALTER TABLE cases ADD COLUMN receipt_due TEXT;
      ALTER TABLE cases ADD COLUMN receipt_date TEXT;
      ALTER TABLE services ADD COLUMN follow_up_date TEXT;

      -- With the notice date in the index, the deadline lists and their counts never read the table.
      CREATE INDEX cases_state_deadline ON cases(state, deadline, expected_decision_date);
      CREATE INDEX cases_caseworker_state_deadline ON cases(caseworker_id, state, deadline, expected_decision_date);
      CREATE INDEX cases_receipt_missing ON cases(receipt_due) WHERE receipt_date IS NULL AND receipt_due IS NOT NULL;
      CREATE INDEX cases_state_last_activity ON cases(state, last_activity_date, received_date);
      CREATE INDEX services_follow_up ON services(follow_up_date) WHERE follow_up_date IS NOT NULL;
    `);
    const at = systemClock()().toISOString();
    const rule = db.prepare('INSERT INTO deadline_rules (paragraph, case_type, amount, unit, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const r of defaults.rules) rule.run(r.paragraph, r.caseType, r.amount, r.unit, r.note, at);
    const setting = db.prepare('INSERT INTO deadline_settings (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(defaults.settings)) setting.run(key, value);
    const followUp = db.prepare('INSERT INTO follow_up_rules (service_type, months) VALUES (?, ?)');
    for (const f of defaults.followUps) followUp.run(f.serviceType, f.months);
  },
};
