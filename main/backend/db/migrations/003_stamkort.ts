import type { Migration } from './types';

/**
 * The electronic stamkort (issue 3). One card per citizen; each typed section is a
 * JSON document validated by the shared zod schema at the API boundary, with its own
 * version for optimistic concurrency. History and confirmations are append-only.
 */
export const migration003: Migration = {
  version: 3,
  name: 'stamkort',
  up: (db) => {
    db.exec(`
      CREATE TABLE stamkort (
        citizen_id INTEGER PRIMARY KEY REFERENCES citizens(id),
        -- Bumped by every section save and confirmation: a confirmation must be based on the card as it is.
        version INTEGER NOT NULL DEFAULT 0,
        confirmed_on TEXT,
        confirmed_at TEXT,
        confirmed_by INTEGER REFERENCES users(id),
        updated_at TEXT NOT NULL
      );

      CREATE TABLE stamkort_sections (
        citizen_id INTEGER NOT NULL REFERENCES stamkort(citizen_id),
        section TEXT NOT NULL CHECK (section IN ('parents', 'siblings', 'household', 'school', 'diagnoses', 'partners')),
        data TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version > 0),
        updated_at TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (citizen_id, section)
      ) WITHOUT ROWID;

      CREATE TABLE stamkort_history (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES stamkort(citizen_id),
        section TEXT NOT NULL,
        version INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by INTEGER NOT NULL REFERENCES users(id)
      );
      CREATE INDEX stamkort_history_section ON stamkort_history(citizen_id, section, id);

      CREATE TABLE stamkort_confirmations (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES stamkort(citizen_id),
        confirmed_on TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        confirmed_by INTEGER NOT NULL REFERENCES users(id)
      );
      CREATE INDEX stamkort_confirmations_citizen ON stamkort_confirmations(citizen_id, id);

      CREATE TRIGGER stamkort_history_no_change BEFORE UPDATE ON stamkort_history
      BEGIN SELECT RAISE(ABORT, 'stamkort history is append-only'); END;
      CREATE TRIGGER stamkort_history_no_delete BEFORE DELETE ON stamkort_history
      BEGIN SELECT RAISE(ABORT, 'stamkort history is append-only'); END;
      CREATE TRIGGER stamkort_confirmations_no_change BEFORE UPDATE ON stamkort_confirmations
      BEGIN SELECT RAISE(ABORT, 'stamkort confirmations are append-only'); END;
      CREATE TRIGGER stamkort_confirmations_no_delete BEFORE DELETE ON stamkort_confirmations
      BEGIN SELECT RAISE(ABORT, 'stamkort confirmations are append-only'); END;

      -- Staleness looks for services and decisions newer than the last confirmation.
      CREATE INDEX services_citizen_updated ON services(citizen_id, updated_at);
    `);
  },
};
