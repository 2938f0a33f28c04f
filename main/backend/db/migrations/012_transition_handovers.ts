import type { Migration } from './types';

/**
 * The handover of a young person to the adult area at 18 (issue 15). One row per young
 * person: who handed over to whom (and the teams, as they were), the adult case, what
 * happened to each children's case, and the transition summary as it was handed over
 * (facts snapshotted from the register as JSON, the caseworker's texts as columns).
 * History is data: the rows are never changed or deleted (triggers), and a young person
 * is handed over once (UNIQUE citizen_id; a double click cannot make two).
 */
export const migration012: Migration = {
  version: 12,
  name: 'transition handovers',
  up: (db) => {
    db.exec(`
      CREATE TABLE transition_handovers (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL UNIQUE REFERENCES citizens(id),
        handover_date TEXT NOT NULL,
        eighteenth_birthday TEXT NOT NULL,
        from_user_id INTEGER NOT NULL REFERENCES users(id),
        from_team_id INTEGER NOT NULL REFERENCES teams(id),
        to_user_id INTEGER NOT NULL REFERENCES users(id),
        to_team_id INTEGER NOT NULL REFERENCES teams(id),
        adult_case_id INTEGER NOT NULL REFERENCES cases(id),
        adult_case_created INTEGER NOT NULL CHECK (adult_case_created IN (0, 1)),
        facts TEXT NOT NULL,
        situation TEXT NOT NULL DEFAULT '',
        cross_meeting TEXT NOT NULL DEFAULT '',
        services_note TEXT NOT NULL DEFAULT '',
        family_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id)
      );
      CREATE INDEX transition_handovers_to ON transition_handovers(to_user_id, handover_date);
      CREATE INDEX transition_handovers_from ON transition_handovers(from_user_id, handover_date);
      CREATE INDEX transition_handovers_to_team ON transition_handovers(to_team_id, handover_date);
      CREATE INDEX transition_handovers_from_team ON transition_handovers(from_team_id, handover_date);
      CREATE INDEX transition_handovers_date ON transition_handovers(handover_date);

      CREATE TABLE transition_handover_cases (
        handover_id INTEGER NOT NULL REFERENCES transition_handovers(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        decision TEXT NOT NULL CHECK (decision IN ('close', 'keep', 'handOver')),
        PRIMARY KEY (handover_id, case_id)
      ) WITHOUT ROWID;
      CREATE INDEX transition_handover_cases_case ON transition_handover_cases(case_id);

      CREATE TRIGGER transition_handovers_no_update BEFORE UPDATE ON transition_handovers BEGIN
        SELECT RAISE(ABORT, 'transition handovers are history: they cannot be changed');
      END;
      CREATE TRIGGER transition_handovers_no_delete BEFORE DELETE ON transition_handovers BEGIN
        SELECT RAISE(ABORT, 'transition handovers are history: they cannot be deleted');
      END;
      CREATE TRIGGER transition_handover_cases_no_update BEFORE UPDATE ON transition_handover_cases BEGIN
        SELECT RAISE(ABORT, 'transition handovers are history: they cannot be changed');
      END;
      CREATE TRIGGER transition_handover_cases_no_delete BEFORE DELETE ON transition_handover_cases BEGIN
        SELECT RAISE(ABORT, 'transition handovers are history: they cannot be deleted');
      END;
    `);
  },
};
