import type { Migration } from './types';

/**
 * Handover (issue 5): planned and unplanned shifts, temporary cover, and the tasks of
 * telling the family who their new caseworker is. The moves themselves are recorded in
 * case_assignments (append-only, migration 001); these tables say why and what follows.
 */
export const migration008: Migration = {
  version: 8,
  name: 'handover',
  up: (db) => {
    db.exec(`
      -- One row per team: who tells the family, and within how many working days.
      CREATE TABLE handover_settings (
        team_id INTEGER PRIMARY KEY REFERENCES teams(id),
        notify_by TEXT NOT NULL DEFAULT 'modtager' CHECK (notify_by IN ('teamleder', 'modtager')),
        notify_days INTEGER NOT NULL DEFAULT 5 CHECK (notify_days BETWEEN 1 AND 30),
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id)
      );

      CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('planlagt', 'uplanlagt')),
        from_user_id INTEGER NOT NULL REFERENCES users(id),
        team_id INTEGER NOT NULL REFERENCES teams(id),
        shift_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('forberedes', 'gennemført')),
        meeting_date TEXT,
        meeting_participants TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        executed_at TEXT
      );
      CREATE INDEX shifts_from_user ON shifts(from_user_id, id);
      CREATE INDEX shifts_team ON shifts(team_id, id);
      CREATE INDEX shifts_due ON shifts(status, shift_date);

      -- The cases of a shift, each with its receiver and (planned shifts) its handover sheet.
      CREATE TABLE shift_cases (
        shift_id INTEGER NOT NULL REFERENCES shifts(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        to_user_id INTEGER NOT NULL REFERENCES users(id),
        position INTEGER NOT NULL,
        minutes INTEGER NOT NULL DEFAULT 10 CHECK (minutes BETWEEN 1 AND 240),
        cover_until TEXT,
        essentials TEXT NOT NULL DEFAULT '',
        deviation TEXT NOT NULL DEFAULT '',
        agreements TEXT NOT NULL DEFAULT '',
        knowledge_elsewhere TEXT NOT NULL DEFAULT '',
        family_told TEXT NOT NULL DEFAULT '',
        taken_over_at TEXT,
        taken_over_by INTEGER REFERENCES users(id),
        PRIMARY KEY (shift_id, case_id)
      ) WITHOUT ROWID;
      CREATE INDEX shift_cases_case ON shift_cases(case_id);

      -- Questions at the handover meeting; answered once by the outgoing caseworker.
      CREATE TABLE shift_questions (
        id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        question TEXT NOT NULL,
        asked_by INTEGER NOT NULL REFERENCES users(id),
        asked_at TEXT NOT NULL,
        answer TEXT,
        answered_by INTEGER REFERENCES users(id),
        answered_at TEXT
      );
      CREATE INDEX shift_questions_shift ON shift_questions(shift_id, case_id, id);

      -- Temporary cover: the case returns to return_user_id after until_date.
      CREATE TABLE temporary_covers (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        shift_id INTEGER REFERENCES shifts(id),
        cover_user_id INTEGER NOT NULL REFERENCES users(id),
        return_user_id INTEGER NOT NULL REFERENCES users(id),
        until_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        ended_at TEXT,
        end_note TEXT
      );
      CREATE INDEX temporary_covers_open ON temporary_covers(ended_at, until_date);
      CREATE INDEX temporary_covers_case ON temporary_covers(case_id);

      -- Telling a citizen or a party who the new caseworker is. Ticked off once, with date and channel.
      CREATE TABLE notification_tasks (
        id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        recipient_role TEXT NOT NULL CHECK (recipient_role IN ('borger', 'forældremyndighed', 'partsrepræsentant', 'værge')),
        recipient_name TEXT NOT NULL,
        recipient_phone TEXT NOT NULL DEFAULT '',
        new_user_id INTEGER NOT NULL REFERENCES users(id),
        responsible_user_id INTEGER NOT NULL REFERENCES users(id),
        channel TEXT NOT NULL CHECK (channel IN ('digital_post', 'telefon', 'brev')),
        due_date TEXT NOT NULL,
        done_on TEXT,
        done_channel TEXT CHECK (done_channel IN ('digital_post', 'telefon', 'brev')),
        done_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        CHECK ((done_on IS NULL) = (done_channel IS NULL))
      );
      CREATE INDEX notification_tasks_shift ON notification_tasks(shift_id, id);
      CREATE INDEX notification_tasks_responsible ON notification_tasks(responsible_user_id, done_on, due_date);
      CREATE INDEX notification_tasks_case ON notification_tasks(case_id);

      CREATE TRIGGER notification_tasks_done_once BEFORE UPDATE ON notification_tasks
      WHEN OLD.done_on IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'a notification task is ticked off only once');
      END;
      CREATE TRIGGER notification_tasks_no_delete BEFORE DELETE ON notification_tasks
      BEGIN
        SELECT RAISE(ABORT, 'notification tasks are history');
      END;

      -- Figures on caseworker changes read assignments by time.
      CREATE INDEX case_assignments_from ON case_assignments(from_at);
    `);
  },
};
