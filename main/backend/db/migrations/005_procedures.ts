import { loadDefaultProcedures } from './seeds/procedures';
import type { Migration } from './types';
import { systemClock } from '../../clock';

/**
 * The procedure library (issue 6): procedures with their current metadata, every
 * version as an append-only row, folder links (phase, paragraph), two search indexes
 * over normalised text, and checklists run on cases with every tick kept. The shipped
 * default procedures are loaded here, so every register (new, demo or upgraded) has them.
 */
export const migration005: Migration = {
  version: 5,
  name: 'procedure library',
  up: (db) => {
    db.exec(`
      CREATE TABLE procedures (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        area TEXT NOT NULL CHECK (area IN ('børn', 'voksen', 'begge')),
        status TEXT NOT NULL CHECK (status IN ('udkast', 'gældende', 'arkiveret')),
        owner_id INTEGER REFERENCES users(id),
        tags TEXT NOT NULL DEFAULT '[]',
        phases TEXT NOT NULL DEFAULT '[]',
        has_checklist INTEGER NOT NULL DEFAULT 0 CHECK (has_checklist IN (0, 1)),
        review_interval_months INTEGER NOT NULL CHECK (review_interval_months BETWEEN 1 AND 60),
        last_reviewed TEXT,
        last_reviewed_by INTEGER REFERENCES users(id),
        review_due TEXT NOT NULL,
        current_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX procedures_owner_due ON procedures(owner_id, review_due);
      CREATE INDEX procedures_status_title ON procedures(status, title);
      CREATE INDEX procedures_area ON procedures(area, status);

      -- Every saved version, whole. Append-only: old versions stay readable as they were.
      CREATE TABLE procedure_versions (
        procedure_id INTEGER NOT NULL REFERENCES procedures(id),
        version INTEGER NOT NULL,
        content TEXT NOT NULL,
        change_note TEXT NOT NULL,
        saved_by INTEGER REFERENCES users(id),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (procedure_id, version)
      ) WITHOUT ROWID;
      CREATE TRIGGER procedure_versions_no_update BEFORE UPDATE ON procedure_versions
        BEGIN SELECT RAISE(ABORT, 'procedure versions are history and cannot be changed'); END;
      CREATE TRIGGER procedure_versions_no_delete BEFORE DELETE ON procedure_versions
        BEGIN SELECT RAISE(ABORT, 'procedure versions are history and cannot be deleted'); END;

      CREATE TABLE procedure_phases (
        phase TEXT NOT NULL,
        procedure_id INTEGER NOT NULL REFERENCES procedures(id),
        PRIMARY KEY (phase, procedure_id)
      ) WITHOUT ROWID;
      CREATE INDEX procedure_phases_procedure ON procedure_phases(procedure_id);

      CREATE TABLE procedure_paragraphs (
        paragraph TEXT NOT NULL,
        procedure_id INTEGER NOT NULL REFERENCES procedures(id),
        PRIMARY KEY (paragraph, procedure_id)
      ) WITHOUT ROWID;
      CREATE INDEX procedure_paragraphs_procedure ON procedure_paragraphs(procedure_id);

      -- Normalised text (see features/procedures/text.ts), rowid = procedure id.
      CREATE VIRTUAL TABLE procedure_words USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE procedure_grams USING fts5(title, body, tokenize = 'trigram');
      -- Titles alone, so "is it in the title?" walks short posting lists, not the whole library's.
      CREATE VIRTUAL TABLE procedure_title_words USING fts5(title, tokenize = 'unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE procedure_title_grams USING fts5(title, tokenize = 'trigram');

      CREATE TABLE checklist_runs (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        procedure_id INTEGER NOT NULL REFERENCES procedures(id),
        version INTEGER NOT NULL,
        items TEXT NOT NULL,
        started_by INTEGER NOT NULL REFERENCES users(id),
        started_at TEXT NOT NULL,
        FOREIGN KEY (procedure_id, version) REFERENCES procedure_versions(procedure_id, version)
      );
      CREATE INDEX checklist_runs_case ON checklist_runs(case_id);

      -- Each tick or untick is a row: who and when, never overwritten.
      CREATE TABLE checklist_ticks (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES checklist_runs(id),
        item_index INTEGER NOT NULL,
        checked INTEGER NOT NULL CHECK (checked IN (0, 1)),
        by_user INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL
      );
      CREATE INDEX checklist_ticks_run ON checklist_ticks(run_id, item_index, id);
      CREATE TRIGGER checklist_ticks_no_update BEFORE UPDATE ON checklist_ticks
        BEGIN SELECT RAISE(ABORT, 'checklist ticks are history and cannot be changed'); END;
    `);
    loadDefaultProcedures(db, systemClock()());
  },
};
