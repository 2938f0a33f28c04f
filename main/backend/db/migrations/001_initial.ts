import type { Migration } from './types';

/** The case register: teams, users, citizens, cases, assignment history, journal, applications, services. */
export const migration001: Migration = {
  version: 1,
  name: 'initial register',
  up: (db) => {
    db.exec(`
      CREATE TABLE register_info (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        initials TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('sagsbehandler', 'teamleder', 'superbruger')),
        team_id INTEGER NOT NULL REFERENCES teams(id),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX users_team ON users(team_id);

      CREATE TABLE citizens (
        id INTEGER PRIMARY KEY,
        cpr TEXT NOT NULL UNIQUE CHECK (length(cpr) = 10),
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        protected_address INTEGER NOT NULL DEFAULT 0 CHECK (protected_address IN (0, 1)),
        birth_date TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('mand', 'kvinde')),
        substitute_cpr INTEGER NOT NULL DEFAULT 0 CHECK (substitute_cpr IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX citizens_name_sort ON citizens(name_sort);
      CREATE INDEX citizens_birth_date ON citizens(birth_date);

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        citizen_id INTEGER NOT NULL REFERENCES citizens(id),
        area TEXT NOT NULL CHECK (area IN ('børn', 'voksen')),
        case_type TEXT NOT NULL,
        kle_number TEXT NOT NULL DEFAULT '',
        handlingsfacet TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL CHECK (phase IN ('sagsåbning', 'sagsoplysning', 'sagsvurdering', 'afgørelse', 'bestilling', 'opfølgning')),
        state TEXT NOT NULL CHECK (state IN ('åben', 'afgjort', 'afsluttet')),
        received_date TEXT NOT NULL,
        deadline TEXT,
        next_follow_up TEXT,
        caseworker_id INTEGER NOT NULL REFERENCES users(id),
        last_activity_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cases_caseworker_state ON cases(caseworker_id, state, next_follow_up);
      CREATE INDEX cases_citizen ON cases(citizen_id);
      CREATE INDEX cases_state_follow_up ON cases(state, next_follow_up);

      CREATE TABLE case_paragraphs (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        paragraph TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (case_id, paragraph)
      ) WITHOUT ROWID;
      CREATE INDEX case_paragraphs_paragraph ON case_paragraphs(paragraph);

      -- Who had the case when. Append-only: a period is only ever closed (to_at set once).
      CREATE TABLE case_assignments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        from_at TEXT NOT NULL,
        to_at TEXT,
        reason TEXT NOT NULL,
        assigned_by INTEGER REFERENCES users(id),
        CHECK (to_at IS NULL OR to_at >= from_at)
      );
      CREATE INDEX case_assignments_case ON case_assignments(case_id, from_at);
      CREATE INDEX case_assignments_user ON case_assignments(user_id);
      CREATE UNIQUE INDEX case_assignments_one_open ON case_assignments(case_id) WHERE to_at IS NULL;

      CREATE TRIGGER case_assignments_no_delete BEFORE DELETE ON case_assignments
      BEGIN
        SELECT RAISE(ABORT, 'case assignment history is append-only');
      END;

      CREATE TRIGGER case_assignments_close_only BEFORE UPDATE ON case_assignments
      WHEN OLD.to_at IS NOT NULL
        OR NEW.to_at IS NULL
        OR NEW.case_id IS NOT OLD.case_id
        OR NEW.user_id IS NOT OLD.user_id
        OR NEW.from_at IS NOT OLD.from_at
        OR NEW.reason IS NOT OLD.reason
        OR NEW.assigned_by IS NOT OLD.assigned_by
      BEGIN
        SELECT RAISE(ABORT, 'case assignment periods can only be closed, never rewritten');
      END;

      CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        activity_date TEXT NOT NULL,
        name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        author_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL
      );
      CREATE INDEX activities_case_date ON activities(case_id, activity_date DESC, id DESC);
      CREATE INDEX activities_author_date ON activities(author_id, activity_date);

      CREATE TRIGGER activities_last_date AFTER INSERT ON activities
      BEGIN
        UPDATE cases SET last_activity_date = NEW.activity_date
        WHERE id = NEW.case_id AND (last_activity_date IS NULL OR last_activity_date < NEW.activity_date);
      END;

      CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        paragraph TEXT NOT NULL,
        received_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('verserende', 'bevilget', 'delvist_bevilget', 'afslag', 'trukket_tilbage')),
        decision_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX applications_case ON applications(case_id);
      CREATE INDEX applications_status ON applications(status, received_date);

      CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens(id),
        case_id INTEGER REFERENCES cases(id),
        service_type TEXT NOT NULL,
        paragraph TEXT NOT NULL,
        provider TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT,
        scope TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX services_citizen ON services(citizen_id);
      CREATE INDEX services_case ON services(case_id);
    `);
  },
};
