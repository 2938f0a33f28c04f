import { defaultNames } from '../../features/activity-names';
import { nameKey } from '../../features/activity-names';
import { insertNameForMigration as insertName } from './seeds/activity-names';
import type { Migration } from './types';
import { systemClock } from '../../clock';

/**
 * The standard activity naming list (issue 4). activities.name keeps what was
 * written; activity_name_id points at the list entry it was picked from (retired
 * entries stay referenced) and `standard` is 1 when that entry is not "Andet".
 * Partial and covering indexes let the data quality view and the share figures
 * count without scanning the whole journal.
 */
export const migration004: Migration = {
  version: 4,
  name: 'activity naming list',
  up: (db) => {
    db.exec(`
      CREATE TABLE activity_names (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        phase TEXT NOT NULL CHECK (phase IN ('sagsåbning', 'sagsoplysning', 'sagsvurdering', 'afgørelse', 'bestilling', 'opfølgning')),
        area TEXT NOT NULL CHECK (area IN ('børn', 'voksen', 'begge')),
        content TEXT NOT NULL,
        guidance TEXT NOT NULL DEFAULT '',
        example TEXT NOT NULL DEFAULT '',
        synonyms TEXT NOT NULL DEFAULT '[]',
        sort_order INTEGER NOT NULL DEFAULT 0,
        is_other INTEGER NOT NULL DEFAULT 0 CHECK (is_other IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX activity_names_one_other ON activity_names(is_other) WHERE is_other = 1;

      -- Every change to an entry: append-only.
      CREATE TABLE activity_name_versions (
        id INTEGER PRIMARY KEY,
        activity_name_id INTEGER NOT NULL REFERENCES activity_names(id),
        version INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('oprettet', 'ændret', 'udgået', 'genaktiveret', 'importeret')),
        changes TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by INTEGER REFERENCES users(id),
        UNIQUE (activity_name_id, version)
      );
      CREATE TRIGGER activity_name_versions_no_delete BEFORE DELETE ON activity_name_versions
      BEGIN SELECT RAISE(ABORT, 'activity name history is append-only'); END;
      CREATE TRIGGER activity_name_versions_no_update BEFORE UPDATE ON activity_name_versions
      BEGIN SELECT RAISE(ABORT, 'activity name history is append-only'); END;

      -- A bulk rename of a non-standard name; undoing it only stamps undone_at/undone_by.
      CREATE TABLE activity_name_mappings (
        id INTEGER PRIMARY KEY,
        from_name TEXT NOT NULL,
        to_id INTEGER NOT NULL REFERENCES activity_names(id),
        count INTEGER NOT NULL,
        mapped_at TEXT NOT NULL,
        mapped_by INTEGER NOT NULL REFERENCES users(id),
        undone_at TEXT,
        undone_by INTEGER REFERENCES users(id)
      );
      CREATE TRIGGER activity_name_mappings_undo_only BEFORE UPDATE ON activity_name_mappings
      WHEN OLD.undone_at IS NOT NULL OR NEW.undone_at IS NULL OR NEW.from_name IS NOT OLD.from_name OR NEW.to_id IS NOT OLD.to_id
        OR NEW.count IS NOT OLD.count OR NEW.mapped_at IS NOT OLD.mapped_at OR NEW.mapped_by IS NOT OLD.mapped_by
      BEGIN SELECT RAISE(ABORT, 'a mapping can only be undone once, never rewritten'); END;
      CREATE TRIGGER activity_name_mappings_no_delete BEFORE DELETE ON activity_name_mappings
      BEGIN SELECT RAISE(ABORT, 'mappings are history'); END;

      -- Which activities a mapping renamed and what they pointed at before, so it can be undone exactly.
      CREATE TABLE activity_name_mapping_items (
        mapping_id INTEGER NOT NULL REFERENCES activity_name_mappings(id),
        activity_id INTEGER NOT NULL REFERENCES activities(id),
        old_activity_name_id INTEGER REFERENCES activity_names(id),
        PRIMARY KEY (mapping_id, activity_id)
      ) WITHOUT ROWID;

      ALTER TABLE activities ADD COLUMN activity_name_id INTEGER REFERENCES activity_names(id);
      ALTER TABLE activities ADD COLUMN standard INTEGER NOT NULL DEFAULT 0 CHECK (standard IN (0, 1));
    `);

    const at = systemClock()().toISOString();
    for (const data of defaultNames()) insertName(db, data, at, null);

    // Existing entries written exactly as a list name (case and spacing aside) are standard already: one pass over the journal.
    db.function('activity_name_key', { deterministic: true }, (name: unknown) => nameKey(String(name)));
    db.exec(`
      UPDATE activities SET activity_name_id = n.id, standard = 1
      FROM activity_names n
      WHERE n.is_other = 0 AND n.name_key = activity_name_key(activities.name);
    `);

    db.exec(`
      CREATE INDEX activities_nonstandard ON activities(name, activity_name_id) WHERE standard = 0;
      CREATE INDEX activities_date_author_standard ON activities(activity_date, author_id, standard);
      CREATE INDEX activities_activity_name ON activities(activity_name_id);
    `);
  },
};
